/**
 * Reads the bigrams of a CMU Sphinx binary trie language model ("Trie Language Model" header),
 * the format of Debian's pocketsphinx-en-us `en-us.lm.bin`. Its own ARPA export fails on this
 * model, so the build reads the trie directly. Layout (little-endian): header, order (u8), one
 * u32 count per order, a u32 pad, the quantization tables (16-bit bins of float log-probs), the
 * unigrams (prob, backoff, first-child pointer), then bit-packed middle and longest n-gram
 * arrays, then the vocabulary as NUL-terminated strings. Children of unigram w hold the word
 * *before* w: the trie is keyed on the last word.
 */
const HEADER = 'Trie Language Model';
const BINS = 1 << 16;
/** Log-probabilities are stored in base 1.0001; this turns them into log10. */
const TO_LOG10 = Math.log10(1.0001);

export interface Bigrams {
  words: string[];
  /** log10 P(word) per word id. */
  unigram: Float32Array;
  /** Calls `visit(previous, word, log10 P(word | previous))` for every stored bigram. */
  forEach(visit: (previous: number, word: number, logProb: number) => void): void;
}

const bitsFor = (max: number): number => (max === 0 ? 0 : 32 - Math.clz32(max));

export function readSphinxBigrams(buf: Buffer): Bigrams {
  if (buf.toString('latin1', 0, HEADER.length) !== HEADER) throw new Error('not a Sphinx trie language model');
  let p = HEADER.length;
  const order = buf.readUInt8(p++);
  if (order < 2) throw new Error(`a language model of order ${order} has no bigrams`);
  const counts: number[] = [];
  for (let i = 0; i < order; i++, p += 4) counts.push(buf.readUInt32LE(p));
  p += 4;
  // Middle orders keep a probability and a backoff table, the longest order a probability table.
  const middleProbs = order > 2 ? p : -1;
  const longestProbs = p + (order - 2) * 2 * BINS * 4;
  p = longestProbs + BINS * 4;
  const unigramAt = p;
  const vocab = counts[0]!;
  p += (vocab + 1) * 12;
  const wordBits = bitsFor(vocab);
  // Bigrams are the longest order of a bigram model, else the first middle order.
  const middle = order > 2;
  const nextBits = middle ? bitsFor(counts[2]!) : 0;
  const totalBits = wordBits + (middle ? 32 + nextBits : 16);
  const bigramsAt = p;
  let end = p;
  for (let i = 1; i < order; i++) {
    const bits = wordBits + (i < order - 1 ? 32 + bitsFor(counts[i + 1]!) : 16);
    end += Math.floor(((1 + counts[i]!) * bits + 7) / 8) + 8;
  }
  const vocabBytes = buf.readInt32LE(end);
  const words = buf.toString('utf8', end + 4, end + 4 + vocabBytes).split('\0').slice(0, vocab);
  const unigram = new Float32Array(vocab);
  for (let w = 0; w < vocab; w++) unigram[w] = buf.readFloatLE(unigramAt + w * 12) * TO_LOG10;
  const read = (bit: number, length: number): number => {
    // Fields are at most 25 bits, so four bytes from the field's first byte always hold it.
    const at = bigramsAt + (bit >>> 3);
    const v = buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16) | (buf[at + 3]! << 24);
    return (v >>> (bit & 7)) & ((1 << length) - 1);
  };
  const probTable = middle ? middleProbs : longestProbs;
  // In a middle entry the backoff bin comes first, then the probability bin.
  const probBitOffset = middle ? 16 : 0;
  return {
    words,
    unigram,
    forEach(visit) {
      const bigrams = counts[1]!;
      let w = 0;
      let next = buf.readUInt32LE(unigramAt + 8 + 12);
      for (let i = 0; i < bigrams; i++) {
        while (i >= next && w < vocab) next = buf.readUInt32LE(unigramAt + 8 + 12 * (++w + 1));
        const bit = i * totalBits;
        const previous = read(bit, wordBits);
        const bin = read(bit + wordBits + probBitOffset, 16);
        visit(previous, w, buf.readFloatLE(probTable + bin * 4) * TO_LOG10);
      }
    },
  };
}
