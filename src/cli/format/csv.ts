import type { FileResult } from '../report.js';

const cell = (v: string | number): string => {
  const s = String(v);
  // Quote per RFC 4180; a leading = + - @ is prefixed so spreadsheets never run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const CSV_HEADER = 'path,words,errors,warnings,infos,score,verdict\r\n';

/** One row per document, for spreadsheets. */
export function csvRow(f: FileResult): string {
  const n = (s: string): number => f.findings.filter((x) => x.severity === s).length;
  return [f.path, f.words, n('error'), n('warning'), n('info'), f.score, f.verdict].map(cell).join(',') + '\r\n';
}
