import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { formatDiagnostic } from '../../glossary/diagnostic.js';
import { buildGlossary } from '../../glossary/import/build.js';
import { parsePps, parseTable } from '../../glossary/import/table.js';
import { parseTbx } from '../../glossary/import/tbx.js';
import { slugId } from '../../glossary/import/build.js';
import { ImportError, type ParsedList } from '../../glossary/import/types.js';
import { lintGlossaries } from '../../glossary/lint.js';
import { parseGlossary } from '../../glossary/parse.js';
import { mergeSynonyms } from '../../glossary/rules.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { compileOptionsFor, loadLexicon } from '../../lexicon/load.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { oneOf, parse } from '../args.js';
import { HELP } from '../help.js';
import { CliError, EXIT, type CliIO } from '../io.js';
import { plural, readTextFile } from './glossary-tools.js';

const CMD = 'glossary import';
const SOURCES = ['csv', 'tsv', 'pps', 'tbx'] as const;

function parseList(from: (typeof SOURCES)[number], text: string, file: string, columns: { canonicalColumn?: string; variantColumn?: string }): ParsedList {
  if (from === 'tbx') return parseTbx(text, file);
  if (from === 'pps') return parsePps(text, columns);
  return parseTable(text, { ...columns, delimiter: from === 'tsv' ? '\t' : ',' });
}

/** `unspin glossary import --from FORMAT FILE --out NEW.yaml`: an external term list becomes a glossary. */
export async function runGlossaryImport(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(CMD, argv, {
    from: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    name: { type: 'string' },
    description: { type: 'string' },
    'canonical-column': { type: 'string' },
    'variant-column': { type: 'string' },
    format: { type: 'string', short: 'f' },
  });
  if (values.help) return (io.stdout.write(HELP[CMD]!), EXIT.ok);
  const format = oneOf(CMD, 'format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  if (values.from === undefined) throw new CliError(`${CMD}: --from is required (one of ${SOURCES.join(', ')})`);
  const from = oneOf(CMD, 'from', values.from as string, SOURCES, 'csv');
  const out = values.out as string | undefined;
  if (!out) throw new CliError(`${CMD}: --out NEW.yaml is required`);
  if (positionals.length !== 1) throw new CliError(`${CMD}: give exactly one list to import, got ${positionals.length}; see "unspin ${CMD} --help"`);
  const file = positionals[0]!;
  if (existsSync(out) && !values.force) throw new CliError(`${CMD}: ${out} exists; refusing to overwrite it (use --force)`);

  const text = readTextFile(CMD, file);
  let list: ParsedList;
  try {
    list = parseList(from, text, file, {
      ...(values['canonical-column'] !== undefined ? { canonicalColumn: values['canonical-column'] as string } : {}),
      ...(values['variant-column'] !== undefined ? { variantColumn: values['variant-column'] as string } : {}),
    });
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`${file}:${err.line}:${err.column}: ${err.message}`);
    throw err;
  }
  const name = (values.name as string | undefined) ?? slugId(basename(out, extname(out)));
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) throw new CliError(`${CMD}: --name "${name}" must be lower-case letters, digits and hyphens`);
  const lexicon = loadLexicon();
  const built = buildGlossary(list.entries, { name, description: (values.description as string | undefined) ?? `Imported from ${basename(file)} (${from}).` }, compileOptionsFor(lexicon, new Map()));
  const skipped = [...list.skipped, ...built.skipped].sort((a, b) => a.line - b.line);

  // The result must load as it is written; lint it as a set on its own.
  const parsed = parseGlossary(built.text, out);
  const loadErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.glossary || loadErrors.length) throw new Error(`internal error: the imported glossary does not parse: ${loadErrors[0]?.message ?? ''}`);
  const lint = lintGlossaries([parsed.glossary], compileOptionsFor(lexicon, mergeSynonyms([parsed.glossary])));
  const written = built.rules > 0;
  if (written) writeFileAtomic(out, built.text);

  const summary = {
    version: 1,
    from,
    input: file,
    out: written ? out : null,
    entries: list.entries.length,
    rules: built.rules,
    variants: built.variants,
    merged: built.merged,
    skipped,
    lint: { errors: lint.filter((d) => d.severity === 'error').length, warnings: lint.filter((d) => d.severity === 'warning').length, diagnostics: lint },
  };
  if (format === 'json') io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else {
    const lines = [
      written ? `wrote ${out}: ${plural(built.rules, 'rule')}, ${plural(built.variants, 'variant')} from ${plural(list.entries.length, 'entry', 'entries')} of ${file}` : `nothing written: no usable entries in ${file}`,
    ];
    if (built.merged.length) lines.push(`merged ${plural(built.merged.length, 'duplicate entry', 'duplicate entries')} into earlier rules (lines ${built.merged.slice(0, 10).map((m) => m.line).join(', ')}${built.merged.length > 10 ? ', …' : ''})`);
    if (skipped.length) lines.push(`skipped ${plural(skipped.length, 'row')}:`, ...skipped.map((s) => `  ${file}:${s.line}: ${s.reason}`));
    if (written) {
      for (const d of lint) lines.push(formatDiagnostic(d, built.text));
      lines.push(`lint: ${plural(summary.lint.errors, 'error')}, ${plural(summary.lint.warnings, 'warning')}`);
    }
    io.stdout.write(sanitizeForTerminal(lines.join('\n'), true) + '\n');
  }
  return written ? EXIT.ok : EXIT.findings;
}
