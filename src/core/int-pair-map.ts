/**
 * A hash map from a pair of small non-negative integers (trie node, word id) to a node, in
 * typed arrays. A JS Map keyed by node * 2^21 + id would box most keys as heap numbers.
 */
/** An IntPairMap's table as plain typed arrays, for a cache. */
export interface IntPairMapData {
  a: Int32Array;
  b: Int32Array;
  v: Int32Array;
  size: number;
}

export class IntPairMap {
  private a: Int32Array;
  private b: Int32Array;
  private v: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.v = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private static slot(a: number, b: number, mask: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & mask;
  }

  get(a: number, b: number): number {
    const mask = this.mask;
    let s = IntPairMap.slot(a, b, mask);
    for (;;) {
      const k = this.a[s]!;
      if (k === -1) return -1;
      if (k === a && this.b[s] === b) return this.v[s]!;
      s = (s + 1) & mask;
    }
  }

  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.a.length) this.grow();
    const mask = this.mask;
    let s = IntPairMap.slot(a, b, mask);
    while (this.a[s] !== -1) {
      if (this.a[s] === a && this.b[s] === b) {
        this.v[s] = value;
        return;
      }
      s = (s + 1) & mask;
    }
    this.a[s] = a;
    this.b[s] = b;
    this.v[s] = value;
    this.size++;
  }

  toData(): IntPairMapData {
    return { a: this.a, b: this.b, v: this.v, size: this.size };
  }

  static fromData(d: IntPairMapData): IntPairMap {
    const m = new IntPairMap(0);
    m.a = d.a;
    m.b = d.b;
    m.v = d.v;
    m.mask = d.a.length - 1;
    m.size = d.size;
    return m;
  }

  private grow(): void {
    const { a, b, v } = this;
    const cap = a.length * 2;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.v = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== -1) this.set(a[i]!, b[i]!, v[i]!);
  }
}
