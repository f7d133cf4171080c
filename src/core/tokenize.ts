import { isJoiner, normalizeWord } from './normalize.js';
import type { Token } from './types.js';

export const BREAK_BEFORE = 1;
export const SENTENCE_START = 2;
/** The token holds upper-case or non-ASCII characters: its normalized form differs from its text. */
export const NEEDS_NORMALIZING = 4;
export const NON_ASCII = 8;

/**
 * Turns each word into two ints as the tokenizer meets it (the compiled index's surface cache
 * does), so a scan reads the text once: no second pass looks every word up again.
 */
export interface WordInterner {
  /** Called before a text's first word; returns a number that changes whenever earlier ints stop being valid. */
  begin(): number;
  /**
   * Writes the ints of the word text[start, end) to out[at] and out[at + 1]. `hash` is its
   * tokenizer hash; for an ASCII word (flags without NON_ASCII) p0..p2 hold its lower-cased
   * characters as `packWord` packs them.
   */
  word(text: string, start: number, end: number, flags: number, hash: number, p0: number, p1: number, p2: number, out: Int32Array, at: number): void;
}

/** What an interner wrote for a text: two ints per token, valid while the interner's generation holds. */
export interface InternedWords {
  interner: WordInterner;
  generation: number;
  ints: Int32Array;
}

/** The normalized form of the word text[start, end) with tokenizer flags `flags`. */
export function normOf(text: string, start: number, end: number, flags: number): string {
  const raw = text.slice(start, end);
  return flags & NEEDS_NORMALIZING ? normalizeWord(raw) : raw;
}

/**
 * The tokens of one text as parallel typed arrays, plus a hash of each normalized word. Batches
 * tokenize millions of words; one object or string per word would spend the scan in the
 * garbage collector, so normalized strings are made only when something asks for them.
 */
export class Tokens {
  /** Made on first use: most tokens are never asked for their normalized string. */
  private normCache: Map<number, string> | undefined;

  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly flags: Uint8Array,
    /** FNV-1a of the normalized word, as a signed int: an unsigned one above 2^31 would be boxed on every store. */
    readonly hashes: Int32Array,
    /** Present when an interner saw the words as they were tokenized. */
    readonly interned?: InternedWords,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  breakBefore(i: number): boolean {
    return (this.flags[i]! & BREAK_BEFORE) !== 0;
  }

  sentenceStart(i: number): boolean {
    return (this.flags[i]! & SENTENCE_START) !== 0;
  }

  /** NFC, lower-cased, apostrophes unified. */
  norm(i: number): string {
    const cache = (this.normCache ??= new Map());
    let s = cache.get(i);
    if (s === undefined) {
      s = normOf(this.text, this.starts[i]!, this.ends[i]!, this.flags[i]!);
      cache.set(i, s);
    }
    return s;
  }

  norms(first = 0, last = this.length - 1): string[] {
    const out: string[] = [];
    for (let i = first; i <= last; i++) out.push(this.norm(i));
    return out;
  }

  at(i: number): Token {
    return { start: this.starts[i]!, end: this.ends[i]!, norm: this.norm(i), breakBefore: this.breakBefore(i), sentenceStart: this.sentenceStart(i) };
  }

  toArray(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }
}

/** Longest ASCII word whose characters `packWord` keeps whole. */
export const PACKED_MAX = 12;

/**
 * Lower-cased ASCII characters of text[start, start + len), len <= PACKED_MAX, four to an
 * int: character k goes to int k >> 2 at byte k & 3, as the tokenizer packs them.
 */
export function packWord(text: string, start: number, len: number, into: Int32Array): void {
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  for (let k = 0; k < len; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    const shifted = c << ((k & 3) << 3);
    if (k < 4) p0 |= shifted;
    else if (k < 8) p1 |= shifted;
    else p2 |= shifted;
  }
  into[0] = p0;
  into[1] = p1;
  into[2] = p2;
}

/** 1 = lower-case letter or digit, 2 = upper-case letter. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 2;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const nonAsciiWord = new Map<number, boolean>();

/** Length in UTF-16 units of the word character at i, or 0 when it is not one. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i)!;
  let ok = nonAsciiWord.get(cp);
  if (ok === undefined) {
    ok = WORD_CHAR.test(String.fromCodePoint(cp));
    nonAsciiWord.set(cp, ok);
  }
  return ok ? (cp > 0xffff ? 2 : 1) : 0;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x02bc;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] !== 0 && !(c >= 48 && c <= 57);
  if (Number.isNaN(c)) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Abbreviations such as "U.S." stay one token so their dots do not end a sentence. */
function abbreviationEnd(text: string, i: number): number {
  let j = i;
  let n = 0;
  while (isLetterAt(text, j) && text.charCodeAt(j + 1) === 46) {
    if (j > i && wordCharLength(text, j - 1)) break;
    j += (text.codePointAt(j)! > 0xffff ? 2 : 1) + 1;
    n++;
  }
  return n >= 2 && !wordCharLength(text, j) ? j : -1;
}

/** Titles and abbreviations whose dot does not end a sentence ("Mr. Smith", "No. 10"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen sen rep gov lt col sgt capt maj cmdr adm prof jr sr inc co corp ltd vs etc no nos vol fig approx dept est jan feb mar apr aug sept sep oct nov dec'.split(' '),
);

/** A dot at k ends a sentence unless it sits inside a number ("3.5") or follows a title. */
function endsSentence(text: string, k: number, prevEnd: number, prevStart: number): boolean {
  const next = text.charCodeAt(k + 1);
  if (next >= 48 && next <= 57 && k === prevEnd) return false;
  if (k === prevEnd && k - prevStart <= 5 && ABBREVIATIONS.has(text.slice(prevStart, k).toLowerCase())) return false;
  return true;
}

/** FNV-1a over UTF-16 code units; the surface cache in the compiled index is keyed by it. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * One hand-written pass. Internal apostrophes stay inside the word ("restriction's"); a
 * trailing apostrophe after s is a plural possessive ("groups'"); a single hyphen between
 * words joins them like a space; other punctuation or a blank line is a break. With an
 * interner, each word is also interned as it is read (see WordInterner).
 */
export function tokenize(text: string, interner?: WordInterner): Tokens {
  const n = text.length;
  // English averages about one token per five characters; sized so one batch rarely grows.
  let cap = Math.max(16, (n >> 2) + 16);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let hashes = new Int32Array(cap);
  let ints = interner ? new Int32Array(2 * cap) : undefined;
  const generation = interner ? interner.begin() : 0;
  let count = 0;
  let prevEnd = -1;
  let i = 0;
  // What the characters since the last word say about the next one (see gapFlags).
  let newlines = 0;
  let joiners = 0;
  let gap = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? ASCII_WORD[c0] === 0 : !wordCharLength(text, i)) {
      // The characters between two words, read once: spaces and one joining hyphen keep a phrase together.
      if (c0 !== 32 && prevEnd >= 0) {
        if (c0 === 10) newlines++;
        else if (c0 === 9 || c0 === 0xa0 || c0 === 13) {
          // blank
        } else if (isJoiner(c0) && joiners === 0) joiners++;
        else {
          gap |= BREAK_BEFORE;
          if (c0 === 33 || c0 === 63 || (c0 === 46 && endsSentence(text, i, ends[count - 1]!, starts[count - 1]!))) gap |= SENTENCE_START;
        }
      }
      i++;
      continue;
    }
    const start = i;
    let f = 0;
    let h = 0x811c9dc5;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    // Only a single letter followed by a dot can start an abbreviation ("U.S.").
    let end = text.charCodeAt(i + 1) === 46 ? abbreviationEnd(text, i) : -1;
    if (end > 0) f |= NEEDS_NORMALIZING | NON_ASCII;
    else {
      while (i < n) {
        let c = text.charCodeAt(i);
        if (c < 128) {
          let k = ASCII_WORD[c]!;
          if (k === 0) {
            if (c !== 39) break;
            // An internal apostrophe continues the word ("restriction's"); one after s ends it ("groups'").
            if (wordCharLength(text, i + 1)) k = 1;
            else {
              const p = text.charCodeAt(i - 1);
              if (p !== 115 && p !== 83) break;
            }
          } else if (k === 2) {
            c += 32;
            f |= NEEDS_NORMALIZING;
          }
          h = Math.imul(h ^ c, 0x01000193);
          const pos = i - start;
          if (pos < 4) p0 |= c << (pos << 3);
          else if (pos < 8) p1 |= c << ((pos - 4) << 3);
          else if (pos < PACKED_MAX) p2 |= c << ((pos - 8) << 3);
          i++;
          if (k === 0) break;
          continue;
        }
        const w = wordCharLength(text, i);
        if (w) {
          f |= NEEDS_NORMALIZING | NON_ASCII;
          i += w;
          continue;
        }
        if (isApostrophe(c) && wordCharLength(text, i + 1)) {
          f |= NEEDS_NORMALIZING | NON_ASCII;
          i++;
          continue;
        }
        if (isApostrophe(c) && c !== 0x02bc) {
          const p = text.charCodeAt(i - 1);
          if (p === 115 || p === 83) {
            f |= NEEDS_NORMALIZING | NON_ASCII;
            i++;
          }
        }
        break;
      }
      end = i;
    }
    i = end;
    if (prevEnd < 0) f |= BREAK_BEFORE | SENTENCE_START;
    else {
      f |= gap;
      if (newlines >= 2) f |= BREAK_BEFORE | SENTENCE_START;
    }
    newlines = 0;
    joiners = 0;
    gap = 0;
    if (count === cap) {
      cap *= 2;
      starts = grow(starts, new Int32Array(cap));
      ends = grow(ends, new Int32Array(cap));
      flags = grow(flags, new Uint8Array(cap));
      hashes = grow(hashes, new Int32Array(cap));
      if (ints) ints = grow(ints, new Int32Array(2 * cap));
    }
    if (f & NON_ASCII) h = hashString(normalizeWord(text.slice(start, end))) | 0;
    starts[count] = start;
    ends[count] = end;
    flags[count] = f;
    hashes[count] = h;
    if (interner) interner.word(text, start, end, f, h, p0, p1, p2, ints!, 2 * count);
    count++;
    prevEnd = end;
  }
  const interned = interner ? { interner, generation, ints: ints!.subarray(0, 2 * count) } : undefined;
  return new Tokens(text, starts.subarray(0, count), ends.subarray(0, count), flags.subarray(0, count), hashes.subarray(0, count), interned);
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
