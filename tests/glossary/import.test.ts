import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGlossary, entriesToRules, slugId } from '../../src/glossary/import/build.js';
import { parsePps, parseTable } from '../../src/glossary/import/table.js';
import { parseTbx } from '../../src/glossary/import/tbx.js';
import { ImportError } from '../../src/glossary/import/types.js';
import { runExamples } from '../../src/glossary/examples.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { compileOptionsFor, loadLexicon } from '../../src/lexicon/load.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url)), 'utf8');
const opts = () => compileOptionsFor(loadLexicon(), new Map());

describe('csv and tsv term lists', () => {
  it('reads entries with their lines and reports every unusable row with its line', () => {
    const { entries, skipped } = parseTable(fixture('terms.csv'), { delimiter: ',' });
    expect(entries.map((e) => `${e.line}: ${e.canonical.join('|')} <- ${e.variants.join('|')}`)).toEqual([
      '2: rebel group <- renegade gathering',
      '3: rebel group <- revolt bunch|renegade gathering',
      '4: polling station <- survey post',
      '8: weather forecast <- climate prediction',
      '9: armed forces <- survey post',
      '10: survey post <- vote booth',
      '12: press conference <- squeeze meeting!!',
      '13: prime minister <- foremost clergyman',
    ]);
    expect(skipped).toEqual([
      { line: 5, reason: 'empty canonical term' },
      { line: 6, reason: 'empty variant' },
      { line: 7, reason: 'a quote mark or line break inside a term' },
      { line: 11, reason: 'row has 1 field; the variant column is missing' },
    ]);
  });

  it('finds columns by the names given, and says which header it could not read', () => {
    const tsv = fixture('terms.tsv');
    expect(() => parseTable(tsv, { delimiter: ',' })).toThrow(/variant forms; the header has "Correct Term\tSpun Form" \(name it with --variant-column\)/);
    const { entries } = parseTable(tsv, { delimiter: '\t' });
    expect(parseTable(tsv, { delimiter: '\t', canonicalColumn: 'Spun-Form', variantColumn: 'correct term' }).entries[0]!.canonical).toEqual(['substantial downpour']);
    expect(entries.map((e) => [e.canonical[0], e.variants[0]])).toEqual([
      ['heavy rain', 'substantial downpour'],
      ['city council', 'metropolis board'],
      ['city council', 'town board'],
    ]);
    expect(() => parseTable(tsv, { delimiter: '\t', canonicalColumn: 'nope', variantColumn: 'spun form' })).toThrow(/no canonical column named "nope"/);
  });

  it('reports a quote left open to the end with the line where parsing stopped', () => {
    const { entries, skipped } = parseTable(fixture('unclosed.csv'), { delimiter: ',' });
    expect(entries).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.reason).toMatch(/Quote Not Closed/);
  });
});

describe('Problematic Paper Screener export', () => {
  it('takes the tortured phrase as the variant and the expected text as the canonical term', () => {
    const { entries, skipped } = parsePps(fixture('pps.csv'), {});
    expect(entries.map((e) => `${e.line}: ${e.canonical[0]} <- ${e.variants[0]}`)).toEqual([
      '2: random forest <- arbitrary woodland',
      '3: neural network <- nerve web',
      '4: support vector machine <- help vector contraption',
      '7: neural network <- nerve web',
    ]);
    expect(skipped).toEqual([
      { line: 5, reason: 'empty variant' },
      { line: 6, reason: 'empty canonical term' },
    ]);
  });
});

describe('TBX', () => {
  it('makes preferred and admitted terms canonical and deprecated or superseded terms variants, English only', () => {
    const { entries, skipped } = parseTbx(fixture('terms.tbx'));
    expect(entries).toEqual([
      { canonical: ['rebel group', 'insurgent group'], variants: ['renegade gathering'], line: 5 },
      { canonical: ['weather forecast'], variants: ['climate prediction'], line: 24 },
    ]);
    expect(skipped).toEqual([
      { line: 36, reason: 'no deprecated, superseded or forbidden term to flag' },
      { line: 44, reason: 'no English (xml:lang="en") term' },
    ]);
  });

  it('stops at malformed XML with its line and column', () => {
    try {
      parseTbx(fixture('broken.tbx'), 'broken.tbx');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ImportError);
      expect([(err as ImportError).line, (err as ImportError).message]).toEqual([9, 'unexpected close tag.']);
    }
  });
});

describe('building the glossary', () => {
  it('merges duplicate canonical terms, refuses variants claimed twice or equal to a canonical term, and numbers ids', () => {
    const { rules, merged, skipped } = entriesToRules([
      { canonical: ['Rebel Group'], variants: ['renegade gathering'], line: 2 },
      { canonical: ['rebel group'], variants: ['revolt bunch', 'renegade gathering'], line: 3 },
      { canonical: ['rebel-group!'], variants: ['insurgent band'], line: 4 },
      { canonical: ['armed forces'], variants: ['revolt bunch', 'rebel group'], line: 5 },
    ]);
    expect(rules.map((r) => [r.id, r.canonical, r.variants])).toEqual([['rebel-group', 'Rebel Group', ['renegade gathering', 'revolt bunch', 'insurgent band']]]);
    expect(merged).toEqual([
      { line: 3, into: 'Rebel Group' },
      { line: 4, into: 'Rebel Group' },
    ]);
    expect(skipped).toEqual([
      { line: 5, reason: 'variant "revolt bunch" is already a variant of "Rebel Group"' },
      { line: 5, reason: 'variant "rebel group" is a canonical term in this list; flagging it would flag correct text' },
    ]);
    expect(slugId('Café  Münster / Nord')).toBe('cafe-munster-nord');
    expect(slugId('!!!')).toBe('rule');
  });

  it('writes a glossary that loads with passing examples and leaves out variants the engine cannot match', () => {
    const built = buildGlossary(
      [
        { canonical: ['rebel group'], variants: ['renegade gathering', 'revolt bunch'], line: 2 },
        { canonical: ['press conference'], variants: ['squeeze meeting!!'], line: 3 },
        { canonical: ['Paris Agreement'], variants: ['paris settlement'], line: 4 },
      ],
      { name: 'imported', description: 'test: "quotes" and: colons' },
      opts(),
    );
    expect(built.rules).toBe(2);
    expect(built.variants).toBe(3);
    expect(built.skipped).toEqual([{ line: 3, reason: expect.stringMatching(/^variant "squeeze meeting!!" of "press conference" left out: the engine repairs/) }]);
    const { glossary, diagnostics } = parseGlossary(built.text, 'imported.yaml');
    expect(diagnostics).toEqual([]);
    expect(glossary!.description).toBe('test: "quotes" and: colons');
    expect(glossary!.rules.map((r) => [r.id, r.generate, r.examples.flag.length])).toEqual([
      ['rebel-group', false, 1],
      ['paris-agreement', false, 1],
    ]);
    expect(runExamples(glossary!, opts())).toEqual([]);
  });
});
