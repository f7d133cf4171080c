import { stringify } from 'yaml';
import { checkText } from '../../core/check.js';
import { compile, generates } from '../../core/compile.js';
import { phraseWords } from '../../core/phrase.js';
import type { Finding } from '../../core/types.js';
import { formatDiagnostic } from '../../glossary/diagnostic.js';
import { parseDraft } from '../../glossary/draft.js';
import { parseGlossary } from '../../glossary/parse.js';
import { mergeSynonyms, toRule, toRules } from '../../glossary/rules.js';
import type { GlossaryDef } from '../../glossary/schema.js';
import { compileOptionsFor } from '../../lexicon/load.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse, type Values } from '../args.js';
import { loadEngine } from '../engine.js';
import { makeStyle, type Style } from '../format/style.js';
import { HELP } from '../help.js';
import { inputDocs, isProblem } from '../inputs.js';
import { CliError, EXIT, useColor, type CliIO } from '../io.js';
import { colorFlag, COMMON_OPTIONS } from './check.js';
import { CORPUS_OPTIONS, corpusOptions, plural, positiveInt, readTextFile } from './glossary-tools.js';

const CMD = 'glossary try';

/** The context conditions of the glossary format, one option each. */
const WINDOW_FLAGS = { before: 'before', after: 'after', 'not-before': 'notBefore', 'not-after': 'notAfter' } as const;
const DOCUMENT_FLAGS = { 'document-mentions': 'documentMentions', 'document-lacks': 'documentLacks' } as const;

interface Overlap {
  ruleId: string;
  actual: string;
  expected: string;
  line: number;
  column: number;
}

interface Match {
  path: string;
  line: number;
  column: number;
  start: number;
  end: number;
  actual: string;
  expected: string[];
  generated: boolean;
  before: string;
  after: string;
  overlaps: Overlap[];
}

/** The draft rule from --rule-file, or from flags through the same parser as a glossary file. */
function draftGlossary(values: Values): GlossaryDef {
  const list = (k: string): string[] => ((values[k] as string[] | undefined) ?? []).map((s) => s.trim()).filter(Boolean);
  const file = values['rule-file'] as string | undefined;
  const fromFlags = list('variant').length || list('canonical').length || Object.keys({ ...WINDOW_FLAGS, ...DOCUMENT_FLAGS }).some((k) => list(k).length);
  if (file && fromFlags) throw new CliError(`${CMD}: give the draft rule either with --rule-file or with --canonical/--variant and context options, not both`);
  let parsed: ReturnType<typeof parseDraft>;
  let source: string;
  if (file) {
    source = readTextFile(CMD, file);
    parsed = parseDraft(source, file);
  } else {
    if (!list('canonical').length) throw new CliError(`${CMD}: a draft rule needs --canonical (the repair) and usually --variant; or give --rule-file draft.yaml`);
    const within = values.within === undefined ? undefined : positiveInt(CMD, 'within', values.within, 3);
    const context: Record<string, unknown> = {};
    for (const [flag, key] of Object.entries(WINDOW_FLAGS)) if (list(flag).length) context[key] = within === undefined ? list(flag) : { words: list(flag), within };
    for (const [flag, key] of Object.entries(DOCUMENT_FLAGS)) if (list(flag).length) context[key] = list(flag);
    const canonical = list('canonical');
    const rule = {
      id: (values.id as string | undefined) ?? 'draft',
      canonical: canonical.length === 1 ? canonical[0] : canonical,
      ...(list('variant').length ? { variants: list('variant') } : {}),
      ...(values['no-generate'] ? { generate: false } : values['curated-only'] ? { generate: 'curated' } : {}),
      ...(Object.keys(context).length ? { context } : {}),
    };
    source = stringify({ name: 'draft', description: 'draft', language: 'en', rules: [rule] });
    parsed = parseGlossary(source, '<flags>');
  }
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !parsed.glossary) {
    const shown = errors.map((d) => (file ? formatDiagnostic(d, source) : d.message));
    throw new CliError(`${CMD}: the draft rule is not valid:\n${shown.join('\n')}`);
  }
  if (!parsed.glossary.rules.length) throw new CliError(`${CMD}: ${file ?? 'the draft'} has no rules`);
  return parsed.glossary;
}

/** A concordance line's context: one line of text, whitespace collapsed, cut at a word boundary. */
function context(text: string, from: number, to: number, side: 'left' | 'right', width: number): string {
  const raw = text.slice(Math.max(0, from), Math.min(text.length, to)).replace(/\s+/g, ' ');
  if (raw.length <= width) return raw;
  return side === 'left' ? '…' + raw.slice(raw.length - width + 1) : raw.slice(0, width - 1) + '…';
}

function overlapsOf(f: Finding, existing: readonly Finding[]): Overlap[] {
  return existing
    .filter((e) => e.start < f.end && e.end > f.start)
    .map((e) => ({ ruleId: e.ruleId, actual: e.actual, expected: e.expected[0] ?? '', line: e.line, column: e.column }));
}

function concordance(m: Match, width: number, s: Style, color: boolean): string {
  const safe = (x: string): string => sanitizeForTerminal(x);
  const left = safe(m.before).padStart(width);
  const hit = m.generated ? s.yellow(s.bold(safe(m.actual))) : s.red(s.bold(safe(m.actual)));
  const where = s.dim(`${safe(m.path)}:${m.line}:${m.column}`);
  const mark = color ? hit : `[${hit}]`;
  const extra = m.overlaps.length ? s.cyan(`  (also ${m.overlaps.map((o) => safe(o.ruleId)).join(', ')})`) : '';
  return `${left}${mark}${safe(m.after)}  → ${safe(m.expected[0] ?? '')}${m.generated ? s.dim(' (generated)') : ''}${extra}  ${where}`;
}

export async function runGlossaryTry(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(CMD, argv, {
    ...COMMON_OPTIONS,
    'rule-file': { type: 'string', short: 'r' },
    id: { type: 'string' },
    canonical: { type: 'string', multiple: true },
    variant: { type: 'string', multiple: true },
    'no-generate': { type: 'boolean' },
    'curated-only': { type: 'boolean' },
    ...Object.fromEntries(Object.keys({ ...WINDOW_FLAGS, ...DOCUMENT_FLAGS }).map((k) => [k, { type: 'string', multiple: true }])),
    within: { type: 'string' },
    sample: { type: 'string', short: 'n' },
    width: { type: 'string' },
    format: { type: 'string', short: 'f' },
    ...CORPUS_OPTIONS,
  });
  if (values.help) return (io.stdout.write(HELP[CMD]!), EXIT.ok);
  const format = oneOf(CMD, 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const sample = values.sample === undefined ? Infinity : positiveInt(CMD, 'sample', values.sample, 1);
  const width = positiveInt(CMD, 'width', values.width, 40);
  const draft = draftGlossary(values);
  if (!positionals.length && io.stdin.isTTY) throw new CliError(`${CMD}: no corpus; give files, directories or JSONL, or pipe text to stdin (see --help)`);

  // The draft compiles alone (with the lexicon and every loaded synonyms: section, as it would
  // once shipped); the existing rules compile as check loads them, to find overlaps.
  const engine = loadEngine(values.glossary as string[] | undefined, { examples: false });
  const all = [...engine.loaded.glossaries, draft];
  const alone = compile(toRules([draft]), compileOptionsFor(engine.lexicon, mergeSynonyms(all)));
  // Once shipped, a generated variant equal to any loaded canonical term is never flagged; the
  // draft alone would not know those terms, so they are added to its guard.
  const index = { ...alone, canonicalKeys: new Set([...alone.canonicalKeys, ...engine.index.canonicalKeys]) };

  const documents: { path: string; matches: number }[] = [];
  const matches: Match[] = [];
  const failed: { path: string; message: string }[] = [];
  let total = 0;
  let overlapping = 0;
  const docs = inputDocs(positionals, io, corpusOptions(values));
  for await (const doc of docs) {
    if (isProblem(doc)) {
      if (!doc.skipped) failed.push({ path: doc.path, message: doc.message });
      io.stderr.write(`unspin: ${sanitizeForTerminal(doc.path)}: ${doc.message}\n`);
      continue;
    }
    const found = checkText(doc.text, index);
    documents.push({ path: doc.path, matches: found.length });
    if (!found.length) continue;
    const existing = checkText(doc.text, engine.index);
    for (const f of found) {
      total++;
      const overlaps = overlapsOf(f, existing);
      if (overlaps.length) overlapping++;
      if (matches.length < sample) {
        matches.push({
          path: doc.path,
          line: f.line,
          column: f.column,
          start: f.start,
          end: f.end,
          actual: f.actual,
          expected: f.expected,
          generated: f.generated === true,
          before: context(doc.text, f.start - width * 2, f.start, 'left', width),
          after: context(doc.text, f.end, f.end + width * 2, 'right', width),
          overlaps,
        });
      }
    }
  }
  const matched = documents.filter((d) => d.matches > 0);
  const totals = { documents: documents.length, matched: matched.length, matches: total, overlapping, shown: matches.length };
  if (format === 'json') {
    const rules = draft.rules.map((r) => ({ id: r.id, canonical: r.canonical, variants: r.variants.map((v) => v.value), generate: r.generate, ...(r.context ? { context: r.context } : {}) }));
    io.stdout.write(JSON.stringify({ version: 1, rules, totals, documents, matches, failed }, null, 2) + '\n');
  } else {
    const color = useColor(io, io.stdout, colorFlag(values));
    const s = makeStyle(color);
    const safe = (x: string): string => sanitizeForTerminal(x);
    const lines: string[] = [];
    for (const r of draft.rules) {
      const variants = r.variants.map((v) => v.value).join(', ');
      lines.push(s.bold(safe(`draft rule "${r.id}": ${r.canonical.join(' | ')}`)) + (variants ? ` ← ${safe(variants)}` : '') + (r.canonical.some((c) => generates(toRule(draft, r, 0), phraseWords(c))) ? ' (and generated variants)' : ''));
    }
    if (matches.length) lines.push('', ...matches.map((m) => concordance(m, width, s, color)));
    if (matched.length) lines.push('', 'per document:', ...matched.map((d) => `  ${String(d.matches).padStart(5)}  ${safe(d.path)}`));
    lines.push(
      '',
      `${plural(total, 'match', 'matches')} in ${matched.length} of ${plural(documents.length, 'document')}; ${overlapping} overlap${overlapping === 1 ? 's' : ''} findings of existing rules` +
        (matches.length < total ? `; showing ${matches.length} (--sample)` : ''),
    );
    // Every piece of untrusted text was sanitized above; the joins only add styling and newlines.
    io.stdout.write(lines.join('\n') + '\n');
  }
  return failed.length ? EXIT.usage : EXIT.ok;
}
