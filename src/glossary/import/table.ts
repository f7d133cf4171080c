import { parse } from 'csv-parse/sync';
import { ImportError, splitCell, type ImportEntry, type ParsedList, type SkippedRow } from './types.js';

export interface TableOptions {
  delimiter: ',' | '\t';
  /** Header names of the canonical and variant columns; found by name when absent. */
  canonicalColumn?: string;
  variantColumn?: string;
}

/** Header names that, ignoring case and punctuation, mean "the correct form" or "the form to flag". */
const CANONICAL_NAMES = [/^canonical/, /^expected/, /^correct/, /^preferred/, /^replacement/, /^fix/, /^term$/, /^right/];
const VARIANT_NAMES = [/^variants?$/, /tortured/, /^fingerprint/, /^spun/, /^incorrect/, /^wrong/, /^deprecated/, /^forbidden/, /^avoid/];

/** The Problematic Paper Screener's export: the tortured phrase and the expected text. */
export const PPS_COLUMNS = { variant: /fingerprint.*tortured|tortured phrase/, canonical: /^expected/ };

function simplify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function findColumn(header: string[], wanted: string | undefined, patterns: RegExp[], role: string): number {
  const names = header.map(simplify);
  if (wanted !== undefined) {
    const i = names.indexOf(simplify(wanted));
    if (i < 0) throw new ImportError(`no ${role} column named "${wanted}"; the header has ${header.map((h) => `"${h}"`).join(', ')}`, 1, 1);
    return i;
  }
  for (const p of patterns) {
    const i = names.findIndex((n) => p.test(n));
    if (i >= 0) return i;
  }
  throw new ImportError(`cannot tell which column holds the ${role} forms; the header has ${header.map((h) => `"${h}"`).join(', ')} (name it with --${role}-column)`, 1, 1);
}

/**
 * A CSV or TSV term list with a header row. Each data row gives one canonical form and one or
 * more variants (several in a cell separated by ";" or "|"). Rows that cannot be used are
 * returned with their line numbers; only a quote left open to the end of the file stops parsing.
 */
export function parseTable(text: string, opts: TableOptions, columns: { canonical: RegExp[]; variant: RegExp[] } = { canonical: CANONICAL_NAMES, variant: VARIANT_NAMES }): ParsedList {
  const skipped: SkippedRow[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: opts.delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      // A stray quote inside a field is kept as text (and the row reported) rather than swallowing the rows after it.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        skipped.push({ line: Number((err as { lines?: number } | undefined)?.lines ?? 0), reason: err?.message ?? 'malformed row' });
        return undefined;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as Error & { lines?: number; column?: number };
    throw new ImportError(e.message, Number(e.lines ?? 1), 1);
  }
  if (!records.length) throw new ImportError('the list is empty: it needs a header row and at least one data row', 1, 1);
  const [head, ...rows] = records;
  const canonCol = findColumn(head!.record, opts.canonicalColumn, columns.canonical, 'canonical');
  const variantCol = findColumn(head!.record, opts.variantColumn, columns.variant, 'variant');
  if (canonCol === variantCol) throw new ImportError(`the canonical and variant columns are the same column ("${head!.record[canonCol]}")`, 1, 1);
  const entries: ImportEntry[] = [];
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted field may span lines.
    const line = info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    const canonCell = record[canonCol];
    const variantCell = record[variantCol];
    if (canonCell === undefined || variantCell === undefined) {
      skipped.push({ line, reason: `row has ${record.length} field${record.length === 1 ? '' : 's'}; the ${canonCell === undefined ? 'canonical' : 'variant'} column is missing` });
      continue;
    }
    if (/["\n]/.test(canonCell + variantCell)) {
      skipped.push({ line, reason: 'a quote mark or line break inside a term' });
      continue;
    }
    const canonical = splitCell(canonCell);
    const variants = splitCell(variantCell);
    if (!canonical.length) skipped.push({ line, reason: 'empty canonical term' });
    else if (!variants.length) skipped.push({ line, reason: 'empty variant' });
    else entries.push({ canonical, variants, line });
  }
  return { entries, skipped };
}

/** The Problematic Paper Screener's CSV export ("Fingerprint - Tortured Phrase", "Expected Text"). */
export function parsePps(text: string, opts: Omit<TableOptions, 'delimiter'>): ParsedList {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  return parseTable(text, { ...opts, delimiter }, { canonical: [PPS_COLUMNS.canonical], variant: [PPS_COLUMNS.variant] });
}
