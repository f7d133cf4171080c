import { compile, type CompiledIndex } from '../src/core/compile.js';
import type { Rule } from '../src/core/types.js';
import { loadLexicon } from '../src/lexicon/load.js';

let order = 0;

/** A rule with defaults, for building small indexes in tests. */
export function rule(partial: Partial<Rule> & { id: string; canonical: string[] }): Rule {
  return {
    glossary: 'test',
    variants: [],
    severity: 'error',
    category: 'spinner-synonym',
    generate: true,
    generatedSeverity: 'warning',
    order: order++,
    ...partial,
    id: `test/${partial.id}`,
  };
}

export function index(rules: Rule[], synonyms?: Record<string, string[]>): CompiledIndex {
  const lex = loadLexicon();
  return compile(
    rules.map((r, i) => ({ ...r, order: i })),
    { morph: lex.morph, thesaurus: lex.thesaurus, ...(synonyms ? { synonyms: new Map(Object.entries(synonyms)) } : {}) },
  );
}
