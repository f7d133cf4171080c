import type { Edit } from './types.js';

export interface ApplyResult {
  output: string;
  applied: Edit[];
  skipped: Edit[];
}

/**
 * The one place repairs are applied (fix and review share it). Edits are sorted, any edit
 * that overlaps an earlier-accepted one is skipped and reported, and the text is rebuilt
 * from the end backwards so earlier offsets stay valid.
 */
export function applyEdits(text: string, edits: readonly Edit[], shouldApply: (e: Edit) => boolean = () => true): ApplyResult {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => shouldApply(e))
    .sort((a, b) => a.e.range[0] - b.e.range[0] || a.e.range[1] - b.e.range[1] || a.i - b.i);
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  let lastEnd = -1;
  for (const { e } of sorted) {
    const [s, t] = e.range;
    if (s < 0 || t > text.length || s > t || s < lastEnd) {
      skipped.push(e);
      continue;
    }
    applied.push(e);
    lastEnd = t;
  }
  const parts: string[] = [];
  let tail = text.length;
  for (let k = applied.length - 1; k >= 0; k--) {
    const e = applied[k]!;
    parts.push(text.slice(e.range[1], tail), e.text);
    tail = e.range[0];
  }
  parts.push(text.slice(0, tail));
  return { output: parts.reverse().join(''), applied, skipped };
}
