import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnnotated } from '../../src/eval/annotations.js';
import { COLLOCATIONS_PATH } from '../../src/lexicon/format.js';
import { tempDir, unspin } from '../cli/run.js';

const FIX = fileURLToPath(new URL('../fixtures/learn/', import.meta.url));
const PAIRS = join(FIX, 'pairs');
const CLEAN = join(FIX, 'clean');
/** Whether the build found the language model lone swaps are judged by. */
const hasLanguageModel = existsSync(COLLOCATIONS_PATH) && statSync(COLLOCATIONS_PATH).size > 0;
/** In place of the bundled glossaries, so these tests do not move when those grow. */
const BASE = join(FIX, 'base.yaml');
const SPUN = ['famine', 'kafr-nabl', 'villages'].map((n) => join(PAIRS, `${n}.spun.txt`));

interface Finding {
  ruleId: string;
  start: number;
  end: number;
  actual: string;
  expected: string[];
}

function findings(glossary: string, files: string[]): { path: string; findings: Finding[] }[] {
  const r = unspin(['check', '-g', glossary, '--format', 'json', ...files]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { files: { path: string; findings: Finding[] }[] }).files;
}

describe('unspin glossary learn (real binary)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('learns from the pairs a glossary that loads and flags the spun copies', () => {
    const out = join(dir, 'learned.yaml');
    const r = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', out, '--accept-min-count', '2', '-g', BASE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote 4 rules and 5 synonyms to /);
    expect(unspin(['glossary', 'lint', out]).stdout).toMatch(/^0 errors/m);
    expect(unspin(['glossary', 'test', out]).code).toBe(0);
    const files = findings(out, SPUN);
    const flagged = files.flatMap((f) => f.findings.map((x) => `${x.ruleId}: ${x.actual} → ${x.expected[0]}`)).sort();
    expect(flagged).toEqual([
      'learned/aid-agency: Help offices → Aid agencies',
      'learned/aid-agency: help offices → aid agencies',
      'learned/department-of-education: Division of Training → Department of Education',
      'learned/department-of-education: Division of Training → Department of Education',
      'learned/in-order: keeping in mind the end goal → in order',
      'learned/in-order: keeping in mind the end goal → in order',
      'learned/in-order: keeping in mind the end goal → in order',
      'learned/rebel-group: Renegade gatherings → Rebel groups',
      'learned/rebel-group: renegade gatherings → rebel groups',
      // The learned synonym said → stated also applies alone, where the language model reads "stated" as out of place.
      ...(hasLanguageModel ? ['swaps/state: stated → said'] : []),
    ]);
    // Offsets point at the spun words in the files.
    for (const f of files) for (const x of f.findings) expect(readFileSync(f.path, 'utf8').slice(x.start, x.end)).toBe(x.actual);
    // And the originals are left alone.
    expect(findings(out, SPUN.map((s) => s.replace('.spun.', '.orig.'))).flatMap((f) => f.findings)).toEqual([]);
  });

  it('does not write a rule the glossaries it is used with already hold, and says which', () => {
    const out = join(dir, 'overlapping.yaml');
    const r = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', out, '--accept-min-count', '2', '-g', join(FIX, 'overlap.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('not written "rebel group" → "renegade gathering": "renegade gathering" is already a variant of rule "overlap/rebel-group"');
    expect(r.stdout).toMatch(/wrote 3 rules and 5 synonyms/);
    expect(readFileSync(out, 'utf8')).not.toMatch(/id: rebel-group/);
  });

  it('reads one ORIGINAL SPUN pair from positional arguments', () => {
    const r = unspin(['glossary', 'learn', join(PAIRS, 'famine.orig.txt'), join(PAIRS, 'famine.spun.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { pairs: number; proposals: { kind: string; canonical: string; variant: string }[] };
    expect(j.pairs).toBe(1);
    expect(j.proposals.map((p) => `${p.kind} ${p.canonical} → ${p.variant}`)).toContain('phrase in order → keeping in mind the end goal');
  });

  it('--clean drops a proposal that flags clean text and says why', () => {
    const out = join(dir, 'guarded.yaml');
    const r = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', out, '--accept-min-count', '2', '--clean', CLEAN, '--format', 'json', '-g', BASE]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { proposals: { canonical: string }[]; dropped: { proposal: number; path: string; actual: string; action: string }[]; written: { rules: { id: string }[] } };
    expect(j.dropped.map((d) => [j.proposals[d.proposal]!.canonical, d.actual, d.action, d.path.endsWith('council.txt')])).toEqual([['aid agency', 'help offices', 'dropped', true]]);
    expect(j.written.rules.map((x) => x.id)).not.toContain('aid-agency');
    expect(readFileSync(out, 'utf8')).not.toMatch(/aid-agency/);
    expect(findings(out, [join(CLEAN, 'council.txt')])[0]!.findings).toEqual([]);
    const text = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', join(dir, 'guarded2.yaml'), '--accept-min-count', '2', '--clean', CLEAN, '--limit', '1', '-g', BASE]);
    expect(text.stdout).toMatch(/dropped \(flags clean text 1×\) phrase "aid agency" → "help office": .*council\.txt: "help offices" → "aid agencies"/);
  });

  it('--clean-action demote keeps the rule at severity info', () => {
    const out = join(dir, 'demoted.yaml');
    const r = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', out, '--accept-min-count', '2', '--clean', CLEAN, '--clean-action', 'demote', '-g', BASE]);
    expect(r.code).toBe(0);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toMatch(/- id: aid-agency\n(?:.*\n)*?\s+severity: info\n/);
  });

  it('--into adds to an existing glossary and keeps its comments', () => {
    const into = join(dir, 'existing.yaml');
    const before = [
      '# Our newsroom glossary: keep this header.',
      'version: 1',
      'name: newsroom',
      'description: House rules.',
      'language: en',
      '',
      'rules:',
      '  # A rule written by hand.',
      '  - id: prime-minister',
      '    canonical: prime minister',
      '    variants: [head administrator] # seen in March',
      '    generate: false',
      '',
    ].join('\n');
    writeFileSync(into, before);
    const r = unspin(['glossary', 'learn', '--pairs', PAIRS, '--into', into, '--accept-min-count', '3', '-g', BASE]);
    expect(r.code).toBe(0);
    const after = readFileSync(into, 'utf8');
    // Every original line survives, in order, with only new lines between them.
    const lines = after.split('\n');
    let at = 0;
    for (const line of before.split('\n')) {
      at = lines.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
      at++;
    }
    expect(after).toContain('# seen in March');
    expect(after).toMatch(/- id: in-order\n/);
    expect(after).toMatch(/synonyms:\n {2}say: \[state\]\n/);
    expect(unspin(['glossary', 'lint', into]).stdout).toMatch(/^0 errors/m);
  });

  it('json output is deterministic and does not depend on input order', () => {
    const a = unspin(['glossary', 'learn', '--pairs', PAIRS, '--format', 'json']);
    const b = unspin(['glossary', 'learn', '--pairs', PAIRS, '--format', 'json']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const rows = ['villages', 'famine', 'kafr-nabl'].map((name) =>
      JSON.stringify({ name, original: readFileSync(join(PAIRS, `${name}.orig.txt`), 'utf8'), spun: readFileSync(join(PAIRS, `${name}.spun.txt`), 'utf8') }),
    );
    const jsonl = join(dir, 'pairs.jsonl');
    writeFileSync(jsonl, rows.join('\n') + '\n');
    const c = unspin(['glossary', 'learn', '--pairs', jsonl, '--format', 'json']);
    expect(c.code).toBe(0);
    expect(c.stdout).toBe(a.stdout);
    const j = JSON.parse(a.stdout) as { proposals: { count: number; pairs: number }[] };
    expect(j.proposals[0]).toMatchObject({ kind: 'synonym', canonical: 'say', variant: 'state', count: 5, pairs: 3 });
  });

  it('refuses, without writing, what it cannot do: no terminal to ask on, --out existing, malformed JSONL', () => {
    const out = join(dir, 'never.yaml');
    const noTty = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', out]);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toMatch(/--accept-min-count/);
    expect(existsSync(out)).toBe(false);
    const existing = join(dir, 'exists.yaml');
    writeFileSync(existing, 'x');
    const e = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', existing, '--accept-min-count', '1']);
    expect(e.code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('x');
    const badName = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', out, '--accept-min-count', '1', '--name', 'x\nrules: 1']);
    expect(badName.code).toBe(2);
    expect(badName.stderr).toMatch(/--name must be/);
    const noDir = unspin(['glossary', 'learn', '--pairs', PAIRS, '--out', join(dir, 'missing', 'x.yaml'), '--accept-min-count', '1']);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toMatch(/cannot write .*missing/);
    expect(existsSync(out)).toBe(false);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"original":"a","spun":"b"}\n{"original": 3}\n');
    const m = unspin(['glossary', 'learn', '--pairs', bad]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain(`${bad}:2:1: needs string fields "original" and "spun"`);
  });

  it('shows evidence with control characters made visible', () => {
    const o = join(dir, 'esc.orig.txt');
    const s = join(dir, 'esc.spun.txt');
    writeFileSync(o, 'Rebel groups attacked the town \u001b[31mtoday.\n');
    writeFileSync(s, 'Renegade gatherings attacked the town \u001b[31mtoday.\n');
    const r = unspin(['glossary', 'learn', o, s]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[[Renegade gatherings]]');
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('unspin glossary learn on the project corpus (real binary)', () => {
  it('learns from the annotated dev split a glossary that loads and flags only annotated spans of the spun copies', () => {
    const dev = fileURLToPath(new URL('../../corpora/articles/dev/', import.meta.url));
    const dir = tempDir();
    const out = join(dir, 'dev-learned.yaml');
    const r = unspin(['glossary', 'learn', '--pairs', dev, '--out', out, '--accept-min-count', '1', '--format', 'json', '-g', BASE]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { written: { rules: unknown[] } };
    expect(j.written.rules.length).toBeGreaterThan(50);
    expect(unspin(['glossary', 'lint', out]).stdout).toMatch(/^0 errors/m);
    expect(unspin(['glossary', 'test', out]).code).toBe(0);
    const files: string[] = [];
    const spans = new Map<string, { start: number; end: number }[]>();
    for (const f of readdirSync(dev).filter((x) => x.endsWith('.spun.txt'))) {
      const a = parseAnnotated(readFileSync(join(dev, f), 'utf8'));
      const p = join(dir, f);
      writeFileSync(p, a.text);
      files.push(p);
      spans.set(p, a.spans);
    }
    let total = 0;
    let inside = 0;
    for (const f of findings(out, files)) {
      for (const x of f.findings) {
        total++;
        if (spans.get(f.path)!.some((s) => x.start < s.end && s.start < x.end)) inside++;
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(inside / total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('unspin glossary learn --pairs DIR with a file missing its other half', () => {
  it('skips it with a warning and learns from the rest', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.orig.txt'), 'Rebel groups attacked the town.\n');
    writeFileSync(join(dir, 'a.spun.txt'), 'Renegade gatherings attacked the town.\n');
    writeFileSync(join(dir, 'b.orig.txt'), 'Officials said the road was closed.\n');
    writeFileSync(join(dir, 'c.spun.txt'), 'Authorities stated the road was closed.\n');
    const r = unspin(['glossary', 'learn', '--pairs', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('b.orig.txt has no spun copy b.spun.txt; skipped');
    expect(r.stderr).toContain('c.spun.txt has no original');
    expect((JSON.parse(r.stdout) as { pairs: number }).pairs).toBe(1);
  });
});
