import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runGlossaryAdd } from '../../src/cli/commands/glossary-add.js';
import type { CliIO } from '../../src/cli/io.js';
import { tempDir } from './run.js';

/**
 * A terminal stand-in: each time a prompt ending in ": " appears on stderr, the next answer
 * is typed on stdin, so the test checks the questions asked and their order.
 */
function terminal(answers: string[]): { io: CliIO; asked: string[]; out: () => string; err: () => string } {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  let pending = '';
  const asked: string[] = [];
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => {
    err += String(c);
    pending += String(c);
    if (/: $/.test(pending)) {
      asked.push(pending.trim());
      pending = '';
      stdin.write(`${answers.shift() ?? ''}\n`);
    }
  });
  return { io: { stdin, stdout, stderr, env: { NO_COLOR: '1' }, cwd: process.cwd() }, asked, out: () => out, err: () => err };
}

describe('glossary add on a terminal', () => {
  it('asks for the missing fields, with the id suggested from the canonical term, then adds the rule', async () => {
    const dir = tempDir();
    const file = join(dir, 'g.yaml');
    writeFileSync(file, '# kept\nname: g\ndescription: d\nlanguage: en\nrules:\n  - id: one\n    canonical: rebel group\n    variants: [renegade gathering]\n    generate: false\n');
    const t = terminal([file, 'rain check', '', 'downpour check; deluge check', 'Take a downpour check.', 'Take a rain check.', '']);
    const code = await runGlossaryAdd(['-g', file, '--no-generate'], t.io);
    expect(t.asked).toEqual([
      'Glossary file to add the rule to:',
      'Canonical term (the repair; several separated by ";", first preferred):',
      'Rule id [rain-check]:',
      'Variants to flag (separated by ";", empty to rely on generated variants):',
      'Flag example: a sentence the rule must flag (empty to skip):',
      'the same sentence repaired:',
      'Pass example: a correct sentence the rule must leave alone (empty to skip):',
    ]);
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      '# kept\nname: g\ndescription: d\nlanguage: en\nrules:\n  - id: one\n    canonical: rebel group\n    variants: [renegade gathering]\n    generate: false\n' +
        '  - id: rain-check\n    canonical: rain check\n    variants: [downpour check, deluge check]\n    generate: false\n    examples:\n      flag:\n        - text: Take a downpour check.\n          fixed: Take a rain check.\n',
    );
    expect(t.out()).toContain('+  - id: rain-check');
  });
});
