import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/check.js';
import type { SpinEvidence } from '../../src/core/swaps.js';
import { index, rule } from '../helpers.js';

/** A language model that saw exactly these pairs (log10 probabilities). */
function model(pairs: Record<string, number>): SpinEvidence {
  return {
    frequency: () => 0,
    attestedPair: () => false,
    modelWord: () => -5,
    collocation: (a, b) => (pairs[`${a} ${b}`] === undefined ? null : { logProb: pairs[`${a} ${b}`]!, pmi: 1 }),
  };
}

describe('generated pairs the language model reads as ordinary English', () => {
  const run = (pairs: Record<string, number>) => {
    const idx = index([rule({ id: 'internet-access', canonical: ['internet access'] })], { internet: ['web'] });
    idx.evidence = model(pairs);
    return analyze('Web access was cut.', idx);
  };

  it('are not flagged when the model finds them at least as likely as the repair', () => {
    const a = run({ 'web access': -1.5, 'internet access': -1.6 });
    expect(a.findings).toEqual([]);
    expect(a.rejected.map((r) => r.reason)).toContain('guard: the language model finds "web access" at least as likely as "internet access"');
  });

  it('are flagged when the model never saw them or finds the repair far likelier', () => {
    expect(run({ 'internet access': -1.6 }).findings.map((f) => f.expected[0])).toEqual(['Internet access']);
    expect(run({ 'web access': -2.4, 'internet access': -1.6 }).findings.map((f) => f.expected[0])).toEqual(['Internet access']);
  });
});
