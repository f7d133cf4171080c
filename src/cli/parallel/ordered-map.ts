import { ReorderBuffer } from './reorder.js';

/**
 * Runs `run` over `source` with up to `window` items in flight or waiting, and yields the
 * results in source order as soon as each is next in line. The source is pulled only when the
 * window has room, and nothing is pulled while the consumer is busy, so memory is bounded by
 * the window whatever the number of items (backpressure both ways).
 */
export async function* orderedMap<I, O>(source: AsyncIterable<I>, run: (item: I, seq: number) => Promise<O>, window: number): AsyncGenerator<O> {
  const buffer = new ReorderBuffer<O>(window);
  const it = source[Symbol.asyncIterator]();
  const ready: O[] = [];
  let started = 0;
  let yielded = 0;
  // Counted up to the consumer, not to release, so results waiting in `ready` use the window too.
  const room = (): boolean => started - yielded < window;
  let exhausted = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const settle = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  try {
    for (;;) {
      while (!exhausted && !failure && room()) {
        const n = await it.next();
        if (n.done) {
          exhausted = true;
          break;
        }
        const seq = started++;
        run(n.value, seq).then(
          (v) => {
            ready.push(...buffer.put(seq, v));
            settle();
          },
          (error: unknown) => {
            failure ??= { error };
            settle();
          },
        );
      }
      if (failure) throw failure.error;
      while (ready.length) {
        yielded++;
        yield ready.shift() as O;
      }
      if (exhausted && yielded === started) return;
      if (!failure && (exhausted || !room())) await new Promise<void>((r) => (wake = r));
    }
  } finally {
    await it.return?.();
  }
}
