import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { phraseKey } from '../core/phrase.js';
import type { Generate } from '../core/types.js';
import { parseGlossary } from './parse.js';

/** A rule to add to a glossary file, in the file's own vocabulary (see glossaries/README.md). */
export interface NewRule {
  id: string;
  canonical: string | string[];
  variants?: string[];
  severity?: 'error' | 'warning' | 'info';
  category?: string;
  note?: string;
  generate?: Generate;
  examples?: { flag?: { text: string; fixed: string }[]; pass?: string[] };
}

interface Splice {
  at: number;
  /** Characters of the source replaced (0 for a pure insertion). */
  remove: number;
  text: string;
}

/**
 * Adds rules (and spinner synonyms) to a glossary's YAML source. Every byte outside the
 * inserted text stays as it was: the source is parsed with the Document API only to find where
 * the `rules:` sequence and `synonyms:` map end and how they are indented, and the new text is
 * spliced in there, because re-serializing a whole Document refolds long strings and block
 * scalars. Conflicts (an id already used, a variant that is already another rule's variant or
 * canonical term, or the other way round) are returned as problems and the source is returned
 * unchanged. Pure: strings in, strings out.
 */
export function insertRules(source: string, rules: NewRule[], synonyms?: Record<string, string[]>): { text: string; problems: string[] } {
  const refuse = (problems: string[]) => ({ text: source, problems });
  const doc = parseDocument(source, { keepSourceTokens: false });
  if (doc.errors.length) return refuse(doc.errors.map((e) => `the glossary is not valid YAML: ${e.message.split('\n')[0]}`));
  const root = doc.contents;
  if (!isMap(root)) return refuse(['the glossary is not a YAML mapping']);

  const problems = conflicts(source, rules);
  if (problems.length) return refuse(problems);

  const splices: Splice[] = [];
  const rulesNode = root.get('rules', true) as Node | undefined;
  if (rules.length) {
    if (rulesNode !== undefined && !isSeq(rulesNode)) return refuse(['"rules" in the glossary is not a list']);
    const s = rulesNode ? appendRules(source, root, rulesNode, rules) : appendTopBlock(source, root, 'rules', rules.map(ruleNode));
    if (typeof s === 'string') return refuse([s]);
    splices.push(s);
  }
  const synEntries = Object.entries(synonyms ?? {}).map(([w, list]) => [w.toLowerCase(), list.map((x) => x.toLowerCase())] as const);
  if (synEntries.length) {
    const synNode = root.get('synonyms', true) as Node | undefined;
    if (synNode !== undefined && !isMap(synNode)) return refuse(['"synonyms" in the glossary is not a mapping']);
    const s = synNode ? mergeSynonyms(source, synNode, synEntries) : [synonymsBlock(source, root, synEntries)];
    for (const x of s) if (typeof x === 'string') return refuse([x]);
    splices.push(...(s as Splice[]));
  }

  let text = source;
  // From the end, so offsets stay valid; at one offset the later splice goes in first so the
  // text reads in the order the splices were made.
  const order = splices.map((s, i) => ({ s, i })).sort((a, b) => b.s.at - a.s.at || b.i - a.i);
  // Inserted lines take the file's line ending.
  const crlf = source.includes('\r\n');
  for (const { s } of order) text = text.slice(0, s.at) + (crlf ? s.text.replace(/\r?\n/g, '\r\n') : s.text) + text.slice(s.at + s.remove);
  const check = verify(source, text, rules, synEntries);
  return check ? refuse([check]) : { text, problems: [] };
}

/** Id and variant conflicts of the new rules with the file's rules and with each other. */
function conflicts(source: string, rules: NewRule[]): string[] {
  const parsed = parseGlossary(source, 'glossary').glossary;
  const ids = new Map<string, string>();
  const variants = new Map<string, string>();
  const canonicals = new Map<string, string>();
  for (const r of parsed?.rules ?? []) {
    ids.set(r.id, 'the glossary');
    for (const v of r.variants) variants.set(phraseKey(v.value), r.id);
    for (const c of r.canonical) canonicals.set(phraseKey(c), r.id);
  }
  const out: string[] = [];
  for (const r of rules) {
    const where = ids.get(r.id);
    if (where) out.push(`rule id "${r.id}" is already used${where === 'the glossary' ? ' in the glossary' : ' by another new rule'}`);
    ids.set(r.id, 'new');
    const canon = typeof r.canonical === 'string' ? [r.canonical] : r.canonical;
    for (const v of r.variants ?? []) {
      const k = phraseKey(v);
      const owner = variants.get(k);
      if (owner !== undefined) out.push(`variant "${v}" of rule "${r.id}" is already a variant of rule "${owner}"`);
      const canonOwner = canonicals.get(k);
      if (canonOwner !== undefined) out.push(`variant "${v}" of rule "${r.id}" is the canonical term of rule "${canonOwner}": it would flag correct text`);
      if (canon.some((c) => phraseKey(c) === k)) out.push(`variant "${v}" of rule "${r.id}" equals its own canonical term`);
    }
    for (const c of canon) {
      const owner = variants.get(phraseKey(c));
      if (owner !== undefined) out.push(`canonical term "${c}" of rule "${r.id}" is a variant of rule "${owner}": that rule would flag its repairs`);
    }
    for (const v of r.variants ?? []) variants.set(phraseKey(v), r.id);
    for (const c of canon) canonicals.set(phraseKey(c), r.id);
  }
  return out;
}

/** The rule as a YAML node in the shipped glossaries' style: word lists in flow style, examples in block style. */
function ruleNode(r: NewRule): Node {
  const d = new Document();
  const obj: Record<string, unknown> = { id: r.id, canonical: r.canonical };
  if (r.variants?.length) obj.variants = r.variants;
  if (r.severity) obj.severity = r.severity;
  if (r.category) obj.category = r.category;
  if (r.generate !== undefined) obj.generate = r.generate;
  if (r.note) obj.note = r.note;
  const flag = r.examples?.flag ?? [];
  const pass = r.examples?.pass ?? [];
  if (flag.length || pass.length) obj.examples = { ...(flag.length ? { flag } : {}), ...(pass.length ? { pass } : {}) };
  const node = d.createNode(obj) as YAMLMap;
  for (const key of ['canonical', 'variants']) {
    const v = node.get(key, true);
    if (isSeq(v)) v.flow = true;
  }
  return node;
}

function render(node: unknown, indent: string): string {
  const d = new Document();
  d.contents = node as Node;
  const out = d.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false }).replace(/\n$/, '');
  return out
    .split('\n')
    .map((l) => (l ? indent + l : l))
    .join('\n');
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding `offset` (or the end of the source). */
function lineEnd(source: string, offset: number): number {
  const nl = source.indexOf('\n', offset);
  return nl < 0 ? source.length : nl + 1;
}

/**
 * Where a block collection's last item ends: the end of the line of its last value character,
 * so a comment that trails that line stays with it and later comments stay where they are.
 */
function afterLastItem(source: string, end: number): number {
  return lineEnd(source, contentEnd(source, end) - 1);
}

/** A node's range may run over the blank lines after it; this is where its text really ends. */
function contentEnd(source: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(source[e - 1]!)) e--;
  return e;
}

function appendRules(source: string, root: YAMLMap, seq: YAMLSeq, rules: NewRule[]): Splice | string {
  const items = seq.items as Node[];
  if (seq.flow || items.length === 0) {
    // `rules: []`: replace the flow list by a block list of the new rules.
    const [start, end] = seq.range ?? [0, 0];
    const keyPair = root.items.find((p) => p.value === seq) as Pair<Node, Node> | undefined;
    const keyCol = keyPair?.key?.range ? keyPair.key.range[0] - lineStart(source, keyPair.key.range[0]) : 0;
    const body = rules.map((r) => render(new Document().createNode([ruleNode(r)]), ' '.repeat(keyCol + 2))).join('\n');
    const existing = items.length ? source.slice(start, end) : '';
    if (existing.trim() !== '[]' && items.length) return '"rules" is a non-empty flow list; write it as a block list first';
    let at = start;
    while (at > 0 && (source[at - 1] === ' ' || source[at - 1] === '\t')) at--;
    return { at, remove: end - at, text: `\n${body}` };
  }
  const first = items[0]!.range![0];
  const dash = source.lastIndexOf('-', first);
  const indent = source.slice(lineStart(source, dash), dash);
  if (/\S/.test(indent)) return 'cannot find the indentation of the rules list';
  // Keep the file's spacing: a blank line between rules if the existing rules have one.
  const blank = items.length > 1 && /\n[ \t]*\r?\n/.test(source.slice(contentEnd(source, items[items.length - 2]!.range![1]), items[items.length - 1]!.range![0]));
  const last = items[items.length - 1]!.range!;
  const at = afterLastItem(source, last[1]);
  const prefix = at === source.length && !source.endsWith('\n') ? '\n' : '';
  const body = rules.map((r) => render(new Document().createNode([ruleNode(r)]), indent)).join(blank ? '\n\n' : '\n');
  return { at, remove: 0, text: prefix + (blank ? '\n' : '') + body + '\n' };
}

/** A new top-level key at the end of the document (`rules:` missing entirely). */
function appendTopBlock(source: string, _root: YAMLMap, key: string, nodes: Node[]): Splice {
  const d = new Document();
  const body = render(d.createNode({ [key]: nodes.map((n) => n) }), '');
  const prefix = source.endsWith('\n') || source === '' ? '' : '\n';
  return { at: source.length, remove: 0, text: `${prefix}${body}\n` };
}

function mergeSynonyms(source: string, map: YAMLMap, entries: readonly (readonly [string, string[]])[]): (Splice | string)[] {
  const out: (Splice | string)[] = [];
  const added: [string, string[]][] = [];
  for (const [word, list] of entries) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value).toLowerCase() === word) as Pair<Node, Node> | undefined;
    if (!pair) {
      added.push([word, list]);
      continue;
    }
    const value = pair.value;
    const have = isSeq(value) ? value.items.map((i) => (isScalar(i) ? String(i.value).toLowerCase() : '')) : isScalar(value) ? [String(value.value).toLowerCase()] : [];
    const fresh = [...new Set(list)].filter((w) => !have.includes(w));
    if (!fresh.length) continue;
    if (isSeq(value) && value.flow && value.range) {
      const close = source.lastIndexOf(']', value.range[1]);
      const inner = source.slice(value.range[0] + 1, close);
      out.push({ at: close, remove: 0, text: `${inner.trim() ? ', ' : ''}${fresh.map(plain).join(', ')}` });
    } else if (isSeq(value) && value.items.length && value.range) {
      const firstItem = (value.items[0] as Node).range![0];
      const dash = source.lastIndexOf('-', firstItem);
      const indent = source.slice(lineStart(source, dash), dash);
      out.push({ at: afterLastItem(source, value.range[1]), remove: 0, text: fresh.map((w) => `${indent}- ${plain(w)}\n`).join('') });
    } else if (isScalar(value) && value.range) {
      out.push({ at: value.range[0], remove: value.range[1] - value.range[0], text: `[${[...have, ...fresh].map(plain).join(', ')}]` });
    } else out.push(`synonyms entry "${word}" is not a list; cannot add to it`);
  }
  if (added.length) {
    const items = map.items as Pair<Node, Node>[];
    if (map.flow || !items.length) {
      out.push('"synonyms" is a flow or empty mapping; write it as a block mapping first');
      return out;
    }
    const keyStart = items[0]!.key.range![0];
    const indent = source.slice(lineStart(source, keyStart), keyStart);
    const lastEnd = (items[items.length - 1]!.value ?? items[items.length - 1]!.key).range![1];
    out.push({ at: afterLastItem(source, lastEnd), remove: 0, text: added.map(([w, l]) => `${indent}${plain(w)}: [${l.map(plain).join(', ')}]\n`).join('') });
  }
  return out;
}

/** A `synonyms:` section where none exists: just before `rules:`, else at the end. */
function synonymsBlock(source: string, root: YAMLMap, entries: readonly (readonly [string, string[]])[]): Splice {
  const rulesPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'rules') as Pair<Node, Node> | undefined;
  const body = `synonyms:\n${entries.map(([w, l]) => `  ${plain(w)}: [${l.map(plain).join(', ')}]\n`).join('')}`;
  if (rulesPair?.key.range) return { at: lineStart(source, rulesPair.key.range[0]), remove: 0, text: body + '\n' };
  const prefix = source.endsWith('\n') || source === '' ? '' : '\n';
  return { at: source.length, remove: 0, text: prefix + body };
}

/** A word as a flow-list item, quoted only when YAML needs it. */
function plain(word: string): string {
  const d = new Document(word);
  return d.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/**
 * The splice must change exactly what was asked: the edited file's data equals the original's
 * with the new rules appended and the synonyms merged. Anything else is a bug here, refused.
 */
function verify(before: string, after: string, rules: NewRule[], syn: readonly (readonly [string, string[]])[]): string | undefined {
  const b = parseDocument(before);
  const a = parseDocument(after);
  if (a.errors.length) return `internal error: the edited glossary does not parse (${a.errors[0]!.message.split('\n')[0]})`;
  const want = (b.toJS() ?? {}) as Record<string, unknown>;
  if (rules.length) want.rules = [...((want.rules as unknown[] | null) ?? []), ...rules.map((r) => (ruleNode(r) as YAMLMap).toJSON())];
  if (syn.length) {
    const s = { ...((want.synonyms as Record<string, unknown> | null) ?? {}) };
    for (const [w, list] of syn) {
      const key = Object.keys(s).find((k) => k.toLowerCase() === w) ?? w;
      const prev = s[key] === undefined ? [] : Array.isArray(s[key]) ? (s[key] as unknown[]).map(String) : [String(s[key])];
      s[key] = [...prev, ...[...new Set(list)].filter((x) => !prev.map((p) => p.toLowerCase()).includes(x))];
    }
    want.synonyms = s;
  }
  const got = a.toJS() as Record<string, unknown>;
  return JSON.stringify(sortKeys(got)) === JSON.stringify(sortKeys(want)) ? undefined : 'internal error: the edit changed more than the new rules and synonyms; nothing was written';
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}
