import type { CompiledIndex } from './compile.js';
import type { RawMatch } from './match.js';
import type { Token } from './types.js';

export interface MatchContext {
  text: string;
  tokens: readonly Token[];
  index: CompiledIndex;
}

function span(ctx: MatchContext, m: RawMatch): [number, number] {
  return [ctx.tokens[m.first]!.start, ctx.tokens[m.last]!.end];
}

/**
 * Deterministic overlap resolution: the longest match wins, then the earliest start, then an
 * explicit variant over a generated one, then glossary order.
 */
export function resolveOverlaps(ctx: MatchContext, matches: RawMatch[]): RawMatch[] {
  const keyed = matches.map((m) => ({ m, s: span(ctx, m) }));
  keyed.sort(
    (a, b) =>
      b.s[1] - b.s[0] - (a.s[1] - a.s[0]) ||
      a.s[0] - b.s[0] ||
      Number(a.m.generated) - Number(b.m.generated) ||
      ctx.index.rules[a.m.rule]!.order - ctx.index.rules[b.m.rule]!.order ||
      a.m.form - b.m.form,
  );
  const taken: [number, number][] = [];
  const kept: { m: RawMatch; s: [number, number] }[] = [];
  for (const k of keyed) {
    if (taken.some(([s, e]) => k.s[0] < e && s < k.s[1])) continue;
    taken.push(k.s);
    kept.push(k);
  }
  return kept.sort((a, b) => a.s[0] - b.s[0]).map((k) => k.m);
}
