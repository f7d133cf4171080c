import { analyze } from '../core/check.js';
import type { CompiledIndex } from '../core/compile.js';
import type { Finding } from '../core/types.js';
import { spinScore, verdict, type Verdict } from '../report/score.js';
import { FAMILIES, parseAnnotated, type Family, type Span } from './annotations.js';
import { addTally, emptyTally, rates, scoreDocument, type Rates, type Tally } from './score.js';

export interface SpunDoc {
  path: string;
  split: string;
  source: string;
}

export interface CleanDoc {
  path: string;
  text: string;
}

export interface FalseFlag {
  path: string;
  line: number;
  column: number;
  actual: string;
  expected: string;
  ruleId: string;
}

export interface CleanResult {
  label: string;
  documents: number;
  words: number;
  falseFlags: number;
  per10k: number;
  flags: FalseFlag[];
  /** Documents by spin verdict, as `check` would judge them: all should be clean. */
  verdicts: Record<Verdict, number>;
}

/** What a newsroom QA batch sees: how many spun articles `check` would not pass as clean. */
export interface DocumentVerdicts {
  documents: number;
  verdicts: Record<Verdict, number>;
  /** Share of spun articles judged suspicious or spun. */
  detected: number;
}

export interface Scored extends Rates {
  tally: Tally;
}

export interface EvalResult {
  overall: Scored;
  splits: Record<string, Scored>;
  families: Record<string, Scored>;
  /** Per split and family. */
  splitFamilies: Record<string, Record<string, Scored>>;
  rules: { ruleId: string; tp: number; fp: number; neutral: number }[];
  words: number;
  /** Missed spans and false positives on spun texts, per split (the CLI hides test-split details unless asked). */
  missed: Record<string, (Span & { path: string })[]>;
  spunFalsePositives: Record<string, FalseFlag[]>;
  /** Detected spans repaired differently from the annotation, per split: the repaired region both ways. */
  inexact: Record<string, { path: string; actual: string; got: string; want: string }[]>;
  clean: CleanResult[];
  /** Spun articles by split, judged as whole documents. */
  documents: Record<string, DocumentVerdicts>;
  problems: string[];
}

const scored = (t: Tally): Scored => ({ ...rates(t), tally: t });

function asFlag(path: string, f: Finding): FalseFlag {
  return { path, line: f.line, column: f.column, actual: f.actual, expected: f.expected[0] ?? '', ruleId: f.ruleId };
}

const noVerdicts = (): Record<Verdict, number> => ({ clean: 0, suspicious: 0, spun: 0 });

function judge(findings: readonly Finding[], words: number): Verdict {
  return verdict(findings, spinScore(findings, words));
}

export function evaluateClean(label: string, docs: readonly CleanDoc[], index: CompiledIndex): CleanResult {
  let words = 0;
  const flags: FalseFlag[] = [];
  const verdicts = noVerdicts();
  for (const d of docs) {
    const a = analyze(d.text, index);
    words += a.tokens.length;
    verdicts[judge(a.findings, a.tokens.length)]++;
    for (const f of a.findings) flags.push(asFlag(d.path, f));
  }
  return { label, documents: docs.length, words, falseFlags: flags.length, per10k: words ? (flags.length / words) * 10_000 : 0, flags, verdicts };
}

/** Pure: annotated spun documents and clean documents in, metrics out. */
export function evaluate(spun: readonly SpunDoc[], cleanSets: { label: string; docs: CleanDoc[] }[], index: CompiledIndex): EvalResult {
  const splitT = new Map<string, Tally>();
  const famT = new Map<string, Tally>();
  const splitFamT = new Map<string, Map<string, Tally>>();
  const ruleT = new Map<string, { tp: number; fp: number; neutral: number }>();
  const missed: EvalResult['missed'] = {};
  const fps: EvalResult['spunFalsePositives'] = {};
  const inexact: EvalResult['inexact'] = {};
  const problems: string[] = [];
  let overall = emptyTally();
  let words = 0;
  const documents: Record<string, DocumentVerdicts> = {};
  for (const doc of spun) {
    const ann = parseAnnotated(doc.source);
    for (const p of ann.problems) problems.push(`${doc.path}: ${p.message} at ${p.offset}`);
    const a = analyze(ann.text, index);
    words += a.tokens.length;
    const s = scoreDocument(ann.text, ann.spans, a.findings);
    const dv = (documents[doc.split] ??= { documents: 0, verdicts: noVerdicts(), detected: 0 });
    dv.documents++;
    dv.verdicts[judge(a.findings, a.tokens.length)]++;
    dv.detected = (dv.documents - dv.verdicts.clean) / dv.documents;
    overall = addTally(overall, s.tally);
    splitT.set(doc.split, addTally(splitT.get(doc.split) ?? emptyTally(), s.tally));
    const sf = splitFamT.get(doc.split) ?? new Map<string, Tally>();
    splitFamT.set(doc.split, sf);
    for (const [f, t] of s.byFamily) {
      famT.set(f, addTally(famT.get(f) ?? emptyTally(), t));
      sf.set(f, addTally(sf.get(f) ?? emptyTally(), t));
    }
    for (const [r, c] of s.byRule) {
      const prev = ruleT.get(r) ?? { tp: 0, fp: 0, neutral: 0 };
      ruleT.set(r, { tp: prev.tp + c.tp, fp: prev.fp + c.fp, neutral: prev.neutral + c.neutral });
    }
    (missed[doc.split] ??= []).push(...s.missed.map((m) => ({ ...m, path: doc.path })));
    (fps[doc.split] ??= []).push(...s.falsePositives.map((f) => asFlag(doc.path, f)));
    (inexact[doc.split] ??= []).push(...s.inexact.map((x) => ({ path: doc.path, actual: x.span.actual, got: x.got, want: x.want })));
  }
  const obj = (m: Map<string, Tally>): Record<string, Scored> => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, scored(t)]));
  const famOrder = (m: Map<string, Tally>): Record<string, Scored> =>
    Object.fromEntries(FAMILIES.filter((f: Family) => m.has(f)).map((f) => [f, scored(m.get(f)!)]));
  return {
    overall: scored(overall),
    splits: obj(splitT),
    families: famOrder(famT),
    splitFamilies: Object.fromEntries([...splitFamT].map(([k, m]) => [k, famOrder(m)])),
    rules: [...ruleT].map(([ruleId, c]) => ({ ruleId, ...c })).sort((a, b) => b.tp + b.fp - (a.tp + a.fp) || a.ruleId.localeCompare(b.ruleId)),
    words,
    missed,
    spunFalsePositives: fps,
    inexact,
    clean: cleanSets.map((c) => evaluateClean(c.label, c.docs, index)),
    documents: Object.fromEntries(Object.entries(documents).sort(([a], [b]) => a.localeCompare(b))),
    problems,
  };
}
