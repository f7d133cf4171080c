import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SUBSTITUTION, type CompileOptions, type Strength, type Thesaurus } from '../core/compile.js';
import type { MorphologyData } from '../core/morphology.js';
import { LEXICON_PATH, ORDINARY_PATH, SYNONYMS_PATH, type LexiconFile } from './format.js';
import { SynonymTable } from './synonym-table.js';

export interface Lexicon {
  morph: MorphologyData;
  thesaurus: Thesaurus;
  synonyms: SynonymTable;
  /** Generated variants attested in reference English; empty until the evidence step of the build has run. */
  ordinaryPhrases: ReadonlySet<string>;
  /** Changes whenever any lexicon data changes: part of the glossary example cache key. */
  fingerprint: string;
}

function readOrdinary(): Set<string> {
  try {
    return new Set(readFileSync(ORDINARY_PATH, 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Compile options every caller shares, so examples, checks and evidence agree. */
export function compileOptionsFor(lexicon: Lexicon, synonyms: ReadonlyMap<string, readonly string[]>): CompileOptions {
  return { morph: lexicon.morph, thesaurus: lexicon.thesaurus, synonyms, ordinaryPhrases: lexicon.ordinaryPhrases };
}

function morphologyFrom(data: LexiconFile): MorphologyData {
  const m: MorphologyData = { pastToBase: new Map(), baseToPast: new Map(), pluralToSingular: new Map(), singularToPlural: new Map() };
  for (const [base, [past, participle]] of Object.entries(data.verbs)) {
    m.baseToPast.set(base, past);
    for (const form of [past, participle]) if (form !== base && !m.pastToBase.has(form)) m.pastToBase.set(form, base);
  }
  for (const [singular, plural] of Object.entries(data.plurals)) {
    m.singularToPlural.set(singular, plural);
    if (!m.pluralToSingular.has(plural)) m.pluralToSingular.set(plural, singular);
  }
  return m;
}

/** Synonym lists are split only for the words a compile asks about (canonical words), not at load. */
function thesaurusFrom(table: SynonymTable): Thesaurus {
  const each = (word: string, visit: (synonym: string, strength: Strength) => void): void => {
    const e = table.lookup(word, true);
    for (const w of e.primary) visit(w, SUBSTITUTION.weak);
    for (const w of e.other) visit(w, SUBSTITUTION.strong);
    for (const w of e.related) visit(w, SUBSTITUTION.loose);
  };
  return {
    each,
    synonyms(word) {
      const out: { word: string; strength: Strength }[] = [];
      each(word, (w, strength) => out.push({ word: w, strength }));
      return out;
    },
  };
}

let loaded: Lexicon | undefined;

/** Reads the generated lexicon once per process. */
export function loadLexicon(): Lexicon {
  if (loaded) return loaded;
  let data: LexiconFile;
  let table: string;
  try {
    data = JSON.parse(readFileSync(LEXICON_PATH, 'utf8')) as LexiconFile;
    table = readFileSync(SYNONYMS_PATH, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the generated lexicon: run "npm run build" first (${(err as Error).message})`);
  }
  const synonyms = new SynonymTable(table);
  const ordinaryPhrases = readOrdinary();
  // The whole table is hashed cheaply by size and a sample; the small files are hashed whole.
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(data))
    .update(String(table.length))
    .update(table.slice(0, 4096))
    .update(table.slice(-4096))
    .update([...ordinaryPhrases].join('\n'))
    .digest('hex');
  loaded = { morph: morphologyFrom(data), thesaurus: thesaurusFrom(synonyms), synonyms, ordinaryPhrases, fingerprint };
  return loaded;
}
