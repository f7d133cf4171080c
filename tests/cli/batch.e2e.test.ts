import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

const G = ['-g', FIXTURE_GLOSSARY];
const SPUN = 'Keeping in mind the end goal to win, the renegade gathering met the restriction. In the interim, nothing.\n';
const MILD = 'In the interim, the council met for a long and quiet afternoon of talks about the budget and roads and schools.\n';
const CLEAN = 'The rebel group met in order to talk.\n';

function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'a-clean.txt'), CLEAN);
  writeFileSync(join(dir, 'sub', 'b-spun.txt'), SPUN);
  writeFileSync(join(dir, 'sub', 'c-mild.md'), MILD);
  writeFileSync(join(dir, '.hidden', 'x.txt'), SPUN);
  writeFileSync(join(dir, 'skip.log'), SPUN);
  writeFileSync(join(dir, 'drafts.txt'), SPUN);
  writeFileSync(join(dir, '.gitignore'), 'drafts.txt\n');
  return dir;
}

describe('batch checking', () => {
  it('walks directories in order, skipping hidden, ignored and non-matching files, with score and verdict', () => {
    const dir = corpus();
    const r = unspin(['check', ...G, '--format', 'json', dir]);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { path: string }) => f.path.slice(dir.length + 1))).toEqual(['a-clean.txt', 'sub/b-spun.txt', 'sub/c-mild.md']);
    expect(j.files.map((f: { verdict: string }) => f.verdict)).toEqual(['clean', 'spun', 'suspicious']);
    expect(j.files[1].score).toBe((1000 * (1 + 1 + 1 + 0.5)) / 250);
    expect(j.summary.ranking.map((x: { path: string }) => x.path.slice(dir.length + 1))).toEqual(['sub/b-spun.txt', 'sub/c-mild.md']);
    const ex = JSON.parse(unspin(['check', ...G, '--format', 'json', '--exclude', 'sub/**', dir]).stdout);
    expect(ex.files).toHaveLength(1);
  });

  it('chooses the exit code with --fail-on', () => {
    const dir = corpus();
    const mild = join(dir, 'sub', 'c-mild.md');
    expect(unspin(['check', ...G, '-q', mild]).code).toBe(0);
    expect(unspin(['check', ...G, '--fail-on', 'suspicious', mild]).code).toBe(1);
    expect(unspin(['check', ...G, '--fail-on', 'spun', mild]).code).toBe(0);
    expect(unspin(['check', ...G, '--fail-on', 'spun', join(dir, 'sub')]).code).toBe(1);
    expect(unspin(['check', ...G, '--fail-on', 'none', join(dir, 'sub')]).code).toBe(0);
    expect(unspin(['check', ...G, '--fail-on', 'spn', mild]).stderr).toContain('did you mean "spun"?');
  });

  it('reads JSONL records from stdin and streams JSONL out, one record per document, in input order', () => {
    const input = [JSON.stringify({ id: 'a1', body: SPUN }), '', JSON.stringify({ id: 'a2', body: CLEAN })].join('\n');
    const r = unspin(['check', ...G, '--jsonl', '--text-field', 'body', '--format', 'jsonl', '-'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.path, l.verdict])).toEqual([
      ['a1', 'spun'],
      ['a2', 'clean'],
    ]);
    expect(SPUN.slice(lines[0].findings[0].start, lines[0].findings[0].end)).toBe(lines[0].findings[0].actual);
  });

  it('reports a bad JSONL line with its line number and exits 2', () => {
    const r = unspin(['check', ...G, '--jsonl', '--format', 'jsonl', '-'], `${JSON.stringify({ id: 'ok', text: CLEAN })}\n{nope\n${JSON.stringify({ id: 'x' })}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin>:2: invalid JSON');
    expect(r.stderr).toContain('<stdin>:3: record has no string field "text"');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('writes CSV that parses back, with formula-looking cells neutralized', () => {
    const r = unspin(['check', ...G, '--jsonl', '--format', 'csv', '-'], [JSON.stringify({ id: '=cmd|x', text: SPUN }), JSON.stringify({ id: 'b,"2"', text: CLEAN })].join('\n'));
    const rows = r.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('path,words,errors,warnings,infos,score,verdict');
    expect(rows[1]).toBe(`"'=cmd|x",18,3,1,0,14,spun`);
    expect(rows[2]).toBe('"b,""2""",8,0,0,0,0,clean');
  });

  it('writes SARIF 2.1.0 with fixes', () => {
    const r = unspin(['check', ...G, '--format', 'sarif', '-'], SPUN);
    const s = JSON.parse(r.stdout);
    expect(s.version).toBe('2.1.0');
    const res = s.runs[0].results[0];
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1, charOffset: 0 });
    expect(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('In order to');
    expect(s.runs[0].tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
  });

  it('writes --output atomically and leaves no file when the run fails', () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    expect(unspin(['check', ...G, '--format', 'json', '--output', out, '-'], SPUN).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).files).toHaveLength(1);
    const bad = join(dir, 'bad.json');
    const r = unspin(['check', '-g', join(dir, 'missing.yaml'), '--format', 'json', '--output', bad, '-'], SPUN);
    expect(r.code).toBe(2);
    expect(existsSync(bad)).toBe(false);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
