import type { EvalResult } from './evaluate.js';

/** Quality targets CI enforces (issue "Catch spins that no rule lists"). */
export const THRESHOLDS = {
  test: { recall: 0.85, precision: 0.95, exactRepair: 0.75 },
  maxFalseFlagsPer10k: 1,
};

export interface Violation {
  what: string;
  actual: number;
  limit: number;
}

export function checkThresholds(r: EvalResult): Violation[] {
  const out: Violation[] = [];
  const test = r.splits.test;
  if (test) {
    if (test.recall < THRESHOLDS.test.recall) out.push({ what: 'test recall', actual: test.recall, limit: THRESHOLDS.test.recall });
    if (test.precision < THRESHOLDS.test.precision) out.push({ what: 'test precision', actual: test.precision, limit: THRESHOLDS.test.precision });
    if (test.exactRepair < THRESHOLDS.test.exactRepair) out.push({ what: 'test exact repair', actual: test.exactRepair, limit: THRESHOLDS.test.exactRepair });
  }
  for (const c of r.clean) {
    if (c.per10k > THRESHOLDS.maxFalseFlagsPer10k) out.push({ what: `false flags per 10k words on ${c.label}`, actual: c.per10k, limit: THRESHOLDS.maxFalseFlagsPer10k });
  }
  return out;
}
