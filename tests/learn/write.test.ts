import { describe, expect, it } from 'vitest';
import type { NewRule } from '../../src/glossary/edit.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import type { Proposal } from '../../src/learn/aggregate.js';
import { groupRules, toNewRule } from '../../src/learn/rules.js';
import { newGlossarySource, writeLearned } from '../../src/learn/write.js';
import { compileOptionsFor, loadLexicon } from '../../src/lexicon/load.js';

const opts = compileOptionsFor(loadLexicon(), new Map());
const phrase = (id: string, canonical: string, variant: string, flag?: { text: string; fixed: string }): NewRule => ({
  id,
  canonical,
  variants: [variant],
  generate: false,
  ...(flag ? { examples: { flag: [flag] } } : {}),
});

describe('writeLearned', () => {
  it('writes passing rules and synonyms, and says why the others were not written', () => {
    const rules = new Map<number, NewRule>([
      [0, phrase('in-order', 'in order', 'keeping in mind the end goal', { text: 'We left keeping in mind the end goal to win.', fixed: 'We left in order to win.' })],
      // Same spun words as a higher-ranked proposal.
      [1, phrase('so-as', 'so as', 'keeping in mind the end goal')],
      // Evidence the rule does not repair as the original reads.
      [2, phrase('militia', 'militia', 'volunteer army', { text: 'The volunteer army fired.', fixed: 'The army fired.' })],
    ]);
    const w = writeLearned(newGlossarySource('t', 1), rules, new Map([[3, { canonical: 'group', variant: 'gathering' }]]), opts);
    expect([...w.rules]).toEqual([[0, 'in-order']]);
    expect(w.synonyms).toEqual([3]);
    expect(w.rejected.get(1)).toBe('"keeping in mind the end goal" is already a variant of rule "in-order"');
    expect(w.rejected.get(2)).toMatch(/example from the evidence fails: flag example of rule "militia" fixes to "The militia fired\."/);
    const g = parseGlossary(w.text, 't.yaml');
    expect(g.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(g.glossary!.rules.map((r) => r.id)).toEqual(['in-order']);
    expect(g.glossary!.synonyms.get('group')!.value).toEqual(['gathering']);
  });

  it('a conflict with a rule already in the file costs only the conflicting rule', () => {
    const source = `${newGlossarySource('t', 1).replace('rules: []\n', '')}rules:\n  # mine\n  - id: in-order\n    canonical: in order\n    variants: [with the end goal]\n    generate: false\n`;
    const rules = new Map<number, NewRule>([
      [0, phrase('in-order', 'in order', 'keeping in mind the end goal')],
      [1, phrase('militia', 'militia', 'volunteer army')],
    ]);
    const w = writeLearned(source, rules, new Map(), opts);
    expect(w.rejected.get(0)).toMatch(/rule id "in-order" is already used/);
    expect([...w.rules]).toEqual([[1, 'militia']]);
    expect(w.text.startsWith(source)).toBe(true);
    expect(w.text).toContain('# mine');
  });
});

describe('groupRules and toNewRule', () => {
  const p = (kind: Proposal['kind'], canonical: string, variant: string, n: number): Proposal => ({
    kind,
    canonical,
    variant,
    count: n,
    pairs: n,
    evidence: [],
    example: { flag: { text: `We left ${variant} to win.`, fixed: `We left ${canonical} to win.` }, pass: `We left ${canonical} to win.` },
  });
  const ps = [p('phrase', 'in order', 'keeping in mind the end goal', 3), p('synonym', 'say', 'state', 3), p('phrase', 'in order', 'so as', 1), p('institution', 'In Order', 'X', 1)];

  it('makes one rule per kind and canonical term, its variants in rank order, each with its flag example', () => {
    expect(groupRules(ps, [0, 1, 2, 3])).toEqual([[0, 2], [3]]);
    expect(groupRules(ps, [0, 1, 2, 3], new Set([2]))).toEqual([[0], [2], [3]]);
    const r = toNewRule([ps[0]!, ps[2]!], 'in-order');
    expect(r.variants).toEqual(['keeping in mind the end goal', 'so as']);
    expect(r.examples!.flag!.map((f) => f.text)).toEqual(['We left keeping in mind the end goal to win.', 'We left so as to win.']);
    expect(r.examples!.pass).toEqual(['We left in order to win.']);
    expect(r.note).toBe('Learned from spun copies of "in order": "keeping in mind the end goal" 3 times in 3 pairs, "so as" 1 time in 1 pair.');
    const w = writeLearned(newGlossarySource('t', 1), new Map([[0, r]]), new Map(), opts);
    expect([...w.rules]).toEqual([[0, 'in-order']]);
  });
});
