import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SUBSTITUTION, type CompileOptions, type ReverseThesaurus, type Strength, type Thesaurus } from '../core/compile.js';
import type { MorphologyData } from '../core/morphology.js';
import { LEXICON_PATH, ORDINARY_PATH, STANDS_FOR_PATH, SYNONYMS_PATH, type LexiconFile } from './format.js';
import { phraseWords } from '../core/phrase.js';
import { SynonymTable } from './synonym-table.js';
import { loadSpinEvidence } from './evidence.js';
import type { SpinEvidence } from '../core/swaps.js';

export interface Lexicon {
  morph: MorphologyData;
  thesaurus: Thesaurus;
  synonyms: SynonymTable;
  /** Generated variants attested in reference English; empty until the evidence step of the build has run. */
  ordinaryPhrases: ReadonlySet<string>;
  /** Word counts and word pairs of reference English, read on first use. */
  evidence: SpinEvidence;
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
  return { morph: lexicon.morph, thesaurus: lexicon.thesaurus, synonyms, ordinaryPhrases: lexicon.ordinaryPhrases, evidence: lexicon.evidence };
}

function morphologyFrom(data: LexiconFile): MorphologyData {
  const m: MorphologyData = { pastToBase: new Map(), baseToPast: new Map(), baseToParticiple: new Map(), pluralToSingular: new Map(), singularToPlural: new Map() };
  for (const [base, [past, participle]] of Object.entries(data.verbs)) {
    m.baseToPast.set(base, past);
    if (participle !== past) m.baseToParticiple.set(base, participle);
    for (const form of [past, participle]) if (form !== base && !m.pastToBase.has(form)) m.pastToBase.set(form, base);
  }
  for (const [singular, plural] of Object.entries(data.plurals)) {
    m.singularToPlural.set(singular, plural);
    if (!m.pluralToSingular.has(plural)) m.pluralToSingular.set(plural, singular);
  }
  return m;
}

const STRENGTHS = [SUBSTITUTION.weak, SUBSTITUTION.strong, SUBSTITUTION.loose] as const;

interface StandIns {
  single: [canonical: string, strength: Strength][];
  phrases: [rest: string[], canonical: string, strength: Strength][];
}

const NONE: StandIns = { single: [], phrases: [] };
/** Distinct words whose parsed lines are kept; past it the memo starts again. */
const MEMO_LIMIT = 200_000;

/**
 * Lines of the inverted table are split only for the words a text holds, once per process:
 * every compile shares them (a glossary's examples compile one index per rule).
 */
function reverseFrom(table: SynonymTable): ReverseThesaurus {
  const memo = new Map<string, StandIns>();
  const entry = (word: string): StandIns => {
    let e = memo.get(word);
    if (e) return e;
    const c = table.columns(word);
    e = c.length ? { single: [], phrases: [] } : NONE;
    STRENGTHS.forEach((strength, k) => {
      if (c[k]) for (const w of c[k]!.split(' ')) e!.single.push([w, strength]);
    });
    if (c[3]) {
      for (const item of c[3].split(' ')) {
        const [syn, canonical, strength] = item.split(':') as [string, string, string];
        e.phrases.push([phraseWords(syn).slice(1), canonical, Number(strength) as Strength]);
      }
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, e);
    return e;
  };
  return {
    standsFor(lemma, visit) {
      for (const [canonical, strength] of entry(lemma).single) visit(canonical, strength);
    },
    phrasesFrom(first, visit) {
      for (const [rest, canonical, strength] of entry(first).phrases) visit(rest, canonical, strength);
    },
  };
}

/**
 * Synonym lists are split only for the words a caller asks about. The forward table is read on
 * first use: checks need only the inverted one.
 */
function thesaurusFrom(table: () => SynonymTable, reverse: SynonymTable): Thesaurus {
  const each = (word: string, visit: (synonym: string, strength: Strength) => void): void => {
    const e = table().lookup(word, true);
    for (const w of e.primary) visit(w, SUBSTITUTION.weak);
    for (const w of e.other) visit(w, SUBSTITUTION.strong);
    for (const w of e.related) visit(w, SUBSTITUTION.loose);
  };
  return {
    reverse: reverseFrom(reverse),
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
  let inverted: string;
  try {
    data = JSON.parse(readFileSync(LEXICON_PATH, 'utf8')) as LexiconFile;
    // The build writes ASCII only (it checks), and latin1 decodes it twice as fast as UTF-8.
    inverted = readFileSync(STANDS_FOR_PATH, 'latin1');
  } catch (err) {
    throw new Error(`cannot read the generated lexicon: run "npm run build" first (${(err as Error).message})`);
  }
  let forward: SynonymTable | undefined;
  const synonyms = (): SynonymTable => (forward ??= new SynonymTable(readFileSync(SYNONYMS_PATH, 'latin1')));
  const ordinaryPhrases = readOrdinary();
  // The inverted table is derived from the forward one, so hashing it covers both; being large,
  // it is hashed cheaply by size and a sample. The small files are hashed whole.
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(data))
    .update(String(inverted.length))
    .update(inverted.slice(0, 4096))
    .update(inverted.slice(-4096))
    .update([...ordinaryPhrases].join('\n'))
    .digest('hex');
  loaded = {
    evidence: loadSpinEvidence(),
    morph: morphologyFrom(data),
    thesaurus: thesaurusFrom(synonyms, new SynonymTable(inverted)),
    get synonyms() {
      return synonyms();
    },
    ordinaryPhrases,
    fingerprint,
  };
  return loaded;
}
