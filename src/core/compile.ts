import { lemmaCandidates, type MorphologyData } from './morphology.js';
import { phraseWords } from './phrase.js';
import { FUNCTION_WORDS } from './stopwords.js';
import type { Inflection, Rule } from './types.js';

/** Where thesaurus synonyms come from; the CLI passes the WordNet-derived lexicon. */
export interface Thesaurus {
  /** Single-word synonyms of a base-form word, in any sense. */
  synonyms(word: string): readonly string[];
}

export interface CompileOptions {
  morph: MorphologyData;
  thesaurus?: Thesaurus;
  /** Glossary `synonyms:` sections: canonical word → spinner synonyms. */
  synonyms?: ReadonlyMap<string, readonly string[]>;
}

export interface TokenCandidate {
  id: number;
  infl: Inflection;
}

export interface TermCandidate extends TokenCandidate {
  /** True when the text word is a synonym standing in for canonical word `id`. */
  substituted: boolean;
}

export interface TokenCandidates {
  explicit: TokenCandidate[];
  term: TermCandidate[];
}

export interface TerminalEntry {
  rule: number;
  /** Index into rule.canonical (term trie) or rule.variants (variant trie). */
  form: number;
}

/** A token trie over integer word ids; a transition key is node * ID_SPACE + wordId. */
export interface Trie {
  trans: Map<number, number>;
  terminals: Map<number, TerminalEntry[]>;
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
  /** A text lemma → the canonical word ids it may stand in for as a synonym. */
  standsFor: Map<string, number[]>;
  /** Per normalized word, memoized: the work per token is then one Map lookup. */
  cache: Map<string, TokenCandidates>;
  /** Words any context condition mentions; used to decide whether a document lemma set is needed. */
  needsDocumentWords: boolean;
}

export const ID_SPACE = 2 ** 21;

function newTrie(): Trie {
  return { trans: new Map(), terminals: new Map(), nodes: 1, maxDepth: 0 };
}

function insert(trie: Trie, ids: number[], entry: TerminalEntry): void {
  let node = 0;
  for (const id of ids) {
    const key = node * ID_SPACE + id;
    let next = trie.trans.get(key);
    if (next === undefined) {
      next = trie.nodes++;
      trie.trans.set(key, next);
    }
    node = next;
  }
  const list = trie.terminals.get(node);
  if (list) list.push(entry);
  else trie.terminals.set(node, [entry]);
  trie.maxDepth = Math.max(trie.maxDepth, ids.length);
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
  return rule.generate && words.length >= 2 && words.some((w) => !FUNCTION_WORDS.has(w));
}

/** Compile every loaded rule once into two tries; matching cost then does not depend on the rule count. */
export function compile(rules: Rule[], opts: CompileOptions): CompiledIndex {
  const vocab = new Map<string, number>();
  const variants = newTrie();
  const canonVocab = new Map<string, number>();
  const canonWords: string[] = [];
  const terms = newTrie();
  rules.forEach((rule, r) => {
    rule.variants.forEach((v, f) => {
      const words = phraseWords(v);
      if (words.length) insert(variants, words.map((w) => intern(vocab, w)), { rule: r, form: f });
    });
    rule.canonical.forEach((c, f) => {
      const words = phraseWords(c);
      if (generates(rule, words)) insert(terms, words.map((w) => intern(canonVocab, w, canonWords)), { rule: r, form: f });
    });
  });
  const standsFor = new Map<string, number[]>();
  const addSynonym = (syn: string, canonId: number): void => {
    for (const w of phraseWords(syn)) if (FUNCTION_WORDS.has(w)) return;
    const key = phraseWords(syn).join(' ');
    if (!key || key.includes(' ') || key === canonWords[canonId]) return;
    const list = standsFor.get(key);
    if (!list) standsFor.set(key, [canonId]);
    else if (!list.includes(canonId)) list.push(canonId);
  };
  canonWords.forEach((word, id) => {
    if (FUNCTION_WORDS.has(word)) return;
    for (const s of opts.thesaurus?.synonyms(word) ?? []) addSynonym(s, id);
    for (const s of opts.synonyms?.get(word) ?? []) addSynonym(s, id);
  });
  const needsDocumentWords = rules.some((r) => r.context?.documentMentions?.length || r.context?.documentLacks?.length);
  return { rules, morph: opts.morph, vocab, variants, canonVocab, canonWords, terms, standsFor, cache: new Map(), needsDocumentWords };
}

const CACHE_LIMIT = 200_000;

export function tokenCandidates(index: CompiledIndex, norm: string): TokenCandidates {
  const hit = index.cache.get(norm);
  if (hit) return hit;
  const explicit: TokenCandidate[] = [];
  const term: TermCandidate[] = [];
  for (const { lemma, infl } of lemmaCandidates(norm, index.morph)) {
    const v = index.vocab.get(lemma);
    if (v !== undefined && !explicit.some((c) => c.id === v)) explicit.push({ id: v, infl });
    const c = index.canonVocab.get(lemma);
    if (c !== undefined && !term.some((t) => t.id === c && !t.substituted)) term.push({ id: c, infl, substituted: false });
    for (const id of index.standsFor.get(lemma) ?? []) {
      if (!term.some((t) => t.id === id)) term.push({ id, infl, substituted: true });
    }
  }
  const result = { explicit, term };
  if (index.cache.size >= CACHE_LIMIT) index.cache.clear();
  index.cache.set(norm, result);
  return result;
}
