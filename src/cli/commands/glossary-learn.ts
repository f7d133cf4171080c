import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { NewRule } from '../../glossary/edit.js';
import { BUNDLED_GLOSSARIES, glossaryFiles, loadGlossaries } from '../../glossary/load.js';
import { parseGlossary } from '../../glossary/parse.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { learnFromPairs, type LearnResult, type PairInput, type Proposal } from '../../learn/aggregate.js';
import { cleanHits, type CleanDoc, type CleanHit } from '../../learn/guard.js';
import { groupRules, isRule, toNewRule, uniqueId } from '../../learn/rules.js';
import { newGlossarySource, writeLearned } from '../../learn/write.js';
import { compileOptionsFor, loadLexicon, type Lexicon } from '../../lexicon/load.js';
import { parseAnnotated } from '../../eval/annotations.js';
import { textFiles } from '../../eval/corpus.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse } from '../args.js';
import { HELP } from '../help.js';
import { CliError, EXIT, type CliIO } from '../io.js';
import { positiveInt, readTextFile } from './glossary-tools.js';

const CMD = 'glossary learn';
/** In a --pairs directory, NAME + one of these is the original and NAME.spun.txt its spun copy. */
const ORIGINAL_SUFFIXES = ['.orig.txt', '.clean.txt'];
const SPUN_SUFFIX = '.spun.txt';
/** As the glossary parser requires of a name. */
const GLOSSARY_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** A spun copy from the project's corpora carries `[[spun|canonical|family]]` markup (corpora/ANNOTATION.md); it is read without it. */
function spunText(text: string): string {
  return /\[\[[^[\]|]+\|[^[\]|]*\|[a-z]+(?:\|maybe)?\]\]/.test(text) ? parseAnnotated(text).text : text;
}

/** Pairs in a directory; a file without its other half is skipped with a warning, as a corpus being written may hold one. */
function pairsFromDir(dir: string, warn: (m: string) => void): PairInput[] {
  const files = readdirSync(dir).sort();
  const out: PairInput[] = [];
  const paired = new Set<string>();
  for (const f of files) {
    const suffix = ORIGINAL_SUFFIXES.find((s) => f.endsWith(s));
    if (!suffix) continue;
    const name = f.slice(0, -suffix.length);
    if (!existsSync(join(dir, name + SPUN_SUFFIX))) {
      warn(`${join(dir, f)} has no spun copy ${name}${SPUN_SUFFIX}; skipped`);
      continue;
    }
    paired.add(name + SPUN_SUFFIX);
    out.push({ name, original: readTextFile(CMD, join(dir, f)), spun: spunText(readTextFile(CMD, join(dir, name + SPUN_SUFFIX))) });
  }
  for (const f of files) if (f.endsWith(SPUN_SUFFIX) && !paired.has(f)) warn(`${join(dir, f)} has no original (${ORIGINAL_SUFFIXES.join(' or ')}); skipped`);
  if (!out.length) throw new CliError(`${CMD}: ${dir}: no pairs (expected NAME.orig.txt with NAME.spun.txt)`);
  return out;
}

function pairsFromJsonl(file: string): PairInput[] {
  const out: PairInput[] = [];
  readTextFile(CMD, file)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (err) {
        throw new CliError(`${CMD}: ${file}:${i + 1}:1: not JSON (${(err as Error).message})`);
      }
      const r = row as { original?: unknown; spun?: unknown; name?: unknown; id?: unknown };
      if (typeof r.original !== 'string' || typeof r.spun !== 'string') throw new CliError(`${CMD}: ${file}:${i + 1}:1: needs string fields "original" and "spun"`);
      const name = typeof r.name === 'string' ? r.name : typeof r.id === 'string' ? r.id : `${basename(file)}:${String(i + 1).padStart(6, '0')}`;
      out.push({ name, original: r.original, spun: r.spun });
    });
  if (!out.length) throw new CliError(`${CMD}: ${file}: no pairs`);
  return out;
}

function readPairs(pairs: string | undefined, positionals: string[], warn: (m: string) => void): PairInput[] {
  if (pairs !== undefined) {
    if (positionals.length) throw new CliError(`${CMD}: give either ORIGINAL SPUN or --pairs, not both`);
    let dir: boolean;
    try {
      dir = statSync(pairs).isDirectory();
    } catch {
      throw new CliError(`${CMD}: ${pairs}: no such file or directory`);
    }
    return dir ? pairsFromDir(pairs, warn) : pairsFromJsonl(pairs);
  }
  if (positionals.length !== 2) throw new CliError(`${CMD}: give ORIGINAL and SPUN files, or --pairs DIR|FILE.jsonl; see "unspin ${CMD} --help"`);
  const [o, s] = positionals as [string, string];
  return [{ name: basename(s), original: readTextFile(CMD, o), spun: spunText(readTextFile(CMD, s)) }];
}

function readClean(dirs: string[]): CleanDoc[] {
  return dirs.flatMap((d) => {
    if (!existsSync(d)) throw new CliError(`${CMD}: --clean ${d}: no such file or directory`);
    return statSync(d).isDirectory() ? textFiles(d).map((p) => ({ path: p, text: readTextFile(CMD, p) })) : [{ path: d, text: readTextFile(CMD, d) }];
  });
}

function describe(p: Proposal, n: number): string {
  const lines = [`${n}. ${p.kind}: "${p.canonical}" → "${p.variant}"  (seen ${p.count}× in ${p.pairs} pair${p.pairs === 1 ? '' : 's'})`];
  for (const e of p.evidence) {
    lines.push(`     original ${e.pair}:${e.orig.line}:${e.orig.column}  ${e.orig.context}`);
    lines.push(`     spun     ${e.pair}:${e.spun.line}:${e.spun.column}  ${e.spun.context}`);
  }
  return sanitizeForTerminal(lines.join('\n'), true);
}

async function choose(io: CliIO, proposals: Proposal[]): Promise<Set<number>> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  const kept = new Set<number>();
  try {
    for (let i = 0; i < proposals.length; i++) {
      io.stderr.write(describe(proposals[i]!, i + 1) + '\n');
      const a = (await rl.question('Keep? [y]es, [n]o, [q]uit: ')).trim().toLowerCase();
      if (a === 'q' || a === 'quit') break;
      if (a === 'y' || a === 'yes') kept.add(i);
    }
  } finally {
    rl.close();
  }
  return kept;
}

/** The glossaries the learned entries will be used with: -g (default bundled) plus the --into file, each once. */
function baselineRules(paths: string[], lexicon: Lexicon, target?: string) {
  try {
    const files = glossaryFiles(paths.length ? paths : [BUNDLED_GLOSSARIES]);
    if (target && !files.some((f) => resolve(f) === resolve(target))) files.push(target);
    return loadGlossaries(files, lexicon, { examples: false });
  } catch (err) {
    throw new CliError(`${CMD}: ${(err as Error).message}`);
  }
}

interface Outcome {
  written?: { file: string; rules: { proposal: number; id: string }[]; synonyms: number[] };
  dropped: (CleanHit & { action: 'dropped' | 'demoted' })[];
  rejected: { proposal: number; reason: string }[];
}

function report(io: CliIO, r: LearnResult, shown: Proposal[], outcome: Outcome | undefined, format: 'text' | 'json'): void {
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ version: 1, pairs: r.pairs, paragraphs: r.paragraphs, substitutions: r.substitutions, noise: r.noise, proposals: r.proposals, ...(outcome ?? {}) }, null, 2) + '\n');
    return;
  }
  const lines = shown.map((p, i) => describe(p, i + 1));
  const noise = r.noise.map((n) => `${n.reason} ${n.count}`).join(', ');
  lines.push(
    `${r.pairs} pair${r.pairs === 1 ? '' : 's'}: ${r.paragraphs.matched} paragraphs aligned, ${r.paragraphs.dropped} dropped, ${r.paragraphs.added} added; ${r.substitutions} changes, ${r.proposals.length} proposals${noise ? `; ignored: ${noise}` : ''}`,
  );
  if (shown.length < r.proposals.length) lines.push(`(${r.proposals.length - shown.length} more; --limit 0 shows all)`);
  if (outcome) {
    const name = (i: number) => `"${r.proposals[i]!.canonical}" → "${r.proposals[i]!.variant}"`;
    for (const d of outcome.dropped) lines.push(`${d.action} (flags clean text ${d.hits}×) ${r.proposals[d.proposal]!.kind} ${name(d.proposal)}: ${d.path}: "${d.actual}" → "${d.expected}"`);
    for (const x of outcome.rejected) lines.push(`not written ${name(x.proposal)}: ${x.reason}`);
    const ruleCount = new Set(outcome.written?.rules.map((x) => x.id)).size;
    if (outcome.written) lines.push(`wrote ${ruleCount} rule${ruleCount === 1 ? '' : 's'} and ${outcome.written.synonyms.length} synonym${outcome.written.synonyms.length === 1 ? '' : 's'} to ${outcome.written.file}`);
  }
  io.stdout.write(sanitizeForTerminal(lines.join('\n'), true) + '\n');
}

/** `unspin glossary learn ORIGINAL SPUN | --pairs DIR|FILE.jsonl`: proposes, checks and writes what a spinner was seen to swap. */
export async function runGlossaryLearn(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(CMD, argv, {
    pairs: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'accept-min-count': { type: 'string' },
    out: { type: 'string' },
    into: { type: 'string' },
    name: { type: 'string' },
    clean: { type: 'string', multiple: true },
    'clean-action': { type: 'string' },
    glossary: { type: 'string', short: 'g', multiple: true },
    limit: { type: 'string' },
  });
  if (values.help) return (io.stdout.write(HELP[CMD]!), EXIT.ok);
  const format = oneOf(CMD, 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const cleanAction = oneOf(CMD, 'clean-action', values['clean-action'] as string | undefined, ['drop', 'demote'] as const, 'drop');
  const minCount = values['accept-min-count'] === undefined ? undefined : positiveInt(CMD, 'accept-min-count', values['accept-min-count'], 1);
  const limitRaw = values.limit as string | undefined;
  const limit = limitRaw === '0' ? Infinity : positiveInt(CMD, 'limit', limitRaw, 50);
  const out = values.out as string | undefined;
  const into = values.into as string | undefined;
  if (out && into) throw new CliError(`${CMD}: give --out (a new file) or --into (an existing file), not both`);
  const target = out ?? into;
  if (out && existsSync(out)) throw new CliError(`${CMD}: --out ${out} exists; use --into to add to it`);
  const name = (values.name as string | undefined) ?? (out ? basename(out).replace(/\.ya?ml$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'learned' : 'learned');
  if (!GLOSSARY_NAME.test(name)) throw new CliError(`${CMD}: --name must be lower-case letters, digits and hyphens, got "${name}"`);
  const before = into ? readTextFile(CMD, into) : undefined;
  if (into) {
    const errors = parseGlossary(before!, into).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new CliError(`${CMD}: ${into} has errors; fix them first ("unspin glossary lint ${into}")`);
  }
  const pairs = readPairs(values.pairs as string | undefined, positionals, (m) => io.stderr.write(`unspin: ${CMD}: warning: ${sanitizeForTerminal(m)}\n`));
  const clean = readClean((values.clean as string[] | undefined) ?? []);
  const lexicon = loadLexicon();
  const isWord = (w: string) => {
    const e = lexicon.synonyms.lookup(w);
    return e.primary.length + e.other.length + e.related.length > 0;
  };
  const result = learnFromPairs(pairs, { morph: lexicon.morph, isWord });
  const shown = result.proposals.slice(0, limit);
  if (!target) {
    if (minCount !== undefined || clean.length) throw new CliError(`${CMD}: --accept-min-count and --clean choose what to write; give --out or --into`);
    report(io, result, shown, undefined, format);
    return EXIT.ok;
  }

  let kept: Set<number>;
  if (minCount !== undefined) kept = new Set(result.proposals.flatMap((p, i) => (p.count >= minCount ? [i] : [])));
  else if (io.stdin.isTTY && format === 'text') kept = await choose(io, result.proposals);
  else throw new CliError(`${CMD}: stdin is not a terminal, so unspin cannot ask which proposals to keep; give --accept-min-count N`);

  // Each proposal is checked on clean text on its own, so one bad spun form costs only itself.
  const single = new Map<number, NewRule>();
  const synonyms = new Map<number, Proposal>();
  for (const i of [...kept].sort((a, b) => a - b)) {
    const p = result.proposals[i]!;
    if (isRule(p)) single.set(i, toNewRule([p], 'check'));
    else synonyms.set(i, p);
  }
  const outcome: Outcome = { dropped: [], rejected: [] };
  const baseline = baselineRules((values.glossary as string[] | undefined) ?? [], lexicon, into);
  const opts = compileOptionsFor(lexicon, baseline.synonyms);
  const demoted = new Map<number, CleanHit>();
  if (clean.length) {
    for (const h of cleanHits(single, synonyms, baseline.rules, opts, clean)) {
      if (single.has(h.proposal) && cleanAction === 'demote') demoted.set(h.proposal, h);
      else {
        single.delete(h.proposal);
        synonyms.delete(h.proposal);
      }
      outcome.dropped.push({ ...h, action: demoted.has(h.proposal) ? 'demoted' : 'dropped' });
    }
  }
  const used = new Set<string>(before ? (parseGlossary(before, into!).glossary?.rules.map((r) => r.id) ?? []) : []);
  const rules = new Map<number, NewRule>();
  const members = new Map<number, number[]>();
  for (const group of groupRules(result.proposals, [...single.keys()], new Set(demoted.keys()))) {
    const head = group[0]!;
    const d = demoted.get(head);
    const rule = toNewRule(
      group.map((i) => result.proposals[i]!),
      uniqueId(result.proposals[head]!, used),
      d ? 'info' : undefined,
    );
    rules.set(head, d ? { ...rule, note: `${rule.note} Demoted: it flags clean text ("${d.actual}" in ${basename(d.path)}).` } : rule);
    members.set(head, group);
  }

  const source = before ?? newGlossarySource(name, result.pairs);
  // The --into file's own rules are checked by insertRules, with its messages.
  const intoName = into ? parseGlossary(before!, into).glossary?.name : undefined;
  const w = writeLearned(source, rules, synonyms, opts, into ? baseline.rules.filter((r) => !r.id.startsWith(`${intoName}/`)) : baseline.rules);
  for (const [head, reason] of w.rejected) for (const proposal of members.get(head) ?? [head]) outcome.rejected.push({ proposal, reason });
  outcome.rejected.sort((a, b) => a.proposal - b.proposal);
  if (into && readTextFile(CMD, into) !== before) throw new CliError(`${CMD}: ${into} changed on disk while the proposals were checked; nothing written, run again`);
  try {
    writeFileAtomic(target, w.text);
  } catch (err) {
    throw new CliError(`${CMD}: cannot write ${target}: ${(err as Error).message}`);
  }
  const written = [...w.rules].flatMap(([head, id]) => (members.get(head) ?? [head]).map((proposal) => ({ proposal, id })));
  outcome.written = { file: target, rules: written.sort((a, b) => a.proposal - b.proposal), synonyms: w.synonyms };
  report(io, result, shown, outcome, format);
  return EXIT.ok;
}
