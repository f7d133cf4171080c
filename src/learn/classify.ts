import { FUNCTION_WORDS } from '../core/stopwords.js';
import type { Tokens } from '../core/tokenize.js';
import type { Alignment, Segment } from './align.js';
import { lemmaPair, type LemmaData } from './lemma.js';

export type Kind = 'institution' | 'phrase' | 'synonym';
export const KINDS: readonly Kind[] = ['institution', 'phrase', 'synonym'];

/** Character offsets into the original and the spun text. */
export interface Spans {
  orig: [number, number];
  spun: [number, number];
}

export interface Learned extends Spans {
  kind: Kind;
  /** The original wording (the repair); base forms for word swaps. */
  canonical: string;
  /** What the spinner wrote instead. */
  variant: string;
}

export interface Noise extends Spans {
  reason: string;
}

/** Longer changes are rewording, not a swap a glossary can hold. */
export const MAX_ORIG_TOKENS = 5;
export const MAX_SPUN_TOKENS = 8;
/** Of two phrases, one more than this many times longer than the other (plus one word) is rewording. */
const MAX_RATIO = 3;
/** Lower-case words that may sit inside an institution's name ("Office for the Coordination of ..."). */
// Not "in", "at" or "on": "Court of Appeals in Richmond" is a name and a place, "Republican on the Senate ..." a person and a name.
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'to', 'de']);
/** Capitalized, but never part of an institution's name. */
const DATES = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));
/** A title ends a name: "Finance Minister Lukas Brenner" teaches "Finance Minister", not the person. */
const TITLES = new Set(['minister', 'secretary', 'speaker', 'leader', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'governor', 'senator', 'spokesman', 'spokeswoman', 'commissioner', 'envoy', 'ambassador', 'chancellor', 'mayor', 'general', 'judge', 'superintendent']);
const UPPER = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;

const isCap = (t: Tokens, i: number): boolean => UPPER.test(t.text.slice(t.starts[i]!, t.ends[i]!)) && !DATES.has(t.norm(i));

/** The text of tokens [a, b), whitespace collapsed, a sentence-initial capital lowered unless the word is all capitals. */
export function surface(t: Tokens, a: number, b: number, keepCase = false): string {
  const s = t.text.slice(t.starts[a]!, t.ends[b - 1]!).replace(/\s+/g, ' ');
  if (keepCase || !t.sentenceStart(a)) return s;
  const first = t.text.slice(t.starts[a]!, t.ends[a]!);
  return first.length > 1 && first === first.toUpperCase() ? s : s[0]!.toLowerCase() + s.slice(1);
}

/** Whether tokens [a, b) are separated by single spaces only (no hyphen or punctuation to keep). */
function spaced(t: Tokens, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (t.text.slice(t.ends[i - 1]!, t.starts[i]!) !== ' ') return false;
  return true;
}

/**
 * The capitalized name around original tokens [a, b) ("US Court of Appeals for the Fourth
 * Circuit"), as a token range, or undefined when the change is not inside one. A name has at
 * least two capitalized words and may hold up to two connectors between them.
 */
export function nameAround(t: Tokens, a: number, b: number, lo: number, hi: number): [number, number] | undefined {
  let capsInChange = 0;
  for (let i = a; i < b; i++) {
    if (isCap(t, i)) capsInChange++;
    else if (!CONNECTORS.has(t.norm(i))) return undefined;
  }
  if (!capsInChange) return undefined;
  for (let i = a + 1; i < b; i++) if (t.breakBefore(i)) return undefined;
  // "and" joins the words of one name ("Food and Drug Administration"), not two names ("... and the Department ...").
  const joins = (from: number, n: number): boolean => n === 1 || !t.norms(from, from + n - 1).includes('and');
  let s = a;
  for (;;) {
    let k = s;
    while (k - 1 >= lo && !t.breakBefore(k) && s - k < 2 && !isCap(t, k - 1) && CONNECTORS.has(t.norm(k - 1))) k--;
    if (k - 1 >= lo && !t.breakBefore(k) && isCap(t, k - 1) && joins(k, s - k)) s = k - 1;
    else break;
  }
  let e = b;
  for (;;) {
    if (TITLES.has(t.norm(e - 1))) break;
    let k = e;
    while (k < hi && !t.breakBefore(k) && k - e < 2 && !isCap(t, k) && CONNECTORS.has(t.norm(k))) k++;
    if (k < hi && !t.breakBefore(k) && isCap(t, k) && joins(e, k - e)) e = k + 1;
    else break;
  }
  // A sentence-initial "The" is not part of the name ("US" is).
  while (s < e && CONNECTORS.has(t.norm(s))) s++;
  let caps = 0;
  let inner = 0;
  for (let i = s; i < e; i++) {
    if (!isCap(t, i)) continue;
    caps++;
    if (!t.sentenceStart(i)) inner++;
  }
  return caps >= 2 && inner >= 1 ? [s, e] : undefined;
}

/** The spun token range that an original token range maps to through a paragraph's segments. */
function mapRange(segments: Segment[], a: number, b: number): [number, number] {
  const find = (i: number): Segment => segments.find((g) => g.orig[0] <= i && i < g.orig[1]) ?? segments[segments.length - 1]!;
  const sa = find(a);
  const sb = find(b - 1);
  // Inside an equal run, or a word-for-word change, words map one to one.
  const oneToOne = (g: Segment) => g.equal || g.orig[1] - g.orig[0] === g.spun[1] - g.spun[0];
  const start = oneToOne(sa) ? sa.spun[0] + (a - sa.orig[0]) : sa.spun[0];
  const end = oneToOne(sb) ? sb.spun[0] + (b - 1 - sb.orig[0]) + 1 : sb.spun[1];
  return [start, end];
}

const chars = (t: Tokens, a: number, b: number): [number, number] => (b > a ? [t.starts[a]!, t.ends[b - 1]!] : [a < t.length ? t.starts[a]! : t.text.length, a < t.length ? t.starts[a]! : t.text.length]);

/**
 * What one changed segment teaches. Word swaps teach synonyms (and, two or more words long, a
 * phrase too); a change inside a capitalized name teaches the whole name; other changes teach
 * a fixed phrase; the rest is noise with its reason.
 */
export function classify(al: Alignment, pairIndex: number, seg: Segment, lemmas: LemmaData): { learned: Learned[]; noise?: Noise } {
  const { orig: o, spun: s } = al;
  const [oa, ob] = seg.orig;
  const [sa, sb] = seg.spun;
  const spans: Spans = { orig: chars(o, oa, ob), spun: chars(s, sa, sb) };
  const noise = (reason: string) => ({ learned: [], noise: { ...spans, reason } });
  if (ob === oa) return noise('added text');
  if (sb === sa) return noise('dropped text');
  const ow = o.norms(oa, ob - 1);
  const sw = s.norms(sa, sb - 1);
  if ([...ow, ...sw].some((w) => DIGIT.test(w))) return noise('numbers changed');
  if (ow.every((w) => FUNCTION_WORDS.has(w)) && sw.every((w) => FUNCTION_WORDS.has(w))) return noise('function words only');
  // "by" → "until": a preposition changed, not a word a glossary can flag everywhere.
  if (ow.length === 1 && sw.length === 1 && (FUNCTION_WORDS.has(ow[0]!) || FUNCTION_WORDS.has(sw[0]!))) return noise('function word swap');

  const pair = al.pairs[pairIndex]!;
  const [lo, hi] = al.origParagraphs[pair.orig]!;
  const name = nameAround(o, oa, ob, lo, hi);
  if (name) {
    const [na, nb] = name;
    const [ma, mb] = mapRange(pair.segments, na, nb);
    return { learned: [{ kind: 'institution', canonical: surface(o, na, nb, true), variant: surface(s, ma, mb, true), orig: chars(o, na, nb), spun: chars(s, ma, mb) }] };
  }
  const n = ow.length;
  const m = sw.length;
  // One word for a long idiom is the classic spinner's habit ("However" → "Be that as it may");
  // between two phrases a large difference in length is rewording.
  const unbalanced = Math.min(n, m) > 1 && (m > MAX_RATIO * n + 1 || n > MAX_RATIO * m + 1);
  if (n > MAX_ORIG_TOKENS || m > MAX_SPUN_TOKENS || unbalanced) return noise('rewording');

  const content = (w: string) => !FUNCTION_WORDS.has(w);
  if (n === m && ow.every(content) && sw.every(content)) {
    const pairs = ow.map((w, i) => lemmaPair(w, sw[i]!, lemmas));
    // Neighbouring swaps the diff ran together: a name and the verb after it ("Education said"),
    // a noun and its past-tense verb ("groups said"). Each part is learned on its own.
    const cuts = new Set<number>();
    for (let i = 1; i < n; i++) {
      if (isCap(o, oa + i) !== isCap(o, oa + i - 1) && !o.sentenceStart(oa + i - 1)) cuts.add(i);
      if (pairs[i]![2] === 'ED') cuts.add(i).add(i + 1);
    }
    cuts.delete(n);
    if (cuts.size) {
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), n];
      const learned = bounds.slice(1).flatMap((e, k) => classify(al, pairIndex, { equal: false, orig: [oa + bounds[k]!, oa + e], spun: [sa + bounds[k]!, sa + e] }, lemmas).learned);
      return learned.length ? { learned } : noise('inflection only');
    }
    const learned: Learned[] = [];
    pairs.forEach(([c, v], i) => {
      if (c !== v) learned.push({ kind: 'synonym', canonical: c, variant: v, orig: chars(o, oa + i, oa + i + 1), spun: chars(s, sa + i, sa + i + 1) });
    });
    if (!learned.length) return noise('inflection only');
    if (n > 1) {
      // Only a plural head noun goes to its base form: the checker inflects a phrase's last word,
      // while "armed forces" read as "arm force" would repair to the wrong words.
      const [lastC, lastV, infl] = pairs[n - 1]!;
      const base = spaced(o, ob - 2, ob) && spaced(s, sb - 2, sb) && (infl === 'S' || infl === 'PL');
      const canonical = base ? `${surface(o, oa, ob - 1)} ${lastC}`.trimStart() : surface(o, oa, ob);
      const variant = base ? `${surface(s, sa, sb - 1)} ${lastV}`.trimStart() : surface(s, sa, sb);
      learned.unshift({ kind: 'phrase', canonical, variant, ...spans });
    }
    return { learned };
  }
  return { learned: [{ kind: 'phrase', canonical: surface(o, oa, ob), variant: surface(s, sa, sb), ...spans }] };
}
