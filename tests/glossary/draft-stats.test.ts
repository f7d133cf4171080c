import { describe, expect, it } from 'vitest';
import { SUBSTITUTION } from '../../src/core/compile.js';
import type { Finding } from '../../src/core/types.js';
import { parseDraft } from '../../src/glossary/draft.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { mergeSynonyms } from '../../src/glossary/rules.js';
import { glossaryStats, HitCounter } from '../../src/glossary/stats.js';
import { loadLexicon } from '../../src/lexicon/load.js';

describe('parseDraft', () => {
  it('accepts a bare rule without id and maps errors back to the draft file', () => {
    const { glossary, diagnostics } = parseDraft('canonical: rebel group\nvariants: [renegade gathering]\ncontext:\n  before: {words: [the], within: 99}\n', 'd.yaml');
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['d.yaml:4:34 bad-type']);
    expect(glossary!.rules[0]!.id).toBe('draft');
  });

  it('accepts a list of rules and a glossary without its header keys', () => {
    const list = parseDraft('- id: a\n  canonical: rebel group\n  bogus: 1\n- id: b\n  canonical: x\n  variants: [y]\n', 'l.yaml');
    expect(list.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:3 unknown-key']);
    const g = parseDraft('# comment\nrules:\n  - id: a\n    canonical: x\n    variants: [y, x]\n', 'g.yaml');
    expect(g.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['5:19 variant-is-canonical']);
    expect(g.glossary!.linePos(g.glossary!.rules[0]!.offset)).toEqual({ line: 3, col: 5 });
  });

  it('reports YAML syntax errors at their own position', () => {
    expect(parseDraft('canonical: [a\n', 'bad.yaml').diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });
});

describe('glossaryStats', () => {
  const SOURCE = `name: s
description: d
language: en
synonyms:
  rebel: [renegade, revolt, the, rebel]
  group: [gathering, armed band]
rules:
  - id: a
    canonical: rebel group
    variants: [renegade gathering]
    severity: error
    examples:
      flag: [{ text: a renegade gathering, fixed: a rebel group }]
      pass: [a rebel group]
  - id: b
    canonical: [in order to, so as to]
    variants: [keeping in mind the end goal to]
    category: phrase
    context: { notBefore: [not] }
  - id: c
    canonical: rebel army
    generate: false
    variants: [revolt army]
`;
  it('counts rules, variants, generating forms, the generated space from synonyms, examples, severities and categories', () => {
    const g = parseGlossary(SOURCE, 's.yaml').glossary!;
    // No thesaurus: only the curated synonyms count (not a function word, not the word itself;
    // a multi-word stand-in does), so "rebel group" spans (1+2)(1+2)-1 = 8 variants; "in order to" generates but has no synonyms; "so as to" is all function words.
    const s = glossaryStats(g, { morph: loadLexicon().morph, synonyms: mergeSynonyms([g]) });
    expect(s).toMatchObject({
      rules: 3,
      contextRules: 1,
      variants: 3,
      canonicalForms: 4,
      generatingForms: 2,
      generatedSpace: 8,
      synonymEntries: 2,
      synonymWords: 6,
      examples: { flag: 1, pass: 1 },
      severities: { error: 1, warning: 2, info: 0 },
      categories: { 'spinner-synonym': 2, phrase: 1 },
    });
    // A thesaurus adds its words (the canonical word itself and duplicates do not count).
    // "in order to" has one content word, so the thesaurus never applies to it.
    const thesaurus = { synonyms: (w: string) => (w === 'order' ? [{ word: 'command', strength: SUBSTITUTION.strong }] : w === 'group' ? [{ word: 'band', strength: SUBSTITUTION.weak }, { word: 'gathering', strength: SUBSTITUTION.strong }, { word: 'group', strength: SUBSTITUTION.weak }] : []) };
    expect(glossaryStats(g, { morph: loadLexicon().morph, synonyms: mergeSynonyms([g]), thesaurus }).generatedSpace).toBe(3 * 4 - 1);
  });

  it('counts hits per rule and lists the rules that never fired', () => {
    const c = new HitCounter(['s/a', 's/b', 's/c']);
    c.add([{ ruleId: 's/c' }, { ruleId: 's/a', generated: true }, { ruleId: 's/c' }] as Finding[]);
    expect(c.fired()).toEqual([
      { rule: 's/c', hits: 2, generated: 0 },
      { rule: 's/a', hits: 1, generated: 1 },
    ]);
    expect(c.neverFired()).toEqual(['s/b']);
  });
});
