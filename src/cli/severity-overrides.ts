import { SEVERITY_RANK, type Finding, type Severity } from '../core/types.js';
import { spinScore, verdict, type VerdictThresholds } from '../report/score.js';
import type { OverrideLevel } from './config.js';
import type { FileResult } from './report.js';

/**
 * The config's severity overrides, applied to a checked document after the fact so that
 * workers and the core need not know about them: a rule id beats its category, "off" drops
 * the finding, then --min-severity filters and the score and verdict are computed again.
 */
export function applySeverityOverrides(r: FileResult, overrides: Readonly<Record<string, OverrideLevel>>, minSeverity: Severity, thresholds: VerdictThresholds): FileResult {
  const min = SEVERITY_RANK[minSeverity];
  const findings: Finding[] = [];
  for (const f of r.findings) {
    const level = overrides[f.ruleId] ?? overrides[f.category] ?? f.severity;
    if (level === 'off' || SEVERITY_RANK[level] < min) continue;
    findings.push(level === f.severity ? f : { ...f, severity: level });
  }
  const score = spinScore(findings, r.words);
  return { ...r, findings, score, verdict: verdict(findings, score, thresholds) };
}
