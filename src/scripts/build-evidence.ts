/**
 * Build step after the lexicon: scans clean reference English (the Brown Corpus, WordNet's
 * glosses and example sentences, and WordNet's multi-word lemmas) with the bundled glossaries and records every generated
 * variant that occurs there. Those are ordinary phrases ("insurgent groups"), and the checker
 * will not flag them. Deterministic: sorted output, no dependence on time or machine.
 */
import { existsSync } from 'node:fs';
import { compile } from '../core/compile.js';
import { BUNDLED_GLOSSARIES, loadGlossaries } from '../glossary/load.js';
import { ORDINARY_PATH, WORD_COUNTS_PATH, WORD_PAIRS_PATH } from '../lexicon/format.js';
import { addWordPairs, wordCountLines } from '../lexicon/evidence.js';
import { loadLexicon } from '../lexicon/load.js';
import { attestedVariants, referenceDocuments } from '../lexicon/reference.js';
import { writeFileAtomic } from '../io/atomic-write.js';

function main(): void {
  const started = Date.now();
  const lexicon = loadLexicon();
  const loaded = loadGlossaries([BUNDLED_GLOSSARIES], lexicon, { examples: false });
  const index = compile(loaded.rules, { morph: lexicon.morph, thesaurus: lexicon.thesaurus, synonyms: loaded.synonyms });
  const warn = (m: string): void => void process.stderr.write(`evidence: ${m}\n`);
  // One pass over the reference: each document is read and tokenized once for both tables.
  const seenPairs = new Set<number>();
  const { keys, words } = attestedVariants(index, referenceDocuments(warn), (tokens) => addWordPairs(tokens, seenPairs));
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileAtomic(ORDINARY_PATH, sorted.join('\n') + '\n');
  const pairs = Uint32Array.from(seenPairs).sort();
  writeFileAtomic(WORD_PAIRS_PATH, Buffer.from(pairs.buffer, pairs.byteOffset, pairs.byteLength));
  writeFileAtomic(WORD_COUNTS_PATH, wordCountLines(warn));
  process.stderr.write(`evidence: ${words} reference words, ${sorted.length} ordinary generated phrases, ${pairs.length} word pairs (${Date.now() - started} ms)\n`);
  if (!existsSync(ORDINARY_PATH)) process.exitCode = 1;
}

main();
