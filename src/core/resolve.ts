import type { SpellingMarks } from './spelling.js';
import { SUBSTITUTION, type CompiledIndex } from './compile.js';
import type { RawMatch } from './match.js';
import type { Tokens } from './tokenize.js';

export interface MatchContext {
  text: string;
  tokens: Tokens;
  index: CompiledIndex;
  /** Which tokens show British or American spelling, once asked. */
  spelling?: SpellingMarks;
}

/**
 * Deterministic overlap resolution: a reading that needs a loose (hypernym) stand-in yields to
 * any other, then the longest match wins, then the earliest start, then an
 * explicit variant over a generated one, then glossary order, then fewer substituted words. Matches are token-aligned, so a
 * per-token "taken" mark checks overlap in time proportional to the match length.
 */
export function resolveOverlaps(ctx: MatchContext, matches: RawMatch[]): RawMatch[] {
  if (matches.length <= 1) return matches;
  const { tokens, index } = ctx;
  const len = (m: RawMatch): number => tokens.ends[m.last]! - tokens.starts[m.first]!;
  const sorted = matches.slice().sort(
    (a, b) =>
      loose(a) - loose(b) ||
      len(b) - len(a) ||
      a.first - b.first ||
      Number(a.generated) - Number(b.generated) ||
      index.rules[a.rule]!.order - index.rules[b.rule]!.order ||
      substitutions(a) - substitutions(b) ||
      a.form - b.form,
  );
  const taken = new Uint8Array(tokens.length);
  const kept: RawMatch[] = [];
  outer: for (const m of sorted) {
    for (let t = m.first; t <= m.last; t++) if (taken[t]) continue outer;
    taken.fill(1, m.first, m.last + 1);
    kept.push(m);
  }
  return kept.sort((a, b) => a.first - b.first);
}

const substitutions = (m: RawMatch): number => m.substituted?.filter((x) => x > 0).length ?? 0;

const loose = (m: RawMatch): number => (m.substituted?.includes(SUBSTITUTION.loose) ? 1 : 0);
