import type { LineIndex } from '../core/lines.js';
import type { Finding } from '../core/types.js';
import type { Directive } from './directives.js';

export interface DirectiveWarning {
  line: number;
  column: number;
  message: string;
}

export interface Suppressed {
  findings: Finding[];
  /** How many findings the directives hid. */
  suppressed: number;
  warnings: DirectiveWarning[];
}

interface State {
  /** Everything is off (after a bare disable) except the rules in `on`. */
  all: boolean;
  on: Set<string>;
  /** While not `all`, the rules switched off one by one. */
  off: Set<string>;
}

function step(st: State, d: Directive, rules: string[]): void {
  if (d.kind === 'disable-next-line') return;
  const disable = d.kind === 'disable';
  if (!d.rules.length) {
    st.all = disable;
    st.on.clear();
    st.off.clear();
    return;
  }
  for (const r of rules) {
    if (st.all) disable ? st.on.delete(r) : st.on.add(r);
    else disable ? st.off.add(r) : st.off.delete(r);
  }
}

const hides = (st: State, ruleId: string): boolean => (st.all ? !st.on.has(ruleId) : st.off.has(ruleId));

/**
 * Drops the findings that directives switch off. A directive applies from its end onwards;
 * a next-line directive covers findings starting on the line after the one it ends on. Ids
 * that are not known rules are reported and ignored, so a typo never silences everything.
 */
export function suppress(findings: readonly Finding[], directives: readonly Directive[], lines: LineIndex, knownRule: (id: string) => boolean): Suppressed {
  const warnings: DirectiveWarning[] = [];
  const known = directives.map((d) => {
    const ok = d.rules.filter((r) => {
      if (knownRule(r)) return true;
      const pos = lines.position(d.start);
      warnings.push({ ...pos, message: `unspin-${d.kind} names unknown rule "${r}"; it has no effect` });
      return false;
    });
    return { d, rules: ok, nextLine: lines.position(d.end).line + 1 };
  });
  if (!directives.length) return { findings: [...findings], suppressed: 0, warnings };
  const sorted = [...known].sort((a, b) => a.d.start - b.d.start);
  const kept: Finding[] = [];
  for (const f of findings) {
    const st: State = { all: false, on: new Set(), off: new Set() };
    let hidden = false;
    for (const k of sorted) {
      if (k.d.kind === 'disable-next-line') {
        if (k.nextLine === f.line && (k.d.rules.length ? k.rules.includes(f.ruleId) : true)) hidden = true;
        continue;
      }
      if (k.d.end > f.start) continue;
      step(st, k.d, k.rules);
    }
    if (!hidden && !hides(st, f.ruleId)) kept.push(f);
  }
  return { findings: kept, suppressed: findings.length - kept.length, warnings };
}
