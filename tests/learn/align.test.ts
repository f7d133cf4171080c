import { describe, expect, it } from 'vitest';
import { alignRange, alignTexts, type Alignment } from '../../src/learn/align.js';
import { tokenize } from '../../src/core/tokenize.js';

/** Each change as "original words → spun words", read back from the texts by the offsets. */
function changes(al: Alignment): string[] {
  return al.pairs.flatMap((p) =>
    p.segments
      .filter((s) => !s.equal)
      .map((s) => {
        const side = (t: typeof al.orig, [a, b]: [number, number]) => (b > a ? t.text.slice(t.starts[a]!, t.ends[b - 1]!) : '');
        return `${side(al.orig, s.orig)} → ${side(al.spun, s.spun)}`;
      }),
  );
}

const P1 = 'Rebel groups attacked the northern town of Kafr Nabl on Monday, officials said.';
const P2 = 'The talks will resume next week in Geneva, a spokesman for the envoy said.';
const P3 = 'Aid agencies warned that thousands of families had fled to the border.';
const S1 = 'Renegade gatherings attacked the northern town of Kafr Nabl on Monday, officials stated.';
const S3 = 'Help offices warned that thousands of families had fled to the border.';

describe('alignTexts', () => {
  it('pairs paragraphs the spinner reordered and finds the swaps inside each', () => {
    const al = alignTexts([P1, P2, P3].join('\n\n'), [S3, P2, S1].join('\n\n'));
    expect(al.pairs.map((p) => [p.orig, p.spun])).toEqual([
      [2, 0],
      [1, 1],
      [0, 2],
    ]);
    expect(changes(al)).toEqual(['Aid agencies → Help offices', 'Rebel groups → Renegade gatherings', 'said → stated']);
    expect(al.dropped).toEqual([]);
    expect(al.added).toEqual([]);
  });

  it('a single diff over the reordered text would not see the same swaps', () => {
    // The reason paragraphs are matched first: one word-level diff over the whole texts pairs the moved paragraphs against each other.
    const orig = tokenize([P1, P2, P3].join('\n\n'));
    const spun = tokenize([S3, P2, S1].join('\n\n'));
    const whole = alignRange(orig, spun, [0, orig.length], [0, spun.length]).filter((s) => !s.equal);
    const text = (t: typeof orig, [a, b]: [number, number]) => (b > a ? t.text.slice(t.starts[a]!, t.ends[b - 1]!) : '');
    expect(whole.map((s) => `${text(orig, s.orig)} → ${text(spun, s.spun)}`)).not.toContain('Rebel groups → Renegade gatherings');
  });

  it('reports dropped and added paragraphs and aligns the rest', () => {
    const extra = 'Bread prices rose sharply in the capital as the fighting cut supply routes.';
    const added = 'Subscribe to our newsletter for more stories like this one every morning.';
    const al = alignTexts([P1, extra, P3].join('\n\n'), [S1, added, S3].join('\n\n'));
    expect(al.dropped).toEqual([1]);
    expect(al.added).toEqual([1]);
    expect(changes(al)).toEqual(['Rebel groups → Renegade gatherings', 'said → stated', 'Aid agencies → Help offices']);
  });

  it('gives absolute offsets into both texts', () => {
    const orig = `${P2}\n\n${P1}`;
    const spun = `${P2}\n\n${S1}`;
    const al = alignTexts(orig, spun);
    const seg = al.pairs[1]!.segments.find((s) => !s.equal)!;
    expect(orig.slice(al.orig.starts[seg.orig[0]]!, al.orig.ends[seg.orig[1] - 1]!)).toBe('Rebel groups');
    expect(al.orig.starts[seg.orig[0]]).toBe(P2.length + 2);
    expect(spun.slice(al.spun.starts[seg.spun[0]]!, al.spun.ends[seg.spun[1] - 1]!)).toBe('Renegade gatherings');
  });

  it('keeps a many-to-many idiom whole across the function words the two sides share', () => {
    const al = alignTexts('Schools will stay closed in order to protect pupils.', 'Schools will stay closed keeping in mind the end goal to protect pupils.');
    expect(changes(al)).toEqual(['in order → keeping in mind the end goal']);
  });

  it('does not glue a word-for-word swap to a neighbouring idiom, nor run a change over a sentence end', () => {
    const a = alignTexts('Aid agencies have repeatedly warned of famine.', 'Help offices have over and over warned of famine.');
    expect(changes(a)).toEqual(['Aid agencies → Help offices', 'repeatedly → over and over']);
    const b = alignTexts('The model links nodes. However, it is slow.', 'The model links hubs. Be that as it may, it is slow.');
    expect(changes(b)[0]).toBe('nodes → hubs');
    expect(changes(b).slice(1).every((c) => c.startsWith('However'))).toBe(true);
  });
});

describe('alignTexts edges', () => {
  it('leaves words both sides of a glued change share outside it', () => {
    const al = alignTexts('Meanwhile, the Bundesrat is due to vote.', 'In the mean time, the Bundesrat is due to vote.');
    expect(changes(al)).toEqual(['Meanwhile → In the mean time']);
    // The segments still cover both paragraphs end to end.
    const segs = al.pairs[0]!.segments;
    expect(segs[0]!.orig[0]).toBe(0);
    expect(segs.at(-1)!.orig[1]).toBe(al.orig.length);
    for (let i = 1; i < segs.length; i++) expect([segs[i]!.orig[0], segs[i]!.spun[0]]).toEqual([segs[i - 1]!.orig[1], segs[i - 1]!.spun[1]]);
  });
});
