import { analyze } from './check.js';
import { SUBSTITUTION, tokenCandidates, type CompiledIndex } from './compile.js';
import { lemmaCandidates } from './morphology.js';
import type { RawMatch } from './match.js';
import type { Finding } from './types.js';

/** Why each span is or is not flagged: the data behind `unspin explain`. */
export interface Explanation {
  tokens: { text: string; norm: string; lemmas: string[]; standsFor: { canonical: string; strength: string }[]; start: number; end: number }[];
  candidates: { ruleId: string; text: string; start: number; end: number; generated: boolean; substitutions?: string[]; verdict: string }[];
  findings: Finding[];
}

const STRENGTH = ['exact', 'same-sense synonym (weak)', 'hypernym or hyponym (loose)', 'other-sense synonym (strong)', 'curated synonym'];

export function explain(text: string, index: CompiledIndex): Explanation {
  const a = analyze(text, index);
  const { tokens } = a;
  const tok = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = tokenCandidates(index, tokens, i);
    tok.push({
      text: text.slice(tokens.starts[i]!, tokens.ends[i]!),
      norm: tokens.norm(i),
      lemmas: [...new Set(lemmaCandidates(tokens.norm(i), index.morph).map((l) => l.lemma))],
      standsFor: c.term.filter((t) => t.strength !== SUBSTITUTION.none).map((t) => ({ canonical: index.canonWords[t.id]!, strength: STRENGTH[t.strength]! })),
      start: tokens.starts[i]!,
      end: tokens.ends[i]!,
    });
  }
  const describe = (m: RawMatch, verdict: string) => {
    const start = tokens.starts[m.first]!;
    const end = tokens.ends[m.last]!;
    const canonWords = index.rules[m.rule]!.canonical[m.form]!;
    return {
      ruleId: index.rules[m.rule]!.id,
      text: text.slice(start, end),
      start,
      end,
      generated: m.generated,
      ...(m.generated
        ? { substitutions: (m.substituted ?? []).map((s, i) => `${text.slice(tokens.starts[m.first + i]!, tokens.ends[m.first + i]!)}: ${STRENGTH[s]}`), canonical: canonWords }
        : {}),
      verdict,
    };
  };
  const acceptedSet = new Set(a.accepted);
  const rejected = new Map(a.rejected.map((r) => [r.match, r.reason]));
  const candidates = a.candidates.map((m) =>
    describe(m, rejected.get(m) ?? (acceptedSet.has(m) ? 'flagged' : 'overlapped by a longer or earlier match')),
  );
  return { tokens: tok, candidates, findings: a.findings };
}
