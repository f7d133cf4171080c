import { checkText } from '../core/check.js';
import { compile, type CompileOptions } from '../core/compile.js';
import { lemmaCandidates } from '../core/morphology.js';
import { tokenize } from '../core/tokenize.js';
import type { Finding, Rule } from '../core/types.js';
import type { NewRule } from '../glossary/edit.js';
import type { Proposal } from './aggregate.js';

export interface CleanDoc {
  path: string;
  text: string;
}

/** Why a proposal was dropped or demoted: the first clean text it flagged. */
export interface CleanHit {
  proposal: number;
  path: string;
  start: number;
  actual: string;
  expected: string;
  hits: number;
}

function asRule(r: NewRule, i: number): Rule {
  return {
    id: `learned/${i}`,
    glossary: 'learned',
    canonical: typeof r.canonical === 'string' ? [r.canonical] : r.canonical,
    variants: r.variants ?? [],
    severity: r.severity ?? 'warning',
    category: r.category ?? 'spinner-synonym',
    generate: r.generate ?? true,
    generatedSeverity: 'warning',
    order: i,
  };
}

const key = (f: Finding): string => `${f.start}:${f.end}:${f.ruleId}`;

/**
 * Runs proposed rules and synonyms over clean text. A rule is blamed for its own findings. A
 * synonym changes other rules' generated spins, so it is blamed for findings that appear only
 * once it is added and whose flagged words hold its spun word. `rules` maps proposal index →
 * rule; `baseline` is the rules the glossary will be used with. Pure: texts in, hits out.
 */
export function cleanHits(
  rules: ReadonlyMap<number, NewRule>,
  synonyms: ReadonlyMap<number, Proposal>,
  baseline: Rule[],
  opts: CompileOptions,
  docs: readonly CleanDoc[],
): CleanHit[] {
  const hits = new Map<number, CleanHit>();
  const blame = (proposal: number, path: string, f: Finding) => {
    const h = hits.get(proposal);
    if (h) h.hits++;
    else hits.set(proposal, { proposal, path, start: f.start, actual: f.actual, expected: f.expected[0] ?? '', hits: 1 });
  };
  const morph = opts.morph;
  const added = new Map<string, readonly string[]>(opts.synonyms ?? []);
  for (const p of synonyms.values()) added.set(p.canonical, [...(added.get(p.canonical) ?? []), p.variant]);
  const all = { ...opts, synonyms: added };
  const own = [...rules].map(([i, r]) => ({ ...asRule(r, i), id: `learned/${i}` }));
  const ownIndex = own.length ? compile(own, all) : undefined;
  const before = synonyms.size && baseline.length ? compile(baseline, opts) : undefined;
  const after = before ? compile(baseline, all) : undefined;
  for (const doc of docs) {
    if (ownIndex) for (const f of checkText(doc.text, ownIndex)) blame(Number(f.ruleId.slice('learned/'.length)), doc.path, f);
    if (!before || !after) continue;
    const old = new Set(checkText(doc.text, before).map(key));
    for (const f of checkText(doc.text, after)) {
      if (old.has(key(f))) continue;
      const t = tokenize(f.actual);
      const words = new Set(t.norms().flatMap((w) => lemmaCandidates(w, morph).map((c) => c.lemma)));
      for (const [i, p] of synonyms) if (words.has(p.variant)) blame(i, doc.path, f);
    }
  }
  return [...hits.values()].sort((a, b) => a.proposal - b.proposal);
}
