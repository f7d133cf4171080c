import { generates, type CompileOptions } from '../core/compile.js';
import { phraseWords } from '../core/phrase.js';
import { FUNCTION_WORDS } from '../core/stopwords.js';
import type { Finding, Severity } from '../core/types.js';
import { toRule } from './rules.js';
import type { GlossaryDef } from './schema.js';

export interface GlossaryStats {
  name: string;
  file: string;
  rules: number;
  /** Rules with context conditions. */
  contextRules: number;
  variants: number;
  /** Canonical forms after slot expansion. */
  canonicalForms: number;
  /** Canonical forms that generate thesaurus variants. */
  generatingForms: number;
  /**
   * Upper bound of the generated variant space: per generating form, the product over its
   * content words of (1 + stand-in synonyms), less the form itself (a form with one content
   * word counts curated synonyms only, as matching does). Other precision guards and
   * reference-English evidence reject many of these at match time; inflections are not counted.
   */
  generatedSpace: number;
  synonymEntries: number;
  synonymWords: number;
  examples: { flag: number; pass: number };
  severities: Record<Severity, number>;
  categories: Record<string, number>;
}

/** Counts for one glossary. `opts` carries the thesaurus and merged synonyms, as at check time. */
export function glossaryStats(g: GlossaryDef, opts: CompileOptions): GlossaryStats {
  const standIns = new Map<string, number>();
  // A term with one content word generates only from curated synonyms (glossaries/README.md).
  const standInsOf = (word: string, curatedOnly: boolean): number => {
    const key = `${curatedOnly ? 'c' : 'a'}:${word}`;
    let n = standIns.get(key);
    if (n === undefined) {
      const words = new Set<string>(opts.synonyms?.get(word) ?? []);
      if (!curatedOnly) for (const s of opts.thesaurus?.synonyms(word) ?? []) words.add(s.word);
      // As compile counts them: multi-word stand-ins ("spending plan") always, single words
      // unless a function word or the word itself.
      const keys = new Set<string>();
      for (const w of words) {
        const p = phraseWords(w);
        if (p.length > 1 || (p.length === 1 && p[0] !== word && !FUNCTION_WORDS.has(p[0]!))) keys.add(p.join(' '));
      }
      n = keys.size;
      standIns.set(key, n);
    }
    return n;
  };
  const s: GlossaryStats = {
    name: g.name,
    file: g.file,
    rules: g.rules.length,
    contextRules: 0,
    variants: 0,
    canonicalForms: 0,
    generatingForms: 0,
    generatedSpace: 0,
    synonymEntries: g.synonyms.size,
    synonymWords: [...g.synonyms.values()].reduce((n, l) => n + l.value.length, 0),
    examples: { flag: 0, pass: 0 },
    severities: { error: 0, warning: 0, info: 0 },
    categories: {},
  };
  g.rules.forEach((r, k) => {
    const rule = toRule(g, r, k);
    if (r.context) s.contextRules++;
    s.variants += r.variants.length;
    s.canonicalForms += r.canonical.length;
    s.examples.flag += r.examples.flag.length;
    s.examples.pass += r.examples.pass.length;
    s.severities[r.severity]++;
    s.categories[r.category] = (s.categories[r.category] ?? 0) + 1;
    for (const c of r.canonical) {
      const words = phraseWords(c);
      if (!generates(rule, words)) continue;
      s.generatingForms++;
      const curatedOnly = rule.generate === 'curated' || words.filter((w) => !FUNCTION_WORDS.has(w)).length === 1;
      s.generatedSpace += words.reduce((n, w) => n * (FUNCTION_WORDS.has(w) ? 1 : 1 + standInsOf(w, curatedOnly)), 1) - 1;
    }
  });
  return s;
}

export interface RuleHits {
  rule: string;
  hits: number;
  generated: number;
}

/** Per-rule finding counts over a corpus, every loaded rule listed (zero when it never fired). */
export class HitCounter {
  private counts = new Map<string, RuleHits>();
  constructor(ruleIds: readonly string[]) {
    for (const id of ruleIds) this.counts.set(id, { rule: id, hits: 0, generated: 0 });
  }
  add(findings: readonly Finding[]): void {
    for (const f of findings) {
      const c = this.counts.get(f.ruleId) ?? { rule: f.ruleId, hits: 0, generated: 0 };
      c.hits++;
      if (f.generated) c.generated++;
      this.counts.set(f.ruleId, c);
    }
  }
  /** Rules that fired, most hits first (then by id). */
  fired(): RuleHits[] {
    return [...this.counts.values()].filter((c) => c.hits > 0).sort((a, b) => b.hits - a.hits || a.rule.localeCompare(b.rule));
  }
  neverFired(): string[] {
    return [...this.counts.values()].filter((c) => c.hits === 0).map((c) => c.rule);
  }
}
