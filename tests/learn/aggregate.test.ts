import { describe, expect, it } from 'vitest';
import { learnFromPairs, type PairInput } from '../../src/learn/aggregate.js';
import { realLemmas } from './lemmas.js';

const lemmas = realLemmas();

const PAIRS: PairInput[] = [
  { name: 'a', original: 'Rebel groups attacked the town, officials said.', spun: 'Renegade gatherings attacked the town, officials stated.' },
  { name: 'b', original: 'The rebel groups said they would talk.\n\nThe Department of Education said schools would close.', spun: 'The renegade gatherings stated they would talk.\n\nThe Division of Training stated schools would close.' },
  { name: 'c', original: 'Police said the road was closed in order to clear debris.', spun: 'Police stated the road was closed keeping in mind the end goal to clear debris.' },
];

const summary = (ps: ReturnType<typeof learnFromPairs>['proposals']) => ps.map((p) => `${p.kind} ${p.canonical} → ${p.variant} ${p.count}/${p.pairs}`);

describe('learnFromPairs', () => {
  it('counts each substitution over all pairs and ranks by pairs, then count, then kind and words', () => {
    const r = learnFromPairs(PAIRS, lemmas);
    expect(summary(r.proposals)).toEqual([
      'synonym say → state 4/3',
      'phrase rebel group → renegade gathering 2/2',
      'synonym group → gathering 2/2',
      'synonym rebel → renegade 2/2',
      'institution Department of Education → Division of Training 1/1',
      'phrase in order → keeping in mind the end goal 1/1',
    ]);
    expect(r.pairs).toBe(3);
    expect(r.paragraphs).toEqual({ matched: 4, dropped: 0, added: 0 });
  });

  it('does not depend on the order the pairs come in', () => {
    const a = learnFromPairs(PAIRS, lemmas);
    const b = learnFromPairs([...PAIRS].reverse(), lemmas);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('keeps evidence with absolute offsets, line and column on both sides', () => {
    const r = learnFromPairs(PAIRS, lemmas);
    const inst = r.proposals.find((p) => p.kind === 'institution')!;
    const b = PAIRS[1]!;
    const [e] = inst.evidence;
    expect(e!.pair).toBe('b');
    expect(b.original.slice(e!.orig.start, e!.orig.end)).toBe('Department of Education');
    expect(b.spun.slice(e!.spun.start, e!.spun.end)).toBe('Division of Training');
    expect([e!.orig.line, e!.orig.column, e!.spun.line, e!.spun.column]).toEqual([3, 5, 3, 5]);
    expect(e!.spun.context).toContain('[[Division of Training]]');
    // Evidence is capped; the count is not.
    const say = r.proposals[0]!;
    expect(say.evidence).toHaveLength(2);
  });

  it('gives rules a flag example holding only their own spin and the original as the fix and pass example', () => {
    const r = learnFromPairs(PAIRS, lemmas);
    const idiom = r.proposals.find((p) => p.kind === 'phrase' && p.canonical === 'in order')!;
    expect(idiom.example).toEqual({
      flag: { text: 'Police said the road was closed keeping in mind the end goal to clear debris.', fixed: 'Police said the road was closed in order to clear debris.' },
      pass: 'Police said the road was closed in order to clear debris.',
    });
    expect(r.proposals.filter((p) => p.kind === 'synonym').every((p) => p.example === undefined)).toBe(true);
  });

  it('counts one name once even when the spinner changed two of its words', () => {
    const r = learnFromPairs([{ name: 'x', original: 'The UN Mission to support the Hodeidah Agreement met.', spun: 'The UN Mission to help the Hodeidah Understanding met.' }], lemmas);
    expect(summary(r.proposals)).toEqual(['institution Hodeidah Agreement → Hodeidah Understanding 1/1', 'synonym support → help 1/1']);
  });

  it('counts the noise it ignored, by reason', () => {
    const r = learnFromPairs([{ name: 'n', original: 'At least 9 people died in the blast.', spun: 'At least 10 people died in the blast on Monday.' }], lemmas);
    expect(r.noise).toEqual([
      { reason: 'added text', count: 1 },
      { reason: 'numbers changed', count: 1 },
    ]);
    expect(r.proposals).toEqual([]);
  });
});
