import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countInputs } from '../../src/cli/count-inputs.js';
import type { InputOptions } from '../../src/cli/inputs.js';
import { jobsFlag } from '../../src/cli/parallel/jobs.js';
import { tempDir } from './run.js';

const OPTS: InputOptions = { include: [], exclude: [], jsonl: false, idField: 'id', textField: 'text' };

function tree(): string {
  const d = tempDir();
  mkdirSync(join(d, 'sub'));
  mkdirSync(join(d, '.hidden'));
  for (const f of ['a.txt', 'b.md', 'sub/c.html', 'sub/d.txt', '.hidden/e.txt', 'skip.log']) writeFileSync(join(d, f), 'x\n');
  return d;
}

describe('--jobs', () => {
  it('defaults to one worker per core for directories and several inputs, and to in-process for one document', () => {
    const d = tree();
    expect(jobsFlag('check', undefined, [d], OPTS)).toBe(availableParallelism());
    expect(jobsFlag('check', undefined, [join(d, 'a.txt'), join(d, 'b.md')], OPTS)).toBe(availableParallelism());
    expect(jobsFlag('check', undefined, [join(d, 'a.txt')], OPTS)).toBe(1);
    expect(jobsFlag('check', undefined, [], OPTS)).toBe(1);
    expect(jobsFlag('check', undefined, ['-'], { ...OPTS, jsonl: true })).toBe(availableParallelism());
    expect(jobsFlag('check', '3', [join(d, 'a.txt')], OPTS)).toBe(3);
  });

  it('refuses anything but a whole number of at least 1', () => {
    for (const bad of ['0', '-2', '2.5', 'x', '']) expect(() => jobsFlag('check', bad, [], OPTS)).toThrow(/--jobs must be a whole number/);
  });
});

describe('countInputs (the progress total)', () => {
  it('counts files and the files a directory walk yields, skipping what the walk skips', () => {
    const d = tree();
    expect(countInputs([d], OPTS)).toBe(4);
    expect(countInputs([d, join(d, 'a.txt')], OPTS)).toBe(5);
    expect(countInputs([d], { ...OPTS, exclude: ['sub/**'] })).toBe(2);
  });

  it('is unknown for stdin and JSONL, whose records are not counted up front', () => {
    const d = tree();
    expect(countInputs([], OPTS)).toBeUndefined();
    expect(countInputs(['-'], OPTS)).toBeUndefined();
    expect(countInputs([d], { ...OPTS, jsonl: true })).toBeUndefined();
    writeFileSync(join(d, 'sub', 'export.jsonl'), '{}\n');
    expect(countInputs([d], OPTS)).toBeUndefined();
  });
});
