import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collocationTable, readCollocations } from '../../src/lexicon/collocations.js';
import { COLLOCATIONS_PATH } from '../../src/lexicon/format.js';
import { readSphinxBigrams, type Bigrams } from '../../src/lexicon/sphinx-lm.js';

const BASE = Math.log10(1.0001);

/**
 * A Sphinx trie model of order 3 with no trigrams, written field by field: the words, their
 * log10 probabilities, and bigrams as [previous, word, log10 P(word | previous)].
 */
function sphinxModel(words: string[], unigram: number[], bigrams: [number, number, number][]): Buffer {
  const BINS = 1 << 16;
  const sorted = [...bigrams].sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  const wordBits = 32 - Math.clz32(words.length);
  const total = wordBits + 32;
  const middle = Buffer.alloc(Math.floor(((1 + sorted.length) * total + 7) / 8) + 8);
  const put = (bit: number, length: number, value: number) => {
    for (let k = 0; k < length; k++) if ((value >> k) & 1) middle[(bit + k) >>> 3]! |= 1 << ((bit + k) & 7);
  };
  const probs = new Float32Array(BINS);
  sorted.forEach(([prev, , logProb], i) => {
    probs[i + 1] = logProb / BASE;
    put(i * total, wordBits, prev);
    put(i * total + wordBits + 16, 16, i + 1);
  });
  const unigrams = Buffer.alloc((words.length + 1) * 12);
  for (let w = 0; w <= words.length; w++) {
    if (w < words.length) unigrams.writeFloatLE(unigram[w]! / BASE, w * 12);
    unigrams.writeUInt32LE(sorted.filter((b) => b[1] < w).length, w * 12 + 8);
  }
  const longest = Buffer.alloc(Math.floor((wordBits + 16 + 7) / 8) + 8);
  const strings = Buffer.from(words.join('\0') + '\0');
  const head = Buffer.alloc(19 + 1 + 12 + 4);
  head.write('Trie Language Model', 0, 'latin1');
  head.writeUInt8(3, 19);
  [words.length, sorted.length, 0].forEach((c, i) => head.writeUInt32LE(c, 20 + 4 * i));
  const tables = Buffer.alloc(3 * BINS * 4);
  Buffer.from(probs.buffer).copy(tables, 0);
  const size = Buffer.alloc(4);
  size.writeInt32LE(strings.length);
  return Buffer.concat([head, tables, unigrams, middle, longest, size, strings]);
}

describe('Sphinx trie language model reader', () => {
  it('reads words, unigram and bigram log-probabilities back', () => {
    const lm = readSphinxBigrams(sphinxModel(['<s>', 'rebel', 'groups', 'interest', 'rates'], [-1, -5, -4, -4, -4.3], [[1, 2, -1.3], [3, 4, -1.2]]));
    expect(lm.words).toEqual(['<s>', 'rebel', 'groups', 'interest', 'rates']);
    expect(lm.unigram[1]).toBeCloseTo(-5, 3);
    const seen: string[] = [];
    lm.forEach((a, b, p) => seen.push(`${lm.words[a]} ${lm.words[b]} ${p.toFixed(2)}`));
    expect(seen).toEqual(['rebel groups -1.30', 'interest rates -1.20']);
  });

  it('refuses a file that is not a trie model', () => {
    expect(() => readSphinxBigrams(Buffer.from('Darpa Trigram LM and more bytes'))).toThrow(/not a Sphinx trie/);
  });

  // The build's table, made from Debian's pocketsphinx-en-us when it is installed (CI installs it).
  const built = existsSync(COLLOCATIONS_PATH) ? readFileSync(COLLOCATIONS_PATH) : Buffer.alloc(0);
  it.skipIf(built.length === 0)('the build read the installed pocketsphinx-en-us model', () => {
    const table = readCollocations(built);
    expect(table.pair('interest', 'rates')!.logProb).toBeGreaterThan(-2);
    expect(table.pair('rebel', 'groups')!.pmi).toBeGreaterThan(2);
    expect(table.pair('renegade', 'gatherings')).toBeNull();
  });
});

describe('collocation table', () => {
  const lm: Bigrams = {
    words: ['<s>', 'rebel', 'groups', 'Texas', '2019'],
    unigram: Float32Array.from([-1, -5, -4, -5, -5]),
    forEach(visit) {
      visit(1, 2, -1.3);
      visit(3, 2, -2);
      visit(0, 1, -3);
    },
  };
  const table = readCollocations(collocationTable(lm));

  it('keeps lower-case words and their pairs with probability and pointwise mutual information', () => {
    expect(table.pair('rebel', 'groups')).toEqual({ logProb: -1.3, pmi: 2.7 });
    expect(table.word('groups')).toBe(-4);
  });

  it('tells a pair never seen (null) from a word the model does not know (undefined)', () => {
    expect(table.pair('groups', 'rebel')).toBeNull();
    expect(table.pair('texas', 'groups')).toBeUndefined();
    expect(table.word('2019')).toBeUndefined();
    expect(table.word('<s>')).toBeUndefined();
  });

  it('reads an empty or foreign file as a model that knows nothing', () => {
    for (const buf of [Buffer.alloc(0), Buffer.from('not a table at all')]) {
      expect(readCollocations(buf).pair('rebel', 'groups')).toBeUndefined();
    }
  });
});
