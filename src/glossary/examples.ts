import { applyEdits } from '../core/apply.js';
import { checkText, findingEdits } from '../core/check.js';
import { compile, type CompileOptions } from '../core/compile.js';
import type { Finding } from '../core/types.js';
import type { Diagnostic } from './diagnostic.js';
import { toRule } from './rules.js';
import type { GlossaryDef, RuleDef } from './schema.js';

export interface ExampleFailure {
  glossary: string;
  rule: string;
  kind: 'flag' | 'pass';
  text: string;
  expectedFixed?: string;
  actualFixed?: string;
  findings: Finding[];
  offset: number;
  message: string;
}

/** A rule runs alone here, so conditions on other rules' findings count as met. */
const ALONE = { assumeSpun: true } as const;

/**
 * Runs one rule's examples in isolation, as ESLint's RuleTester does: a flag example must be
 * flagged and fix to exactly `fixed`; a pass example must not be flagged.
 */
export function runRuleExamples(g: GlossaryDef, r: RuleDef, opts: CompileOptions): ExampleFailure[] {
  const index = compile([toRule(g, r, 0)], opts);
  const failures: ExampleFailure[] = [];
  const base = { glossary: g.name, rule: r.id };
  for (const { value, offset } of r.examples.flag) {
    const findings = checkText(value.text, index, ALONE);
    const actualFixed = applyEdits(value.text, findingEdits(findings)).output;
    if (findings.length === 0) {
      failures.push({ ...base, kind: 'flag', text: value.text, expectedFixed: value.fixed, actualFixed, findings, offset, message: `flag example of rule "${r.id}" is not flagged: "${value.text}"` });
    } else if (actualFixed !== value.fixed) {
      failures.push({ ...base, kind: 'flag', text: value.text, expectedFixed: value.fixed, actualFixed, findings, offset, message: `flag example of rule "${r.id}" fixes to "${actualFixed}", expected "${value.fixed}"` });
    }
  }
  for (const { value, offset } of r.examples.pass) {
    const findings = checkText(value, index, ALONE);
    if (findings.length) {
      failures.push({ ...base, kind: 'pass', text: value, findings, offset, message: `pass example of rule "${r.id}" is flagged: "${findings[0]!.actual}" in "${value}"` });
    }
  }
  return failures;
}

export function runExamples(g: GlossaryDef, opts: CompileOptions): ExampleFailure[] {
  return g.rules.flatMap((r) => runRuleExamples(g, r, opts));
}

export function failureDiagnostic(g: GlossaryDef, f: ExampleFailure): Diagnostic {
  const { line, col } = g.linePos(f.offset);
  return { code: 'example-failed', severity: 'error', message: f.message, file: g.file, line, column: col, offset: f.offset };
}
