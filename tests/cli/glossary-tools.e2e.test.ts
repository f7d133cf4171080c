import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

const IMPORT = (name: string): string => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** A small corpus: plain text, Markdown and JSONL (one record carries a terminal escape). */
function corpus(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'Two renegade gatherings met.\nLater the renegade gathering left, and the weather was fine.\n');
  writeFileSync(join(dir, 'b.md'), '# Notes\n\nNothing spun here; the climate prediction is dry.\n');
  writeFileSync(join(dir, 'c.jsonl'), [JSON.stringify({ id: 'r1', text: 'A truce: \u001b[31mthe renegade gathering\u001b[0m agreed.' }), JSON.stringify({ id: 'r2', text: 'Quiet day.' })].join('\n') + '\n');
  return dir;
}

describe('unspin glossary try', () => {
  let dir: string;
  beforeAll(() => {
    dir = corpus();
  });

  it('counts matches per document and marks those that overlap existing rules (JSON)', () => {
    const r = unspin(['glossary', 'try', '-g', FIXTURE_GLOSSARY, '--canonical', 'rebel group', '--variant', 'renegade gathering', '--no-generate', '-f', 'json', dir]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.totals).toEqual({ documents: 4, matched: 2, matches: 3, overlapping: 3, shown: 3 });
    expect(out.documents.filter((d: { matches: number }) => d.matches).map((d: { path: string; matches: number }) => [d.path.replace(dir, 'D'), d.matches])).toEqual([
      ['D/a.txt', 2],
      ['r1', 1],
    ]);
    expect(out.matches[1]).toMatchObject({ line: 2, column: 11, actual: 'renegade gathering', expected: ['rebel group'], before: 'Two renegade gatherings met. Later the ', overlaps: [{ ruleId: 'review-fixture/rebel-group', line: 2, column: 11 }] });
  });

  it('prints concordance lines with the match marked, sanitized, and --sample limits them', () => {
    const r = unspin(['glossary', 'try', '-g', FIXTURE_GLOSSARY, '--canonical', 'rebel group', '--variant', 'renegade gathering', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ {20}Two \[renegade gatherings\] met\. Later the renegade gathering left…  → rebel groups  \(also review-fixture\/rebel-group\)  .*a\.txt:1:5\n/);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('A truce: ␛[31mthe [renegade gathering]␛[0m agreed.');
    expect(r.stdout).toMatch(/3 matches in 2 of 4 documents; 3 overlap findings of existing rules\n$/);
    const sampled = unspin(['glossary', 'try', '-g', FIXTURE_GLOSSARY, '--canonical', 'rebel group', '--variant', 'renegade gathering', '--sample', '1', dir]);
    expect(sampled.stdout.match(/\[renegade gathering/g)).toHaveLength(1);
    expect(sampled.stdout).toContain('; showing 1 (--sample)');
  });

  it('applies context options and finds matches no existing rule has', () => {
    const r = unspin(['glossary', 'try', '-g', FIXTURE_GLOSSARY, '--canonical', 'rebel group', '--variant', 'renegade gathering', '--document-mentions', 'truce', '-f', 'json', dir]);
    expect(JSON.parse(r.stdout).totals.matches).toBe(1);
    const fresh = JSON.parse(unspin(['glossary', 'try', '-g', FIXTURE_GLOSSARY, '--canonical', 'weather forecast', '--variant', 'climate prediction', '-f', 'json', dir]).stdout);
    expect(fresh.totals).toMatchObject({ matches: 1, overlapping: 0 });
    expect(fresh.matches[0].overlaps).toEqual([]);
  });

  it('reads a draft from --rule-file and points at its errors', () => {
    const draft = join(dir, 'draft.yaml');
    writeFileSync(draft, '# a draft\ncanonical: weather forecast\nvariants: [climate prediction]\ncontext:\n  mentions: [rain]\n');
    const bad = unspin(['glossary', 'try', '-r', draft, dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${draft}:5:3: error: unknown key "mentions" in context [unknown-key]\n  5 |   mentions: [rain]\n        ^`);
    writeFileSync(draft, '# a draft\ncanonical: weather forecast\nvariants: [climate prediction]\n');
    const ok = unspin(['glossary', 'try', '-r', draft, '-g', FIXTURE_GLOSSARY, '-f', 'json', join(dir, 'b.md')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).totals.matches).toBe(1);
  });

  it('guards generated variants with the loaded canonical terms, as a shipped rule would be', () => {
    const d = tempDir();
    const draft = join(d, 'draft.yaml');
    writeFileSync(draft, 'synonyms:\n  group: [gathering]\nrules:\n  - id: rebel-group\n    canonical: rebel group\n');
    writeFileSync(join(d, 'text.txt'), 'The rebel gathering met at noon.\n');
    const empty = join(d, 'empty.yaml');
    writeFileSync(empty, 'name: empty\ndescription: d\nlanguage: en\nrules: []\n');
    const named = join(d, 'named.yaml');
    writeFileSync(named, 'name: named\ndescription: d\nlanguage: en\nrules:\n  - id: rg\n    canonical: Rebel Gathering\n    variants: [revolt gathering]\n    generate: false\n');
    const flagged = JSON.parse(unspin(['glossary', 'try', '-r', draft, '-g', empty, '-f', 'json', join(d, 'text.txt')]).stdout);
    expect(flagged.matches.map((m: { actual: string; generated: boolean }) => [m.actual, m.generated])).toEqual([['rebel gathering', true]]);
    // --curated-only: "adapting" is a curated stand-in for "learning"; WordNet's "profound" for "deep" is not.
    const curated = join(d, 'curated.yaml');
    writeFileSync(curated, 'name: c\ndescription: d\nlanguage: en\nsynonyms:\n  learning: [adapting]\nrules: []\n');
    writeFileSync(join(d, 'ml.txt'), 'They use profound learning. They use deep adapting.\n');
    const tried = (...flags: string[]) => JSON.parse(unspin(['glossary', 'try', '-g', curated, '--canonical', 'deep learning', ...flags, '-f', 'json', join(d, 'ml.txt')]).stdout).matches.map((m: { actual: string }) => m.actual);
    expect(tried()).toEqual(['profound learning', 'deep adapting']);
    expect(tried('--curated-only')).toEqual(['deep adapting']);
    const guarded = JSON.parse(unspin(['glossary', 'try', '-r', draft, '-g', named, '-f', 'json', join(d, 'text.txt')]).stdout);
    expect(guarded.totals.matches).toBe(0);
  });

  it('exits 2 on usage errors', () => {
    expect(unspin(['glossary', 'try', '--variant', 'x y', dir]).code).toBe(2);
    expect(unspin(['glossary', 'try', '--canonical', 'a b', '--sample', '0', dir]).code).toBe(2);
    expect(unspin(['glossary', 'try', '--canonical', 'a b', '-g', FIXTURE_GLOSSARY, join(dir, 'missing.txt')]).code).toBe(2);
  });
});

const COMMENTED = `# Header comment: kept.
name: roundtrip
description: "A glossary: with comments"   # trailing
language: en

synonyms:
  rebel: [renegade]   # curated

rules:
  # first rule
  - id: rebel-group
    canonical: rebel group
    variants: [renegade gathering]
    generate: false
    examples:
      flag:
        - text: Two renegade gatherings attacked.
          fixed: Two rebel groups attacked.

  - id: weather          # an odd one
    canonical: weather forecast
    variants:
      - climate prediction
    generate: false
    note: >-
      A folded note that runs
      over two lines.
# closing comment
`;

describe('unspin glossary add', () => {
  const setup = () => {
    const dir = tempDir();
    const file = join(dir, 'roundtrip.yaml');
    const other = join(dir, 'other.yaml');
    writeFileSync(file, COMMENTED);
    writeFileSync(other, 'name: other\ndescription: d\nlanguage: en\nrules:\n  - id: storm\n    canonical: storm warning\n    variants: [tempest caution]\n    generate: false\n');
    return { dir, file, other };
  };
  const RULE = ['--id', 'rain-check', '--canonical', 'rain check', '--variant', 'downpour check', '--severity', 'warning', '--note', 'Spun: "downpour".', '--flag', 'Take a downpour check.=>Take a rain check.', '--pass', 'Take a rain check.', '--no-generate'];

  it('inserts the rule keeping every other byte, prints the diff and adds no lint problem', () => {
    const { file, other } = setup();
    const r = unspin(['glossary', 'add', '--file', file, '-g', other, ...RULE]);
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    const cut = COMMENTED.indexOf('# closing comment');
    const inserted = `
  - id: rain-check
    canonical: rain check
    variants: [downpour check]
    severity: warning
    generate: false
    note: 'Spun: "downpour".'
    examples:
      flag:
        - text: Take a downpour check.
          fixed: Take a rain check.
      pass:
        - Take a rain check.
`;
    expect(after).toBe(COMMENTED.slice(0, cut) + inserted + COMMENTED.slice(cut));
    expect(r.stdout).toContain(`--- ${file}`);
    expect(r.stdout).toContain('+  - id: rain-check\n');
    expect(r.stdout).toMatch(/^ {7}over two lines\.$/m);
    expect(r.stderr).toContain(`added rule "rain-check" to ${file} at line 29`);
    // The fixture's own warning (a rule without examples; its synonym is used by a lone swap); nothing from the new rule.
    const lint = unspin(['glossary', 'lint', file]);
    expect([lint.code, lint.stdout.trim().split('\n').pop()]).toEqual([0, '0 errors, 1 warning in 1 glossary']);
  });

  it('refuses conflicts with the file and with the other loaded glossaries, and failing examples, writing nothing', () => {
    const { file, other } = setup();
    const cases: [string[], RegExp][] = [
      [['--id', 'weather', '--canonical', 'x y', '--variant', 'p q'], /rule id "weather" is already used in the glossary/],
      [['--id', 'n', '--canonical', 'x y', '--variant', 'Renegade Gathering'], /variant "Renegade Gathering" of rule "n" is already a variant of rule "rebel-group"/],
      [['--id', 'n', '--canonical', 'x y', '--variant', 'tempest caution'], /variant "tempest caution" is already a variant of rule "other\/storm" \(.*other\.yaml:5\)/],
      [['--id', 'n', '--canonical', 'tempest caution', '--variant', 'p q'], /canonical term "tempest caution" is a variant of rule "other\/storm"/],
      [['--id', 'n', '--canonical', 'rain check', '--variant', 'storm warning'], /variant "storm warning" is the canonical term of rule "other\/storm"/],
      [['--id', 'n', '--canonical', 'rain check', '--variant', 'downpour check', '--flag', 'A downpour check.=>A rain chek.'], /flag example of rule "n" fixes to "A rain check\.", expected "A rain chek\."/],
      [['--id', 'n', '--canonical', 'rain check', '--variant', 'downpour check', '--pass', 'A downpour check.'], /pass example of rule "n" is flagged/],
      [['--id', 'Bad Id', '--canonical', 'rain check', '--variant', 'downpour check'], /rule id "Bad Id" must be lower-case/],
    ];
    for (const [args, message] of cases) {
      const r = unspin(['glossary', 'add', '--file', file, '-g', other, ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(readFileSync(file, 'utf8')).toBe(COMMENTED);
    }
  });

  it('--dry-run shows the diff without writing; JSON reports the rule and diff', () => {
    const { file, other } = setup();
    const r = unspin(['glossary', 'add', '--file', file, '-g', other, '--dry-run', '-f', 'json', ...RULE]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ added: false, rule: { id: 'rain-check', line: 29 }, warnings: [] });
    expect(out.diff).toContain('+    variants: [downpour check]');
    expect(readFileSync(file, 'utf8')).toBe(COMMENTED);
    const curated = unspin(['glossary', 'add', '--file', file, '-g', other, '--dry-run', '-f', 'json', ...RULE.filter((a) => a !== '--no-generate'), '--curated-only']);
    expect(JSON.parse(curated.stdout).diff).toContain('+    generate: curated\n');
  });

  it('without a terminal, missing flags exit 2 and are named; a broken glossary exits 2', () => {
    const { file, dir } = setup();
    const r = unspin(['glossary', 'add', '--file', file, '--variant', 'a b'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --id, --canonical (stdin is not a terminal');
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'name: broken\ndescription: d\nlanguage: en\nrules:\n  - id: x\n    canonical: [a b\n');
    const b = unspin(['glossary', 'add', '--file', broken, ...RULE]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/broken\.yaml:\d+:\d+: error: .*\[yaml-syntax\]/);
    expect(unspin(['glossary', 'add', '--file', join(dir, 'none.yaml'), ...RULE]).code).toBe(2);
  });
});

describe('unspin glossary import', () => {
  it('converts a CSV list, reports skipped rows with line numbers, and the glossary loads and checks', () => {
    const dir = tempDir();
    const out = join(dir, 'imported.yaml');
    const r = unspin(['glossary', 'import', '--from', 'csv', IMPORT('terms.csv'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote ${out}: 4 rules, 5 variants from 8 entries`);
    expect(r.stdout).toContain('merged 1 duplicate entry into earlier rules (lines 3)');
    expect(r.stdout).toContain(`${IMPORT('terms.csv')}:5: empty canonical term`);
    expect(r.stdout).toContain(`${IMPORT('terms.csv')}:11: row has 1 field; the variant column is missing`);
    expect(r.stdout).toContain('lint: 0 errors, 0 warnings');
    expect(unspin(['glossary', 'lint', '--strict', out]).code).toBe(0);
    const check = unspin(['check', '-g', out, '-f', 'json', '-'], 'The forecast was a climate prediction.');
    expect(JSON.parse(check.stdout).files[0].findings[0]).toMatchObject({ ruleId: 'imported/weather-forecast', expected: ['weather forecast'] });
  });

  it('converts TSV, PPS and TBX lists (JSON report)', () => {
    const dir = tempDir();
    const run = (from: string, file: string) => JSON.parse(unspin(['glossary', 'import', '--from', from, IMPORT(file), '--out', join(dir, `${from}.yaml`), '-f', 'json']).stdout);
    expect(run('tsv', 'terms.tsv')).toMatchObject({ rules: 2, variants: 3, merged: [{ line: 4, into: 'city council' }], skipped: [] });
    expect(run('pps', 'pps.csv')).toMatchObject({ rules: 3, variants: 3, skipped: [{ line: 5, reason: 'empty variant' }, { line: 6, reason: 'empty canonical term' }] });
    const tbx = run('tbx', 'terms.tbx');
    expect(tbx).toMatchObject({ rules: 2, variants: 2, lint: { errors: 0, warnings: 0 } });
    expect(readFileSync(join(dir, 'tbx.yaml'), 'utf8')).toContain('canonical: [rebel group, insurgent group]');
    for (const f of ['tsv', 'pps', 'tbx']) expect(unspin(['glossary', 'test', join(dir, `${f}.yaml`)]).code).toBe(0);
  });

  it('refuses to overwrite --out without --force, and stops at malformed lists with file:line:col', () => {
    const dir = tempDir();
    const out = join(dir, 'x.yaml');
    writeFileSync(out, 'keep me\n');
    const r = unspin(['glossary', 'import', '--from', 'pps', IMPORT('pps.csv'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exists; refusing to overwrite it (use --force)');
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(unspin(['glossary', 'import', '--from', 'pps', IMPORT('pps.csv'), '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('id: neural-network');

    const tbxOut = join(dir, 'broken.yaml');
    const broken = unspin(['glossary', 'import', '--from', 'tbx', IMPORT('broken.tbx'), '--out', tbxOut]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${IMPORT('broken.tbx')}:9:17: unexpected close tag.`);
    expect(existsSync(tbxOut)).toBe(false);
    const cols = unspin(['glossary', 'import', '--from', 'csv', IMPORT('semicolon.csv'), '--out', tbxOut]);
    expect(cols.code).toBe(2);
    expect(cols.stderr).toContain('semicolon.csv:1:1: cannot tell which column holds the canonical forms');
    const none = unspin(['glossary', 'import', '--from', 'csv', IMPORT('unclosed.csv'), '--out', tbxOut]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('nothing written');
    expect(existsSync(tbxOut)).toBe(false);
    expect(unspin(['glossary', 'import', '--from', 'xls', IMPORT('pps.csv'), '--out', tbxOut]).code).toBe(2);
  });
});

describe('unspin glossary stats', () => {
  it('counts per glossary and per rule over a corpus, listing rules that never fire', () => {
    const dir = corpus();
    const r = unspin(['glossary', 'stats', FIXTURE_GLOSSARY, '--corpus', dir, '-f', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.glossaries[0]).toMatchObject({ name: 'review-fixture', rules: 5, variants: 5, canonicalForms: 5, generatingForms: 0, severities: { error: 3, warning: 1, info: 1 } });
    expect(out.corpus.documents).toBe(4);
    expect(out.corpus.fired).toEqual([{ rule: 'review-fixture/rebel-group', hits: 3, generated: 0 }]);
    expect(out.corpus.neverFired).toEqual(['review-fixture/in-order-to', 'review-fixture/opposition', 'review-fixture/meanwhile', 'review-fixture/elsewhere']);
    const text = unspin(['glossary', 'stats', FIXTURE_GLOSSARY, '--corpus', dir]).stdout;
    expect(text).toContain('review-fixture (');
    expect(text).toContain('corpus: 4 documents, 3 findings; 1 of 5 rules fired');
    expect(text).toContain('never fired (4):\n  review-fixture/in-order-to');
  });

  it('reports the bundled glossaries, and exits 2 on a broken glossary', () => {
    const out = JSON.parse(unspin(['glossary', 'stats', '-f', 'json']).stdout);
    expect(out.glossaries.length).toBeGreaterThan(1);
    for (const g of out.glossaries) expect(g.rules).toBeGreaterThan(0);
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'name: bad\n');
    expect(unspin(['glossary', 'stats', join(dir, 'bad.yaml')]).code).toBe(2);
  });
});

describe('help', () => {
  it('every new subcommand has --help and exits 0', () => {
    for (const sub of ['try', 'add', 'import', 'stats']) {
      const r = unspin(['glossary', sub, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: unspin glossary ${sub} `));
      expect(r.stdout).toMatch(/Exit codes:/);
    }
    expect(unspin(['glossary', '--help']).stdout).toContain('import --from FORMAT FILE --out NEW.yaml');
  });
});
