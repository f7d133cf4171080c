import { checkText } from '../core/check.js';
import { compile, generates, type CompileOptions } from '../core/compile.js';
import { phraseKey, phraseWords } from '../core/phrase.js';
import { FUNCTION_WORDS } from '../core/stopwords.js';
import { swapRules } from '../core/swaps.js';
import type { Diagnostic } from './diagnostic.js';
import { toRules } from './rules.js';
import type { GlossaryDef, RuleDef } from './schema.js';

/**
 * Problems with a set of parsed glossaries as a whole: overlaps between rules, chains, rules a
 * copy editor cannot trust without examples, and dead `synonyms:` entries. Pure: parsed
 * glossaries and compile options in, diagnostics out.
 */
export function lintGlossaries(glossaries: readonly GlossaryDef[], opts: CompileOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (g: GlossaryDef, offset: number, code: string, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const { line, col } = g.linePos(offset);
    out.push({ code, severity, message, file: g.file, line, column: col, offset });
  };
  const where = (g: GlossaryDef, offset: number): string => `${g.file}:${g.linePos(offset).line}`;
  const variants = new Map<string, { g: GlossaryDef; r: RuleDef; offset: number }>();
  const canonicals = new Map<string, { g: GlossaryDef; r: RuleDef }>();
  for (const g of glossaries) for (const r of g.rules) for (const c of r.canonical) if (!canonicals.has(phraseKey(c))) canonicals.set(phraseKey(c), { g, r });

  for (const g of glossaries) {
    for (const r of g.rules) {
      for (const v of r.variants) {
        const key = phraseKey(v.value);
        const prev = variants.get(key);
        if (prev && prev.r !== r) at(g, v.offset, 'duplicate-variant', `variant "${v.value}" of rule "${r.id}" is also a variant of rule "${prev.r.id}" (${where(prev.g, prev.offset)})`);
        else variants.set(key, { g, r, offset: v.offset });
        const owner = canonicals.get(key);
        if (owner && owner.r !== r) at(g, v.offset, 'variant-is-other-canonical', `variant "${v.value}" of rule "${r.id}" is the canonical term of rule "${owner.r.id}" (${where(owner.g, owner.r.offset)}): it would flag correct text`);
      }
      if (r.examples.flag.length === 0) at(g, r.offset, 'no-flag-example', `rule "${r.id}" has no flag example`, 'warning');
      if (r.context && r.examples.pass.length === 0) at(g, r.offset, 'no-pass-example', `rule "${r.id}" has context conditions but no pass example showing what they protect`, 'warning');
    }
  }

  // Chains: a rule's own repair is flagged by another rule (A → B, B → C), including cycles.
  const rules = toRules(glossaries);
  const index = compile(rules, opts);
  const defs = glossaries.flatMap((g) => g.rules.map((r) => ({ g, r })));
  rules.forEach((rule, k) => {
    const { g, r } = defs[k]!;
    for (const c of rule.canonical) {
      for (const f of checkText(c, index)) {
        if (f.ruleId === rule.id) continue;
        const target = f.expected[0] ?? '';
        const cycle = phraseKey(target) === phraseKey(r.variants[0]?.value ?? '\u0000') || rules.find((x) => x.id === f.ruleId)?.canonical.some((x) => phraseKey(x) === phraseKey(f.actual));
        at(
          g,
          r.offset,
          f.generated ? 'generated-collision' : cycle ? 'cycle' : 'chain',
          `the repair "${c}" of rule "${r.id}" is itself flagged by "${f.ruleId}" ("${f.actual}" → "${target}")${f.generated ? ' as a generated variant' : ''}`,
          f.generated ? 'warning' : 'error',
        );
      }
    }
  });

  // Unused synonyms: a `synonyms:` key that is no generating canonical term's word and that no
  // lone swap can restore either (a function word, or only stand-ins lone swaps skip).
  const words = new Set<string>();
  rules.forEach((rule) => rule.canonical.forEach((c) => {
    const w = phraseWords(c);
    if (generates(rule, w)) for (const x of w) if (!FUNCTION_WORDS.has(x)) words.add(x);
  }));
  for (const g of glossaries) {
    const swapped = new Set(swapRules(new Map([...g.synonyms].map(([w, list]) => [w, list.value])), 0).flatMap((r) => r.canonical));
    for (const [word, list] of g.synonyms) {
      if (!words.has(word) && !swapped.has(word)) at(g, list.offset, 'unused-synonym', `synonyms entry "${word}" is neither a word of any generating canonical term nor one a lone swap restores, so it never applies`, 'warning');
    }
  }
  return out;
}
