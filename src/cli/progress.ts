import type { CliIO } from './io.js';

export interface ProgressState {
  docs: number;
  /** Documents expected in all, when known before checking starts (not for stdin or JSONL). */
  total?: number;
  words: number;
  flags: number;
  elapsedMs: number;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function duration(secs: number): string {
  const s = Math.max(0, Math.round(secs));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The progress line's text. The ETA assumes the documents still to come go at the pace so far. */
export function renderProgress(p: ProgressState): string {
  const secs = Math.max(p.elapsedMs / 1000, 0.001);
  const docs = p.total !== undefined ? `${int(p.docs)}/${int(p.total)} documents` : `${int(p.docs)} documents`;
  const parts = [docs, `${int(p.words / secs)} words/s`];
  if (p.total !== undefined && p.docs > 0 && p.total >= p.docs) parts.push(`ETA ${duration(((p.total - p.docs) * secs) / p.docs)}`);
  parts.push(`${int(p.flags)} flags so far`);
  return parts.join(', ');
}

/** A one-line progress display on stderr, only on a TTY and without --quiet. */
export class Progress {
  private docs = 0;
  private words = 0;
  private flags = 0;
  private last = 0;
  private readonly started = Date.now();

  constructor(
    private readonly io: CliIO,
    private readonly enabled: boolean,
    private readonly total?: number,
  ) {}

  add(words: number, flags: number): void {
    this.docs++;
    this.words += words;
    this.flags += flags;
    const now = Date.now();
    if (!this.enabled || now - this.last < 100) return;
    this.last = now;
    const state: ProgressState = { docs: this.docs, words: this.words, flags: this.flags, elapsedMs: now - this.started };
    if (this.total !== undefined) state.total = this.total;
    // A line wider than the terminal would wrap, and the next redraw could not clear it.
    const cols = (this.io.stderr as { columns?: number }).columns;
    this.io.stderr.write(`\r\u001b[2K${renderProgress(state).slice(0, cols ? cols - 1 : undefined)}`);
  }

  done(): void {
    if (this.enabled && this.last) this.io.stderr.write('\r\u001b[2K');
  }
}
