import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, unspin } from '../cli/run.js';

const A = 'tests/fixtures/lint/a.yaml';

describe('unspin glossary lint', () => {
  it('reports each problem with its code and position, and exits 1 on errors', () => {
    const r = unspin(['glossary', 'lint', '--format', 'json', A]);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics.map((x: { code: string; line: number; column: number; message: string }) => `${x.line}:${x.column} ${x.code}`);
    expect(d).toEqual(
      expect.arrayContaining([
        '5:3 unused-synonym',
        '7:5 chain',
        '16:5 no-flag-example',
        '18:16 duplicate-variant',
        '18:36 variant-is-other-canonical',
        '19:5 no-pass-example',
        '21:16 variant-is-other-canonical',
        '28:5 chain',
        '33:11 example-failed',
      ]),
    );
  });

  it('does not count a synonyms entry a lone swap restores as unused', () => {
    const dir = tempDir();
    const file = join(dir, 'g.yaml');
    writeFileSync(file, 'name: g\ndescription: d\nlanguage: en\nsynonyms:\n  analyst: [investigator]\n  the: [a]\nrules: []\n');
    const r = unspin(['glossary', 'lint', '--format', 'json', file]);
    const d = JSON.parse(r.stdout).diagnostics.map((x: { code: string; line: number }) => `${x.line} ${x.code}`);
    expect(d).toContain('6 unused-synonym');
    expect(d).not.toContain('5 unused-synonym');
  });

  it('prints file:line:col with a caret in text form', () => {
    const r = unspin(['glossary', 'lint', A]);
    expect(r.stdout).toContain(`${A}:18:16: error: variant "renegade gathering" of rule "two" is also a variant of rule "one"`);
    expect(r.stdout).toMatch(/18 \|     variants: \[renegade gathering, rebel group\]\n\s+\^/);
  });

  it('passes --strict on the shipped glossaries: no errors and no warnings', () => {
    const shipped = fileURLToPath(new URL('../../glossaries/', import.meta.url));
    const r = unspin(['glossary', 'lint', '--strict', shipped]);
    expect(r.stdout).toMatch(/^0 errors, 0 warnings in \d+ glossaries$/m);
    expect(r.code).toBe(0);
  });
});

describe('unspin glossary test', () => {
  it('reports a failing example RuleTester-style with a word diff', () => {
    const r = unspin(['glossary', 'test', A]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ lint-a/four — flag example');
    expect(r.stdout).toMatch(/passed, 1 failed/);
  });
});
