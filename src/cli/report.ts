import type { CompiledIndex } from '../core/compile.js';
import type { Finding, Severity } from '../core/types.js';
import { checkSource } from '../markup/check-source.js';
import type { InputFormat } from '../markup/format.js';
import { DEFAULT_THRESHOLDS, spinScore, verdict, type Verdict, type VerdictThresholds } from '../report/score.js';

/** One checked document. `text` travels with the result so formatters never re-read files. */
export interface FileResult {
  path: string;
  words: number;
  findings: Finding[];
  score: number;
  verdict: Verdict;
  text: string;
  /** Problems with inline suppression comments (unknown rule ids), as "line:col: message". */
  warnings?: string[];
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
  clean: number;
  suspicious: number;
  spun: number;
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

/** `text` is the source as read; Markdown and HTML findings point into it, not into the extracted prose. */
export function checkDocument(path: string, text: string, index: CompiledIndex, minSeverity?: Severity, thresholds: VerdictThresholds = DEFAULT_THRESHOLDS, format: InputFormat = 'text'): FileResult {
  const a = checkSource(text, format, index, minSeverity ? { minSeverity } : {});
  const score = spinScore(a.findings, a.words);
  const result: FileResult = { path, words: a.words, findings: a.findings, score, verdict: verdict(a.findings, score, thresholds), text };
  if (a.warnings.length) result.warnings = a.warnings.map((w) => `${w.line}:${w.column}: ${w.message}`);
  return result;
}

/** Documents that are not clean, most spun first (ties: more findings, then input order). */
export function ranking(files: readonly FileResult[]): { path: string; score: number; verdict: Verdict; findings: number }[] {
  return files
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.verdict !== 'clean')
    .sort((a, b) => b.f.score - a.f.score || b.f.findings.length - a.f.findings.length || a.i - b.i)
    .map(({ f }) => ({ path: f.path, score: f.score, verdict: f.verdict, findings: f.findings.length }));
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
    clean: r.files.filter((f) => f.verdict === 'clean').length,
    suspicious: r.files.filter((f) => f.verdict === 'suspicious').length,
    spun: r.files.filter((f) => f.verdict === 'spun').length,
  };
}
