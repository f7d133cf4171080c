import type { EvalResult } from './evaluate.js';

/** Quality targets CI enforces (issue "Catch spins that no rule lists"). */
export const THRESHOLDS = {
  test: { recall: 0.85, precision: 0.95, exactRepair: 0.75 },
  maxFalseFlagsPer10k: 1,
};

/** The clean-text limit applied to the Good-Turing estimate for text nobody has seen. */
export const UNSEEN_LIMIT = THRESHOLDS.maxFalseFlagsPer10k;

export interface Violation {
  what: string;
  actual: number;
  limit: number;
}

export type SplitTargets = typeof THRESHOLDS.test;

export function checkThresholds(r: EvalResult, test: SplitTargets = THRESHOLDS.test): Violation[] {
  const out: Violation[] = [];
  const t = r.splits.test;
  if (t) {
    if (t.recall < test.recall) out.push({ what: 'test recall', actual: t.recall, limit: test.recall });
    if (t.precision < test.precision) out.push({ what: 'test precision', actual: t.precision, limit: test.precision });
    if (t.exactRepair < test.exactRepair) out.push({ what: 'test exact repair', actual: t.exactRepair, limit: test.exactRepair });
  }
  for (const c of r.clean) {
    if (c.per10k > THRESHOLDS.maxFalseFlagsPer10k) out.push({ what: `false flags per 10k words on ${c.label}`, actual: c.per10k, limit: THRESHOLDS.maxFalseFlagsPer10k });
  }
  return out;
}
