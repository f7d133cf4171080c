import type { Rule } from '../core/types.js';
import type { GlossaryDef, RuleDef } from './schema.js';

export function toRule(g: GlossaryDef, r: RuleDef, order: number): Rule {
  return {
    id: `${g.name}/${r.id}`,
    glossary: g.name,
    canonical: r.canonical,
    variants: r.variants.map((v) => v.value),
    severity: r.severity,
    category: r.category,
    ...(r.note !== undefined ? { note: r.note } : {}),
    ...(r.context ? { context: r.context } : {}),
    generate: r.generate,
    generatedSeverity: r.generatedSeverity,
    order,
  };
}

/** All rules of the given glossaries, in load order, with ids `<glossary>/<id>`. */
export function toRules(glossaries: readonly GlossaryDef[]): Rule[] {
  const rules: Rule[] = [];
  for (const g of glossaries) for (const r of g.rules) rules.push(toRule(g, r, rules.length));
  return rules;
}

/** The union of every glossary's `synonyms:` section. */
export function mergeSynonyms(glossaries: readonly GlossaryDef[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of glossaries) {
    for (const [word, list] of g.synonyms) {
      const prev = out.get(word) ?? [];
      out.set(word, [...new Set([...prev, ...list.value])]);
    }
  }
  return out;
}
