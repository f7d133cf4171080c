import { applyEdits } from '../core/apply.js';
import type { Finding } from '../core/types.js';
import type { Family, Span } from './annotations.js';

/** Tallies that add up across documents; rates are derived at the end. */
export interface Tally {
  /** Findings overlapping a `spun` span. */
  tp: number;
  /** Findings overlapping no annotated span. */
  fp: number;
  /** Findings overlapping only `maybe` spans: neither reward nor penalty. */
  neutral: number;
  spunSpans: number;
  detected: number;
  exact: number;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, neutral: 0, spunSpans: 0, detected: 0, exact: 0 });

export function addTally(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, neutral: a.neutral + b.neutral, spunSpans: a.spunSpans + b.spunSpans, detected: a.detected + b.detected, exact: a.exact + b.exact };
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
  exactRepair: number;
}

export function rates(t: Tally): Rates {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const recall = t.spunSpans ? t.detected / t.spunSpans : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, exactRepair: t.detected ? t.exact / t.detected : 1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * A detected spun span is repaired exactly when applying the overlapping findings' preferred
 * repairs gives the same text, over the union of their ranges, as applying the annotations.
 */
function repairRegion(text: string, span: Span, findings: Finding[], spans: Span[]): { got: string; want: string } {
  const hit = findings.filter((f) => overlaps(f, span));
  let lo = Math.min(span.start, ...hit.map((f) => f.start));
  let hi = Math.max(span.end, ...hit.map((f) => f.end));
  for (const s of spans) if (overlaps(s, { start: lo, end: hi })) (lo = Math.min(lo, s.start)), (hi = Math.max(hi, s.end));
  const region = text.slice(lo, hi);
  const shift = <T extends { start: number; end: number }>(x: T) => [x.start - lo, x.end - lo] as [number, number];
  const byFindings = applyEdits(region, findings.filter((f) => f.start >= lo && f.end <= hi).map((f) => ({ range: shift(f), text: f.expected[0] ?? f.actual }))).output;
  const byAnnotations = applyEdits(region, spans.filter((s) => s.start >= lo && s.end <= hi).map((s) => ({ range: shift(s), text: s.canonical }))).output;
  return { got: byFindings, want: byAnnotations };
}

/** A detected span whose preferred repair differs from the annotation, over the same region. */
export interface Inexact {
  span: Span;
  got: string;
  want: string;
}

export interface DocScore {
  tally: Tally;
  byFamily: Map<Family, Tally>;
  byRule: Map<string, { tp: number; fp: number; neutral: number }>;
  falsePositives: Finding[];
  missed: Span[];
  inexact: Inexact[];
}

export function scoreDocument(text: string, spans: Span[], findings: Finding[]): DocScore {
  const tally = emptyTally();
  const byFamily = new Map<Family, Tally>();
  const byRule = new Map<string, { tp: number; fp: number; neutral: number }>();
  const falsePositives: Finding[] = [];
  const missed: Span[] = [];
  const inexact: Inexact[] = [];
  const fam = (f: Family): Tally => {
    let t = byFamily.get(f);
    if (!t) byFamily.set(f, (t = emptyTally()));
    return t;
  };
  for (const f of findings) {
    const hits = spans.filter((s) => overlaps(f, s));
    const r = byRule.get(f.ruleId) ?? { tp: 0, fp: 0, neutral: 0 };
    byRule.set(f.ruleId, r);
    const spun = hits.find((s) => s.tier === 'spun');
    if (spun) {
      tally.tp++;
      r.tp++;
      fam(spun.family).tp++;
    } else if (hits.length) {
      tally.neutral++;
      r.neutral++;
    } else {
      tally.fp++;
      r.fp++;
      falsePositives.push(f);
    }
  }
  for (const s of spans) {
    if (s.tier !== 'spun') continue;
    const t = fam(s.family);
    tally.spunSpans++;
    t.spunSpans++;
    if (!findings.some((f) => overlaps(f, s))) {
      missed.push(s);
      continue;
    }
    tally.detected++;
    t.detected++;
    const r = repairRegion(text, s, findings, spans);
    if (r.got === r.want) {
      tally.exact++;
      t.exact++;
    } else inexact.push({ span: s, ...r });
  }
  return { tally, byFamily, byRule, falsePositives, missed, inexact };
}
