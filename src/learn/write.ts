import type { CompileOptions } from '../core/compile.js';
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

/**
 * Adds rules one at a time, so one conflict or failing example costs only that rule: each is
 * spliced in with insertRules (comments kept) and its examples, taken from the evidence, are
 * run as the loader would run them. Synonyms go in last, all together.
 */
export function writeLearned(source: string, file: string, rules: ReadonlyMap<number, NewRule>, synonyms: ReadonlyMap<number, { canonical: string; variant: string }>, opts: CompileOptions): Written {
  let text = source;
  const out: Written = { text, rules: new Map(), synonyms: [], rejected: new Map() };
  for (const [i, rule] of rules) {
    const edit = insertRules(text, [rule]);
    if (edit.problems.length) {
      out.rejected.set(i, edit.problems.join('; '));
      continue;
    }
    const parsed = parseGlossary(edit.text, file);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    const g = parsed.glossary;
    const added = g?.rules.find((r) => r.id === rule.id);
    if (errors.length || !g || !added) {
      out.rejected.set(i, errors.map((d) => d.message).join('; ') || 'the rule did not parse');
      continue;
    }
    const failures = runRuleExamples(g, added, { ...opts, synonyms: mergeSynonyms([g]) });
    if (failures.length) {
      out.rejected.set(i, `its example from the evidence fails: ${failures[0]!.message}`);
      continue;
    }
    text = edit.text;
    out.rules.set(i, rule.id);
  }
  if (synonyms.size) {
    const map: Record<string, string[]> = {};
    for (const s of synonyms.values()) (map[s.canonical] ??= []).push(s.variant);
    const edit = insertRules(text, [], map);
    if (edit.problems.length) for (const i of synonyms.keys()) out.rejected.set(i, edit.problems.join('; '));
    else {
      text = edit.text;
      out.synonyms.push(...synonyms.keys());
    }
  }
  out.text = text;
  return out;
}
