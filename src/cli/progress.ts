import type { CliIO } from './io.js';

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
  ) {}

  add(words: number, flags: number): void {
    this.docs++;
    this.words += words;
    this.flags += flags;
    const now = Date.now();
    if (!this.enabled || now - this.last < 100) return;
    this.last = now;
    const secs = Math.max((now - this.started) / 1000, 0.001);
    this.io.stderr.write(`\r\u001b[2K${this.docs} documents, ${Math.round(this.words / secs).toLocaleString('en-US')} words/s, ${this.flags} flags so far`);
  }

  done(): void {
    if (this.enabled && this.last) this.io.stderr.write('\r\u001b[2K');
  }
}
