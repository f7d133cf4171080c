import type { NewRule } from '../glossary/edit.js';
import { slugId } from '../glossary/import/build.js';
import type { Proposal } from './aggregate.js';

/** A proposal that becomes a rule (institutions and phrases); synonyms go to the `synonyms:` section. */
export function isRule(p: Proposal): boolean {
  return p.kind !== 'synonym';
}

const times = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The rule a group of proposals with one canonical term becomes: every spun form a variant,
 * each with its own flag example. Institution names generate (other spins of the same name are
 * caught through the synonyms); a phrase holds only what the spinner was seen to write.
 */
export function toNewRule(group: readonly Proposal[], id: string, severity?: NewRule['severity']): NewRule {
  const p = group[0]!;
  const seen = group.map((g) => `"${g.variant}" ${times(g.count, 'time')} in ${times(g.pairs, 'pair')}`).join(', ');
  const flag = group.flatMap((g) => (g.example ? [g.example.flag] : []));
  const pass = group.find((g) => g.example)?.example?.pass;
  return {
    id,
    canonical: p.canonical,
    variants: group.map((g) => g.variant),
    ...(severity ? { severity } : {}),
    category: p.kind === 'institution' ? 'institution' : 'spinner-synonym',
    ...(p.kind === 'phrase' ? { generate: false } : {}),
    note: `Learned from spun copies of "${p.canonical}": ${seen}.`,
    ...(flag.length ? { examples: { flag, ...(pass ? { pass: [pass] } : {}) } } : {}),
  };
}

/**
 * Kept rule proposals grouped by kind and canonical term, in rank order, so that "in order" seen
 * as "keeping in mind the end goal" and as "so as" is one rule with two variants. Proposals in
 * `apart` (demoted ones) stay rules of their own.
 */
export function groupRules(proposals: readonly Proposal[], kept: readonly number[], apart: ReadonlySet<number> = new Set()): number[][] {
  const groups: number[][] = [];
  const byKey = new Map<string, number[]>();
  for (const i of [...kept].sort((a, b) => a - b)) {
    const p = proposals[i]!;
    if (!isRule(p)) continue;
    const key = `${p.kind}\t${p.canonical.toLowerCase()}`;
    const g = apart.has(i) ? undefined : byKey.get(key);
    if (g) g.push(i);
    else {
      const fresh = [i];
      groups.push(fresh);
      if (!apart.has(i)) byKey.set(key, fresh);
    }
  }
  return groups;
}

/** A rule id unused so far: the slug of the canonical term, numbered when taken. */
export function uniqueId(p: Proposal, used: Set<string>): string {
  const base = slugId(p.canonical) || 'learned';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
