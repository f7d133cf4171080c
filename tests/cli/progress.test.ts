import { describe, expect, it } from 'vitest';
import { Progress, renderProgress } from '../../src/cli/progress.js';
import type { CliIO } from '../../src/cli/io.js';

describe('renderProgress', () => {
  it('shows done/total, words per second, ETA and flags when the total is known', () => {
    expect(renderProgress({ docs: 250, total: 1000, words: 125_000, flags: 42, elapsedMs: 5000 })).toBe('250/1,000 documents, 25,000 words/s, ETA 15s, 42 flags so far');
  });

  it('formats long ETAs in minutes and hours', () => {
    expect(renderProgress({ docs: 1, total: 100, words: 10, flags: 0, elapsedMs: 2000 })).toContain('ETA 3m18s');
    expect(renderProgress({ docs: 1, total: 10_000, words: 10, flags: 0, elapsedMs: 2000 })).toContain('ETA 5h33m');
  });

  it('leaves out the total and ETA when the total is unknown (stdin, JSONL)', () => {
    const line = renderProgress({ docs: 7, words: 700, flags: 3, elapsedMs: 1000 });
    expect(line).toBe('7 documents, 700 words/s, 3 flags so far');
  });
});

function io(tty: boolean): { io: CliIO; err: string[] } {
  const err: string[] = [];
  const stream = (sink: string[]) => ({ isTTY: tty, write: (c: string) => (sink.push(c), true) }) as unknown as CliIO['stderr'];
  return { io: { stdout: stream([]), stderr: stream(err), stdin: process.stdin, env: {}, cwd: '/' }, err };
}

describe('Progress', () => {
  it('writes one redrawn line on stderr when enabled and clears it when done', () => {
    const t = io(true);
    const p = new Progress(t.io, true, 2);
    p.add(100, 1);
    p.done();
    expect(t.err[0]).toMatch(/^\r\u001b\[2K1\/2 documents, [\d,]+ words\/s, ETA \d+s, 1 flags so far$/);
    expect(t.err.at(-1)).toBe('\r\u001b[2K');
  });

  it('writes nothing when disabled (not a TTY, or --quiet)', () => {
    const t = io(false);
    const p = new Progress(t.io, false, 2);
    p.add(100, 1);
    p.done();
    expect(t.err).toEqual([]);
  });
});
