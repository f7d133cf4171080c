import { lemmaCandidates, type MorphologyData } from '../core/morphology.js';
import type { Inflection } from '../core/types.js';

export interface LemmaData {
  morph: MorphologyData;
  /** Whether a base form is an English word (the CLI asks the generated WordNet table). */
  isWord: (w: string) => boolean;
}

/**
 * Base forms of an original word and the spun word that replaced it. Both sides carry the same
 * inflection (the spinner swaps "groups" for "gatherings", "said" for "stated"), so a reading
 * that gives both the same ending and two real words wins over reading each word alone, which
 * would take "stated" as an adjective.
 */
export function lemmaPair(o: string, s: string, d: LemmaData): [string, string, Inflection] {
  const oc = lemmaCandidates(o, d.morph).filter((c) => c.infl === '' || d.isWord(c.lemma));
  const sc = lemmaCandidates(s, d.morph).filter((c) => c.infl === '' || d.isWord(c.lemma));
  for (const a of oc) {
    if (a.infl === '') continue;
    const b = sc.find((c) => c.infl === a.infl);
    if (b) return [a.lemma, b.lemma, a.infl];
  }
  if (d.isWord(o) && d.isWord(s)) return [o, s, ''];
  return [lemmaOf(o, oc, d), lemmaOf(s, sc, d), ''];
}

function lemmaOf(w: string, cands: { lemma: string; infl: string }[], d: LemmaData): string {
  if (d.isWord(w)) return w;
  return cands.find((c) => c.infl !== '')?.lemma ?? w;
}
