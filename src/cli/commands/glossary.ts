import { diffWords } from 'diff';
import { formatDiagnostic, type Diagnostic } from '../../glossary/diagnostic.js';
import { runExamples, type ExampleFailure } from '../../glossary/examples.js';
import { lintGlossaries } from '../../glossary/lint.js';
import { BUNDLED_GLOSSARIES, loadGlossaries } from '../../glossary/load.js';
import { mergeSynonyms } from '../../glossary/rules.js';
import { compileOptionsFor, loadLexicon } from '../../lexicon/load.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse } from '../args.js';
import { HELP } from '../help.js';
import { CliError, EXIT, type CliIO } from '../io.js';

const SUBCOMMANDS = ['lint', 'test', 'try', 'add', 'import', 'stats', 'learn'] as const;

/** Subcommands kept in their own modules, loaded only when run. */
const MODULES: Partial<Record<(typeof SUBCOMMANDS)[number], () => Promise<(argv: string[], io: CliIO) => Promise<number>>>> = {
  try: async () => (await import('./glossary-try.js')).runGlossaryTry,
  add: async () => (await import('./glossary-add.js')).runGlossaryAdd,
  import: async () => (await import('./glossary-import.js')).runGlossaryImport,
  stats: async () => (await import('./glossary-stats.js')).runGlossaryStats,
  learn: async () => (await import('./glossary-learn.js')).runGlossaryLearn,
};

function loadForTools(files: string[]) {
  const lexicon = loadLexicon();
  try {
    return { lexicon, loaded: loadGlossaries(files.length ? files : [BUNDLED_GLOSSARIES], lexicon, { examples: false }) };
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

async function lint(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('glossary lint', argv, { strict: { type: 'boolean' }, format: { type: 'string', short: 'f' } });
  if (values.help) return (io.stdout.write(HELP['glossary lint']!), EXIT.ok);
  const format = oneOf('glossary lint', 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const { lexicon, loaded } = loadForTools(positionals);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  for (const g of loaded.glossaries) {
    diagnostics.push(...runExamples(g, compileOptionsFor(lexicon, mergeSynonyms([g]))).map((f) => exampleDiagnostic(g.file, g.linePos(f.offset), f)));
  }
  diagnostics.push(...lintGlossaries(loaded.glossaries, compileOptionsFor(lexicon, loaded.synonyms)));
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (format === 'json') io.stdout.write(JSON.stringify({ version: 1, diagnostics, errors, warnings }, null, 2) + '\n');
  else {
    for (const d of diagnostics) io.stdout.write(sanitizeForTerminal(formatDiagnostic(d, loaded.sources.get(d.file)), true) + '\n');
    io.stdout.write(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${loaded.sources.size} glossar${loaded.sources.size === 1 ? 'y' : 'ies'}\n`);
  }
  return errors || (values.strict && warnings) ? EXIT.findings : EXIT.ok;
}

function exampleDiagnostic(file: string, pos: { line: number; col: number }, f: ExampleFailure): Diagnostic {
  return { code: 'example-failed', severity: 'error', message: f.message, file, line: pos.line, column: pos.col, offset: f.offset };
}

/** ESLint RuleTester style: the rule, the example, expected versus actual, and the fixed-text diff. */
function describeFailure(f: ExampleFailure): string {
  const lines = [`✖ ${f.glossary}/${f.rule} — ${f.kind} example`, `    text:     ${f.text}`];
  if (f.kind === 'flag') {
    lines.push(`    expected: ${f.expectedFixed}`, `    actual:   ${f.actualFixed}`);
    if (f.findings.length) {
      const diff = diffWords(f.expectedFixed ?? '', f.actualFixed ?? '')
        .map((p) => (p.added ? `{+${p.value}+}` : p.removed ? `[-${p.value}-]` : p.value))
        .join('');
      lines.push(`    diff:     ${diff}`);
    }
  }
  lines.push(`    findings: ${f.findings.length ? f.findings.map((x) => `"${x.actual}" → "${x.expected[0] ?? ''}" (${x.ruleId})`).join('; ') : 'none'}`);
  return sanitizeForTerminal(lines.join('\n'), true);
}

async function test(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('glossary test', argv, { format: { type: 'string', short: 'f' } });
  if (values.help) return (io.stdout.write(HELP['glossary test']!), EXIT.ok);
  const format = oneOf('glossary test', 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const { lexicon, loaded } = loadForTools(positionals);
  const parseErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const failures = loaded.glossaries.flatMap((g) => runExamples(g, compileOptionsFor(lexicon, mergeSynonyms([g]))));
  const total = loaded.glossaries.reduce((n, g) => n + g.rules.reduce((k, r) => k + r.examples.flag.length + r.examples.pass.length, 0), 0);
  if (format === 'json') io.stdout.write(JSON.stringify({ version: 1, examples: total, failures, parseErrors }, null, 2) + '\n');
  else {
    for (const d of parseErrors) io.stdout.write(formatDiagnostic(d, loaded.sources.get(d.file)) + '\n');
    for (const f of failures) io.stdout.write(describeFailure(f) + '\n\n');
    io.stdout.write(`${total - failures.length} passed, ${failures.length} failed (examples of ${loaded.glossaries.reduce((n, g) => n + g.rules.length, 0)} rules)\n`);
  }
  return parseErrors.length ? EXIT.usage : failures.length ? EXIT.findings : EXIT.ok;
}

export async function runGlossary(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '-h' || sub === '--help') {
    io.stdout.write(HELP.glossary!);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  const name = oneOf('glossary', 'subcommand', sub, SUBCOMMANDS, 'lint');
  const load = MODULES[name];
  if (load) return (await load())(rest, io);
  return name === 'lint' ? lint(rest, io) : test(rest, io);
}
