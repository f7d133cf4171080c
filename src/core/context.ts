import { lemmaCandidates, type MorphologyData } from './morphology.js';
import type { Tokens } from './tokenize.js';
import type { ContextConditions, ContextWindow } from './types.js';

/** Evaluates a rule's context conditions around tokens [first, last]. */
export interface ContextProbe {
  tokens: Tokens;
  morph: MorphologyData;
  /** Lazily built set of every word and lemma in the document. */
  documentWords: () => ReadonlySet<string>;
}

export type ContextVerdict = { ok: true } | { ok: false; reason: string };

function tokenIs(probe: ContextProbe, norm: string, words: readonly string[]): boolean {
  if (words.includes(norm)) return true;
  return lemmaCandidates(norm, probe.morph).some((l) => words.includes(l.lemma));
}

/** Tokens within N before `first` (or after `last`), not crossing a sentence boundary. */
function windowHas(probe: ContextProbe, first: number, last: number, w: ContextWindow, dir: -1 | 1): boolean {
  const { tokens } = probe;
  for (let k = 1; k <= w.within; k++) {
    const i = dir < 0 ? first - k : last + k;
    if (i < 0 || i >= tokens.length) return false;
    if (dir < 0 && tokens.sentenceStart(i + 1)) return false;
    if (dir > 0 && tokens.sentenceStart(i)) return false;
    if (tokenIs(probe, tokens.norm(i), w.words)) return true;
  }
  return false;
}

export function checkContext(probe: ContextProbe, c: ContextConditions | undefined, first: number, last: number): ContextVerdict {
  if (!c) return { ok: true };
  if (c.before && !windowHas(probe, first, last, c.before, -1)) {
    return { ok: false, reason: `none of [${c.before.words.join(', ')}] within ${c.before.within} words before` };
  }
  if (c.after && !windowHas(probe, first, last, c.after, 1)) {
    return { ok: false, reason: `none of [${c.after.words.join(', ')}] within ${c.after.within} words after` };
  }
  if (c.notBefore && windowHas(probe, first, last, c.notBefore, -1)) {
    return { ok: false, reason: `one of [${c.notBefore.words.join(', ')}] appears within ${c.notBefore.within} words before` };
  }
  if (c.notAfter && windowHas(probe, first, last, c.notAfter, 1)) {
    return { ok: false, reason: `one of [${c.notAfter.words.join(', ')}] appears within ${c.notAfter.within} words after` };
  }
  if (c.documentMentions?.length) {
    const doc = probe.documentWords();
    if (!c.documentMentions.some((w) => doc.has(w))) {
      return { ok: false, reason: `the document mentions none of [${c.documentMentions.join(', ')}]` };
    }
  }
  if (c.documentLacks?.length) {
    const doc = probe.documentWords();
    const hit = c.documentLacks.find((w) => doc.has(w));
    if (hit) return { ok: false, reason: `the document mentions "${hit}"` };
  }
  return { ok: true };
}

export function documentWordSet(tokens: Tokens, morph: MorphologyData): Set<string> {
  const set = new Set<string>();
  for (const norm of tokens.norms()) {
    if (set.has(norm)) continue;
    for (const l of lemmaCandidates(norm, morph)) set.add(l.lemma);
  }
  return set;
}
