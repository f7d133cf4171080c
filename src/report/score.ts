import type { Finding, Severity } from '../core/types.js';

/**
 * The spin score: severity-weighted findings per 1,000 words. A verdict follows from the
 * score and, in the spirit of the Problematic Paper Screener's "five or more tortured
 * phrases", from the count of error-level findings.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 1, warning: 0.5, info: 0.2 };

export interface VerdictThresholds {
  /** Score at or above which a document is spun. */
  spunScore: number;
  /** Error-level findings at or above which a document is spun whatever its length. */
  spunErrors: number;
  /** Score at or above which a document is suspicious. */
  suspiciousScore: number;
}

export const DEFAULT_THRESHOLDS: VerdictThresholds = { spunScore: 10, spunErrors: 5, suspiciousScore: 2 };

export type Verdict = 'clean' | 'suspicious' | 'spun';
export const VERDICTS: readonly Verdict[] = ['clean', 'suspicious', 'spun'];

/** Short texts count as this many words, so one finding in a headline does not make it spun. */
export const MIN_SCORED_WORDS = 250;

export function spinScore(findings: readonly Finding[], words: number): number {
  const weight = findings.reduce((n, f) => n + SEVERITY_WEIGHT[f.severity], 0);
  return Math.round((weight * 1000 * 100) / Math.max(words, MIN_SCORED_WORDS)) / 100;
}

export function verdict(findings: readonly Finding[], score: number, t: VerdictThresholds = DEFAULT_THRESHOLDS): Verdict {
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (score >= t.spunScore || errors >= t.spunErrors) return 'spun';
  if (score >= t.suspiciousScore && findings.length > 0) return 'suspicious';
  return 'clean';
}
