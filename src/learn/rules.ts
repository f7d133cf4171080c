import type { NewRule } from '../glossary/edit.js';
import { slugId } from '../glossary/import/build.js';
import type { Proposal } from './aggregate.js';

/** A proposal that becomes a rule (institutions and phrases); synonyms go to the `synonyms:` section. */
export function isRule(p: Proposal): boolean {
  return p.kind !== 'synonym';
}

/**
 * The rule a proposal becomes. Institution names generate (other spins of the same name are
 * caught through the synonyms); a phrase holds only what the spinner was seen to write.
 */
export function toNewRule(p: Proposal, id: string, severity?: NewRule['severity']): NewRule {
  const seen = `${p.count} time${p.count === 1 ? '' : 's'} in ${p.pairs} pair${p.pairs === 1 ? '' : 's'}`;
  return {
    id,
    canonical: p.canonical,
    variants: [p.variant],
    ...(severity ? { severity } : {}),
    category: p.kind === 'institution' ? 'institution' : 'spinner-synonym',
    ...(p.kind === 'phrase' ? { generate: false } : {}),
    note: `Learned from spun copies: "${p.variant}" for "${p.canonical}" (seen ${seen}).`,
    ...(p.example ? { examples: { flag: [p.example.flag], pass: [p.example.pass] } } : {}),
  };
}

/** A rule id unused so far: the slug of the canonical term, numbered when taken. */
export function uniqueId(p: Proposal, used: Set<string>): string {
  const base = slugId(p.canonical) || 'learned';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
