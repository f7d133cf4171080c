/**
 * Build step: turns a large reference language model into the collocation table that tells a
 * spinner's word pair ("renegade gatherings") from a collocation ("rebel groups"). The model is
 * Debian's pocketsphinx-en-us (CMU's US English trigram model, BSD licence), or the file named
 * by UNSPIN_LM. Without it the table is empty and collocation findings are never made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../io/atomic-write.js';
import { collocationTable } from '../lexicon/collocations.js';
import { COLLOCATIONS_PATH, DEFAULT_LANGUAGE_MODEL } from '../lexicon/format.js';
import { readSphinxBigrams } from '../lexicon/sphinx-lm.js';

function main(): void {
  const started = Date.now();
  const path = process.env.UNSPIN_LM || DEFAULT_LANGUAGE_MODEL;
  if (!existsSync(path)) {
    process.stderr.write(`collocations: no language model at ${path} (apt-get install pocketsphinx-en-us); collocation findings are off\n`);
    writeFileAtomic(COLLOCATIONS_PATH, Buffer.alloc(0));
    return;
  }
  const table = collocationTable(readSphinxBigrams(readFileSync(path)));
  writeFileAtomic(COLLOCATIONS_PATH, table);
  process.stderr.write(`collocations: ${table.readUInt32LE(12)} word pairs of ${table.readUInt32LE(8)} words from ${path} (${Date.now() - started} ms)\n`);
}

main();
