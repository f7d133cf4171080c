import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../src/learn/aggregate.js';
import { cleanHits } from '../../src/learn/guard.js';
import { toNewRule } from '../../src/learn/rules.js';
import { compileOptionsFor, loadLexicon } from '../../src/lexicon/load.js';
import { rule } from '../helpers.js';

const lex = loadLexicon();
const opts = compileOptionsFor(lex, new Map());
const proposal = (kind: Proposal['kind'], canonical: string, variant: string): Proposal => ({ kind, canonical, variant, count: 1, pairs: 1, evidence: [] });

describe('cleanHits', () => {
  it('blames a proposed rule for what it flags in clean text, and spares one that flags nothing', () => {
    const rules = new Map([
      [0, toNewRule([proposal('phrase', 'aid agency', 'help office')], 'aid-agency')],
      [1, toNewRule([proposal('phrase', 'in order', 'keeping in mind the end goal')], 'in-order')],
    ]);
    const hits = cleanHits(rules, new Map(), [], opts, [{ path: 'council.txt', text: 'The council runs two help offices in the town centre.' }]);
    expect(hits).toEqual([{ proposal: 0, path: 'council.txt', start: 21, actual: 'help offices', expected: 'aid agencies', hits: 1 }]);
  });

  it('blames a synonym for the generated spins it adds to the rules it is used with', () => {
    const baseline = [rule({ id: 'rebel-group', canonical: ['rebel group'] })];
    const syn = new Map([
      [3, proposal('synonym', 'group', 'bunch')],
      [4, proposal('synonym', 'rebel', 'renegade')],
    ]);
    const clean = [{ path: 'c.txt', text: 'A rebel bunch of teenagers painted the wall.' }];
    expect(cleanHits(new Map(), syn, baseline, opts, clean).map((h) => [h.proposal, h.actual])).toEqual([[3, 'rebel bunch']]);
  });
});
