/** One usable entry of an external term list: correct forms (first preferred) and the forms to flag. */
export interface ImportEntry {
  canonical: string[];
  variants: string[];
  /** 1-based line in the source list where the entry starts. */
  line: number;
}

/** A row or entry that could not be used, and why. */
export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ParsedList {
  entries: ImportEntry[];
  skipped: SkippedRow[];
}

/** A list so malformed that nothing after the fault can be trusted (unclosed quote, broken XML). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Several forms in one cell ("a; b") are listed with a semicolon or a vertical bar. */
export function splitCell(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
