import { lemmaCandidates } from './morphology.js';
import { INFLECTIONS, INFLECTION_CODE, transition, SEE_OBJECT, type CompiledIndex, type MultiStandIn, type Strength, type TokenCandidates, type Trie } from './compile.js';
import { BREAK_BEFORE, type Tokens } from './tokenize.js';
import type { Inflection } from './types.js';

/** A raw match before context checks and overlap resolution; token indices are inclusive. */
export interface RawMatch {
  rule: number;
  /** Index of the variant (explicit) or canonical form (generated) that matched. */
  form: number;
  first: number;
  last: number;
  infl: Inflection[];
  generated: boolean;
  /** For generated matches: how each token stands in for its canonical word (0 = it is that word). */
  substituted?: Strength[];
  /** For generated matches: the base form of each matched text word. */
  lemmas?: string[];
  /** For generated matches where a multi-word stand-in took a canonical word's place: tokens per canonical word. */
  widths?: number[];
}

/** Token ranges [first, last] where a canonical term occurs exactly (no word substituted). */
export type CanonicalSpans = [number, number][];

/**
 * Walks both tries from every token once. Each token's candidates come as the two summary ints
 * of its cache slot (see summarizeCandidates), which the tokenizer wrote when `analyze` handed
 * it the cache: most words' explicit candidates are read from those, and only the rest from the
 * candidates object.
 */
export function findMatches(tokens: Tokens, index: CompiledIndex, canonical: CanonicalSpans = []): RawMatch[] {
  const out: RawMatch[] = [];
  const n = tokens.length;
  const sums = index.cache.summaries(tokens);
  const cands = { at: (t: number): TokenCandidates => index.cache.valueAt(sums[2 * t]!) };
  const infl: Inflection[] = [];
  const subs: Strength[] = [];
  const lemmas: string[] = [];
  const widths: number[] = [];
  let wide = 0;
  let first = 0;

  const emit = (trie: Trie, node: number, last: number, generated: boolean): void => {
    if (trie.isTerminal[node] !== 1) return;
    if (generated && !subs.some((x) => x > 0)) {
      canonical.push([first, last]);
      return;
    }
    for (let k = 2 * trie.ends[node]!; k < 2 * trie.ends[node + 1]!; k += 2) {
      const m: RawMatch = { rule: trie.entries[k]!, form: trie.entries[k + 1]!, first, last, infl: infl.slice(), generated };
      if (generated) {
        m.substituted = subs.slice();
        m.lemmas = lemmas.slice();
        if (wide > 0) m.widths = widths.slice();
      }
      out.push(m);
    }
  };

  const walkTerms = (node: number, t: number): void => {
    if (t >= n || (t > first && tokens.breakBefore(t)) || sums[2 * t + 1] !== SEE_OBJECT) return;
    for (const c of cands.at(t).term) {
      const next = transition(index.terms, node, c.id);
      if (next < 0) continue;
      infl.push(c.infl);
      subs.push(c.strength);
      lemmas.push(c.lemma);
      widths.push(1);
      emit(index.terms, next, t, true);
      if (index.terms.children[next] !== 0) walkTerms(next, t + 1);
      widths.pop();
      lemmas.pop();
      subs.pop();
      infl.pop();
    }
    for (const s of cands.at(t).multi ?? []) {
      const next = transition(index.terms, node, s.id);
      if (next < 0) continue;
      const tail = multiTail(tokens, index, s, t);
      if (!tail) continue;
      const width = s.rest.length + 1;
      infl.push(tail.infl);
      subs.push(s.strength);
      lemmas.push([tokens.norm(t), ...s.rest].join(' '));
      widths.push(width);
      wide++;
      emit(index.terms, next, t + width - 1, true);
      if (index.terms.children[next] !== 0) walkTerms(next, t + width);
      wide--;
      widths.pop();
      lemmas.pop();
      subs.pop();
      infl.pop();
    }
  };

  const walk: VariantWalk = { tokens, index, sums, out, codes: new Uint8Array(index.variants.maxDepth + 1), first: 0 };
  for (first = 0; first < n; first++) {
    if (sums[2 * first + 1] !== SEE_OBJECT) {
      if (sums[2 * first]! >= 0) {
        walk.first = first;
        walkVariants(walk, 0, first);
      }
      continue;
    }
    const c = cands.at(first);
    if (c.explicit.length) {
      walk.first = first;
      walkVariants(walk, 0, first);
    }
    if (c.term.length || c.multi) walkTerms(0, first);
  }
  return dedupe(out);
}

/**
 * The explicit-variant walk's state for one text. The walk is plain functions over it, the
 * inflections so far as codes by depth: it runs for nearly every token of a large glossary's
 * text, and closures with pushed and popped arrays cost it a third of its time.
 */
interface VariantWalk {
  tokens: Tokens;
  index: CompiledIndex;
  sums: Int32Array;
  out: RawMatch[];
  /** Inflection code of the word at each depth of the current path. */
  codes: Uint8Array;
  first: number;
}

/** Steps from trie node `node` (0: the root) over token t's explicit candidates. */
function walkVariants(w: VariantWalk, node: number, t: number): void {
  const { tokens, sums } = w;
  if (t >= tokens.length || (node !== 0 && (tokens.flags[t]! & BREAK_BEFORE) !== 0)) return;
  const s1 = sums[2 * t + 1]!;
  if (s1 === SEE_OBJECT) {
    for (const c of w.index.cache.valueAt(sums[2 * t]!).explicit) stepVariant(w, node, t, c.id, INFLECTION_CODE.get(c.infl)!);
    return;
  }
  const s0 = sums[2 * t]!;
  if (s0 < 0) return;
  stepVariant(w, node, t, s0 >> 3, s0 & 7);
  if (s1 >= 0) stepVariant(w, node, t, s1 >> 3, s1 & 7);
}

function stepVariant(w: VariantWalk, node: number, t: number, id: number, code: number): void {
  const trie = w.index.variants;
  const next = transition(trie, node, id);
  if (next < 0) return;
  const depth = t - w.first;
  w.codes[depth] = code;
  if (trie.isTerminal[next] === 1) {
    for (let e = 2 * trie.ends[next]!; e < 2 * trie.ends[next + 1]!; e += 2) {
      const infl: Inflection[] = [];
      for (let k = 0; k <= depth; k++) infl.push(INFLECTIONS[w.codes[k]!]!);
      w.out.push({ rule: trie.entries[e]!, form: trie.entries[e + 1]!, first: w.first, last: t, infl, generated: false });
    }
  }
  if (trie.children[next] !== 0) walkVariants(w, next, t + 1);
}

/**
 * Whether the words after token t spell the rest of a multi-word stand-in, inside one phrase;
 * the last word may carry an inflection ("spending plans"), which the repair then takes.
 */
function multiTail(tokens: Tokens, index: CompiledIndex, s: MultiStandIn, t: number): { infl: Inflection } | undefined {
  const last = t + s.rest.length;
  if (last >= tokens.length) return undefined;
  for (let k = 1; k <= s.rest.length; k++) {
    const i = t + k;
    if (tokens.breakBefore(i)) return undefined;
    const want = s.rest[k - 1]!;
    const norm = tokens.norm(i);
    if (norm === want) continue;
    if (i !== last) return undefined;
    const l = lemmaCandidates(norm, index.morph).find((c) => c.lemma === want);
    return l ? { infl: l.infl } : undefined;
  }
  return { infl: '' };
}

/** Several inflection paths can reach the same rule and span; keep the one with fewest inflections. */
function dedupe(matches: RawMatch[]): RawMatch[] {
  if (!hasDuplicates(matches)) return matches;
  const best = new Map<string, RawMatch>();
  for (const m of matches) {
    const key = `${m.generated ? 'g' : 'v'}:${m.rule}:${m.form}:${m.first}:${m.last}`;
    const prev = best.get(key);
    if (!prev || weight(m) < weight(prev)) best.set(key, m);
  }
  return matches.length === best.size ? matches : [...best.values()];
}

/**
 * Whether two matches share kind, rule, form and span. Matches arrive grouped by first token
 * (the walk emits every match of one start before the next), so only a group is compared, and
 * most groups hold one match: no key string per match.
 */
function hasDuplicates(matches: RawMatch[]): boolean {
  for (let i = 1; i < matches.length; i++) {
    const m = matches[i]!;
    for (let k = i - 1; k >= 0 && matches[k]!.first === m.first; k--) {
      const o = matches[k]!;
      if (o.last === m.last && o.rule === m.rule && o.form === m.form && o.generated === m.generated) return true;
    }
  }
  return false;
}

function weight(m: RawMatch): number {
  return m.infl.filter((x) => x !== '').length + (m.substituted?.filter((x) => x > 0).length ?? 0);
}
