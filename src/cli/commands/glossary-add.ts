import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { createTwoFilesPatch } from 'diff';
import { checkText } from '../../core/check.js';
import { compile } from '../../core/compile.js';
import { phraseKey } from '../../core/phrase.js';
import { SEVERITIES, type Severity } from '../../core/types.js';
import { formatDiagnostic } from '../../glossary/diagnostic.js';
import { insertRules, type NewRule } from '../../glossary/edit.js';
import { runRuleExamples } from '../../glossary/examples.js';
import { slugId } from '../../glossary/import/build.js';
import { BUNDLED_GLOSSARIES, glossaryFiles, loadGlossaries } from '../../glossary/load.js';
import { parseGlossary } from '../../glossary/parse.js';
import { mergeSynonyms, toRules } from '../../glossary/rules.js';
import type { GlossaryDef } from '../../glossary/schema.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { compileOptionsFor, loadLexicon, type Lexicon } from '../../lexicon/load.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse, type Values } from '../args.js';
import { HELP } from '../help.js';
import { CliError, EXIT, type CliIO } from '../io.js';
import { readTextFile } from './glossary-tools.js';

const CMD = 'glossary add';

interface Draft {
  file?: string;
  rule: Partial<NewRule> & { variants: string[]; examples: { flag: { text: string; fixed: string }[]; pass: string[] } };
}

function flagExample(spec: string): { text: string; fixed: string } {
  const i = spec.indexOf('=>');
  if (i < 0) throw new CliError(`${CMD}: --flag takes "TEXT=>FIXED", got "${spec}"`);
  return { text: spec.slice(0, i).trim(), fixed: spec.slice(i + 2).trim() };
}

function fromFlags(values: Values): Draft {
  const list = (k: string): string[] => ((values[k] as string[] | undefined) ?? []).map((s) => s.trim()).filter(Boolean);
  const canonical = list('canonical');
  const severity = values.severity === undefined ? undefined : oneOf(CMD, 'severity', values.severity as string, SEVERITIES, 'warning');
  return {
    ...(values.file !== undefined ? { file: values.file as string } : {}),
    rule: {
      ...(values.id !== undefined ? { id: values.id as string } : {}),
      ...(canonical.length ? { canonical: canonical.length === 1 ? canonical[0]! : canonical } : {}),
      variants: list('variant'),
      ...(severity ? { severity: severity as Severity } : {}),
      ...(values.category !== undefined ? { category: values.category as string } : {}),
      ...(values.note !== undefined ? { note: values.note as string } : {}),
      ...(values['no-generate'] ? { generate: false } : values['curated-only'] ? { generate: 'curated' as const } : values.generate ? { generate: true } : {}),
      examples: { flag: list('flag').map(flagExample), pass: list('pass') },
    },
  };
}

/** Asks for what the flags left out, on a terminal only. */
async function prompt(io: CliIO, d: Draft): Promise<void> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  const ask = async (q: string, fallback = ''): Promise<string> => ((await rl.question(fallback ? `${q} [${fallback}]: ` : `${q}: `)).trim() || fallback);
  try {
    while (!d.file) d.file = await ask('Glossary file to add the rule to');
    while (!d.rule.canonical) {
      const c = (await ask('Canonical term (the repair; several separated by ";", first preferred)')).split(';').map((s) => s.trim()).filter(Boolean);
      if (c.length) d.rule.canonical = c.length === 1 ? c[0]! : c;
    }
    const first = Array.isArray(d.rule.canonical) ? d.rule.canonical[0]! : d.rule.canonical;
    while (!d.rule.id) d.rule.id = await ask('Rule id', slugId(first));
    if (!d.rule.variants.length) d.rule.variants = (await ask('Variants to flag (separated by ";", empty to rely on generated variants)')).split(';').map((s) => s.trim()).filter(Boolean);
    if (!d.rule.examples.flag.length) {
      const text = await ask('Flag example: a sentence the rule must flag (empty to skip)');
      if (text) d.rule.examples.flag.push({ text, fixed: await ask('  the same sentence repaired') });
    }
    if (!d.rule.examples.pass.length) {
      const pass = await ask('Pass example: a correct sentence the rule must leave alone (empty to skip)');
      if (pass) d.rule.examples.pass.push(pass);
    }
  } finally {
    rl.close();
  }
}

/** Glossaries loaded alongside the target file (default: the bundled ones), without the target itself. */
function otherGlossaries(paths: string[], target: string, lexicon: Lexicon): GlossaryDef[] {
  const files = glossaryFiles(paths.length ? paths : [BUNDLED_GLOSSARIES]).filter((f) => resolve(f) !== resolve(target));
  return loadGlossaries(files, lexicon, { examples: false }).glossaries;
}

/** Conflicts a single file cannot show: variants and canonical terms of rules in the other glossaries, and chains. */
function crossConflicts(rule: NewRule, g: GlossaryDef, others: GlossaryDef[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  const canon = typeof rule.canonical === 'string' ? [rule.canonical] : rule.canonical;
  for (const o of others) {
    for (const r of o.rules) {
      const where = `rule "${o.name}/${r.id}" (${o.file}:${o.linePos(r.offset).line})`;
      for (const v of rule.variants ?? []) {
        if (r.variants.some((x) => phraseKey(x.value) === phraseKey(v))) out.push(`variant "${v}" is already a variant of ${where}`);
        if (r.canonical.some((x) => phraseKey(x) === phraseKey(v))) out.push(`variant "${v}" is the canonical term of ${where}: it would flag correct text`);
      }
      for (const c of canon) if (r.variants.some((x) => phraseKey(x.value) === phraseKey(c))) out.push(`canonical term "${c}" is a variant of ${where}: that rule would flag the repair`);
    }
  }
  if (out.length) return out;
  // A repair that another rule flags makes a chain (A → B, B → C); lint refuses those too.
  const all = [...others, g];
  const index = compile(toRules(all), compileOptionsFor(lexicon, mergeSynonyms(all)));
  for (const c of canon) {
    for (const f of checkText(c, index)) {
      if (f.ruleId !== `${g.name}/${rule.id}`) out.push(`the repair "${c}" would itself be flagged by rule "${f.ruleId}" ("${f.actual}" → "${f.expected[0] ?? ''}")`);
    }
  }
  return out;
}

export async function runGlossaryAdd(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(CMD, argv, {
    file: { type: 'string' },
    id: { type: 'string' },
    canonical: { type: 'string', multiple: true },
    variant: { type: 'string', multiple: true },
    severity: { type: 'string' },
    category: { type: 'string' },
    note: { type: 'string' },
    flag: { type: 'string', multiple: true },
    pass: { type: 'string', multiple: true },
    generate: { type: 'boolean' },
    'no-generate': { type: 'boolean' },
    'curated-only': { type: 'boolean' },
    glossary: { type: 'string', short: 'g', multiple: true },
    'dry-run': { type: 'boolean', short: 'n' },
    format: { type: 'string', short: 'f' },
  });
  if (values.help) return (io.stdout.write(HELP[CMD]!), EXIT.ok);
  if (positionals.length) throw new CliError(`${CMD}: unexpected argument "${positionals[0]}"; give the glossary with --file`);
  const format = oneOf(CMD, 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const draft = fromFlags(values);
  const missing = [!draft.file && '--file', !draft.rule.id && '--id', !draft.rule.canonical && '--canonical'].filter((x): x is string => !!x);
  if (missing.length) {
    if (!io.stdin.isTTY) throw new CliError(`${CMD}: missing ${missing.join(', ')} (stdin is not a terminal, so unspin cannot ask for them); see "unspin ${CMD} --help"`);
    await prompt(io, draft);
  }
  const file = draft.file!;
  const rule = { ...draft.rule, examples: { ...(draft.rule.examples.flag.length ? { flag: draft.rule.examples.flag } : {}), ...(draft.rule.examples.pass.length ? { pass: draft.rule.examples.pass } : {}) } } as NewRule;

  const before = readTextFile(CMD, file);
  const parsedBefore = parseGlossary(before, file);
  const errorsBefore = parsedBefore.diagnostics.filter((d) => d.severity === 'error');
  if (errorsBefore.length || !parsedBefore.glossary) {
    throw new CliError(`${CMD}: ${file} has errors; fix them first ("unspin glossary lint ${file}"):\n${errorsBefore.map((d) => formatDiagnostic(d, before)).join('\n')}`);
  }
  const refuse = (problems: string[]): number => {
    if (format === 'json') io.stdout.write(JSON.stringify({ version: 1, file, added: false, problems }, null, 2) + '\n');
    else io.stderr.write(sanitizeForTerminal(`unspin: ${CMD}: not added to ${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`, true) + '\n');
    return EXIT.findings;
  };

  const edit = insertRules(before, [rule]);
  if (edit.problems.length) return refuse(edit.problems);
  // The loader's own parser and example runner judge the new rule, exactly as a load would.
  const parsed = parseGlossary(edit.text, file);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !parsed.glossary) return refuse(errors.map((d) => formatDiagnostic(d, edit.text)));
  const g = parsed.glossary;
  const added = g.rules[g.rules.length - 1]!;
  const lexicon = loadLexicon();
  const failures = runRuleExamples(g, added, compileOptionsFor(lexicon, mergeSynonyms([g])));
  if (failures.length) return refuse(failures.map((f) => f.message));
  let others: GlossaryDef[];
  try {
    others = otherGlossaries((values.glossary as string[] | undefined) ?? [], file, lexicon);
  } catch (err) {
    throw new CliError(`${CMD}: ${(err as Error).message}`);
  }
  const cross = crossConflicts(rule, g, others, lexicon);
  if (cross.length) return refuse(cross);

  const patch = createTwoFilesPatch(file, file, before, edit.text, '', '', { context: 3 });
  const dryRun = values['dry-run'] === true;
  if (!dryRun) {
    if (readTextFile(CMD, file) !== before) throw new CliError(`${CMD}: ${file} changed on disk while the rule was checked; nothing written, run again`);
    writeFileAtomic(file, edit.text);
  }
  const warnings = [
    ...(added.examples.flag.length ? [] : [`rule "${added.id}" has no flag example; "unspin glossary lint" will warn`]),
    ...(added.context && !added.examples.pass.length ? [`rule "${added.id}" has context conditions but no pass example`] : []),
  ];
  if (format === 'json') io.stdout.write(JSON.stringify({ version: 1, file, added: !dryRun, rule: { id: added.id, line: g.linePos(added.offset).line }, diff: patch, warnings }, null, 2) + '\n');
  else {
    io.stdout.write(sanitizeForTerminal(patch, true));
    for (const w of warnings) io.stderr.write(`unspin: ${CMD}: warning: ${w}\n`);
    io.stderr.write(`${dryRun ? 'would add' : 'added'} rule "${added.id}" to ${file} at line ${g.linePos(added.offset).line}\n`);
  }
  return EXIT.ok;
}
