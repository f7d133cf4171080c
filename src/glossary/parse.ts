import type { Node, YAMLMap } from 'yaml';
import { loadYaml } from './yaml.js';
import type { ContextConditions, ContextWindow, Generate, Severity } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import { phraseKey } from '../core/phrase.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { Diagnostic } from './diagnostic.js';
import {
  CONTEXT_KEYS, DEFAULT_KEYS, DEFAULT_WINDOW, EXAMPLE_KEYS, FLAG_KEYS, RULE_KEYS, TOP_KEYS, WINDOW_KEYS,
  MAX_EXPANSION, type GlossaryDef, type Located, type RuleDef,
} from './schema.js';

const ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Parses one glossary's YAML source, collecting every problem rather than stopping at the first. */
export function parseGlossary(source: string, file: string): { glossary?: GlossaryDef; diagnostics: Diagnostic[] } {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, code: string, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const { line, col } = lineCounter.linePos(offset);
    diagnostics.push({ code, severity, message, file, line, column: col, offset });
  };
  const pos = (n: Node | null | undefined): number => n?.range?.[0] ?? 0;
  for (const e of doc.errors) at(e.pos[0], 'yaml-syntax', e.message.split('\n')[0]!);
  for (const w of doc.warnings) at(w.pos[0], 'yaml-warning', w.message.split('\n')[0]!, 'warning');
  if (doc.errors.length) return { diagnostics };
  const root = doc.contents;
  if (!isMap(root)) {
    at(pos(root as Node), 'not-a-map', 'a glossary must be a YAML mapping with name, description, language and rules');
    return { diagnostics };
  }

  const checkKeys = (map: YAMLMap, allowed: readonly string[], where: string): void => {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (allowed.includes(key)) continue;
      const hint = didYouMean(key, allowed);
      at(pos(pair.key as Node), 'unknown-key', `unknown key "${key}" in ${where}${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
  };
  const str = (map: YAMLMap, key: string, where: string, required = false): string | undefined => {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined) {
      if (required) at(pos(map), 'missing-key', `${where} needs "${key}"`);
      return undefined;
    }
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
    at(pos(node), 'bad-type', `"${key}" in ${where} must be a string`);
    return undefined;
  };
  const strList = (node: unknown, key: string, where: string): Located<string>[] | undefined => {
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'string') return [{ value: node.value, offset: pos(node) }];
    if (!isSeq(node)) {
      at(pos(node as Node), 'bad-type', `"${key}" in ${where} must be a string or a list of strings`);
      return undefined;
    }
    const out: Located<string>[] = [];
    for (const item of node.items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim()) {
        out.push({ value: String(item.value), offset: pos(item) });
      } else at(pos(item as Node), 'bad-type', `each item of "${key}" in ${where} must be a non-empty string`);
    }
    return out;
  };
  const severity = (map: YAMLMap, key: string, where: string, fallback: Severity): Severity => {
    const s = str(map, key, where);
    if (s === undefined) return fallback;
    if ((SEVERITIES as readonly string[]).includes(s)) return s as Severity;
    const hint = didYouMean(s, SEVERITIES);
    at(pos(map.get(key, true) as Node), 'bad-severity', `severity "${s}" in ${where} must be one of error, warning, info${hint ? ` (did you mean "${hint}"?)` : ''}`);
    return fallback;
  };

  checkKeys(root, TOP_KEYS, 'the glossary');
  const version: unknown = root.toJSON().version;
  if (version !== undefined && version !== 1) at(pos(root.get('version', true) as Node), 'bad-version', `unsupported glossary version ${String(version)}; this unspin reads version 1`);
  const name = str(root, 'name', 'the glossary', true) ?? file;
  if (name && !ID.test(name)) at(pos(root.get('name', true) as Node), 'bad-name', `glossary name "${name}" must be lower-case letters, digits and hyphens`);
  const description = str(root, 'description', 'the glossary', true) ?? '';
  const language = str(root, 'language', 'the glossary', true) ?? 'en';
  if (language !== 'en') at(pos(root.get('language', true) as Node), 'bad-language', `language "${language}" is not supported; use "en"`);

  let defSeverity: Severity = 'warning';
  let defCategory = 'spinner-synonym';
  let defGenerated: Severity = 'warning';
  const defaults = root.get('defaults', true);
  if (defaults !== undefined) {
    if (!isMap(defaults)) at(pos(defaults as Node), 'bad-type', '"defaults" must be a mapping');
    else {
      checkKeys(defaults, DEFAULT_KEYS, 'defaults');
      defSeverity = severity(defaults, 'severity', 'defaults', defSeverity);
      defCategory = str(defaults, 'category', 'defaults') ?? defCategory;
      defGenerated = severity(defaults, 'generatedSeverity', 'defaults', defGenerated);
    }
  }

  const synonyms = new Map<string, Located<string[]>>();
  const synNode = root.get('synonyms', true);
  if (synNode !== undefined) {
    if (!isMap(synNode)) at(pos(synNode as Node), 'bad-type', '"synonyms" must map a canonical word to a list of spinner synonyms');
    else {
      for (const pair of synNode.items) {
        const word = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : '';
        const list = strList(pair.value, word, 'synonyms');
        if (!word || /\s/.test(word.trim())) at(pos(pair.key as Node), 'bad-synonym', `synonym keys must be single words, got "${word}"`);
        else if (list) synonyms.set(word, { value: list.map((l) => l.value.toLowerCase()), offset: pos(pair.key as Node) });
      }
    }
  }

  // Slots: named word lists that canonical templates such as "Ministry of {portfolio}" expand over.
  const slots = new Map<string, string[]>();
  const slotNode = root.get('slots', true);
  if (slotNode !== undefined) {
    if (!isMap(slotNode)) at(pos(slotNode as Node), 'bad-type', '"slots" must map a slot name to a list of fillers');
    else
      for (const pair of slotNode.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        const list = strList(pair.value, name, 'slots');
        if (!/^[a-z][a-z0-9-]*$/.test(name)) at(pos(pair.key as Node), 'bad-slot', `slot names are lower-case words, got "${name}"`);
        else if (list?.length) slots.set(name, list.map((l) => l.value));
      }
  }
  const expand = (template: Located<string>, where: string): string[] => {
    let forms = [template.value];
    for (const m of template.value.matchAll(/\{([^{}]*)\}/g)) {
      const fillers = slots.get(m[1]!);
      if (!fillers) {
        const hint = didYouMean(m[1]!, [...slots.keys()]);
        at(template.offset, 'unknown-slot', `${where} uses slot {${m[1]}} that "slots" does not define${hint ? ` (did you mean {${hint}}?)` : ''}`);
        return [];
      }
      forms = forms.flatMap((f) => fillers.map((x) => f.replace(m[0], x)));
      if (forms.length > MAX_EXPANSION) {
        at(template.offset, 'too-many-forms', `${where} expands to more than ${MAX_EXPANSION} canonical forms`);
        return [];
      }
    }
    return forms;
  };

  const rules: RuleDef[] = [];
  const rulesNode = root.get('rules', true);
  if (rulesNode === undefined) at(pos(root), 'missing-key', 'the glossary needs "rules"');
  else if (!isSeq(rulesNode)) at(pos(rulesNode as Node), 'bad-type', '"rules" must be a list');
  else {
    const seen = new Map<string, number>();
    for (const item of rulesNode.items) {
      if (!isMap(item)) {
        at(pos(item as Node), 'bad-type', 'each rule must be a mapping with id, canonical and variants');
        continue;
      }
      const rule = parseRule(item);
      if (!rule) continue;
      const prev = seen.get(rule.id);
      if (prev !== undefined) {
        const p = lineCounter.linePos(prev);
        at(pos(item.get('id', true) as Node), 'duplicate-id', `duplicate rule id "${rule.id}" (first defined at line ${p.line})`);
      } else seen.set(rule.id, rule.offset);
      rules.push(rule);
    }
  }

  function parseWindow(node: unknown, key: string): ContextWindow | undefined {
    if (isSeq(node) || (isScalar(node) && typeof node.value === 'string')) {
      const words = strList(node, key, 'context');
      return words ? { words: words.map((w) => phraseKey(w.value)), within: DEFAULT_WINDOW } : undefined;
    }
    if (!isMap(node)) {
      at(pos(node as Node), 'bad-type', `context "${key}" must be a list of words or { words, within }`);
      return undefined;
    }
    checkKeys(node, WINDOW_KEYS, `context "${key}"`);
    const words = strList(node.get('words', true), 'words', `context "${key}"`);
    if (!words?.length) {
      at(pos(node), 'missing-key', `context "${key}" needs "words"`);
      return undefined;
    }
    const within: unknown = (node.get('within', true) as Node | undefined)?.toJSON();
    if (within !== undefined && (typeof within !== 'number' || !Number.isInteger(within) || within < 1 || within > 50)) {
      at(pos(node.get('within', true) as Node), 'bad-type', `"within" must be a whole number from 1 to 50`);
    }
    return { words: words.map((w) => phraseKey(w.value)), within: typeof within === 'number' ? within : DEFAULT_WINDOW };
  }

  function parseContext(node: unknown): ContextConditions | undefined {
    if (!isMap(node)) {
      at(pos(node as Node), 'bad-type', '"context" must be a mapping');
      return undefined;
    }
    checkKeys(node, CONTEXT_KEYS, 'context');
    const c: ContextConditions = {};
    for (const k of ['before', 'after', 'notBefore', 'notAfter'] as const) {
      const n = node.get(k, true);
      if (n !== undefined) {
        const w = parseWindow(n, k);
        if (w) c[k] = w;
      }
    }
    for (const k of ['documentMentions', 'documentLacks'] as const) {
      const list = strList(node.get(k, true), k, 'context');
      if (list) c[k] = list.map((w) => phraseKey(w.value));
    }
    const df = node.get('documentFindings', true) as Node | undefined;
    if (df !== undefined) {
      const n: unknown = df.toJSON();
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 50) at(pos(df), 'bad-type', '"documentFindings" must be a whole number from 1 to 50');
      else c.documentFindings = n;
    }
    return c;
  }

  function parseRule(map: YAMLMap): RuleDef | undefined {
    const id = str(map, 'id', 'a rule', true);
    const where = id ? `rule "${id}"` : 'a rule';
    checkKeys(map, RULE_KEYS, where);
    if (id !== undefined && !ID.test(id)) at(pos(map.get('id', true) as Node), 'bad-id', `rule id "${id}" must be lower-case letters, digits, dots and hyphens`);
    const templates = strList(map.get('canonical', true), 'canonical', where);
    if (!templates?.length) at(pos(map), 'missing-key', `${where} needs "canonical"`);
    const canonical = templates?.flatMap((t) => expand(t, where).map((value) => ({ value, offset: t.offset })));
    const variants = strList(map.get('variants', true), 'variants', where) ?? [];
    const canonKeys = (canonical ?? []).map((c) => phraseKey(c.value));
    for (const v of variants) {
      if (canonKeys.includes(phraseKey(v.value))) at(v.offset, 'variant-is-canonical', `variant "${v.value}" of ${where} equals its own canonical term`);
    }
    const generateNode: unknown = (map.get('generate', true) as Node | undefined)?.toJSON();
    if (generateNode !== undefined && typeof generateNode !== 'boolean' && generateNode !== 'curated') {
      at(pos(map.get('generate', true) as Node), 'bad-type', `"generate" in ${where} must be true, false or curated`);
    }
    const generate: Generate = generateNode === 'curated' ? 'curated' : generateNode !== false;
    const multiWord = canonKeys.some((k) => k.includes(' '));
    if (canonical?.length && variants.length === 0 && !(generate && multiWord)) {
      at(pos(map), 'no-variants', `${where} has no variants and its canonical term is a single word, so it can never match (single words do not generate thesaurus variants)`);
    }
    let context: ContextConditions | undefined;
    const ctxNode = map.get('context', true);
    if (ctxNode !== undefined) context = parseContext(ctxNode);
    const examples: RuleDef['examples'] = { flag: [], pass: [] };
    const exNode = map.get('examples', true);
    if (exNode !== undefined) {
      if (!isMap(exNode)) at(pos(exNode as Node), 'bad-type', `"examples" in ${where} must be a mapping with flag and pass`);
      else {
        checkKeys(exNode, EXAMPLE_KEYS, `examples of ${where}`);
        const flag = exNode.get('flag', true);
        if (flag !== undefined) {
          if (!isSeq(flag)) at(pos(flag as Node), 'bad-type', `"flag" examples in ${where} must be a list`);
          else
            for (const f of flag.items) {
              if (!isMap(f)) {
                at(pos(f as Node), 'bad-type', `each flag example in ${where} needs text and fixed`);
                continue;
              }
              checkKeys(f, FLAG_KEYS, `a flag example of ${where}`);
              const text = str(f, 'text', `a flag example of ${where}`, true);
              const fixed = str(f, 'fixed', `a flag example of ${where}`, true);
              if (text !== undefined && fixed !== undefined) examples.flag.push({ value: { text, fixed }, offset: pos(f) });
            }
        }
        examples.pass = strList(exNode.get('pass', true), 'pass', `examples of ${where}`) ?? [];
      }
    }
    if (id === undefined || !canonical?.length) return undefined;
    const note = str(map, 'note', where);
    const url = str(map, 'url', where);
    return {
      id,
      canonical: canonical.map((c) => c.value),
      variants,
      severity: severity(map, 'severity', where, defSeverity),
      category: str(map, 'category', where) ?? defCategory,
      ...(note !== undefined ? { note } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(context ? { context } : {}),
      generate,
      generatedSeverity: severity(map, 'generatedSeverity', where, defGenerated),
      examples,
      offset: pos(map),
    };
  }

  const glossary: GlossaryDef = { file, name, description, language, synonyms, rules, linePos: (o) => lineCounter.linePos(o) };
  return { glossary, diagnostics };
}
