import { analyze } from '../core/check.js';
import type { CompiledIndex } from '../core/compile.js';

/**
 * How often generated variants would flag text nobody has seen, estimated from reference English
 * that holds no spin: by Good-Turing, the chance that the next generated match is a phrase never
 * met before is the share of matches seen exactly once. Those new phrases are what the ordinary-
 * phrase evidence cannot whitelist, so singletons per word estimate unseen-text false flags.
 */
export interface UnseenEstimate {
  words: number;
  /** Generated findings in the reference text (all of them false flags there). */
  generated: number;
  distinct: number;
  singletons: number;
  per10k: number;
  /** Rules by singleton count, with a few of their singleton phrases. */
  byRule: { ruleId: string; singletons: number; phrases: string[] }[];
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/** Headline style: every word capitalized except short function words. */
export function titleCase(text: string): string {
  const titled = text.replace(/\b(\p{Ll})(\p{L}*)/gu, (word: string, first: string, rest: string) => (SMALL_WORDS.has(word) ? word : first.toUpperCase() + rest));
  // A headline's first word is capitalized whatever it is.
  return titled.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m: string, lead: string, c: string) => lead + c.toUpperCase());
}

/** Generated findings per 10,000 words when the documents are set in headline Title Case. */
export function headlineFlags(docs: Iterable<string>, index: CompiledIndex): { words: number; flags: number; per10k: number; examples: string[] } {
  let words = 0;
  let flags = 0;
  const examples = new Set<string>();
  for (const text of docs) {
    const a = analyze(titleCase(text), index);
    words += a.tokens.length;
    for (const f of a.findings) {
      if (!f.generated) continue;
      flags++;
      if (examples.size < 8) examples.add(`${f.ruleId}: ${f.actual}`);
    }
  }
  return { words, flags, per10k: words ? (flags / words) * 10_000 : 0, examples: [...examples] };
}

/** `index` must be compiled without ordinary-phrase evidence, or the reference would whitelist itself. */
export function estimateUnseen(docs: Iterable<string>, index: CompiledIndex): UnseenEstimate {
  let words = 0;
  let generated = 0;
  const counts = new Map<string, { ruleId: string; phrase: string; n: number }>();
  for (const text of docs) {
    const a = analyze(text, index);
    words += a.tokens.length;
    for (const f of a.findings) {
      if (!f.generated) continue;
      generated++;
      const phrase = f.actual.toLowerCase();
      const key = `${f.ruleId}\u0000${phrase}`;
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { ruleId: f.ruleId, phrase, n: 1 });
    }
  }
  const byRule = new Map<string, string[]>();
  for (const c of counts.values()) if (c.n === 1) byRule.set(c.ruleId, [...(byRule.get(c.ruleId) ?? []), c.phrase]);
  const singletons = [...byRule.values()].reduce((n, l) => n + l.length, 0);
  return {
    words,
    generated,
    distinct: counts.size,
    singletons,
    per10k: words ? (singletons / words) * 10_000 : 0,
    byRule: [...byRule]
      .map(([ruleId, phrases]) => ({ ruleId, singletons: phrases.length, phrases: phrases.sort().slice(0, 5) }))
      .sort((a, b) => b.singletons - a.singletons || a.ruleId.localeCompare(b.ruleId)),
  };
}
