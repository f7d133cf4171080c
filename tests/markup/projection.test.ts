import { describe, expect, it } from 'vitest';
import { align } from '../../src/markup/align.js';
import { ProjectionBuilder, toSource } from '../../src/markup/projection.js';

describe('projection', () => {
  //            0123456789012345678
  const src = 'ab &amp; cd **ef**\ngh';
  const blockA = {};
  const blockB = {};
  const b = new ProjectionBuilder(src);
  b.add(0, 3, 'ab ', blockA);
  b.add(3, 8, '&', blockA);
  b.add(8, 11, ' cd', blockA);
  b.add(14, 16, 'ef', blockA);
  b.add(19, 21, 'gh', blockB);
  const p = b.build();

  it('copies adjacent pieces and separates the rest with breaks', () => {
    expect(p.view).toBe('ab & cd | ef\n\ngh');
  });

  it('maps verbatim offsets one to one and an atomic piece to its whole source range', () => {
    expect(toSource(p, 0, 2)).toEqual([0, 2]);
    expect(toSource(p, 3, 4)).toEqual([3, 8]);
    expect(toSource(p, 0, 7)).toEqual([0, 11]);
    expect(toSource(p, 5, 7)).toEqual([9, 11]);
    expect(toSource(p, 10, 12)).toEqual([14, 16]);
    expect(toSource(p, 14, 16)).toEqual([19, 21]);
  });

  it('refuses ranges that touch a separator or cross to a piece not joined in the source', () => {
    expect(toSource(p, 5, 12)).toBeUndefined();
    expect(toSource(p, 8, 9)).toBeUndefined();
    expect(toSource(p, 10, 16)).toBeUndefined();
    expect(toSource(p, 3, 3)).toBeUndefined();
  });

  it('copies whitespace the parser dropped between pieces of one block, so phrases still join', () => {
    const s = 'one\n   two';
    const q = new ProjectionBuilder(s);
    const blk = {};
    q.add(0, 4, 'one\n', blk);
    q.add(7, 10, 'two', blk);
    const r = q.build();
    expect(r.view).toBe('one\n   two');
    expect(toSource(r, 0, r.view.length)).toEqual([0, 10]);
  });
});

describe('align', () => {
  const pieces = (value: string, source: string, escapes = false) => align(value, source, 0, source.length, { escapes }).map((x) => [value.slice(x.v0, x.v1), source.slice(x.s0, x.s1)]);

  it('separates named, numeric and legacy references from verbatim runs', () => {
    expect(pieces('AT&T ©2024 ¬it; ’', 'AT&amp;T &copy2024 &notit; &#x2019;')).toEqual([
      ['AT', 'AT'],
      ['&', '&amp;'],
      ['T ', 'T '],
      ['©', '&copy'],
      ['2024 ', '2024 '],
      ['¬', '&not'],
      ['it; ', 'it; '],
      ['’', '&#x2019;'],
    ]);
  });

  it('keeps a literal ampersand verbatim', () => {
    expect(pieces('R&D & co &bogus;', 'R&D & co &bogus;')).toEqual([['R&D & co &bogus;', 'R&D & co &bogus;']]);
  });

  it('reads Markdown escapes and skips dropped indentation and quote markers', () => {
    expect(pieces('a*b\nc\nd', 'a\\*b\n   c\n> d', true)).toEqual([
      ['a', 'a'],
      ['*', '\\*'],
      ['b\n', 'b\n'],
      ['c\n', 'c\n'],
      ['d', 'd'],
    ]);
  });

  it('skips a NUL the HTML parser dropped', () => {
    expect(pieces('ab', 'a\0b')).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
  });

  it('stops rather than guessing when value and source disagree', () => {
    expect(pieces('abc xyz', 'abc qrs')).toEqual([['abc ', 'abc ']]);
  });
});
