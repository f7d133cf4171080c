import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

const SPUN = 'Keeping in mind the end goal to win, the renegade gathering met the restriction. In the interim, nothing.\n';
const MILD = `In the interim, the council met. ${'The budget and the roads and the schools were discussed at length. '.repeat(3)}\n`;

/** A project with a config at its root and documents two levels down. */
function project(config: string): { root: string; docs: string } {
  const root = tempDir();
  const docs = join(root, 'desk', 'today');
  mkdirSync(docs, { recursive: true });
  mkdirSync(join(root, 'glossaries'));
  writeFileSync(join(root, 'glossaries', 'fixture.yaml'), readFileSync(FIXTURE_GLOSSARY));
  writeFileSync(join(docs, 'a-spun.txt'), SPUN);
  writeFileSync(join(docs, 'b-mild.txt'), MILD);
  writeFileSync(join(docs, 'c-draft.txt'), SPUN);
  writeFileSync(join(root, '.unspin.yaml'), config);
  return { root, docs };
}

const paths = (stdout: string): string[] => stdout.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]!);

describe('.unspin.yaml with the real binary', () => {
  it('is found from a subdirectory and sets glossaries (relative to the file), format, excludes and fail-on', () => {
    const { docs } = project('glossaries: [glossaries/fixture.yaml]\nformat: csv\nexclude: ["c-*"]\nfail-on: spun\n');
    const r = unspin(['check', '.'], undefined, docs);
    expect(r.stderr).toBe('');
    expect(paths(r.stdout)).toEqual(['a-spun.txt', 'b-mild.txt']);
    expect(r.stdout).toContain('a-spun.txt,18,3,1,0,14,spun');
    expect(r.code).toBe(1);
  });

  it('is overridden by command-line flags', () => {
    const { docs } = project('glossaries: [glossaries/fixture.yaml]\nformat: csv\nexclude: ["c-*"]\nfail-on: none\nthresholds: {spun-score: 100, spun-errors: 100}\n');
    const fromConfig = unspin(['check', '.'], undefined, docs);
    expect(fromConfig.code).toBe(0);
    expect(fromConfig.stdout).toContain('a-spun.txt,18,3,1,0,14,suspicious');
    const r = unspin(['check', '--format', 'json', '--exclude', 'b-*', '--fail-on', 'spun', '--spun-score', '10', '.'], undefined, docs);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { path: string; verdict: string }) => [f.path, f.verdict])).toEqual([
      ['a-spun.txt', 'spun'],
      ['c-draft.txt', 'spun'],
    ]);
    expect(r.code).toBe(1);
    // -g replaces the config's glossaries: an empty glossary flags nothing.
    writeFileSync(join(docs, 'empty.yaml'), 'name: empty\ndescription: none\nlanguage: en\nrules: []\n');
    expect(unspin(['check', '-g', 'empty.yaml', '--format', 'json', 'a-spun.txt'], undefined, docs).stdout).toContain('"findings": []');
  });

  it('applies severity overrides per rule and per category before scoring', () => {
    const { docs } = project('glossaries: [glossaries/fixture.yaml]\nformat: jsonl\nseverity:\n  review-fixture/rebel-group: "off"\n  spinner-synonym: info\n');
    const rec = JSON.parse(unspin(['check', 'a-spun.txt'], undefined, docs).stdout);
    expect(rec.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}=${f.severity}`)).toEqual([
      'review-fixture/in-order-to=info',
      'review-fixture/opposition=info',
      'review-fixture/meanwhile=info',
    ]);
    // 1000 x 3 x 0.2 / 250, against 14 without the overrides.
    expect([rec.score, rec.verdict]).toEqual([2.4, 'suspicious']);
    const plain = JSON.parse(unspin(['check', '--no-config', '-g', FIXTURE_GLOSSARY, '--format', 'jsonl', 'a-spun.txt'], undefined, docs).stdout);
    expect([plain.findings.length, plain.score]).toEqual([4, 14]);
    // --min-severity from the command line filters after the overrides.
    expect(JSON.parse(unspin(['check', '--min-severity', 'warning', 'a-spun.txt'], undefined, docs).stdout)).toMatchObject({ findings: [], verdict: 'clean' });
  });

  it('a bad config stops check with file:line:col, the line and a caret, exit 2 and no report file', () => {
    const { root, docs } = project('glossaries: [glossaries/fixture.yaml]\nformat: htlm\nthresholds:\n  suspicious-score: -2\n');
    const r = unspin(['check', '-o', 'out.html', '.'], undefined, docs);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('unspin: bad config file (2 problems):');
    expect(lines[1]).toBe(`${join(root, '.unspin.yaml')}:2:9: error: "format" must be one of stylish, json, jsonl, csv, sarif, html (did you mean "html"?) [bad-value]`);
    expect(lines[2]).toBe('  2 | format: htlm');
    expect(lines[3]).toBe(`${' '.repeat(2 + 4 + 8)}^`);
    expect(lines[4]).toContain(':4:21: error: threshold "suspicious-score" must be a non-negative number');
    expect(readdirSync(docs).filter((f) => f.includes('out'))).toEqual([]);
    expect(unspin(['check', '--no-config', '-g', FIXTURE_GLOSSARY, '-q', 'b-mild.txt'], undefined, docs).code).toBe(0);
    const missing = unspin(['check', '--config', 'nope.yaml', '.'], undefined, docs);
    expect([missing.code, missing.stderr]).toEqual([2, 'unspin: config file nope.yaml: no such file\n']);
  });

  it('timeout gives up on a stuck document as --timeout does, and a bad one is a config error', () => {
    const { docs } = project('glossaries: [glossaries/fixture.yaml]\nformat: jsonl\ntimeout: 2\n');
    writeFileSync(join(docs, 'b-mild.txt'), `${MILD} STALL`);
    const r = unspin(['check', '.'], undefined, docs, { UNSPIN_TEST_WORKER_STALL: 'STALL' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b-mild\.txt: check timed out after 2 s/);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    const bad = project('timeout: soon\n');
    const b = unspin(['check', '.'], undefined, bad.docs);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`${join(bad.root, '.unspin.yaml')}:1:10: error: "timeout" must be a number of seconds above 0`);
  });

  it('--config names a file anywhere, and format: html writes the report atomically', () => {
    const { root } = project('');
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'team.yaml'), `glossaries: [${FIXTURE_GLOSSARY}]\nformat: html\n`);
    const r = unspin(['check', '--config', join(elsewhere, 'team.yaml'), '-o', 'report.html', join('desk', 'today')], undefined, root);
    expect(r.code).toBe(1);
    const html = readFileSync(join(root, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<mark id="d0-f1" class="sev-error" tabindex="0" data-rule="review-fixture/rebel-group">renegade gathering');
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('.unspin.yaml glossaries in fix', () => {
  it('fix uses the config glossaries unless -g or --no-config says otherwise', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'only.yaml'), readFileSync(FIXTURE_GLOSSARY));
    writeFileSync(join(dir, '.unspin.yaml'), 'glossaries: [only.yaml]\n');
    expect(unspin(['fix', '--stdout', '-'], 'The renegade gathering met.\n', dir).stdout).toBe('The rebel group met.\n');
    writeFileSync(join(dir, '.unspin.yaml'), 'glossaries: [missing.yaml]\n');
    const r = unspin(['fix', '--stdout', '-'], 'x\n', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.yaml');
    expect(unspin(['fix', '--stdout', '-g', FIXTURE_GLOSSARY, '-'], 'The renegade gathering met.\n', dir).stdout).toBe('The rebel group met.\n');
  });
});

describe('unspin init', () => {
  it('writes a commented starter that check then accepts, and refuses to overwrite without --force', () => {
    const dir = tempDir();
    const r = unspin(['init'], undefined, dir);
    expect([r.code, r.stdout]).toEqual([0, 'wrote .unspin.yaml\n']);
    const file = join(dir, '.unspin.yaml');
    const starter = readFileSync(file, 'utf8');
    expect(starter.split('\n').filter((l) => l.trim() && !l.startsWith('#'))).toEqual([]);
    writeFileSync(join(dir, 'a.txt'), SPUN);
    expect(unspin(['check', '-g', FIXTURE_GLOSSARY, '-q', 'a.txt'], undefined, dir).code).toBe(1);

    writeFileSync(file, 'format: json\n');
    const again = unspin(['init'], undefined, dir);
    expect([again.code, again.stderr]).toEqual([2, 'unspin: init: .unspin.yaml already exists; use --force to overwrite it\n']);
    expect(readFileSync(file, 'utf8')).toBe('format: json\n');
    expect(unspin(['init', '--force'], undefined, dir).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(starter);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('takes a directory or a file name, and fails cleanly where it cannot write', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    expect(unspin(['init', 'sub'], undefined, dir).stdout).toBe(`wrote ${join('sub', '.unspin.yaml')}\n`);
    expect(statSync(join(dir, 'sub', '.unspin.yaml')).isFile()).toBe(true);
    expect(unspin(['init', 'team.yaml'], undefined, dir).code).toBe(0);
    expect(existsSync(join(dir, 'team.yaml'))).toBe(true);
    const bad = unspin(['init', join('no', 'such', 'dir', 'x.yaml')], undefined, dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^unspin: init: cannot write no\/such\/dir\/x.yaml: /);
    expect(unspin(['init', '--help']).stdout).toContain('Usage: unspin init');
  });
});
