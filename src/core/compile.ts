import { IntPairMap, type IntPairMapData } from './int-pair-map.js';
import { lemmaCandidates, type MorphologyData } from './morphology.js';
import { phraseWords } from './phrase.js';
import { FUNCTION_WORDS } from './stopwords.js';
import { StandIns } from './stand-ins.js';
import { SUBSTITUTION, type Strength } from './strength.js';
import { SurfaceCache } from './surface-cache.js';
import type { Tokens } from './tokenize.js';
import type { SpinEvidence } from './swaps.js';
import type { Inflection, Rule } from './types.js';

export { SUBSTITUTION, type Strength };

/** Findings of other kinds a document must already hold before a loose stand-in is flagged in it. */
export const LOOSE_GATE = 3;

/** Where thesaurus synonyms come from; the CLI passes the WordNet-derived lexicon. */
export interface Thesaurus {
  /** Single-word synonyms of a base-form word, in any sense, with their strength. */
  synonyms(word: string): readonly { word: string; strength: Strength }[];
  /** The same, without building a list. */
  each?(word: string, visit: (synonym: string, strength: Strength) => void): void;
  /**
   * The inverse, when the thesaurus has it: the words a text lemma may stand in for, and the
   * multi-word synonyms that start with a text word. A compile then looks up only the words a
   * text holds instead of every canonical word's synonyms at start-up.
   */
  reverse?: ReverseThesaurus;
}

export interface ReverseThesaurus {
  /** Words `lemma` is a single-word synonym of, with the strength of that reading. */
  standsFor(lemma: string, visit: (canonical: string, strength: Strength) => void): void;
  /** Multi-word synonyms whose first word is `first`: their other words, and what they stand for. */
  phrasesFrom(first: string, visit: (rest: string[], canonical: string, strength: Strength) => void): void;
}

export interface CompileOptions {
  morph: MorphologyData;
  thesaurus?: Thesaurus;
  /** Glossary `synonyms:` sections: canonical word → spinner synonyms. */
  synonyms?: ReadonlyMap<string, readonly string[]>;
  /** Distinct lemmas looked up in the reverse thesaurus before turning to the forward one (default REVERSE_LOOKUPS). */
  reverseLookups?: number;
  /** Normalized phrases attested in clean reference English; generated variants equal to one are not flagged. */
  ordinaryPhrases?: ReadonlySet<string>;
  /** Reference word counts and word pairs, for the guard on lone curated swaps. */
  evidence?: SpinEvidence;
  /** The tries `triesOf` took from an earlier compile of the same rules by the same code: they are not built again. */
  tries?: CompiledTries;
}

/** What compile builds from the rules alone, as plain data (Maps, arrays, typed arrays) an adapter may cache. */
export interface CompiledTries {
  vocab: Map<string, number>;
  variants: TrieData;
  canonVocab: Map<string, number>;
  canonWords: string[];
  terms: TrieData;
  canonicalWords: string[][][];
}

export type TrieData = Omit<Trie, 'trans'> & { trans: IntPairMapData };

export interface TokenCandidate {
  id: number;
  infl: Inflection;
}

export interface TermCandidate extends TokenCandidate {
  /** The base form of the text word that matched. */
  lemma: string;
  /** How the text word stands in for canonical word `id` (none when it is that word). */
  strength: Strength;
}

/** A curated stand-in of several words ("spending plan" for "budget"), keyed by its first word. */
export interface MultiStandIn {
  /** Normalized words after the first; the last may be inflected in text. */
  rest: string[];
  id: number;
  strength: Strength;
}

export interface TokenCandidates {
  explicit: TokenCandidate[];
  term: TermCandidate[];
  /** Multi-word stand-ins whose first word is this token. */
  multi?: MultiStandIn[];
}

export interface TerminalEntry {
  rule: number;
  /** Index into rule.canonical (term trie) or rule.variants (variant trie). */
  form: number;
}

/** A token trie over integer word ids; transitions live in typed arrays. */
export interface Trie {
  trans: IntPairMap;
  /**
   * The phrases ending at each node, as rule, form pairs in `entries` from 2 * ends[node] to
   * 2 * ends[node + 1]: typed arrays rather than a Map of object lists, so a cached trie
   * reads back as a few copies instead of thousands of objects for a cold start to build.
   */
  ends: Int32Array;
  entries: Int32Array;
  /** Node ids that end a phrase, as a bitmap. */
  isTerminal: Uint8Array;
  /** Root transitions by word id (-1: none), the step every token takes. */
  root: Int32Array;
  /**
   * Per node, bit (word id & 31) set for each word id it has a transition on, 0 for a leaf: a
   * walk stops at a leaf, and at most nodes before a word they cannot take, without probing
   * the transition table (most probes fail, and each is a cache miss in a large trie).
   */
  children: Int32Array;
  nodes: number;
  maxDepth: number;
}

export interface CompiledIndex {
  rules: Rule[];
  morph: MorphologyData;
  /** Variant words → ids for the explicit-variant trie. */
  vocab: Map<string, number>;
  variants: Trie;
  /** Canonical words → ids for the canonical-term trie that generated variants walk. */
  canonVocab: Map<string, number>;
  canonWords: string[];
  terms: Trie;
  /** What text words may stand in for: curated synonyms and the thesaurus's. */
  standIns: StandIns;
  /** Per distinct word, memoized: the work per token is then one hash probe. */
  cache: SurfaceCache<TokenCandidates>;
  /** Words any context condition mentions; used to decide whether a document lemma set is needed. */
  needsDocumentWords: boolean;
  ordinaryPhrases?: ReadonlySet<string>;
  evidence?: SpinEvidence;
  /** The whole thesaurus and the curated synonyms, for stand-ins outside any glossary term (collocations.ts). */
  thesaurus?: Thesaurus;
  synonyms?: ReadonlyMap<string, readonly string[]>;
  /** Per rule, per canonical form: its normalized words (computed once, not per match). */
  canonicalWords: string[][][];
  /** Canonical phrases tokenized on first use by `suggest`. */
  phraseTokens: Map<string, Tokens>;
  /** Every canonical form of every rule, as normalized word keys: correct terms are never spin. */
  canonicalKeys: Set<string>;
}

/** The bit of `Trie.children` a transition on word `id` sets. */
export const childBit = (id: number): number => 1 << (id & 31);

/** The node reached from `node` (0: the root) on word `id`, or -1. */
export function transition(trie: Trie, node: number, id: number): number {
  if (node === 0) return trie.root[id]!;
  return (trie.children[node]! & childBit(id)) === 0 ? -1 : trie.trans.get(node, id);
}

/** `words` bounds the transitions, so the map is sized once instead of rehashed as it grows. */
function newTrie(words: number): Trie {
  return { trans: new IntPairMap(words), ends: new Int32Array(0), entries: new Int32Array(0), isTerminal: new Uint8Array(0), root: new Int32Array(0), children: new Int32Array(0), nodes: 1, maxDepth: 0 };
}

/** What `insert` collects for `seal`: each new transition as node, word id, and each node's phrases. */
interface TrieBuild {
  edges: number[];
  terminals: Map<number, TerminalEntry[]>;
}

const newBuild = (): TrieBuild => ({ edges: [], terminals: new Map() });

function insert(trie: Trie, ids: number[], entry: TerminalEntry, build: TrieBuild): void {
  let node = 0;
  for (const id of ids) {
    let next = trie.trans.get(node, id);
    if (next < 0) {
      next = trie.nodes++;
      trie.trans.set(node, id, next);
      build.edges.push(node, id);
    }
    node = next;
  }
  const list = build.terminals.get(node);
  if (list) list.push(entry);
  else build.terminals.set(node, [entry]);
  trie.maxDepth = Math.max(trie.maxDepth, ids.length);
}

/** Freezes the lookup tables the walk uses once every phrase is inserted. */
function seal(trie: Trie, vocabSize: number, { edges, terminals }: TrieBuild): void {
  trie.isTerminal = new Uint8Array(trie.nodes);
  trie.ends = new Int32Array(trie.nodes + 1);
  let count = 0;
  for (const [node, list] of terminals) {
    trie.isTerminal[node] = 1;
    trie.ends[node + 1] = list.length;
    count += list.length;
  }
  for (let node = 0; node < trie.nodes; node++) trie.ends[node + 1]! += trie.ends[node]!;
  trie.entries = new Int32Array(2 * count);
  for (const [node, list] of terminals) {
    list.forEach((e, k) => {
      trie.entries[2 * (trie.ends[node]! + k)] = e.rule;
      trie.entries[2 * (trie.ends[node]! + k) + 1] = e.form;
    });
  }
  trie.children = new Int32Array(trie.nodes);
  for (let k = 0; k < edges.length; k += 2) trie.children[edges[k]!]! |= childBit(edges[k + 1]!);
  trie.root = new Int32Array(vocabSize).fill(-1);
  for (let id = 0; id < vocabSize; id++) trie.root[id] = trie.trans.get(0, id);
}

function intern(vocab: Map<string, number>, word: string, list?: string[]): number {
  let id = vocab.get(word);
  if (id === undefined) {
    id = vocab.size;
    vocab.set(word, id);
    list?.push(word);
  }
  return id;
}

/** True when a canonical form may generate thesaurus variants. */
export function generates(rule: Rule, words: string[]): boolean {
  return rule.generate !== false && words.length >= 2 && words.some((w) => !FUNCTION_WORDS.has(w));
}

/** Builds both tries and their vocabularies from the rules. */
function buildTries(rules: Rule[]): Omit<CompiledTries, 'variants' | 'terms'> & { variants: Trie; terms: Trie } {
  const vocab = new Map<string, number>();
  const canonVocab = new Map<string, number>();
  const canonWords: string[] = [];
  const variantBuild = newBuild();
  const termBuild = newBuild();
  const canonicalWords = rules.map((r) => r.canonical.map(phraseWords));
  const variantWords = rules.map((r) => r.variants.map(phraseWords));
  const count = (forms: string[][][]): number => forms.reduce((n, r) => r.reduce((m, w) => m + w.length, n), 0);
  const variants = newTrie(count(variantWords));
  const terms = newTrie(count(canonicalWords));
  rules.forEach((rule, r) => {
    variantWords[r]!.forEach((words, f) => {
      if (words.length) insert(variants, words.map((w) => intern(vocab, w)), { rule: r, form: f }, variantBuild);
    });
    canonicalWords[r]!.forEach((words, f) => {
      if (generates(rule, words)) insert(terms, words.map((w) => intern(canonVocab, w, canonWords)), { rule: r, form: f }, termBuild);
    });
  });
  seal(variants, vocab.size, variantBuild);
  seal(terms, canonVocab.size, termBuild);
  return { vocab, variants, canonVocab, canonWords, terms, canonicalWords };
}

const trieData = (t: Trie): TrieData => ({ ...t, trans: t.trans.toData() });
const trieFrom = (d: TrieData): Trie => ({ ...d, trans: IntPairMap.fromData(d.trans) });

/** The part of an index that depends on its rules alone, for `CompileOptions.tries`. */
export function triesOf(index: CompiledIndex): CompiledTries {
  const { vocab, canonVocab, canonWords, canonicalWords } = index;
  return { vocab, variants: trieData(index.variants), canonVocab, canonWords, terms: trieData(index.terms), canonicalWords };
}

/** Compile every loaded rule once into two tries; matching cost then does not depend on the rule count. */
export function compile(rules: Rule[], opts: CompileOptions): CompiledIndex {
  const { vocab, variants, canonVocab, canonWords, terms, canonicalWords } = opts.tries
    ? { ...opts.tries, variants: trieFrom(opts.tries.variants), terms: trieFrom(opts.tries.terms) }
    : buildTries(rules);
  const needsDocumentWords = rules.some((r) => r.context?.documentMentions?.length || r.context?.documentLacks?.length);
  const index: CompiledIndex = {
    rules,
    morph: opts.morph,
    vocab,
    variants,
    canonVocab,
    canonWords,
    terms,
    standIns: new StandIns(canonWords, canonVocab, opts.thesaurus, opts.synonyms, opts.reverseLookups),
    cache: new SurfaceCache((norm) => computeCandidates(index, norm), NO_CANDIDATES, undefined, summarizeCandidates),
    needsDocumentWords,
    canonicalWords,
    phraseTokens: new Map(),
    canonicalKeys: new Set(canonicalWords.flatMap((forms) => forms.map((words) => words.join(' ')))),
    ...(opts.ordinaryPhrases ? { ordinaryPhrases: opts.ordinaryPhrases } : {}),
    ...(opts.evidence ? { evidence: opts.evidence } : {}),
    ...(opts.thesaurus ? { thesaurus: opts.thesaurus } : {}),
    ...(opts.synonyms ? { synonyms: opts.synonyms } : {}),
  };
  return index;
}

const NO_CANDIDATES: TokenCandidates = { explicit: [], term: [] };

function computeCandidates(index: CompiledIndex, norm: string): TokenCandidates {
  const explicit: TokenCandidate[] = [];
  const term: TermCandidate[] = [];
  const multi = index.standIns.phrasesFrom(norm);
  for (const { lemma, infl } of lemmaCandidates(norm, index.morph)) {
    const v = index.vocab.get(lemma);
    if (v !== undefined && !explicit.some((c) => c.id === v)) explicit.push({ id: v, infl });
    const c = index.canonVocab.get(lemma);
    if (c !== undefined && !term.some((t) => t.id === c && t.strength === SUBSTITUTION.none)) {
      // The word itself, inflected ("polls" → "poll"), outranks a thesaurus entry that lists the inflected form.
      const i = term.findIndex((t) => t.id === c);
      if (i >= 0) term.splice(i, 1);
      term.push({ id: c, infl, lemma, strength: SUBSTITUTION.none });
    }
    // One reading per canonical word: the strongest, whichever base form of the text word gives it.
    const reading = (id: number, strength: Strength): void => {
      const i = term.findIndex((t) => t.id === id);
      if (i < 0) term.push({ id, infl, lemma, strength });
      else if (term[i]!.strength !== SUBSTITUTION.none && term[i]!.strength < strength) term[i] = { id, infl, lemma, strength };
    };
    for (const packed of index.standIns.standsFor(lemma)) reading(packed >> 3, (packed & 7) as Strength);
  }
  if (multi) return { explicit, term, multi };
  return explicit.length || term.length ? { explicit, term } : NO_CANDIDATES;
}

/** Inflections by the 3-bit code a packed candidate carries. */
export const INFLECTIONS: readonly Inflection[] = ['', 'PL', 'S', 'ED', 'ING', 'POS', 'PLPOS'];
export const INFLECTION_CODE: ReadonlyMap<Inflection, number> = new Map(INFLECTIONS.map((x, i) => [x, i]));

/** A summary int for a word with more than two explicit candidates or with term candidates: read the object. */
export const SEE_OBJECT = -2;

/**
 * A word's candidates as the two ints its cache slot holds: its explicit candidates packed as
 * `id * 8 + inflection code` (-1 for none), or SEE_OBJECT second when the walk needs the object,
 * whose index for `cache.valueAt` is then first, so the common word costs the walk no pointer
 * chasing.
 */
function summarizeCandidates(c: TokenCandidates, index: number, into: Int32Array, at: number): void {
  const { explicit } = c;
  if (c.term.length || c.multi || explicit.length > 2) {
    into[at] = index;
    into[at + 1] = SEE_OBJECT;
    return;
  }
  into[at] = explicit.length > 0 ? explicit[0]!.id * 8 + INFLECTION_CODE.get(explicit[0]!.infl)! : -1;
  into[at + 1] = explicit.length > 1 ? explicit[1]!.id * 8 + INFLECTION_CODE.get(explicit[1]!.infl)! : -1;
}

export function tokenCandidates(index: CompiledIndex, tokens: Tokens, t: number): TokenCandidates {
  return index.cache.lookup(tokens, t);
}
