import { diffArrays } from 'diff';
import { FUNCTION_WORDS } from '../core/stopwords.js';
import { tokenize, type Tokens } from '../core/tokenize.js';

/** A run of tokens, [first, end) token indexes, on each side; `equal` runs hold the same words. */
export interface Segment {
  equal: boolean;
  orig: [number, number];
  spun: [number, number];
}

/** Two paragraphs the spinner kept (perhaps moved), aligned word by word. */
export interface ParagraphPair {
  orig: number;
  spun: number;
  /** Dice overlap of the two paragraphs' word sets, 0..1. */
  overlap: number;
  segments: Segment[];
}

export interface Alignment {
  orig: Tokens;
  spun: Tokens;
  /** Token ranges [first, end) of each paragraph. */
  origParagraphs: [number, number][];
  spunParagraphs: [number, number][];
  /** In spun order. */
  pairs: ParagraphPair[];
  /** Paragraph indexes with no counterpart: dropped from the original, added in the spun copy. */
  dropped: number[];
  added: number[];
}

/** Below this word overlap two paragraphs are not taken for the same paragraph reworded. */
export const MIN_PARAGRAPH_OVERLAP = 0.25;
/** Equal runs of at most this many function words between two changes belong to the change ("in order" / "keeping in mind"). */
const GLUE = 2;
/** A glued change holds at most this many original words: longer runs are separate swaps ("Members of the so-called ..."). */
const GLUED_MAX = 4;

const BLANK_LINE = /\n[ \t\r]*\n/;

export function paragraphs(t: Tokens): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  for (let i = 1; i < t.length; i++) {
    if (BLANK_LINE.test(t.text.slice(t.ends[i - 1]!, t.starts[i]!))) {
      out.push([first, i]);
      first = i;
    }
  }
  if (t.length) out.push([first, t.length]);
  return out;
}

function wordSet(t: Tokens, [a, b]: [number, number]): Set<string> {
  const s = new Set<string>();
  for (let i = a; i < b; i++) s.add(t.norm(i));
  return s;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * Pairs paragraphs by word overlap, best pairs first, each paragraph used once: a spinner that
 * moves or drops paragraphs leaves the others comparable, where one diff over the whole text
 * would align a moved paragraph against the wrong one.
 */
export function matchParagraphs(orig: Tokens, spun: Tokens, op: [number, number][], sp: [number, number][]): { orig: number; spun: number; overlap: number }[] {
  const os = op.map((p) => wordSet(orig, p));
  const ss = sp.map((p) => wordSet(spun, p));
  const cands: { orig: number; spun: number; overlap: number }[] = [];
  for (let i = 0; i < os.length; i++) {
    for (let j = 0; j < ss.length; j++) {
      const overlap = dice(os[i]!, ss[j]!);
      if (overlap >= MIN_PARAGRAPH_OVERLAP) cands.push({ orig: i, spun: j, overlap });
    }
  }
  cands.sort((a, b) => b.overlap - a.overlap || a.orig - b.orig || a.spun - b.spun);
  const usedO = new Set<number>();
  const usedS = new Set<number>();
  const out: { orig: number; spun: number; overlap: number }[] = [];
  for (const c of cands) {
    if (usedO.has(c.orig) || usedS.has(c.spun)) continue;
    usedO.add(c.orig);
    usedS.add(c.spun);
    out.push(c);
  }
  return out.sort((a, b) => a.spun - b.spun);
}

/** Word-level segments of one paragraph pair, with short function-word runs between changes folded into them. */
export function alignRange(orig: Tokens, spun: Tokens, [oa, ob]: [number, number], [sa, sb]: [number, number]): Segment[] {
  const raw: Segment[] = [];
  let i = oa;
  let j = sa;
  for (const part of diffArrays(orig.norms(oa, ob - 1), spun.norms(sa, sb - 1))) {
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      raw.push({ equal: true, orig: [i, i + n], spun: [j, j + n] });
      i += n;
      j += n;
      continue;
    }
    const last = raw[raw.length - 1];
    const seg = last && !last.equal ? last : { equal: false, orig: [i, i] as [number, number], spun: [j, j] as [number, number] };
    if (seg !== last) raw.push(seg);
    if (part.removed) seg.orig[1] = i += n;
    else seg.spun[1] = j += n;
  }
  const out: Segment[] = [];
  for (let k = 0; k < raw.length; k++) {
    const s = raw[k]!;
    const prev = out[out.length - 1];
    const next = raw[k + 1];
    const glue =
      s.equal &&
      prev &&
      !prev.equal &&
      next &&
      !next.equal &&
      s.orig[1] - s.orig[0] <= GLUE &&
      orig.norms(s.orig[0], s.orig[1] - 1).every((w) => FUNCTION_WORDS.has(w)) &&
      next.orig[1] - prev.orig[0] <= GLUED_MAX &&
      !wordSwap(orig, spun, prev) &&
      !wordSwap(orig, spun, next) &&
      !hasBreak(orig, s.orig[0], next.orig[0] + 1);
    if (glue || (!s.equal && prev && !prev.equal)) {
      prev!.orig[1] = s.orig[1];
      prev!.spun[1] = s.spun[1];
    } else out.push({ equal: s.equal, orig: [...s.orig], spun: [...s.spun] });
  }
  return out.flatMap((g) => (g.equal ? [g] : splitAtSentences(orig, spun, g).flatMap((c) => trimShared(orig, spun, c))));
}

/**
 * Words a glued change starts or ends with on both sides are not part of it: the diff may pair
 * "the" inside "in the mean time" and leave "meanwhile, the" → "in the mean time, the".
 */
function trimShared(orig: Tokens, spun: Tokens, g: Segment): Segment[] {
  let [oa, ob] = g.orig;
  let [sa, sb] = g.spun;
  let head = 0;
  while (ob - oa > 1 && sb - sa > 1 && orig.norm(oa) === spun.norm(sa)) (oa++, sa++, head++);
  let tail = 0;
  while (ob - oa > 1 && sb - sa > 1 && orig.norm(ob - 1) === spun.norm(sb - 1)) (ob--, sb--, tail++);
  return [
    ...(head ? [{ equal: true, orig: [oa - head, oa], spun: [sa - head, sa] } as Segment] : []),
    { equal: false, orig: [oa, ob], spun: [sa, sb] },
    ...(tail ? [{ equal: true, orig: [ob, ob + tail], spun: [sb, sb + tail] } as Segment] : []),
  ];
}

/** Same number of content words on both sides: a word-by-word swap, kept apart from its neighbours. */
function wordSwap(orig: Tokens, spun: Tokens, g: Segment): boolean {
  const n = g.orig[1] - g.orig[0];
  if (n === 0 || n !== g.spun[1] - g.spun[0]) return false;
  return [...orig.norms(g.orig[0], g.orig[1] - 1), ...spun.norms(g.spun[0], g.spun[1] - 1)].every((w) => !FUNCTION_WORDS.has(w));
}

/** Whether a sentence starts at any token in (a, b). */
function hasBreak(t: Tokens, a: number, b: number): boolean {
  for (let i = a + 1; i < b && i < t.length; i++) if (t.sentenceStart(i)) return true;
  return false;
}

/** A change running over a sentence end on both sides is two changes ("nodes. However" / "hubs. Be that as it may"). */
function splitAtSentences(orig: Tokens, spun: Tokens, g: Segment): Segment[] {
  const find = (t: Tokens, [a, b]: [number, number]) => {
    for (let i = a + 1; i < b; i++) if (t.sentenceStart(i)) return i;
    return -1;
  };
  const i = find(orig, g.orig);
  const j = find(spun, g.spun);
  if (i < 0 || j < 0) return [g];
  return [{ equal: false, orig: [g.orig[0], i], spun: [g.spun[0], j] }, ...splitAtSentences(orig, spun, { equal: false, orig: [i, g.orig[1]], spun: [j, g.spun[1]] })];
}

/** Aligns an original text with its spun copy: paragraphs matched by overlap, then words by diff. */
export function alignTexts(original: string, spunText: string): Alignment {
  const orig = tokenize(original);
  const spun = tokenize(spunText);
  const origParagraphs = paragraphs(orig);
  const spunParagraphs = paragraphs(spun);
  const matched = matchParagraphs(orig, spun, origParagraphs, spunParagraphs);
  const pairs = matched.map((m) => ({ ...m, segments: alignRange(orig, spun, origParagraphs[m.orig]!, spunParagraphs[m.spun]!) }));
  const usedO = new Set(matched.map((m) => m.orig));
  const usedS = new Set(matched.map((m) => m.spun));
  return {
    orig,
    spun,
    origParagraphs,
    spunParagraphs,
    pairs,
    dropped: origParagraphs.map((_, i) => i).filter((i) => !usedO.has(i)),
    added: spunParagraphs.map((_, i) => i).filter((i) => !usedS.has(i)),
  };
}
