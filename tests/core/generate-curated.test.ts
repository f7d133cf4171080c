import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { SUBSTITUTION } from '../../src/core/compile.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { mergeSynonyms } from '../../src/glossary/rules.js';
import { glossaryStats } from '../../src/glossary/stats.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { index, rule } from '../helpers.js';

// "blameworthy" and "supplication" are curated stand-ins here; WordNet gives "request" for "plea"
// and "guilty" has its own WordNet synonyms, none of them curated.
const SYNONYMS = { guilty: ['blameworthy'], plea: ['supplication'] };

describe('generate: curated', () => {
  const curated = index([rule({ id: 'guilty-plea', canonical: ['guilty plea'], generate: 'curated' })], SYNONYMS);

  it('generates the spins the glossaries\' synonyms give', () => {
    expect(checkText('He entered a blameworthy supplication.', curated)[0]).toMatchObject({ actual: 'blameworthy supplication', expected: ['guilty plea'] });
    expect(checkText('He entered a blameworthy plea.', curated)[0]).toMatchObject({ actual: 'blameworthy plea', expected: ['guilty plea'] });
  });

  it('ignores WordNet stand-ins that the same rule would generate with generate: true', () => {
    // WordNet makes "profound" a wrong-sense synonym of "deep"; no glossary lists it here.
    const terms = (generate: boolean | 'curated') => index([rule({ id: 'deep-learning', canonical: ['deep learning'], generate })], { learning: ['adapting'] });
    const wordnetOnly = 'They use profound learning for vision.';
    expect(checkText(wordnetOnly, terms(true))[0]).toMatchObject({ actual: 'profound learning', expected: ['deep learning'] });
    expect(checkText(wordnetOnly, terms('curated'))).toEqual([]);
    expect(checkText('They use deep adapting for vision.', terms('curated'))[0]).toMatchObject({ expected: ['deep learning'] });
  });

  it('generates nothing with generate: false', () => {
    const off = index([rule({ id: 'guilty-plea', canonical: ['guilty plea'], generate: false })], SYNONYMS);
    expect(checkText('He entered a blameworthy supplication.', off)).toEqual([]);
  });
});

describe('generate in glossary files', () => {
  const source = (generate: string): string => `name: g
description: d
language: en
synonyms:
  guilty: [blameworthy, culpable]
  plea: [supplication]
rules:
  - id: guilty-plea
    canonical: guilty plea
    generate: ${generate}
`;

  it('accepts curated and counts only curated stand-ins in the generated space', () => {
    const { glossary, diagnostics } = parseGlossary(source('curated'), 'g.yaml');
    expect(diagnostics).toEqual([]);
    expect(glossary!.rules[0]!.generate).toBe('curated');
    const thesaurus = { synonyms: (w: string) => (w === 'plea' ? [{ word: 'request', strength: SUBSTITUTION.strong }] : []) };
    const stats = (g = glossary!) => glossaryStats(g, { morph: loadLexicon().morph, synonyms: mergeSynonyms([g]), thesaurus }).generatedSpace;
    expect(stats()).toBe(3 * 2 - 1);
    expect(stats(parseGlossary(source('true'), 'g.yaml').glossary!)).toBe(3 * 3 - 1);
  });

  it('rejects any other value at its position', () => {
    const { diagnostics } = parseGlossary(source('sometimes'), 'g.yaml');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '10:15 bad-type "generate" in rule "guilty-plea" must be true, false or curated',
    ]);
  });
});
