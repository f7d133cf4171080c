import type { Collocation } from '../core/swaps.js';
import { hashString } from '../core/tokenize.js';
import { indexOfKey } from './sorted-keys.js';
import type { Bigrams } from './sphinx-lm.js';

/**
 * The collocation table: which word pairs a large language model knows, and how strongly.
 * Layout (little-endian): "UCOL", version, word count, pair count (u32 each); the sorted u32
 * hashes of the model's words; the sorted u32 hashes of its word pairs ("first second"); per
 * word one i8 of log10 P(word); then per pair one i8 of log10 P(second | first) and one i8 of
 * pointwise mutual information. Log-probabilities are in tenths.
 */
const MAGIC = 0x4c4f4355; // "UCOL"
const VERSION = 2;
const HEADER_BYTES = 16;
/** Model words kept: lower-case words, not numbers, markup or sentence markers. */
const WORD = /^[a-z][a-z'-]*$/;

const tenths = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, Math.round(x * 10)));

export function collocationTable(lm: Bigrams): Buffer {
  const keep = lm.words.map((w) => WORD.test(w));
  const wordProb = new Map<number, number>();
  lm.words.forEach((w, i) => keep[i] && wordProb.set(hashString(w), Math.max(wordProb.get(hashString(w)) ?? -99, lm.unigram[i]!)));
  const words = Uint32Array.from(wordProb.keys()).sort();
  const byKey = new Map<number, [number, number]>();
  lm.forEach((a, b, logProb) => {
    if (!keep[a] || !keep[b]) return;
    const key = hashString(`${lm.words[a]} ${lm.words[b]}`);
    const pmi = logProb - lm.unigram[b]!;
    // A 32-bit hash may join two pairs: keep the stronger reading.
    const had = byKey.get(key);
    if (!had || had[0] < logProb) byKey.set(key, [logProb, pmi]);
  });
  const keys = Uint32Array.from(byKey.keys()).sort();
  const out = Buffer.alloc(HEADER_BYTES + 5 * words.length + 6 * keys.length);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(words.length, 8);
  out.writeUInt32LE(keys.length, 12);
  let p = HEADER_BYTES;
  for (const w of words) p = out.writeUInt32LE(w, p);
  for (const k of keys) p = out.writeUInt32LE(k, p);
  for (const w of words) p = out.writeInt8(tenths(wordProb.get(w)!, -128, 0), p);
  keys.forEach((k, i) => {
    const [logProb, pmi] = byKey.get(k)!;
    out.writeInt8(tenths(logProb, -127, 0), p + i);
    out.writeInt8(tenths(pmi, -128, 127), p + keys.length + i);
  });
  return out;
}

export interface CollocationReader {
  /** log10 P(word) in the model, or undefined for a word it does not know (whose pairs say nothing). */
  word(word: string): number | undefined;
  /** The pair's strength, or null when the model, knowing both words, never saw them together. */
  pair(first: string, second: string): Collocation | null | undefined;
}

/** The word and pair counts a table's header gives, or undefined for an empty or foreign one. */
export function tableCounts(header: Buffer): { words: number; pairs: number } | undefined {
  if (header.length < HEADER_BYTES || header.readUInt32LE(0) !== MAGIC || header.readUInt32LE(4) !== VERSION) return undefined;
  return { words: header.readUInt32LE(8), pairs: header.readUInt32LE(12) };
}

/** Reads a table; an empty or foreign buffer gives a reader that knows no word. */
export function readCollocations(buf: Buffer): CollocationReader {
  if (!tableCounts(buf)) return { word: () => undefined, pair: () => undefined };
  const nWords = buf.readUInt32LE(8);
  const nPairs = buf.readUInt32LE(12);
  // Typed array views need 4-byte alignment, which a Buffer from Node's pool may lack.
  const aligned = buf.byteOffset % 4 ? Buffer.from(buf) : buf;
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES, nWords);
  const keys = new Uint32Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES + 4 * nWords, nPairs);
  const wordProbs = new Int8Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES + 4 * (nWords + nPairs), nWords);
  const scores = new Int8Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES + 5 * nWords + 4 * nPairs, 2 * nPairs);
  const word = (w: string): number | undefined => {
    const i = indexOfKey(words, hashString(w));
    return i < 0 ? undefined : wordProbs[i]! / 10;
  };
  return {
    word,
    pair(first, second) {
      if (word(first) === undefined || word(second) === undefined) return undefined;
      const i = indexOfKey(keys, hashString(`${first} ${second}`));
      return i < 0 ? null : { logProb: scores[i]! / 10, pmi: scores[nPairs + i]! / 10 };
    },
  };
}
