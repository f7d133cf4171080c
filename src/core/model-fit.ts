import type { SpinEvidence } from './swaps.js';

/** log10 penalty of backing off from a pair the model never saw to its second word alone. */
const BACKOFF = -1;
/** A word the model does not know, as a log10 probability. */
const UNKNOWN_WORD = -7;

export interface Fit {
  /** The candidate that fits the neighbours best. */
  form: string;
  /** How much better it fits than the text's word (log10, both neighbours summed). */
  gain: number;
}

/**
 * Of `forms`, the one that fits between `before` and `after` best by a language model's pair
 * log-probabilities, counted only when the model saw it beside a neighbour it never saw the
 * text's word beside; a pair it never saw backs off to the second word's own probability, as an
 * n-gram model does. Forms must be at least `rarity` (log10) commoner than the text's word.
 */
export function bestFit(evidence: SpinEvidence, before: string | undefined, after: string | undefined, word: string, forms: readonly string[], rarity: number): Fit | undefined {
  const pair = evidence.collocation!;
  const unigram = (w: string): number => evidence.modelWord!(w) ?? UNKNOWN_WORD;
  const sides = (w: string): [number | undefined, number | undefined] => [
    before ? (pair(before, w)?.logProb ?? undefined) : undefined,
    after ? (pair(w, after)?.logProb ?? undefined) : undefined,
  ];
  const score = (w: string, [p, n]: [number | undefined, number | undefined]): number =>
    (before ? (p ?? unigram(w) + BACKOFF) : 0) + (after ? (n ?? unigram(after) + BACKOFF) : 0);
  const own = sides(word);
  const ownScore = score(word, own);
  const floor = unigram(word) + rarity;
  let best: Fit | undefined;
  for (const form of forms) {
    if (unigram(form) < floor) continue;
    const s = sides(form);
    if (!((s[0] !== undefined && own[0] === undefined) || (s[1] !== undefined && own[1] === undefined))) continue;
    const gain = score(form, s) - ownScore;
    if (!best || gain > best.gain) best = { form, gain };
  }
  return best;
}
