import { phraseWords } from './phrase.js';
import { FUNCTION_WORDS } from './stopwords.js';
import type { MultiStandIn, Thesaurus } from './compile.js';
import { SUBSTITUTION, type Strength } from './strength.js';

/** A lower-case ASCII word: its phrase words are itself. */
const SINGLE_WORD = /^[a-z]+$/;
const NONE: readonly number[] = [];

/**
 * Distinct lemmas looked up in the reverse thesaurus before the index turns to the forward one.
 * One article stays under it, so a single check never compiles every canonical word's synonyms
 * (the start-up cost the reverse table saves); a batch passes it in its first documents and then
 * pays that cost once instead of one table search per new word.
 */
export const REVERSE_LOOKUPS = 5_000;

/**
 * What text words may stand in for, by canonical word id: the glossaries' curated synonyms, and
 * the thesaurus's either in reverse (looked up per text word) or forward (compiled for every
 * canonical word at once). Both give the same readings (tests/lexicon/stands-for.test.ts).
 */
export class StandIns {
  /** Text lemma → canonical ids it stands in for, packed `id * 8 + strength`. */
  private readonly single = new Map<string, number[]>();
  /** First word of a multi-word stand-in → the stand-ins starting with it. */
  private readonly multi = new Map<string, MultiStandIn[]>();
  private reverse: Thesaurus['reverse'];
  /** Per lemma met while in reverse: curated and thesaurus entries together. */
  private readonly memo = new Map<string, readonly number[]>();

  constructor(
    private readonly canonWords: readonly string[],
    private readonly canonVocab: ReadonlyMap<string, number>,
    private readonly thesaurus: Thesaurus | undefined,
    curated: ReadonlyMap<string, readonly string[]> | undefined,
    private readonly reverseLookups = REVERSE_LOOKUPS,
  ) {
    this.reverse = thesaurus?.reverse;
    this.eachCanonical((word, id) => {
      for (const s of curated?.get(word) ?? []) this.add(s, id, SUBSTITUTION.curated);
    });
    if (!this.reverse) this.compileForward();
  }

  /** Canonical ids a text lemma may stand in for, packed; an id may repeat (the strongest counts). */
  standsFor(lemma: string): readonly number[] {
    const reverse = this.reverse;
    if (!reverse) return this.single.get(lemma) ?? NONE;
    let list = this.memo.get(lemma);
    if (list) return list;
    if (this.memo.size >= this.reverseLookups) {
      this.compileForward();
      return this.single.get(lemma) ?? NONE;
    }
    const found = this.single.get(lemma)?.slice() ?? [];
    reverse.standsFor(lemma, (canonical, strength) => {
      const id = this.canonVocab.get(canonical);
      if (id !== undefined) found.push(id * 8 + strength);
    });
    list = found.length ? found : NONE;
    this.memo.set(lemma, list);
    return list;
  }

  /** Multi-word stand-ins whose first word is `norm`. */
  phrasesFrom(norm: string): MultiStandIn[] | undefined {
    const known = this.multi.get(norm);
    if (!this.reverse) return known;
    const out = known ? known.slice() : [];
    this.reverse.phrasesFrom(norm, (rest, canonical, strength) => {
      const id = this.canonVocab.get(canonical);
      if (id !== undefined) addStandIn(out, { rest, id, strength });
    });
    return out.length ? out : undefined;
  }

  /** Adds every canonical word's thesaurus synonyms and stops using the reverse table. */
  private compileForward(): void {
    const thesaurus = this.thesaurus;
    this.reverse = undefined;
    this.memo.clear();
    if (!thesaurus) return;
    this.eachCanonical((word, id) => {
      if (thesaurus.each) thesaurus.each(word, (syn, strength) => this.add(syn, id, strength));
      else for (const s of thesaurus.synonyms(word)) this.add(s.word, id, s.strength);
    });
  }

  private eachCanonical(visit: (word: string, id: number) => void): void {
    this.canonWords.forEach((word, id) => {
      if (!FUNCTION_WORDS.has(word)) visit(word, id);
    });
  }

  private add(syn: string, id: number, strength: Strength): void {
    const words = SINGLE_WORD.test(syn) ? [syn] : phraseWords(syn);
    if (words.length > 1) {
      const [head, ...rest] = words as [string, ...string[]];
      let list = this.multi.get(head);
      if (!list) this.multi.set(head, (list = []));
      addStandIn(list, { rest, id, strength });
      return;
    }
    if (words.length !== 1 || FUNCTION_WORDS.has(words[0]!) || words[0] === this.canonWords[id]) return;
    const key = words[0]!;
    const packed = id * 8 + strength;
    const list = this.single.get(key);
    if (!list) {
      this.single.set(key, [packed]);
      return;
    }
    const at = list.findIndex((e) => e >> 3 === id);
    if (at < 0) list.push(packed);
    else if ((list[at]! & 7) < strength) list[at] = packed;
  }
}

/** Adds a multi-word stand-in, or raises the strength of the same one already listed. */
function addStandIn(list: MultiStandIn[], s: MultiStandIn): void {
  const at = list.findIndex((e) => e.id === s.id && e.rest.join(' ') === s.rest.join(' '));
  if (at < 0) list.push(s);
  else if (list[at]!.strength < s.strength) list[at] = s;
}
