import { readFileSync } from 'node:fs';
import type { Thesaurus } from '../core/compile.js';
import type { MorphologyData } from '../core/morphology.js';
import { LEXICON_PATH, SYNONYMS_PATH, type LexiconFile } from './format.js';
import { SynonymTable } from './synonym-table.js';

export interface Lexicon {
  morph: MorphologyData;
  thesaurus: Thesaurus;
  synonyms: SynonymTable;
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
  return { synonyms: (word) => table.lookup(word)[0] };
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
  loaded = { morph: morphologyFrom(data), thesaurus: thesaurusFrom(synonyms), synonyms };
  return loaded;
}
