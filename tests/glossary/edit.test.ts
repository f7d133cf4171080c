import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { insertRules, type NewRule } from '../../src/glossary/edit.js';
import { runRuleExamples } from '../../src/glossary/examples.js';
import { BUNDLED_GLOSSARIES, glossaryFiles } from '../../src/glossary/load.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { mergeSynonyms } from '../../src/glossary/rules.js';
import { compileOptionsFor, loadLexicon } from '../../src/lexicon/load.js';

const RAIN: NewRule = {
  id: 'zz-rain-check',
  canonical: 'rain check',
  variants: ['downpour check'],
  severity: 'error',
  note: 'A note: with a colon, and "quotes".',
  generate: false,
  examples: { flag: [{ text: 'Take a downpour check.', fixed: 'Take a rain check.' }], pass: ['Take a rain check.'] },
};

/** Lines of `before` that the edit removed or changed (an insertion-only edit has none). */
function removed(before: string, after: string): string[] {
  return diffLines(before, after).filter((p) => p.removed).map((p) => p.value);
}

describe('insertRules', () => {
  for (const file of glossaryFiles([BUNDLED_GLOSSARIES])) {
    it(`keeps every byte of ${file.split('/').pop()} outside the inserted rule, and the result loads`, () => {
      const source = readFileSync(file, 'utf8');
      const { text, problems } = insertRules(source, [RAIN]);
      expect(problems).toEqual([]);
      expect(removed(source, text)).toEqual([]);
      // Every comment line and blank line of the original is still there, in order.
      const kept = source.split('\n').filter((l) => /^\s*(#|$)/.test(l));
      const after = text.split('\n').filter((l) => /^\s*(#|$)/.test(l));
      let k = 0;
      for (const l of after) if (l === kept[k]) k++;
      expect(k).toBe(kept.length);
      const before = parseGlossary(source, file).glossary!;
      const { glossary, diagnostics } = parseGlossary(text, file);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(glossary!.rules.length).toBe(before.rules.length + 1);
      const added = glossary!.rules.at(-1)!;
      expect(added.id).toBe('zz-rain-check');
      expect(added.note).toBe(RAIN.note);
      expect(runRuleExamples(glossary!, added, compileOptionsFor(loadLexicon(), mergeSynonyms([glossary!])))).toEqual([]);
    });
  }

  const SMALL = `# top comment
name: small
description: d   # trailing comment
language: en

synonyms:
  group: [gathering]   # why
  rebel:
    - renegade

rules:
  # the first rule
  - id: one
    canonical: rebel group
    variants: [renegade gathering]

  - id: two
    canonical: [armed forces, army]
    variants: [equipped forces]
# trailing file comment
`;

  it('refuses an id that the file already uses and leaves the text unchanged', () => {
    const r = insertRules(SMALL, [{ ...RAIN, id: 'two' }]);
    expect(r.problems).toEqual(['rule id "two" is already used in the glossary']);
    expect(r.text).toBe(SMALL);
  });

  it('refuses a variant that is another rule\'s variant or canonical term, and duplicates within the batch', () => {
    const r = insertRules(SMALL, [
      { id: 'x', canonical: 'insurgent group', variants: ['Renegade  Gathering', 'army'] },
      { id: 'x', canonical: 'y z', variants: ['q r'] },
      { id: 'w', canonical: 'q r' },
    ]);
    expect(r.problems).toEqual([
      'variant "Renegade  Gathering" of rule "x" is already a variant of rule "one"',
      'variant "army" of rule "x" is the canonical term of rule "two": it would flag correct text',
      'rule id "x" is already used by another new rule',
      'canonical term "q r" of rule "w" is a variant of rule "x": that rule would flag its repairs',
    ]);
    expect(r.text).toBe(SMALL);
  });

  it('appends after the last rule with the file\'s blank-line spacing and merges synonyms in place', () => {
    const r = insertRules(SMALL, [{ id: 'three', canonical: 'rain check', variants: ['downpour check'] }], { group: ['bunch', 'gathering'], rebel: ['revolt'], rain: ['downpour'] });
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(`# top comment
name: small
description: d   # trailing comment
language: en

synonyms:
  group: [gathering, bunch]   # why
  rebel:
    - renegade
    - revolt
  rain: [downpour]

rules:
  # the first rule
  - id: one
    canonical: rebel group
    variants: [renegade gathering]

  - id: two
    canonical: [armed forces, army]
    variants: [equipped forces]

  - id: three
    canonical: rain check
    variants: [downpour check]
# trailing file comment
`);
  });

  it('fills an empty rules list and adds a synonyms section before rules', () => {
    const src = 'name: empty\ndescription: d\nlanguage: en\nrules: []\n';
    const r = insertRules(src, [{ id: 'a', canonical: 'rain check', variants: ['downpour check'], examples: { flag: [{ text: 'a downpour check', fixed: 'a rain check' }] } }], { rain: ['downpour'] });
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(`name: empty
description: d
language: en
synonyms:
  rain: [downpour]

rules:
  - id: a
    canonical: rain check
    variants: [downpour check]
    examples:
      flag:
        - text: a downpour check
          fixed: a rain check
`);
    expect(parseGlossary(r.text, 'x').glossary!.rules[0]!.examples.flag).toHaveLength(1);
  });

  it('keeps CRLF line endings in a CRLF file, inserted lines included', () => {
    const crlf = SMALL.replace(/\n/g, '\r\n');
    const r = insertRules(crlf, [{ id: 'three', canonical: 'rain check', variants: ['downpour check'] }], { rain: ['downpour'] });
    expect(r.problems).toEqual([]);
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(removed(crlf, r.text)).toEqual([]);
    expect(r.text).toContain('\r\n\r\n  - id: three\r\n    canonical: rain check\r\n');
  });

  it('reports invalid YAML instead of editing it', () => {
    const r = insertRules('name: [unclosed\n', [RAIN]);
    expect(r.problems[0]).toMatch(/not valid YAML/);
  });
});
