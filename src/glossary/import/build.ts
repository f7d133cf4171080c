import { phraseKey } from '../../core/phrase.js';
import type { CompileOptions } from '../../core/compile.js';
import { insertRules, type NewRule } from '../edit.js';
import { runRuleExamples } from '../examples.js';
import { parseGlossary } from '../parse.js';
import type { ImportEntry, SkippedRow } from './types.js';

export interface BuildOptions {
  name: string;
  description: string;
}

export interface BuiltGlossary {
  text: string;
  rules: number;
  variants: number;
  /** Entries folded into an earlier entry with the same canonical term. */
  merged: { line: number; into: string }[];
  skipped: SkippedRow[];
}

/** A rule id from a canonical term: lower-case ASCII letters and digits joined by hyphens. */
export function slugId(term: string): string {
  const s = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'rule';
}

/** A neutral frame keeps the variant mid-sentence, away from sentence-start capitalization. */
function example(variant: string, canonical: string): { text: string; fixed: string } {
  // Matching ignores case but the repair copies the text's case, so a lower-case canonical term
  // is exemplified with a lower-case variant.
  const shown = canonical === canonical.toLowerCase() ? variant.toLowerCase() : variant;
  return { text: `The report mentions ${shown} twice.`, fixed: `The report mentions ${canonical} twice.` };
}

/**
 * Turns imported entries into rules: entries with the same canonical term merge, a variant is
 * kept only for the first entry that claims it, a variant that is some entry's canonical term
 * is dropped (it would flag correct text). Each rule gets a generated id, `generate: false`
 * (imported lists name their spins explicitly) and one flag example per variant-free frame.
 */
export function entriesToRules(entries: readonly ImportEntry[]): { rules: (NewRule & { line: number })[]; merged: BuiltGlossary['merged']; skipped: SkippedRow[] } {
  const skipped: SkippedRow[] = [];
  const merged: BuiltGlossary['merged'] = [];
  const canonicalKeys = new Set(entries.flatMap((e) => e.canonical.map(phraseKey)));
  const byCanonical = new Map<string, NewRule & { line: number; canonical: string[]; variants: string[] }>();
  const variantOwner = new Map<string, string>();
  for (const e of entries) {
    const key = phraseKey(e.canonical[0]!);
    if (!key) {
      skipped.push({ line: e.line, reason: `canonical term "${e.canonical[0]}" has no words` });
      continue;
    }
    let rule = byCanonical.get(key);
    if (rule) merged.push({ line: e.line, into: rule.canonical[0]! });
    const fresh: string[] = [];
    for (const v of e.variants) {
      const k = phraseKey(v);
      const owner = variantOwner.get(k);
      if (!k) skipped.push({ line: e.line, reason: `variant "${v}" has no words` });
      else if (canonicalKeys.has(k)) skipped.push({ line: e.line, reason: `variant "${v}" is a canonical term in this list; flagging it would flag correct text` });
      else if (owner !== undefined && owner !== key) skipped.push({ line: e.line, reason: `variant "${v}" is already a variant of "${byCanonical.get(owner)!.canonical[0]}"` });
      else if (owner === undefined) {
        variantOwner.set(k, key);
        fresh.push(v);
      }
    }
    if (!rule) {
      if (!fresh.length) continue;
      rule = { id: '', canonical: [...e.canonical], variants: [], generate: false, line: e.line };
      byCanonical.set(key, rule);
    } else for (const c of e.canonical) if (!rule.canonical.some((x) => phraseKey(x) === phraseKey(c))) rule.canonical.push(c);
    rule.variants.push(...fresh);
  }
  const ids = new Set<string>();
  const rules = [...byCanonical.values()].map((r) => {
    const base = slugId(r.canonical[0]!);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const canonical = r.canonical.length === 1 ? r.canonical[0]! : r.canonical;
    return { ...r, id, canonical, examples: { flag: [example(r.variants[0]!, r.canonical[0]!)] } };
  });
  return { rules, merged, skipped };
}

function header(opts: BuildOptions): string {
  const q = (s: string): string => JSON.stringify(s);
  return `# Imported by "unspin glossary import". Review every rule before shipping it.\nversion: 1\nname: ${opts.name}\ndescription: ${q(opts.description)}\nlanguage: en\nrules: []\n`;
}

/**
 * The glossary file for the imported entries. Every variant is tried in a flag example first;
 * a variant the engine cannot match as written, or repairs differently, is left out and
 * reported (and a rule left without variants with it), so the file always loads.
 */
export function buildGlossary(entries: readonly ImportEntry[], opts: BuildOptions, compileOptions: CompileOptions): BuiltGlossary {
  const { rules, merged, skipped } = entriesToRules(entries);
  const strip = (list: typeof rules): NewRule[] => list.map(({ line: _line, ...r }) => r);
  const draft = insertRules(header(opts), strip(rules));
  if (draft.problems.length) throw new Error(`internal error building the glossary: ${draft.problems[0]}`);
  const parsed = parseGlossary(draft.text, 'import').glossary!;
  const kept: typeof rules = [];
  parsed.rules.forEach((r, k) => {
    const rule = rules[k]!;
    const canonical = r.canonical[0]!;
    const trial = { ...r, examples: { flag: r.variants.map((v) => ({ value: example(v.value, canonical), offset: 0 })), pass: [] } };
    const failures = runRuleExamples(parsed, trial, compileOptions);
    const bad = new Set(failures.map((f) => f.text));
    const good = rule.variants!.filter((v) => !bad.has(example(v, canonical).text));
    for (const f of failures) {
      const why = f.findings.length ? `the engine repairs "${f.text}" as "${f.actualFixed}"` : 'the engine does not match it as written';
      const variant = rule.variants!.find((v) => example(v, canonical).text === f.text)!;
      skipped.push({ line: rule.line, reason: `variant ${JSON.stringify(variant)} of "${canonical}" left out: ${why}` });
    }
    if (good.length) kept.push({ ...rule, variants: good, examples: { flag: [example(good[0]!, canonical)] } });
  });
  const text = kept.length === rules.length && kept.every((r, k) => r.variants!.length === rules[k]!.variants!.length) ? draft.text : insertRules(header(opts), strip(kept)).text;
  skipped.sort((a, b) => a.line - b.line);
  return { text, rules: kept.length, variants: kept.reduce((n, r) => n + r.variants!.length, 0), merged, skipped };
}
