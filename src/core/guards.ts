import { hasFixedCapitals } from './casing.js';
import { SUBSTITUTION, type CompiledIndex } from './compile.js';
import type { RawMatch } from './match.js';
import { phraseWords } from './phrase.js';
import { FUNCTION_WORDS } from './stopwords.js';
import { stepSurfaces } from './suggest.js';
import type { Tokens } from './tokenize.js';

/** Rules of this category are fixed technical terms: any synonym swap in them is a tortured phrase. */
export const TERM_OF_ART = 'tortured-phrase';

/**
 * Precision guards for generated variants. Each returns the reason a candidate is not spin
 * evidence enough, or undefined. Measured with `unspin eval` on clean text (see README).
 */
export function generatedGuard(index: CompiledIndex, tokens: Tokens, text: string, m: RawMatch): string | undefined {
  const rule = index.rules[m.rule]!;
  const canonical = rule.canonical[m.form]!;
  const words = phraseWords(canonical);
  const subs = m.substituted ?? [];
  const content = words.filter((w) => !FUNCTION_WORDS.has(w)).length;
  if (subs.some((s) => s > 0 && s < SUBSTITUTION.curated)) {
    if (content <= 1) return 'a term with one content word generates only from curated `synonyms:`, not WordNet';
    if (rule.generate === 'curated') return 'this rule generates only from curated `synonyms:` (generate: curated), not WordNet';
  }
  // Generating terms are noun phrases, so a verb ending on a swapped word ("full armed" as
  // "heavy weaponed", "based group" as "homed team") means the words only look like the term's.
  if (m.infl.some((x, i) => subs[i]! > 0 && (x === 'ED' || x === 'ING'))) return 'a verb ending on a substituted word';
  const surface = stepSurfaces(text, tokens, m);
  const fixedCapitals = hasFixedCapitals(canonical);
  const capitalized = fixedCapitals && surface.every((w, i) => FUNCTION_WORDS.has(words[i] ?? '') || /^\p{Lu}/u.test(w));
  // A spun name keeps its capitals ("Division of Training"); lower-case words that happen to be
  // synonyms of a name's words ("said government") are ordinary prose.
  if (fixedCapitals && !capitalized) return 'a capitalized name spun in lower case is not evidence';
  // In a Title Case headline every phrase is capitalized, so capitals say nothing there.
  const titleEvidence = capitalized && !inTitleCaseLine(text, tokens, m);
  // One wrong-sense swap is evidence; same-sense swaps are only when they replace every content
  // word, or when the term is a term of art, whose words admit no synonym at all ("error rate").
  const contentSubs = subs.filter((s, i) => !FUNCTION_WORDS.has(words[i] ?? ''));
  const wholesale = contentSubs.length >= 2 && contentSubs.every((s) => s > SUBSTITUTION.none);
  // A hypernym or hyponym is a broad stand-in: it needs a word of the term kept, or a wrong-sense
  // swap beside it, before the rest of the phrase is read as the term ("agency gives" is no "road repair").
  if (subs.includes(SUBSTITUTION.loose) && !contentSubs.includes(SUBSTITUTION.none) && !subs.some((s) => s >= SUBSTITUTION.strong)) {
    return 'hypernym or hyponym stand-ins need a kept word or a wrong-sense swap beside them';
  }
  const termOfArt = rule.category === TERM_OF_ART;
  if (!titleEvidence && !wholesale && !termOfArt && !subs.some((s) => s >= SUBSTITUTION.strong)) {
    return 'only same-sense synonyms differ from the canonical term (a fair paraphrase, not spin)';
  }
  const key = phraseKeyOf(m);
  const surfaceKey = tokens.norms(m.first, m.last).join(' ');
  if (index.canonicalKeys.has(key) || index.canonicalKeys.has(surfaceKey)) return `"${surfaceKey}" is itself a canonical term of the loaded glossaries`;
  // Reference evidence is case-blind, so it does not overrule a capitalized spun name.
  if (!titleEvidence && index.ordinaryPhrases?.has(key)) return `"${key}" is an ordinary phrase (attested in the reference corpus)`;
  return undefined;
}

/**
 * Whether the match sits in a Title Case line (a headline): most content words around it, in
 * the same sentence, start with a capital. Mid-sentence capitals in prose are names; in a
 * headline they are style.
 */
export function inTitleCaseLine(text: string, tokens: Tokens, m: RawMatch, reach = 12): boolean {
  let capital = 0;
  let content = 0;
  const count = (i: number): void => {
    const w = text.slice(tokens.starts[i]!, tokens.ends[i]!);
    if (FUNCTION_WORDS.has(tokens.norm(i)) || !/^\p{L}/u.test(w)) return;
    content++;
    if (/^\p{Lu}/u.test(w)) capital++;
  };
  for (let i = m.first - 1, k = 0; i >= 0 && k < reach && !tokens.sentenceStart(i + 1); i--, k++) count(i);
  for (let i = m.last + 1, k = 0; i < tokens.length && k < reach && !tokens.sentenceStart(i); i++, k++) count(i);
  return content >= 3 && capital >= content * 0.75;
}

/** The lemma key of a generated match: what the ordinary-phrase evidence is keyed by. */
export function phraseKeyOf(m: RawMatch): string {
  return (m.lemmas ?? []).join(' ');
}

