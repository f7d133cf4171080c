import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import type { Collocation, SpinEvidence } from '../../src/core/swaps.js';
import { index, rule } from '../helpers.js';

/** A language model that knows a few words and pairs, as the build's table would. */
function model(words: Record<string, number>, pairs: Record<string, Collocation>): SpinEvidence {
  return {
    frequency: () => 0,
    attestedPair: () => false,
    modelWord: (w) => words[w],
    collocation: (a, b) => (words[a] === undefined || words[b] === undefined ? undefined : (pairs[`${a} ${b}`] ?? null)),
  };
}

const WORDS = { dissident: -5, bunches: -6, groups: -4, bunch: -5.5, group: -3.5, angry: -4.5, crowds: -4.6, rebel: -5, gatherings: -5.5, centre: -4.5, center: -3.9, research: -4, exploration: -5 };
const PAIRS = {
  'dissident groups': { logProb: -1.5, pmi: 2.6 },
  'angry crowds': { logProb: -2, pmi: 2.5 },
  'research center': { logProb: -1, pmi: 3 },
  'research centre': { logProb: -1.2, pmi: 3 },
};

/** Three findings of ordinary rules make the document read as spun. */
const SPUN = 'Profound learning works. Profound learning scales. Profound learning wins.';

function idx(evidence: SpinEvidence, synonyms?: Record<string, string[]>) {
  const i = index([rule({ id: 'deep-learning', canonical: ['deep learning'], variants: ['profound learning'], generate: false })], synonyms);
  i.evidence = evidence;
  return i;
}

const collocations = (text: string, evidence = model(WORDS, PAIRS), synonyms: Record<string, string[]> = { group: ['bunch'] }) =>
  checkText(text, idx(evidence, synonyms)).filter((f) => f.ruleId.startsWith('collocations/'));

describe('collocations: pairs no rule lists, read against a language model', () => {
  it('puts back the commoner word that makes a strong collocation, flagging only that word', () => {
    const text = `${SPUN} Dissident bunches fought.`;
    const [f] = collocations(text);
    expect(f).toMatchObject({ ruleId: 'collocations/bunches', actual: 'bunches', expected: ['groups'], severity: 'warning', generated: true });
    expect(text.slice(f!.start, f!.end)).toBe('bunches');
    expect(f!.substitutions).toEqual([{ actual: 'bunches', canonical: 'groups' }]);
    expect(f!.message).toContain('"dissident groups"');
  });

  it('needs a document that other rules already show to be spun', () => {
    expect(collocations('Profound learning works. Profound learning scales. Dissident bunches fought.')).toEqual([]);
    expect(collocations(`${SPUN} Dissident bunches fought.`)).toHaveLength(1);
  });

  it('leaves pairs the model has seen, pairs with a word it does not know, and weak repairs', () => {
    expect(collocations(`${SPUN} Dissident bunches fought.`, model(WORDS, { ...PAIRS, 'dissident bunches': { logProb: -4, pmi: 0.5 } }))).toEqual([]);
    expect(collocations(`${SPUN} Zorblax bunches fought.`)).toEqual([]);
    expect(collocations(`${SPUN} Dissident bunches fought.`, model(WORDS, { 'dissident groups': { logProb: -3.5, pmi: 2.6 } }))).toEqual([]);
    expect(collocations(`${SPUN} Dissident bunches fought.`, model(WORDS, { 'dissident groups': { logProb: -1.5, pmi: 1 } }))).toEqual([]);
  });

  it('restores only words commoner than the ones they replace', () => {
    expect(collocations(`${SPUN} Dissident bunches fought.`, model({ ...WORDS, groups: -5.8 }, PAIRS))).toEqual([]);
  });

  it('takes the thesaurus as well as curated stand-ins, but not loose ones', () => {
    // WordNet puts "bunch" in a sense of "crowd", but reaches "group" only as a hypernym.
    const found = collocations(`${SPUN} Angry bunches gathered.`, model(WORDS, PAIRS), {});
    expect(found.map((f) => [f.actual, f.expected[0]])).toEqual([['bunches', 'crowds']]);
    expect(collocations(`${SPUN} Dissident bunches fought.`, model(WORDS, PAIRS), {})).toEqual([]);
  });

  it('does not count the other spelling of the same word as a repair', () => {
    expect(collocations(`${SPUN} The research centre opened.`)).toEqual([]);
  });

  it('is off without a language model and under --min-severity error', () => {
    expect(collocations(`${SPUN} Dissident bunches fought.`, { frequency: () => 0, attestedPair: () => false })).toEqual([]);
    const i = idx(model(WORDS, PAIRS), { group: ['bunch'] });
    expect(checkText(`${SPUN} Dissident bunches fought.`, i, { minSeverity: 'error' }).filter((f) => f.ruleId.startsWith('collocations/'))).toEqual([]);
  });
});
