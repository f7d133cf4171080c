import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurfaceCache } from '../../src/core/surface-cache.js';
import { Tokens, tokenize } from '../../src/core/tokenize.js';

/** A cache whose value is the normalized word itself, counting computations. */
function echo(limit?: number): { cache: SurfaceCache<string>; computed: string[] } {
  const computed: string[] = [];
  const cache = new SurfaceCache<string>((norm) => (computed.push(norm), norm.startsWith('q') ? '' : norm), '', limit);
  return { cache, computed };
}

describe('SurfaceCache', () => {
  it('returns each word its own value, case-insensitively, computing each distinct word once', () => {
    const text = 'Rebel rebel REBEL group Naïve naïve U.S. u.s. internationalization Internationalization internationalisation quiet';
    const tokens = tokenize(text);
    const { cache, computed } = echo();
    for (let t = 0; t < tokens.length; t++) expect(cache.lookup(tokens, t)).toBe(tokens.norm(t).startsWith('q') ? '' : tokens.norm(t));
    for (let t = 0; t < tokens.length; t++) cache.lookup(tokens, t);
    expect(computed).toEqual(['rebel', 'group', 'naïve', 'u.s.', 'internationalization', 'internationalisation', 'quiet']);
  });

  it('returns the right value when a lookup grows the table', () => {
    // 2,000 distinct words grow the 256-slot table several times, each growth during a lookup.
    const words = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}x`);
    const tokens = tokenize(words.join(' '));
    const { cache } = echo();
    for (let t = 0; t < tokens.length; t++) expect(cache.lookup(tokens, t)).toBe(words[t]);
  });

  it('tells apart words whose hashes collide, short, long and non-ASCII alike', () => {
    const words = ['ab', 'ba', 'abcdefghijkl', 'abcdefghijkm', 'abcdefghijklmnop', 'abcdefghijklmnoq', 'café', 'cafe', 'x'];
    const text = words.join(' ');
    const real = tokenize(text);
    // Every token gets the same hash, so every lookup probes past the others.
    const tokens = new Tokens(text, real.starts, real.ends, real.flags, new Int32Array(real.length).fill(7));
    const { cache } = echo();
    for (let round = 0; round < 2; round++) for (let t = 0; t < tokens.length; t++) expect(cache.lookup(tokens, t)).toBe(words[t]);
  });

  it('stays right as it grows and when it starts again at its limit', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z']{1,16}$/), { minLength: 1, maxLength: 600 }), fc.constantFrom(1 << 9, 1 << 20), (words, limit) => {
        const { cache } = echo(limit);
        // Several texts, so a small limit makes the table start again between them.
        for (let from = 0; from < words.length; from += 150) {
          const tokens = tokenize(words.slice(from, from + 150).join(' '), cache);
          for (let t = 0; t < tokens.length; t++) expect(cache.lookup(tokens, t)).toBe(tokens.norm(t).startsWith('q') ? '' : tokens.norm(t));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('hands each word its summary ints as the text is tokenized, across growth and restarts, and -1, -1 for the empty value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^[a-zA-Z']{1,16}$/), fc.constantFrom('Naïve', 'café', 'U.S.', 'groups’', 'internationalization')), { minLength: 1, maxLength: 600 }),
        fc.constantFrom(1 << 9, 1 << 20),
        (words, limit) => {
          // The summary is the word's length and first character code, so a slot mix-up shows.
          const cache = new SurfaceCache<string>((norm) => (norm.startsWith('q') ? '' : norm), '', limit, (v, index, into, at) => {
            into[at] = v.length;
            into[at + 1] = v.charCodeAt(0);
          });
          for (let from = 0; from < words.length; from += 150) {
            const text = words.slice(from, from + 150).join(' ');
            const tokens = tokenize(text, cache);
            const sums = cache.summaries(tokens);
            expect(sums).toBe(tokens.interned!.ints);
            // Tokens made without the cache get the same ints by lookup.
            expect([...cache.summaries(tokenize(text))]).toEqual([...sums]);
            for (let t = 0; t < tokens.length; t++) {
              const norm = tokens.norm(t);
              const empty = norm.startsWith('q');
              expect(cache.lookup(tokens, t)).toBe(empty ? '' : norm);
              expect([sums[2 * t], sums[2 * t + 1]]).toEqual(empty ? [-1, -1] : [norm.length, norm.charCodeAt(0)]);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds a word interned by the tokenizer again by lookup, without computing it twice', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z']{1,16}$/), { minLength: 1, maxLength: 200 }), (words) => {
        const text = words.join(' ');
        const { cache, computed } = echo();
        tokenize(text, cache);
        const plain = tokenize(text);
        for (let t = 0; t < plain.length; t++) cache.lookup(plain, t);
        expect(computed.length).toBe(new Set(computed).size);
      }),
      { numRuns: 100 },
    );
  });

  it('does not hand out ints of an earlier generation once the table has started again', () => {
    const { cache } = echo(1 << 9);
    const first = tokenize(Array.from({ length: 400 }, (_, i) => `w${i}`).join(' '), cache);
    tokenize('another text', cache);
    expect(cache.summaries(first)).not.toBe(first.interned!.ints);
  });
});
