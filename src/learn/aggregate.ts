import { LineIndex } from '../core/lines.js';
import type { Tokens } from '../core/tokenize.js';
import { alignTexts, type Alignment } from './align.js';
import { classify, KINDS, type Kind, type Learned } from './classify.js';
import type { LemmaData } from './lemma.js';

export interface PairInput {
  name: string;
  original: string;
  spun: string;
}

/** One place a substitution was seen: absolute offsets into each text and a concordance line. */
export interface Occurrence {
  pair: string;
  orig: Place;
  spun: Place;
}

export interface Place {
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  /** The words around the span, on one line, the span in [[ ]]. */
  context: string;
}

export interface Proposal {
  kind: Kind;
  canonical: string;
  variant: string;
  /** Times seen, over all pairs. */
  count: number;
  /** Pairs it was seen in. */
  pairs: number;
  /** The first occurrences, at most EVIDENCE. */
  evidence: Occurrence[];
  /** For rules: a sentence with only this spin (flag) and the original sentence (pass). */
  example?: { flag: { text: string; fixed: string }; pass: string };
}

export interface LearnResult {
  pairs: number;
  paragraphs: { matched: number; dropped: number; added: number };
  substitutions: number;
  proposals: Proposal[];
  noise: { reason: string; count: number }[];
}

export const EVIDENCE = 2;
const CONTEXT = 40;

function place(text: string, lines: LineIndex, [start, end]: [number, number]): Place {
  const left = text.slice(Math.max(0, start - CONTEXT), start);
  const right = text.slice(end, end + CONTEXT);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const context = `${start > CONTEXT ? '…' : ''}${oneLine(left)}[[${oneLine(text.slice(start, end))}]]${oneLine(right)}${end + CONTEXT < text.length ? '…' : ''}`;
  return { start, end, ...lines.position(start), text: text.slice(start, end), context };
}

/** The sentence of the original around character offsets [start, end), as token-delimited text. */
function sentenceAround(t: Tokens, start: number, end: number): [number, number] {
  // The first token at or after `start`, by binary search: this runs once per proposal.
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  while (first > 0 && !t.sentenceStart(first)) first--;
  let last = t.length - 1;
  for (let i = lo + 1; i < t.length; i++) {
    if (t.sentenceStart(i) && t.starts[i]! >= end) {
      last = i - 1;
      break;
    }
  }
  // Up to and including the punctuation that closes the sentence, on the same line.
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(t.text.slice(t.ends[last]!))![0].replace(/[([{"'“‘]+$/u, '');
  return [t.starts[first]!, t.ends[last]! + tail.length];
}

function exampleFor(al: Alignment, l: Learned): Proposal['example'] {
  const [a, b] = sentenceAround(al.orig, l.orig[0], l.orig[1]);
  const sentence = al.orig.text.slice(a, b);
  if (/\n/.test(sentence)) return undefined;
  const spun = al.spun.text.slice(l.spun[0], l.spun[1]);
  return { flag: { text: sentence.slice(0, l.orig[0] - a) + spun + sentence.slice(l.orig[1] - a), fixed: sentence }, pass: sentence };
}

const KIND_ORDER = new Map(KINDS.map((k, i) => [k, i]));
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Seen in more pairs first, then more often, then by kind and words, so output never depends on input order beyond names. */
export function rank(a: Proposal, b: Proposal): number {
  return b.pairs - a.pairs || b.count - a.count || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || cmp(a.canonical.toLowerCase(), b.canonical.toLowerCase()) || cmp(a.variant.toLowerCase(), b.variant.toLowerCase());
}

/** Learns substitutions from original/spun pairs (processed in name order) and aggregates them into ranked proposals. */
export function learnFromPairs(inputs: readonly PairInput[], lemmas: LemmaData): LearnResult {
  const sorted = [...inputs].sort((x, y) => cmp(x.name, y.name));
  const byKey = new Map<string, Proposal & { seenIn: Set<string> }>();
  const noise = new Map<string, number>();
  let substitutions = 0;
  const paragraphs = { matched: 0, dropped: 0, added: 0 };
  for (const input of sorted) {
    const al = alignTexts(input.original, input.spun);
    paragraphs.matched += al.pairs.length;
    paragraphs.dropped += al.dropped.length;
    paragraphs.added += al.added.length;
    const ol = new LineIndex(input.original);
    const sl = new LineIndex(input.spun);
    const seen = new Set<string>();
    al.pairs.forEach((pair, p) => {
      for (const seg of pair.segments) {
        if (seg.equal) continue;
        substitutions++;
        const r = classify(al, p, seg, lemmas);
        if (r.noise) noise.set(r.noise.reason, (noise.get(r.noise.reason) ?? 0) + 1);
        for (const l of r.learned) {
          const key = `${l.kind}\t${l.canonical.toLowerCase()}\t${l.variant.toLowerCase()}`;
          // One name with two changed words is one occurrence of the name.
          const at = `${key}\t${l.orig[0]}`;
          if (seen.has(at)) continue;
          seen.add(at);
          let prop = byKey.get(key);
          if (!prop) {
            prop = { kind: l.kind, canonical: l.canonical, variant: l.variant, count: 0, pairs: 0, evidence: [], seenIn: new Set() };
            byKey.set(key, prop);
          }
          prop.count++;
          prop.seenIn.add(input.name);
          if (prop.evidence.length < EVIDENCE) prop.evidence.push({ pair: input.name, orig: place(input.original, ol, l.orig), spun: place(input.spun, sl, l.spun) });
          if (!prop.example && l.kind !== 'synonym') {
            const ex = exampleFor(al, l);
            if (ex) prop.example = ex;
          }
        }
      }
    });
  }
  const proposals = [...byKey.values()].map(({ seenIn, ...p }) => ({ ...p, pairs: seenIn.size })).sort(rank);
  return {
    pairs: sorted.length,
    paragraphs,
    substitutions,
    proposals,
    noise: [...noise].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || cmp(a.reason, b.reason)),
  };
}
