import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import { FIXTURE_GLOSSARY, tempDir, unspin } from '../cli/run.js';

const G = ['-g', FIXTURE_GLOSSARY];
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/markup/${name}`, import.meta.url));

interface JFinding {
  ruleId: string;
  severity: string;
  start: number;
  end: number;
  line: number;
  column: number;
  actual: string;
  expected: string[];
}

/** A fresh copy of a fixture, so fix --write never touches the repository. */
function copy(name: string): string {
  const to = join(tempDir(), name);
  copyFileSync(fixture(name), to);
  return to;
}

function checkJson(args: string[], input?: string): JFinding[][] {
  const r = unspin(['check', ...G, '--format', 'json', ...args], input);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).files.map((f: { findings: JFinding[] }) => f.findings);
}

describe.each([
  ['article.md', ['6:22 renegade gathering', '8:20 renegade gathering', '8:56 In the interim', '9:1 restriction', '22:7 restriction']],
  ['article.html', ['11:25 renegade&nbsp;gathering', '12:3 In the interim', '12:23 restriction&rsquo;s', '18:10 restriction']],
])('%s end to end', (name, expected) => {
  it('check --format json reports offsets, lines and columns in the original source', () => {
    const src = readFileSync(fixture(name), 'utf8');
    const lines = new LineIndex(src);
    const [findings] = checkJson([fixture(name)]);
    expect(findings!.map((f) => `${f.line}:${f.column} ${f.actual}`)).toEqual(expected);
    for (const f of findings!) {
      expect(src.slice(f.start, f.end)).toBe(f.actual);
      expect(lines.position(f.start)).toEqual({ line: f.line, column: f.column });
    }
  });

  it('fix --write changes only the flagged words', () => {
    const file = copy(name);
    const before = readFileSync(file, 'utf8');
    const [findings] = checkJson([file]);
    const r = unspin(['fix', ...G, '--write', file]);
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    // Rebuild the expected file by hand from the reported ranges: every other byte stays.
    let want = before;
    for (const f of [...findings!].filter((x) => x.severity === 'error').reverse()) want = want.slice(0, f.start) + f.expected[0] + want.slice(f.end);
    expect(after).toBe(want);
    expect(after).not.toBe(before);
    expect(checkJson([file])[0]!.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('input formats on the command line', () => {
  const md = 'The `renegade gathering` code and the restriction.\n';

  it('stdin and JSONL records are plain text unless --input-format says otherwise', () => {
    expect(checkJson(['-'], md)[0]!.map((f) => f.actual)).toEqual(['renegade gathering', 'restriction']);
    expect(checkJson(['--input-format', 'markdown', '-'], md)[0]!.map((f) => f.actual)).toEqual(['restriction']);
    const text = '<p title="renegade gathering">the restriction</p>';
    const jsonl = JSON.stringify({ id: 'a', text }) + '\n';
    expect(checkJson(['--jsonl', '-'], jsonl)[0]!.map((f) => f.actual)).toEqual(['renegade gathering', 'restriction']);
    const [html] = checkJson(['--jsonl', '--input-format', 'html', '-'], jsonl);
    expect(html!.map((f) => [f.actual, f.start])).toEqual([['restriction', text.indexOf('restriction')]]);
  });

  it('--input-format overrides the extension, and fix --stdout keeps the markup', () => {
    const file = join(tempDir(), 'notes.txt');
    writeFileSync(file, '<p>AT&amp;T and the renegade gathering</p><script>restriction</script>\n');
    const r = unspin(['fix', ...G, '--input-format', 'html', '--stdout', file]);
    expect(r.stdout).toBe('<p>AT&amp;T and the rebel group</p><script>restriction</script>\n');
    const bad = unspin(['check', ...G, '--input-format', 'xml', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--input-format must be one of text, markdown, html');
  });

  it('a suppression comment naming an unknown rule warns on stderr with file:line:col and silences nothing', () => {
    const file = join(tempDir(), 'a.md');
    writeFileSync(file, 'Intro.\n\n<!-- unspin-disable review-fixture/no-such-rule -->\nThe restriction.\n');
    const r = unspin(['check', ...G, '--format', 'json', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`unspin: ${file}:3:1: unspin-disable names unknown rule "review-fixture/no-such-rule"; it has no effect (warning)\n`);
    expect(JSON.parse(r.stdout).files[0].findings).toHaveLength(1);
  });
});
