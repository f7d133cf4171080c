import { NON_ASCII, PACKED_MAX, normOf, packWord, type Tokens, type WordInterner } from './tokenize.js';

/**
 * One slot is 8 int32s, two to a cache line: the tokenizer's hash, the key's length, the key's
 * characters packed four to an int (keys of up to 12 ASCII characters, most words), the
 * value's index and two ints summing the value up. A probe then reads one line instead of
 * chasing a string on the heap, which was half the cost of a scan, and a caller that needs only
 * the summary does not follow the value's pointers either.
 */
const STRIDE = 8;
const HASH = 0;
const LEN = 1;
const CHARS = 2;
const VALUE = 5;
const SUMMARY = 6;
/** LEN of an empty slot. */
const FREE = -1;
/** LEN of a key kept as a string (longer than 12 or not ASCII); CHARS then holds its index. */
const STRING_KEY = -2;
/** VALUE of the shared empty value, which most words have. */
const EMPTY_VALUE = -1;

/**
 * A value per distinct word of the texts checked, memoized in an open-addressing table keyed by
 * the tokenizer's hash and checked against the text itself, so a repeated word costs no string.
 * As the tokenizer's interner it hands each word its two summary ints while the text is read.
 */
export class SurfaceCache<V> implements WordInterner {
  private slots = new Int32Array(0);
  private values: V[] = [];
  private strings: string[] = [];
  private size = 0;
  private mask = 0;
  /** Bumped whenever the table starts again, which invalidates value indices handed out before. */
  private generation = 0;
  private readonly packed = new Int32Array(3);

  /**
   * @param compute the value of a normalized word, on a miss
   * @param empty the value most words have, kept out of the value list
   * @param limit slots past which the table starts again, bounding memory in long batches; it
   *   starts again only between texts, so what a text's words were handed stays valid
   * @param summarize two ints a caller gets with the value (the empty value's are -1, -1);
   *   `index` is the value's index for `valueAt`
   */
  constructor(
    private readonly compute: (norm: string) => V,
    private readonly empty: V,
    private readonly limit = 1 << 20,
    private readonly summarize?: (value: V, index: number, into: Int32Array, at: number) => void,
  ) {
    // Small at first: a glossary's examples compile one index per rule, each checking a sentence or two.
    this.reset(1 << 8);
  }

  private reset(capacity: number): void {
    this.slots = new Int32Array(capacity * STRIDE).fill(FREE);
    this.values = [];
    this.strings = [];
    this.size = 0;
    this.mask = capacity - 1;
    this.generation++;
  }

  begin(): number {
    if (this.mask + 1 > this.limit >> 1) this.reset(this.limit >> 1);
    return this.generation;
  }

  word(text: string, start: number, end: number, flags: number, hash: number, p0: number, p1: number, p2: number, out: Int32Array, at: number): void {
    const i = this.find(text, start, end, flags, hash, p0, p1, p2);
    out[at] = this.slots[i + SUMMARY]!;
    out[at + 1] = this.slots[i + SUMMARY + 1]!;
  }

  lookup(tokens: Tokens, t: number): V {
    // Find first: a miss may grow the table, and `this.slots` must be read after that.
    const i = this.findToken(tokens, t);
    return this.valueAt(this.slots[i + VALUE]!);
  }

  /** Every token's two summary ints: those the tokenizer had this cache write, when still valid. */
  summaries(tokens: Tokens): Int32Array {
    const w = tokens.interned;
    if (w && w.interner === this && w.generation === this.generation) return w.ints;
    const out = new Int32Array(2 * tokens.length);
    for (let t = 0; t < tokens.length; t++) {
      const i = this.findToken(tokens, t);
      out[2 * t] = this.slots[i + SUMMARY]!;
      out[2 * t + 1] = this.slots[i + SUMMARY + 1]!;
    }
    return out;
  }

  /** The value at an index `summarize` was given. */
  valueAt(index: number): V {
    return index === EMPTY_VALUE ? this.empty : this.values[index]!;
  }

  private findToken(tokens: Tokens, t: number): number {
    const start = tokens.starts[t]!;
    const end = tokens.ends[t]!;
    const flags = tokens.flags[t]!;
    const p = this.packed;
    if ((flags & NON_ASCII) === 0 && end - start <= PACKED_MAX) packWord(tokens.text, start, end - start, p);
    return this.find(tokens.text, start, end, flags, tokens.hashes[t]!, p[0]!, p[1]!, p[2]!);
  }

  /** The offset of the word's slot, computing and inserting its value on a miss. */
  private find(text: string, start: number, end: number, flags: number, h: number, p0: number, p1: number, p2: number): number {
    const len = end - start;
    const packed = (flags & NON_ASCII) === 0 && len <= PACKED_MAX;
    const slots = this.slots;
    let s = h & this.mask;
    for (;; s = (s + 1) & this.mask) {
      const i = s * STRIDE;
      const keyLen = slots[i + LEN]!;
      if (keyLen === FREE) break;
      if (slots[i + HASH] !== h) continue;
      const hit = packed
        ? keyLen === len && slots[i + CHARS] === p0 && slots[i + CHARS + 1] === p1 && slots[i + CHARS + 2] === p2
        : keyLen === STRING_KEY && this.sameString(slots[i + CHARS]!, text, start, end, flags);
      if (hit) return i;
    }
    const norm = normOf(text, start, end, flags);
    const value = this.compute(norm);
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    s = h & this.mask;
    while (this.slots[s * STRIDE + LEN] !== FREE) s = (s + 1) & this.mask;
    const i = s * STRIDE;
    const into = this.slots;
    into[i + HASH] = h;
    if (packed) {
      into[i + LEN] = len;
      into[i + CHARS] = p0;
      into[i + CHARS + 1] = p1;
      into[i + CHARS + 2] = p2;
    } else {
      into[i + LEN] = STRING_KEY;
      into[i + CHARS] = this.strings.push(norm) - 1;
    }
    if (value === this.empty) into[i + VALUE] = EMPTY_VALUE;
    else {
      const index = (into[i + VALUE] = this.values.push(value) - 1);
      this.summarize?.(value, index, into, i + SUMMARY);
    }
    this.size++;
    return i;
  }

  private sameString(at: number, text: string, start: number, end: number, flags: number): boolean {
    const key = this.strings[at]!;
    if ((flags & NON_ASCII) !== 0) return key === normOf(text, start, end, flags);
    // A long ASCII word: compare with the text, lower-cased, without making a string.
    if (end - start !== key.length) return false;
    for (let k = 0; k < key.length; k++) {
      let c = text.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Doubles the table; past the limit too, within a text (`begin` starts it again before the next). */
  private grow(): void {
    const capacity = this.mask + 1;
    const old = this.slots;
    this.slots = new Int32Array(capacity * 2 * STRIDE).fill(FREE);
    this.mask = capacity * 2 - 1;
    for (let i = 0; i < old.length; i += STRIDE) {
      if (old[i + LEN] === FREE) continue;
      let s = old[i + HASH]! & this.mask;
      while (this.slots[s * STRIDE + LEN] !== FREE) s = (s + 1) & this.mask;
      this.slots.set(old.subarray(i, i + STRIDE), s * STRIDE);
    }
  }
}
