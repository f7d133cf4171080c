import { describe, expect, it } from 'vitest';
import { estimateUnseen } from '../../src/eval/unseen.js';
import { index, rule } from '../helpers.js';

describe('Good-Turing estimate of unseen-text false flags', () => {
  const idx = index([rule({ id: 'rebel-group', canonical: ['rebel group'] })], { rebel: ['renegade'], group: ['gathering'] });

  it('counts generated findings seen exactly once, per 10,000 words', () => {
    const docs = ['A renegade gathering met.', 'The renegade gathering left.', 'A renegade group waited.', 'Nothing here at all.'];
    const u = estimateUnseen(docs, idx);
    expect(u.generated).toBe(3);
    expect(u.distinct).toBe(2);
    expect(u.singletons).toBe(1);
    expect(u.words).toBe(16);
    expect(u.per10k).toBeCloseTo((1 / 16) * 10_000);
    expect(u.byRule).toEqual([{ ruleId: 'test/rebel-group', singletons: 1, phrases: ['renegade group'] }]);
  });

  it('is zero on text without generated matches', () => {
    expect(estimateUnseen(['The rebel group met.'], idx)).toMatchObject({ generated: 0, singletons: 0, per10k: 0 });
  });
});
