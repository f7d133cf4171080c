import { NON_ASCII, type Tokens } from './tokenize.js';

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
const PACKED_MAX = 12;
/** LEN of an empty slot. */
const FREE = -1;
/** LEN of a key kept as a string (longer than 12 or not ASCII); CHARS then holds its index. */
const STRING_KEY = -2;
/** VALUE of the shared empty value, which most words have. */
const EMPTY_VALUE = -1;

/**
 * A value per distinct word of the texts checked, memoized in an open-addressing table keyed by
 * the tokenizer's hash and checked against the text itself, so a repeated word costs no string.
 */
export class SurfaceCache<V> {
  private slots = new Int32Array(0);
  private values: V[] = [];
  private strings: string[] = [];
  private size = 0;
  private mask = 0;
  private p0 = 0;
  private p1 = 0;
  private p2 = 0;

  /**
   * @param compute the value of a normalized word, on a miss
   * @param empty the value most words have, kept out of the value list
   * @param limit slots past which the table starts again, bounding memory in long batches
   * @param summarize two ints a caller of `lookupInto` gets with the value (the empty value's are -1, -1)
   */
  constructor(
    private readonly compute: (norm: string) => V,
    private readonly empty: V,
    private readonly limit = 1 << 20,
    private readonly summarize?: (value: V, into: Int32Array, at: number) => void,
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
  }

  lookup(tokens: Tokens, t: number): V {
    return this.valueAt(this.find(tokens, t));
  }

  /** The value, and its two summary ints written to `into[at]` and `into[at + 1]`. */
  lookupInto(tokens: Tokens, t: number, into: Int32Array, at: number): V {
    const i = this.find(tokens, t);
    into[at] = this.slots[i + SUMMARY]!;
    into[at + 1] = this.slots[i + SUMMARY + 1]!;
    return this.valueAt(i);
  }

  private valueAt(i: number): V {
    const v = this.slots[i + VALUE]!;
    return v === EMPTY_VALUE ? this.empty : this.values[v]!;
  }

  /** The offset of token t's slot, computing and inserting its value on a miss. */
  private find(tokens: Tokens, t: number): number {
    const h = tokens.hashes[t]! | 0;
    const start = tokens.starts[t]!;
    const len = tokens.ends[t]! - start;
    const packed = (tokens.flags[t]! & NON_ASCII) === 0 && len <= PACKED_MAX;
    if (packed) this.pack(tokens.text, start, len);
    const slots = this.slots;
    let s = h & this.mask;
    for (;; s = (s + 1) & this.mask) {
      const i = s * STRIDE;
      const keyLen = slots[i + LEN]!;
      if (keyLen === FREE) break;
      if (slots[i + HASH] !== h) continue;
      const hit = packed
        ? keyLen === len && slots[i + CHARS] === this.p0 && slots[i + CHARS + 1] === this.p1 && slots[i + CHARS + 2] === this.p2
        : keyLen === STRING_KEY && this.sameString(slots[i + CHARS]!, tokens, t);
      if (hit) return i;
    }
    const norm = tokens.norm(t);
    const value = this.compute(norm);
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    return this.insert(h, packed ? len : STRING_KEY, packed ? -1 : this.strings.push(norm) - 1, value);
  }

  /** Lower-cased ASCII characters of the token, four to an int, into p0..p2. */
  private pack(text: string, start: number, len: number): void {
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
    this.p0 = p0;
    this.p1 = p1;
    this.p2 = p2;
  }

  private sameString(at: number, tokens: Tokens, t: number): boolean {
    const key = this.strings[at]!;
    if ((tokens.flags[t]! & NON_ASCII) !== 0) return key === tokens.norm(t);
    // A long ASCII word: compare with the text, lower-cased, without making a string.
    const s = tokens.starts[t]!;
    if (tokens.ends[t]! - s !== key.length) return false;
    for (let k = 0; k < key.length; k++) {
      let c = tokens.text.charCodeAt(s + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(k)) return false;
    }
    return true;
  }

  /** `stringAt` is the key's index in `strings` for a string key; the packed key is in p0..p2. Returns the slot's offset. */
  private insert(h: number, len: number, stringAt: number, value: V): number {
    const slots = this.slots;
    let s = h & this.mask;
    while (slots[s * STRIDE + LEN] !== FREE) s = (s + 1) & this.mask;
    const i = s * STRIDE;
    slots[i + HASH] = h;
    slots[i + LEN] = len;
    if (len === STRING_KEY) slots[i + CHARS] = stringAt;
    else {
      slots[i + CHARS] = this.p0;
      slots[i + CHARS + 1] = this.p1;
      slots[i + CHARS + 2] = this.p2;
    }
    slots[i + VALUE] = value === this.empty ? EMPTY_VALUE : this.values.push(value) - 1;
    if (value !== this.empty && this.summarize) this.summarize(value, slots, i + SUMMARY);
    this.size++;
    return i;
  }

  private grow(): void {
    const capacity = this.mask + 1;
    if (capacity * 2 > this.limit) {
      this.reset(capacity);
      return;
    }
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
