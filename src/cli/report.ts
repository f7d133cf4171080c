import { analyze } from '../core/check.js';
import type { CompiledIndex } from '../core/compile.js';
import type { Finding, Severity } from '../core/types.js';

/** One checked document. `text` travels with the result so formatters never re-read files. */
export interface FileResult {
  path: string;
  words: number;
  findings: Finding[];
  text: string;
}

export interface Summary {
  files: number;
  words: number;
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
  skipped: number;
  failed: number;
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface Report {
  files: FileResult[];
  skipped: Skipped[];
  failed: Skipped[];
}

export function checkDocument(path: string, text: string, index: CompiledIndex, minSeverity?: Severity): FileResult {
  const a = analyze(text, index, minSeverity ? { minSeverity } : {});
  return { path, words: a.tokens.length, findings: a.findings, text };
}

export function summarize(r: Report): Summary {
  const all = r.files.flatMap((f) => f.findings);
  const count = (s: Severity): number => all.filter((f) => f.severity === s).length;
  return {
    files: r.files.length,
    words: r.files.reduce((n, f) => n + f.words, 0),
    findings: all.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    skipped: r.skipped.length,
    failed: r.failed.length,
  };
}
