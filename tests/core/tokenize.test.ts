import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';
import { LineIndex } from '../../src/core/lines.js';

describe('tokenize', () => {
  it('keeps absolute offsets and normalizes only for matching', () => {
    const text = 'The Restriction’s  main\nbody.';
    const toks = tokenize(text).toArray();
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['The', 'Restriction’s', 'main', 'body']);
    expect(toks.map((t) => t.norm)).toEqual(['the', "restriction's", 'main', 'body']);
  });

  it('treats a joining hyphen like a space and other punctuation as a break', () => {
    const toks = tokenize('non-military, personnel').toArray();
    expect(toks.map((t) => t.norm)).toEqual(['non', 'military', 'personnel']);
    expect(toks.map((t) => t.breakBefore)).toEqual([true, false, true]);
  });

  it('marks sentence starts after . ! ? and paragraph breaks, not after abbreviations', () => {
    const toks = tokenize('He left. She came! The U.S. Army\n\nnext').toArray();
    expect(toks.filter((t) => t.sentenceStart).map((t) => t.norm)).toEqual(['he', 'she', 'the', 'next']);
  });

  it('keeps a plural possessive apostrophe and composes NFC', () => {
    const decomposed = 'Cafe\u0301 groups\u2019 rise';
    expect(tokenize(decomposed).toArray().map((t) => t.norm)).toEqual(['café', "groups'", 'rise']);
  });

  it('handles astral characters without splitting surrogate pairs', () => {
    const text = '𝒜lpha 😀 beta';
    const toks = tokenize(text).toArray();
    for (const t of toks) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['𝒜lpha', 'beta']);
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns across LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\nef\rgh';
    const li = new LineIndex(text);
    expect(li.position(0)).toEqual({ line: 1, column: 1 });
    expect(li.position(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(li.position(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(li.position(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });
});

describe('sentence starts', () => {
  it('are not made by decimal points or titles', () => {
    const toks = tokenize('Rates rose 3.5 percent. Mr. Smith said so. Dr. Jones agreed.').toArray();
    expect(toks.filter((t) => t.sentenceStart).map((t) => t.norm)).toEqual(['rates', 'mr', 'dr']);
  });
});
