import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runGlossaryLearn } from '../../src/cli/commands/glossary-learn.js';
import { tempDir } from '../cli/run.js';

const PAIRS = fileURLToPath(new URL('../fixtures/learn/pairs/', import.meta.url));

describe('glossary learn on a terminal', () => {
  it('asks about each proposal in rank order and writes only those kept, stopping at q', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const answers = ['n', 'y', 'y', 'q', 'y'];
    const asked: string[] = [];
    let err = '';
    stderr.on('data', (c) => {
      err += String(c);
      if (err.endsWith('[q]uit: ')) {
        asked.push(err.split('\n').find((l) => /^\d+\. /.test(l)) ?? '');
        err = '';
        stdin.write(`${answers.shift()}\n`);
      }
    });
    let out = '';
    stdout.on('data', (c) => (out += String(c)));
    const file = join(tempDir(), 'kept.yaml');
    const code = await runGlossaryLearn(['--pairs', PAIRS, '--out', file, '--limit', '1', '-g', fileURLToPath(new URL('../fixtures/learn/base.yaml', import.meta.url))], { stdin, stdout, stderr, env: {}, cwd: process.cwd() });
    expect(code).toBe(0);
    expect(asked).toEqual([
      '1. synonym: "say" → "state"  (seen 5× in 3 pairs)',
      '2. phrase: "in order" → "keeping in mind the end goal"  (seen 3× in 3 pairs)',
      '3. institution: "Department of Education" → "Division of Training"  (seen 2× in 2 pairs)',
      '4. phrase: "aid agency" → "help office"  (seen 2× in 2 pairs)',
    ]);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).not.toMatch(/synonyms:/);
    expect([...yaml.matchAll(/- id: (\S+)/g)].map((m) => m[1])).toEqual(['in-order', 'department-of-education']);
    expect(out).toMatch(/wrote 2 rules and 0 synonyms/);
  });
});
