import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/cli/parallel/ordered-map.js';
import { ReorderBuffer } from '../../src/cli/parallel/reorder.js';

describe('ReorderBuffer', () => {
  it('holds values that finish early and releases runs in sequence order', () => {
    const b = new ReorderBuffer<string>(4);
    expect(b.put(2, 'c')).toEqual([]);
    expect(b.put(1, 'b')).toEqual([]);
    expect(b.waiting).toBe(2);
    expect(b.put(0, 'a')).toEqual(['a', 'b', 'c']);
    expect(b.released).toBe(3);
    expect(b.put(3, 'd')).toEqual(['d']);
    expect(b.waiting).toBe(0);
  });

  it('admits work only within the window past the oldest unreleased value', () => {
    const b = new ReorderBuffer<number>(2);
    expect(b.admits(1)).toBe(true);
    expect(b.admits(2)).toBe(false);
    expect(() => b.put(2, 2)).toThrow(/outside the window/);
    b.put(1, 1);
    expect(b.admits(2)).toBe(false);
    b.put(0, 0);
    expect(b.admits(3)).toBe(true);
  });

  it('refuses a sequence number twice and a window below 1', () => {
    const b = new ReorderBuffer<number>(3);
    b.put(1, 1);
    expect(() => b.put(1, 1)).toThrow(/already put/);
    b.put(0, 0);
    expect(() => b.put(0, 0)).toThrow(/already put/);
    expect(() => new ReorderBuffer(0)).toThrow(RangeError);
  });

  it('releases every permutation of arrivals in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 40 }).map((a) => a.map((_, i) => i)), fc.infiniteStream(fc.nat()), (seqs, picks) => {
        // A random arrival order: shuffle deterministically from the stream.
        const order = [...seqs];
        const it = picks[Symbol.iterator]();
        for (let i = order.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const b = new ReorderBuffer<number>(order.length);
        const out = order.flatMap((s) => b.put(s, s));
        expect(out).toEqual(seqs);
      }),
    );
  });
});

async function* items(n: number, pulled: number[]): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    pulled.push(i);
    yield i;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('orderedMap', () => {
  it('yields results in input order whatever order they finish in', async () => {
    const delays = [30, 1, 20, 5, 0, 12, 3, 25, 8, 2];
    const out: number[] = [];
    for await (const v of orderedMap(items(delays.length, []), async (i) => (await sleep(delays[i]!), i * 10), 4)) out.push(v);
    expect(out).toEqual(delays.map((_, i) => i * 10));
  });

  it('never has more than the window in flight or waiting, and pulls input only when there is room', async () => {
    const pulled: number[] = [];
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    const gen = orderedMap(
      items(50, pulled),
      async (i) => {
        peak = Math.max(peak, ++inFlight);
        await sleep(i % 7);
        inFlight--;
        return i;
      },
      3,
    );
    for await (const v of gen) {
      seen.push(v);
      // Started but not yet consumed: at most the window.
      expect(pulled.length - seen.length).toBeLessThanOrEqual(3);
      await sleep(1);
    }
    expect(seen).toEqual([...Array(50).keys()]);
    expect(peak).toBeLessThanOrEqual(3);
  });

  it('does not start new work while the consumer is slow', async () => {
    const pulled: number[] = [];
    const gen = orderedMap(items(100, pulled), async (i) => i, 5);
    await gen.next();
    await sleep(20);
    expect(pulled.length).toBeLessThanOrEqual(6);
    await gen.return(undefined);
  });

  it('surfaces a rejected task as an error instead of hanging', async () => {
    const run = orderedMap(items(10, []), async (i) => {
      if (i === 4) throw new Error('boom');
      return i;
    }, 3);
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const v of run) got.push(v);
      })(),
    ).rejects.toThrow('boom');
    expect(got).toEqual(got.slice().sort((a, b) => a - b));
    expect(got.every((v) => v < 4)).toBe(true);
  });

  it('handles an empty source', async () => {
    const out: number[] = [];
    for await (const v of orderedMap(items(0, []), async (i) => i, 2)) out.push(v);
    expect(out).toEqual([]);
  });
});
