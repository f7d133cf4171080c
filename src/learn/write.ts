import type { CompileOptions } from '../core/compile.js';
import type { Rule } from '../core/types.js';
import { phraseKey } from '../core/phrase.js';
import { insertRules, type NewRule } from '../glossary/edit.js';
import { runRuleExamples } from '../glossary/examples.js';
import { parseGlossary } from '../glossary/parse.js';
import { mergeSynonyms } from '../glossary/rules.js';

/** The start of a new learned glossary file. */
export function newGlossarySource(name: string, pairs: number): string {
  return [
    `# Learned by "unspin glossary learn" from ${pairs} original/spun pair${pairs === 1 ? '' : 's'}.`,
    '# Review each rule before shipping it: the evidence is one spinner, not English usage.',
    'version: 1',
    `name: ${name}`,
    'description: Substitutions learned from original articles and their spun copies.',
    'language: en',
    'defaults:',
    '  severity: warning',
    '  category: spinner-synonym',
    'rules: []',
    '',
  ].join('\n');
}

export interface Written {
  text: string;
  /** Proposal index → rule id written. */
  rules: Map<number, string>;
  synonyms: number[];
  /** Proposal index → why it was not written. */
  rejected: Map<number, string>;
}

/** Runs a rule's examples in a glossary of its own, as the loader would: constant cost per rule. */
function exampleProblem(rule: NewRule, opts: CompileOptions): string | undefined {
  const edit = insertRules(newGlossarySource('check', 0), [rule]);
  if (edit.problems.length) return edit.problems.join('; ');
  const parsed = parseGlossary(edit.text, 'check');
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  const g = parsed.glossary;
  const added = g?.rules.find((r) => r.id === rule.id);
  if (errors.length || !g || !added) return errors.map((d) => d.message).join('; ') || 'the rule did not parse';
  const failures = runRuleExamples(g, added, { ...opts, synonyms: mergeSynonyms([g]) });
  return failures.length ? `its example from the evidence fails: ${failures[0]!.message}` : undefined;
}

/** Which rule of the glossaries the learned file is used with holds each phrase, as a variant and as a canonical term. */
function owners(others: readonly Pick<Rule, 'id' | 'canonical' | 'variants'>[]): { variant: Map<string, string>; canonical: Map<string, string> } {
  const variant = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const r of others) {
    for (const v of r.variants) if (!variant.has(phraseKey(v))) variant.set(phraseKey(v), r.id);
    for (const c of r.canonical) if (!canonical.has(phraseKey(c))) canonical.set(phraseKey(c), r.id);
  }
  return { variant, canonical };
}

/** What a file alone cannot show: the rule repeats, contradicts or chains with a rule of the other glossaries. */
function crossConflict(rule: NewRule, own: ReturnType<typeof owners>): string | undefined {
  for (const v of rule.variants ?? []) {
    const k = phraseKey(v);
    if (own.variant.has(k)) return `"${v}" is already a variant of rule "${own.variant.get(k)}"`;
    if (own.canonical.has(k)) return `"${v}" is the canonical term of rule "${own.canonical.get(k)}": it would flag correct text`;
  }
  for (const c of typeof rule.canonical === 'string' ? [rule.canonical] : rule.canonical) {
    const k = phraseKey(c);
    if (own.variant.has(k)) return `the repair "${c}" is a variant of rule "${own.variant.get(k)}": that rule would flag it`;
  }
  return undefined;
}

/**
 * Adds the rules whose examples, taken from the evidence, pass, then the synonyms, with
 * insertRules (comments kept). Of two rules that claim the same spun words the first
 * (higher-ranked) is kept. All go in with one edit; if the file refuses that (a conflict with its own
 * rules), they go in one at a time so a conflict costs only its rule. `others` are the rules of
 * the glossaries the learned file will be loaded with: a rule they already hold, or that would
 * flag their canonical terms, is not written.
 */
export function writeLearned(
  source: string,
  rules: ReadonlyMap<number, NewRule>,
  synonyms: ReadonlyMap<number, { canonical: string; variant: string }>,
  opts: CompileOptions,
  others: readonly Rule[] = [],
): Written {
  const out: Written = { text: source, rules: new Map(), synonyms: [], rejected: new Map() };
  const own = owners(others);
  const passing: [number, NewRule][] = [];
  // The learned rules among themselves, as `others` are checked: a spun form claimed once, and never a repair.
  const mine: Pick<Rule, 'id' | 'canonical' | 'variants'>[] = [];
  for (const [i, rule] of rules) {
    const problem = crossConflict(rule, owners(mine)) ?? crossConflict(rule, own) ?? exampleProblem(rule, opts);
    if (problem) {
      out.rejected.set(i, problem);
      continue;
    }
    mine.push({ id: rule.id, canonical: typeof rule.canonical === 'string' ? [rule.canonical] : rule.canonical, variants: rule.variants ?? [] });
    passing.push([i, rule]);
  }
  const all = passing.length ? insertRules(out.text, passing.map(([, r]) => r)) : { text: out.text, problems: [] };
  if (!all.problems.length) {
    out.text = all.text;
    for (const [i, r] of passing) out.rules.set(i, r.id);
  } else {
    for (const [i, rule] of passing) {
      const edit = insertRules(out.text, [rule]);
      if (edit.problems.length) out.rejected.set(i, edit.problems.join('; '));
      else {
        out.text = edit.text;
        out.rules.set(i, rule.id);
      }
    }
  }
  if (synonyms.size) {
    const map: Record<string, string[]> = {};
    for (const s of synonyms.values()) (map[s.canonical] ??= []).push(s.variant);
    const edit = insertRules(out.text, [], map);
    if (edit.problems.length) for (const i of synonyms.keys()) out.rejected.set(i, edit.problems.join('; '));
    else {
      out.text = edit.text;
      out.synonyms.push(...synonyms.keys());
    }
  }
  return out;
}
