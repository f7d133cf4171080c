/**
 * Puts results that finish out of order back into input order. The window bounds how far ahead
 * of the oldest unfinished item work may start, so memory stays bounded however slow one item is.
 */
export class ReorderBuffer<T> {
  private next = 0;
  private readonly held = new Map<number, T>();

  constructor(readonly window: number) {
    if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);
  }

  /** The sequence number the next released value will carry. */
  get released(): number {
    return this.next;
  }

  /** Values waiting for an earlier one. */
  get waiting(): number {
    return this.held.size;
  }

  /** Whether work on `seq` may start without exceeding the window. */
  admits(seq: number): boolean {
    return seq < this.next + this.window;
  }

  /** Records `seq`'s value and returns every value now releasable, in order (possibly none). */
  put(seq: number, value: T): T[] {
    if (!Number.isInteger(seq) || seq < this.next || this.held.has(seq)) throw new RangeError(`sequence number ${seq} was already put`);
    if (!this.admits(seq)) throw new RangeError(`sequence number ${seq} is outside the window (${this.next} + ${this.window})`);
    this.held.set(seq, value);
    const out: T[] = [];
    while (this.held.has(this.next)) {
      out.push(this.held.get(this.next) as T);
      this.held.delete(this.next++);
    }
    return out;
  }
}
