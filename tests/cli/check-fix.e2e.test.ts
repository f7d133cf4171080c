import { chmodSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

const G = ['-g', FIXTURE_GLOSSARY];

const SPUN = 'Keeping in mind the end goal to win, the renegade gatherings met.\n';

describe('unspin check', () => {
  it('prints help and version', () => {
    for (const cmd of [[], ['check'], ['fix']]) {
      const r = unspin([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: unspin|^unspin —/m);
    }
    expect(unspin(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('flags a file in stylish format and exits 1 on error-level findings', () => {
    const dir = tempDir();
    const f = join(dir, 'a.txt');
    writeFileSync(f, SPUN);
    const r = unspin(['check', ...G, f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:1   error   "Keeping in mind the end goal to" → "In order to"  review-fixture/in-order-to');
    expect(r.stdout).toMatch(/✖ \d+ problems/);
  });

  it('exits 0 on clean text and prints the stable JSON shape from stdin', () => {
    const clean = unspin(['check', ...G, '-'], 'The rebel group met in order to talk.\n');
    expect(clean.code).toBe(0);
    const r = unspin(['check', ...G, '--format', 'json', '-'], '\ufeff' + SPUN);
    const j = JSON.parse(r.stdout);
    expect(j.version).toBe(1);
    expect(j.files[0].path).toBe('<stdin>');
    expect(j.files[0].words).toBe(12);
    const f = j.files[0].findings[0];
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'category', 'message', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'actual', 'expected']));
    expect(SPUN.slice(f.start, f.end)).toBe(f.actual);
    expect(j.summary.findings).toBe(j.files[0].findings.length);
  });

  it('filters with --min-severity', () => {
    const r = unspin(['check', ...G, '--format', 'json', '--min-severity', 'error', '-'], 'Somewhere else, prices rose.\n');
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
  });

  it('gives clear errors and exit 2 for bad input', () => {
    const dir = tempDir();
    const missing = unspin(['check', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const isDir = unspin(['explain', '--file', dir, '--at', '1:1']);
    expect(isDir.code).toBe(2);
    expect(isDir.stderr).toContain('EISDIR');
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x63]));
    const enc = unspin(['check', bad]);
    expect(enc.code).toBe(2);
    expect(enc.stderr).toContain('invalid UTF-8 at byte 3 (line 2, column 2)');
    const bin = join(dir, 'b.bin');
    writeFileSync(bin, Buffer.from([1, 0, 2, 3]));
    const b = unspin(['check', bin]);
    expect(b.code).toBe(0);
    expect(b.stderr).toContain('binary file');
    const opt = unspin(['check', '--formt', 'json', bin]);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('did you mean --format?');
    expect(unspin(['check', '--format', 'xml', bin]).stderr).toContain('--format must be one of stylish, json');
    expect(unspin(['chek']).stderr).toContain('did you mean "check"?');
  });

  it('handles an empty file and a very long line', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(unspin(['check', empty]).code).toBe(0);
    const long = join(dir, 'long.txt');
    writeFileSync(long, 'word '.repeat(200_000) + 'renegade gathering');
    const r = unspin(['check', ...G, '--format', 'json', long]);
    expect(JSON.parse(r.stdout).files[0].findings[0].column).toBe(1_000_001);
  });

  it('reports glossary errors with file:line:column and a caret', () => {
    const dir = tempDir();
    const g = join(dir, 'g.yaml');
    writeFileSync(g, 'name: g\ndescription: d\nlanguage: en\nrules:\n  - id: a\n    canonical: x y\n    varients: [z]\n    severity: fatal\n');
    const r = unspin(['check', '-g', g, '-'], 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${g}:7:5: error: unknown key "varients" in rule "a" (did you mean "variants"?)`);
    expect(r.stderr).toContain(`${g}:8:15: error: severity "fatal"`);
    expect(r.stderr).toMatch(/7 \|     varients: \[z\]\n\s+\^/);
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('the glossary cache', () => {
  it('never hides an edit: a changed glossary is parsed and its examples run again', () => {
    const dir = tempDir();
    const g = join(dir, 'g.yaml');
    const rule = (fixed: string) =>
      `name: g\ndescription: d\nlanguage: en\nrules:\n  - id: a\n    canonical: rebel group\n    variants: [renegade gathering]\n    examples:\n      flag:\n        - text: a renegade gathering\n          fixed: ${fixed}\n`;
    writeFileSync(g, rule('a rebel group'));
    const env = { UNSPIN_CACHE_DIR: join(dir, 'cache') };
    expect(unspin(['check', '-g', g, '-'], 'x', undefined, env).code).toBe(0);
    expect(unspin(['check', '-g', g, '-'], 'x', undefined, env).code).toBe(0);
    expect(readdirSync(join(dir, 'cache')).length).toBeGreaterThan(0);
    writeFileSync(g, rule('a rebel band'));
    const r = unspin(['check', '-g', g, '-'], 'x', undefined, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixes to "a rebel group", expected "a rebel band"');
  });
});

describe('the bundled glossaries', () => {
  it('load and flag the bundled sample article', () => {
    const r = unspin(['check', '--format', 'json', 'corpora/sample.txt']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.length).toBeGreaterThan(5);
  });
});

describe('unspin review without a terminal', () => {
  it('exits 2 and points to check and fix', () => {
    const r = unspin(['review', 'corpora/sample.txt'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('use "unspin check" to list findings or "unspin fix"');
  });
});

describe('unspin fix', () => {
  it('prints a unified diff by default and changes nothing', () => {
    const dir = tempDir();
    const f = join(dir, 'a.txt');
    writeFileSync(f, SPUN);
    const r = unspin(['fix', ...G, f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-Keeping in mind the end goal to win, the renegade gatherings met.');
    expect(r.stdout).toContain('+In order to win, the rebel groups met.');
    expect(readFileSync(f, 'utf8')).toBe(SPUN);
  });

  it('--write rewrites atomically, keeps CRLF, BOM and mode, and leaves unchanged files alone', () => {
    const dir = tempDir();
    const f = join(dir, 'a.txt');
    writeFileSync(f, '\ufeffThe renegade gathering met.\r\nKeeping in mind the end goal to win.\r\n');
    chmodSync(f, 0o640);
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, 'Nothing here.\n');
    const before = statSync(clean).mtimeMs;
    const r = unspin(['fix', ...G, '--write', f, clean]);
    expect(r.code).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe('\ufeffThe rebel group met.\r\nIn order to win.\r\n');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(statSync(clean).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'clean.txt']);
  });

  it('--stdout prints fixed text from stdin; --severity widens the set', () => {
    expect(unspin(['fix', ...G, '--stdout', '-'], 'Somewhere else, the renegade gathering met.').stdout).toBe('Somewhere else, the rebel group met.');
    expect(unspin(['fix', ...G, '--stdout', '--severity', 'info', '-'], 'Somewhere else, the renegade gathering met.').stdout).toBe('Elsewhere, the rebel group met.');
  });
});
