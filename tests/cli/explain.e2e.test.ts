import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, unspin } from './run.js';

const GLOSSARY = `version: 1
name: ex
description: explain fixture
language: en
defaults:
  severity: error
synonyms:
  group: [gathering]
rules:
  - id: rebel-group
    canonical: rebel group
  - id: opposition
    canonical: opposition
    variants: [restriction]
    context:
      notAfter: { words: [on], within: 1 }
`;

function setup(): { g: string; dir: string } {
  const dir = tempDir();
  const g = join(dir, 'ex.yaml');
  writeFileSync(g, GLOSSARY);
  return { g, dir };
}

describe('unspin explain', () => {
  it('shows tokens, base forms, what each word may stand for, every candidate and why it was kept or blocked', () => {
    const { g } = setup();
    const r = unspin(['explain', '-g', g, 'The renegade gathering met. A restriction on imports followed.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('gathering → gathering; gathering, gather');
    expect(r.stdout).toMatch(/gathering .*may stand for group \(curated synonym\)/);
    expect(r.stdout).toContain('"renegade gathering" ex/rebel-group (generated): flagged');
    expect(r.stdout).toMatch(/"restriction" ex\/opposition: context: one of \[on\] appears within 1 words after/);
    expect(r.stdout).toContain('findings: 1');
  });

  it('names the guard that blocks a generated variant', () => {
    const { g } = setup();
    // "insurgent" shares rebel's primary WordNet sense: alone it is a fair paraphrase.
    const r = unspin(['explain', '-g', g, 'The insurgent group met.']);
    expect(r.stdout).toMatch(/"insurgent group" ex\/rebel-group \(generated\): guard: only same-sense synonyms differ/);
    expect(r.stdout).toContain('findings: 0');
  });

  it('explains the text around a position in a file, with JSON output', () => {
    const { g, dir } = setup();
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'First line.\nThe renegade gathering met.\n');
    const r = unspin(['explain', '-g', g, '--file', f, '--at', '2:6', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.findings.map((x: { actual: string; line: number; column: number }) => [x.actual, x.line, x.column])).toEqual([['renegade gathering', 2, 5]]);
    expect(unspin(['explain', '-g', g, '--file', f, '--at', '9:1']).code).toBe(2);
  });
});
