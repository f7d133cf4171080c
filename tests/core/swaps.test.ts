import { describe, expect, it } from 'vitest';
import { analyze, checkText } from '../../src/core/check.js';
import { compile, type CompiledIndex } from '../../src/core/compile.js';
import type { RawMatch } from '../../src/core/match.js';
import { rankByNeighbours, SWAP_GATE, swapRules, type SpinEvidence } from '../../src/core/swaps.js';
import { tokenize } from '../../src/core/tokenize.js';
import type { Rule } from '../../src/core/types.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { rule } from '../helpers.js';

const SYNONYMS = { rebel: ['agitator', 'renegade'], group: ['gathering', 'bunch'], meeting: ['gathering'], military: ['armed force'], budget: ['spending plan'], of: ['from', 'of the'] };

/** Counts per 51 million words, and the word pairs reference English has. */
function evidence(counts: Record<string, number>, pairs: string[] = []): SpinEvidence {
  return { frequency: (w) => counts[w] ?? 0, attestedPair: (a, b) => pairs.includes(`${a} ${b}`) };
}

const COUNTS = { rebel: 3000, rebels: 4000, agitator: 20, agitators: 15, gathering: 900, group: 30000, meeting: 20000, bunch: 8000, renegade: 300 };

function swapIndex(ev: SpinEvidence, extra: Rule[] = []) {
  const rules = [rule({ id: 'aid-agency', canonical: ['aid agency'], variants: ['guide office'] }), ...extra];
  const lex = loadLexicon();
  return compile([...rules, ...swapRules(new Map(Object.entries(SYNONYMS)), rules.length)], { morph: lex.morph, synonyms: new Map(Object.entries(SYNONYMS)), evidence: ev });
}

// Three findings of another rule, so the document shows spin.
const SPUN = 'A guide office came. A guide office left. A guide office stayed. ';

describe('swapRules', () => {
  it('makes one rule per single-word stand-in, repairing to every word it stands for', () => {
    const rules = swapRules(new Map(Object.entries(SYNONYMS)), 10);
    expect(rules.map((r) => [r.id, r.canonical])).toEqual([
      ['swaps/agitator', ['rebel']],
      ['swaps/armed-force', ['military']],
      ['swaps/bunch', ['group']],
      ['swaps/gathering', ['group', 'meeting']],
      ['swaps/renegade', ['rebel']],
      ['swaps/spending-plan', ['budget']],
    ]);
    expect(rules[0]).toMatchObject({ swap: true, severity: 'warning', context: { documentFindings: SWAP_GATE }, order: 10, generate: false });
  });
});

describe('lone curated swaps', () => {
  const idx = swapIndex(evidence(COUNTS));

  it('are flagged in a spun document beside another swapped word, with the inflection carried over', () => {
    const f = checkText(`${SPUN}The agitators gathering fled.`, idx).filter((x) => x.ruleId.startsWith('swaps/'));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([
      ['agitators', ['rebels']],
      ['gathering', ['group', 'meeting']],
    ]);
  });

  it('are not flagged in a document without other spin', () => {
    expect(checkText('The agitators gathering fled.', idx)).toEqual([]);
  });

  it('need a neighbouring swapped word', () => {
    const a = analyze(`${SPUN}The agitators fled.`, idx);
    expect(a.findings.filter((x) => x.ruleId.startsWith('swaps/'))).toEqual([]);
    expect(a.rejected.map((r) => r.reason)).toContain('guard: no neighbouring word reads as a curated swap');
  });

  it('are not flagged when the stand-in is not much rarer than the word it replaces', () => {
    const a = analyze(`${SPUN}The agitators bunch fled.`, idx);
    expect(a.findings.filter((x) => x.ruleId.startsWith('swaps/')).map((x) => x.actual)).toEqual(['agitators']);
    expect(a.rejected.map((r) => r.reason)).toContain('guard: "bunch" is not much rarer than "group"');
  });

  it('are not flagged beside a neighbour reference English pairs them with', () => {
    const attested = swapIndex(evidence(COUNTS, ['agitators gathering']));
    const a = analyze(`${SPUN}The agitators gathering fled.`, attested);
    expect(a.findings.filter((x) => x.ruleId.startsWith('swaps/'))).toEqual([]);
    expect(a.rejected.map((r) => r.reason)).toContain('guard: reference English has "agitators gathering"');
  });

  it('leave a term that holds the stand-in to the term\'s rule (the longer match wins)', () => {
    const withTerm = swapIndex(evidence(COUNTS), [rule({ id: 'rebel-group', canonical: ['rebel group'] })]);
    const f = checkText(`${SPUN}The renegade gathering fled.`, withTerm).filter((x) => !x.ruleId.endsWith('aid-agency'));
    expect(f.map((x) => [x.ruleId, x.actual])).toEqual([['test/rebel-group', 'renegade gathering']]);
  });

  it('of several words need no swapped neighbour, only a pair of words reference English lacks', () => {
    const ev = evidence(COUNTS, ['armed force', 'armed forces']);
    const f = checkText(`${SPUN}The spending plans rose. The armed forces left.`, swapIndex(ev)).filter((x) => x.ruleId.startsWith('swaps/'));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([['spending plans', ['budgets']]]);
  });

  it('are never flagged without reference evidence', () => {
    const lex = loadLexicon();
    const bare = compile(swapRules(new Map(Object.entries(SYNONYMS)), 0), { morph: lex.morph, synonyms: new Map(Object.entries(SYNONYMS)) });
    expect(checkText(`${SPUN}The agitators gathering fled.`, bare, { assumeSpun: true })).toEqual([]);
  });
});

describe('lone swap repairs follow the language model', () => {
  const pairs: Record<string, number> = { 'liberties groups': -2, 'liberties councils': -5, 'groups said': -1.5 };
  const evidence = {
    frequency: () => 0,
    attestedPair: () => false,
    collocation: (a: string, b: string) => (pairs[`${a} ${b}`] === undefined ? null : { logProb: pairs[`${a} ${b}`]!, pmi: 1 }),
  };
  const at = (text: string, word: string) => {
    const tokens = tokenize(text);
    const i = tokens.norms().indexOf(word);
    return { tokens, m: { first: i, last: i } as RawMatch };
  };

  it('puts first the repair that fits between its neighbours, keeping listed order on ties', () => {
    const { tokens, m } = at('Civil liberties gatherings said no.', 'gatherings');
    const expected = ['conferences', 'councils', 'groups'];
    rankByNeighbours({ evidence } as unknown as CompiledIndex, tokens, m, expected);
    expect(expected).toEqual(['groups', 'councils', 'conferences']);
  });

  it('changes nothing without a language model or neighbours', () => {
    const expected = ['conferences', 'groups'];
    const { tokens, m } = at('Civil liberties gatherings said no.', 'gatherings');
    rankByNeighbours({ evidence: { frequency: () => 0, attestedPair: () => false } } as unknown as CompiledIndex, tokens, m, expected);
    expect(expected).toEqual(['conferences', 'groups']);
    const alone = at('Gatherings.', 'gatherings');
    rankByNeighbours({ evidence } as unknown as CompiledIndex, alone.tokens, alone.m, expected);
    expect(expected).toEqual(['conferences', 'groups']);
  });
});

describe('lone curated swaps judged by a language model', () => {
  /** Model log-probabilities of words, and of pairs it saw. */
  const WORDS: Record<string, number> = { the: -1.3, agitators: -6, rebels: -4.4, fled: -4.5, and: -1.5, houthi: -6.5, power: -3.2 };
  const PAIRS: Record<string, number> = { 'rebels fled': -2.5, 'rebels and': -1.3, 'the rebels': -1.5, 'the agitators': -4.5 };
  const model = (pairs = PAIRS, words = WORDS): SpinEvidence => ({
    frequency: () => 0,
    attestedPair: () => false,
    modelWord: (w) => words[w],
    collocation: (a, b) => (words[a] === undefined || words[b] === undefined ? undefined : pairs[`${a} ${b}`] === undefined ? null : { logProb: pairs[`${a} ${b}`]!, pmi: 1 }),
  });
  const swaps = (text: string, ev: SpinEvidence) => analyze(text, swapIndex(ev));

  it('flag a stand-in the model never saw beside a neighbour that the word it replaces fits', () => {
    const a = swaps(`${SPUN}The agitators fled.`, model());
    expect(a.findings.filter((x) => x.ruleId.startsWith('swaps/')).map((x) => [x.actual, x.expected[0]])).toEqual([['agitators', 'rebels']]);
  });

  it('need a document that shows spin', () => {
    expect(swaps('The agitators fled.', model()).findings).toEqual([]);
  });

  it('leave a stand-in that fits its neighbours about as well', () => {
    const a = swaps(`${SPUN}The agitators fled.`, model({ ...PAIRS, 'agitators fled': -3 }));
    expect(a.findings.filter((x) => x.ruleId.startsWith('swaps/'))).toEqual([]);
    expect(a.rejected.map((r) => r.reason)).toContain('guard: the language model does not fit "rebel" here much better than "agitators"');
  });

  it('leave common words to the glossaries\' terms', () => {
    const a = swaps(`${SPUN}The agitators fled.`, model(PAIRS, { ...WORDS, agitators: -3.2 }));
    expect(a.rejected.map((r) => r.reason)).toContain('guard: "agitators" is too common a word to read as a spinner\'s choice alone');
  });
});
