import { analyze, type CheckOptions } from '../core/check.js';
import type { CompiledIndex } from '../core/compile.js';
import { LineIndex } from '../core/lines.js';
import type { Finding } from '../core/types.js';
import type { InputFormat } from './format.js';
import { prepareDocument, viewOf } from './prepare.js';
import { toSource, type Projection } from './projection.js';
import { suppress, type DirectiveWarning } from './suppress.js';

export interface SourceCheck {
  words: number;
  /** Offsets, lines, columns and `actual` refer to the original source. */
  findings: Finding[];
  suppressed: number;
  warnings: DirectiveWarning[];
}

const ruleIds = new WeakMap<CompiledIndex, Set<string>>();
function knownRules(index: CompiledIndex): Set<string> {
  let s = ruleIds.get(index);
  if (!s) ruleIds.set(index, (s = new Set(index.rules.map((r) => r.id))));
  return s;
}

/** A view finding moved onto the source, or undefined if it would straddle skipped markup. */
function mapFinding(f: Finding, p: Projection, source: string, lines: LineIndex): Finding | undefined {
  const r = toSource(p, f.start, f.end);
  if (!r) return undefined;
  const s = lines.position(r[0]);
  const e = lines.position(r[1]);
  return { ...f, start: r[0], end: r[1], line: s.line, column: s.column, endLine: e.line, endColumn: e.column, actual: source.slice(r[0], r[1]) };
}

/** Checks one document in its format: parse, check the prose, map findings back, apply suppression. */
export function checkSource(source: string, format: InputFormat, index: CompiledIndex, options: CheckOptions = {}): SourceCheck {
  const prepared = prepareDocument(source, format);
  const a = analyze(viewOf(source, prepared), index, options);
  let findings = a.findings;
  let lines: LineIndex | undefined;
  const sourceLines = (): LineIndex => (lines ??= new LineIndex(source));
  const p = prepared.projection;
  if (p && findings.length) findings = findings.flatMap((f) => mapFinding(f, p, source, sourceLines()) ?? []);
  if (!prepared.directives.length) return { words: a.tokens.length, findings, suppressed: 0, warnings: [] };
  const known = knownRules(index);
  const s = suppress(findings, prepared.directives, sourceLines(), (id) => known.has(id));
  return { words: a.tokens.length, findings: s.findings, suppressed: s.suppressed, warnings: s.warnings };
}
