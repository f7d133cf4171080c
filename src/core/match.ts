import { tokenCandidates, type CompiledIndex, type Strength, type TerminalEntry, type TokenCandidates, type Trie } from './compile.js';
import type { Tokens } from './tokenize.js';
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
}

/** Token ranges [first, last] where a canonical term occurs exactly (no word substituted). */
export type CanonicalSpans = [number, number][];

/** Walks both tries from every token once; each token's candidates are looked up once. */
export function findMatches(tokens: Tokens, index: CompiledIndex, canonical: CanonicalSpans = []): RawMatch[] {
  const out: RawMatch[] = [];
  const n = tokens.length;
  const cands: TokenCandidates[] = new Array(n);
  for (let t = 0; t < n; t++) cands[t] = tokenCandidates(index, tokens, t);
  const infl: Inflection[] = [];
  const subs: Strength[] = [];
  const lemmas: string[] = [];
  let first = 0;

  const emit = (trie: Trie, node: number, last: number, generated: boolean): void => {
    if (trie.isTerminal[node] !== 1) return;
    const ends = trie.terminals.get(node) as TerminalEntry[];
    if (generated && !subs.some((x) => x > 0)) {
      canonical.push([first, last]);
      return;
    }
    for (const e of ends) {
      out.push({
        rule: e.rule,
        form: e.form,
        first,
        last,
        infl: infl.slice(),
        generated,
        ...(generated ? { substituted: subs.slice(), lemmas: lemmas.slice() } : {}),
      });
    }
  };

  const walkVariants = (node: number, t: number): void => {
    if (t >= n || (t > first && tokens.breakBefore(t))) return;
    for (const c of cands[t]!.explicit) {
      const next = node === 0 ? index.variants.root[c.id]! : index.variants.trans.get(node, c.id);
      if (next < 0) continue;
      infl.push(c.infl);
      emit(index.variants, next, t, false);
      walkVariants(next, t + 1);
      infl.pop();
    }
  };

  const walkTerms = (node: number, t: number): void => {
    if (t >= n || (t > first && tokens.breakBefore(t))) return;
    for (const c of cands[t]!.term) {
      const next = node === 0 ? index.terms.root[c.id]! : index.terms.trans.get(node, c.id);
      if (next < 0) continue;
      infl.push(c.infl);
      subs.push(c.strength);
      lemmas.push(c.lemma);
      emit(index.terms, next, t, true);
      walkTerms(next, t + 1);
      lemmas.pop();
      subs.pop();
      infl.pop();
    }
  };

  for (first = 0; first < n; first++) {
    const c = cands[first]!;
    if (c.explicit.length) walkVariants(0, first);
    if (c.term.length) walkTerms(0, first);
  }
  return dedupe(out);
}

/** Several inflection paths can reach the same rule and span; keep the one with fewest inflections. */
function dedupe(matches: RawMatch[]): RawMatch[] {
  const best = new Map<string, RawMatch>();
  for (const m of matches) {
    const key = `${m.generated ? 'g' : 'v'}:${m.rule}:${m.form}:${m.first}:${m.last}`;
    const prev = best.get(key);
    if (!prev || weight(m) < weight(prev)) best.set(key, m);
  }
  return matches.length === best.size ? matches : [...best.values()];
}

function weight(m: RawMatch): number {
  return m.infl.filter((x) => x !== '').length + (m.substituted?.filter((x) => x > 0).length ?? 0);
}
