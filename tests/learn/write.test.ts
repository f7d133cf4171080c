import { describe, expect, it } from 'vitest';
import type { NewRule } from '../../src/glossary/edit.js';
import { parseGlossary } from '../../src/glossary/parse.js';
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
    expect(w.rejected.get(1)).toMatch(/already in rule "in-order"/);
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
