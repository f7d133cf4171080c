import type { CompiledIndex } from './compile.js';
import { bestFit } from './model-fit.js';
import { inflectWord, lemmaCandidates } from './morphology.js';
import type { RawMatch } from './match.js';
import { phraseWords } from './phrase.js';
import { FUNCTION_WORDS } from './stopwords.js';
import type { Tokens } from './tokenize.js';
import type { Rule } from './types.js';

/**
 * Reference evidence about ordinary English, built from data on npm (see README): how common a
 * word is, and whether two words were seen side by side in clean reference text.
 */
export interface SpinEvidence {
  /** Occurrences per ~51 million words of the lower-case word form (0 when unseen). */
  frequency(word: string): number;
  /** Whether the pair of normalized words occurs adjacently in the reference text. */
  attestedPair(first: string, second: string): boolean;
  /**
   * What a large language model says of two adjacent words: their strength, null when it knows
   * both words but never saw them together, undefined when it does not know a word (or none is
   * installed).
   */
  collocation?(first: string, second: string): Collocation | null | undefined;
  /** log10 of the word's probability in that model, undefined when it does not know the word. */
  modelWord?(word: string): number | undefined;
}

/** A word pair a language model saw: log10 P(second | first), and how much likelier that is than chance (log10). */
export interface Collocation {
  logProb: number;
  pmi: number;
}

/** The glossary name swap rules report under: findings read `swaps/<stand-in>`. */
export const SWAP_GLOSSARY = 'swaps';
/** Findings of other rules a document must hold before a lone swap is read as spin in it. */
export const SWAP_GATE = 3;
/** How much commoner the replaced word must be than its stand-in: spinners reach for rarer words. */
export const SWAP_RARITY = 5;
/** A replaced word rarer than this is a specialist's word, not the everyday word spinners replace. */
export const SWAP_MIN_COUNT = 2000;

/**
 * Curated swaps as rules of their own. A `synonyms:` entry says a spinner puts "agitator" for
 * "rebel" inside canonical terms; the same swap also happens outside any listed term, in phrases
 * nobody wrote a rule for. One rule per stand-in repairs it to the words it stands for, most
 * listed first. It is gated like a loose stand-in: only in a document that already
 * shows spin, and `swapGuard` asks the reference evidence whether the word is out of place.
 * Thresholds were chosen on the dev split (README: quality figures).
 */
export function swapRules(synonyms: ReadonlyMap<string, readonly string[]>, firstOrder: number): Rule[] {
  const standsFor = new Map<string, string[]>();
  for (const [word, standIns] of synonyms) {
    if (FUNCTION_WORDS.has(word)) continue;
    for (const s of standIns) {
      const words = phraseWords(s);
      if (words.every((w) => FUNCTION_WORDS.has(w)) || words.includes(word)) continue;
      const key = words.join(' ');
      const list = standsFor.get(key) ?? [];
      if (!list.includes(word)) list.push(word);
      standsFor.set(key, list);
    }
  }
  return [...standsFor.keys()].sort().map((standIn, k) => ({
    id: `${SWAP_GLOSSARY}/${standIn.replace(/ /g, '-')}`,
    glossary: SWAP_GLOSSARY,
    canonical: standsFor.get(standIn)!,
    variants: [standIn],
    severity: 'warning',
    category: 'spinner-synonym',
    note: `Glossaries list "${standIn}" as a spinner's stand-in; flagged alone only in a document that already shows spin, beside another swapped word, where it is much rarer than what it stands for and reference English never puts it beside its neighbours.`,
    context: { documentFindings: SWAP_GATE },
    generate: false,
    generatedSeverity: 'warning',
    order: firstOrder + k,
    swap: true,
  }));
}

/** The tokens just before and after a match in the same sentence (-1: none). */
function neighbours(tokens: Tokens, m: RawMatch): [number, number] {
  return [m.first > 0 && !tokens.breakBefore(m.first) ? m.first - 1 : -1, m.last + 1 < tokens.length && !tokens.breakBefore(m.last + 1) ? m.last + 1 : -1];
}

const swapWords = new WeakMap<CompiledIndex, ReadonlySet<string>>();

/** The stand-ins of an index's swap rules, collected once per index. */
function swapWordsOf(index: CompiledIndex): ReadonlySet<string> {
  let set = swapWords.get(index);
  if (!set) swapWords.set(index, (set = new Set(index.rules.filter((r) => r.swap).map((r) => r.variants[0]!))));
  return set;
}

/** Why a swap rule's match is not evidence of spin, or undefined when it is. */
export function swapGuard(index: CompiledIndex, tokens: Tokens, m: RawMatch): string | undefined {
  const evidence = index.evidence;
  if (!evidence) return 'no reference evidence is loaded';
  const rule = index.rules[m.rule]!;
  if (m.last > m.first) {
    // A phrase of several words ("spending plan" for "budget") is the spinner's own coinage
    // unless reference English has every pair of its words side by side.
    for (let i = m.first + 1; i <= m.last; i++) if (!evidence.attestedPair(tokens.norm(i - 1), tokens.norm(i))) return undefined;
    return `reference English has "${tokens.norms(m.first, m.last).join(' ')}"`;
  }
  const surface = tokens.norm(m.first);
  const [prev, next] = neighbours(tokens, m);
  if (evidence.collocation && evidence.modelWord?.(surface) !== undefined) return modelGuard(index, tokens, m, prev, next);
  const replaced = Math.max(...rule.canonical.map((w) => evidence.frequency(w)));
  if (replaced < SWAP_MIN_COUNT) return `"${rule.canonical[0]}" is too rare a word for spinners to replace`;
  const own = Math.max(evidence.frequency(surface), evidence.frequency(rule.variants[0]!), 1);
  if (replaced < own * SWAP_RARITY) return `"${surface}" is not much rarer than "${rule.canonical[0]}"`;
  if (prev >= 0 && evidence.attestedPair(tokens.norm(prev), surface)) return `reference English has "${tokens.norm(prev)} ${surface}"`;
  if (next >= 0 && evidence.attestedPair(surface, tokens.norm(next))) return `reference English has "${surface} ${tokens.norm(next)}"`;
  // Spinners swap densely: a lone swap counts beside another word that reads as a curated swap.
  const standIns = swapWordsOf(index);
  const swapped = (i: number): boolean => i >= 0 && lemmaCandidates(tokens.norm(i), index.morph).some((l) => standIns.has(l.lemma));
  if (!swapped(prev) && !swapped(next)) return 'no neighbouring word reads as a curated swap';
  return undefined;
}

/** A repair's fit with its neighbours when the language model knows neither pair with it. */
const UNSEEN_PAIR = -6;

/**
 * Orders a lone swap's repairs by how well each fits between the words around it, by the
 * language model's pair log-probabilities: "gatherings" stands for "conferences", "councils" and
 * "groups", and "civil liberties groups" is the one English says. Ties keep the listed order.
 */
export function rankByNeighbours(index: CompiledIndex, tokens: Tokens, m: RawMatch, expected: string[]): void {
  const pair = index.evidence?.collocation;
  if (!pair || expected.length < 2 || m.first !== m.last) return;
  const [p, n] = neighbours(tokens, m);
  if (p < 0 && n < 0) return;
  const prev = p >= 0 ? tokens.norm(p) : undefined;
  const next = n >= 0 ? tokens.norm(n) : undefined;
  const fit = (repair: string): number => {
    const w = repair.toLowerCase();
    const before = prev ? (pair(prev, w)?.logProb ?? UNSEEN_PAIR) : 0;
    const after = next ? (pair(w, next)?.logProb ?? UNSEEN_PAIR) : 0;
    return before + after;
  };
  const scored = expected.map((e, i) => ({ e, i, s: fit(e) }));
  scored.sort((a, b) => b.s - a.s || a.i - b.i);
  scored.forEach((x, k) => (expected[k] = x.e));
}

/** How much better (log10, summed over both neighbours) a repair must fit than the stand-in. */
export const SWAP_FIT = 1.5;
/**
 * Stand-ins commoner than this (log10 in the model, about 1 word in 3,000) are not judged
 * alone: spinners reach for uncommon words, and common ones ("power", "cost", "board") fit
 * many contexts the model happens to lack.
 */
export const SWAP_MAX_MODEL_WORD = -3.5;

/**
 * With a language model: a lone stand-in is spin when a word it stands for fits between its
 * neighbours far better than it does ("houthi agitators and" against "rebels and").
 */
function modelGuard(index: CompiledIndex, tokens: Tokens, m: RawMatch, prev: number, next: number): string | undefined {
  const evidence = index.evidence!;
  const surface = tokens.norm(m.first);
  if (prev < 0 && next < 0) return 'no neighbouring word to judge it by';
  if (evidence.modelWord!(surface)! > SWAP_MAX_MODEL_WORD) return `"${surface}" is too common a word to read as a spinner's choice alone`;
  const rule = index.rules[m.rule]!;
  const forms = rule.canonical.map((c) => inflectWord(c, m.infl[0] ?? '', index.morph));
  const fit = bestFit(evidence, prev >= 0 ? tokens.norm(prev) : undefined, next >= 0 ? tokens.norm(next) : undefined, surface, forms, 0);
  if (!fit || fit.gain < SWAP_FIT) return `the language model does not fit "${rule.canonical[0]}" here much better than "${surface}"`;
  return undefined;
}
