import { diffWords } from 'diff';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import type { Item } from '../state.js';

export interface Segment {
  text: string;
  kind: 'plain' | 'current' | 'other';
}

const PARA = /\n[ \t]*\n/g;

/**
 * The paragraph around the current finding, cut to a window that fits the screen, as
 * segments: the current span, other flagged spans (marked faintly) and plain text.
 */
export function contextSegments(text: string, items: readonly Item[], cursor: number, maxChars: number): Segment[] {
  const cur = items[cursor]?.finding;
  if (!cur) return [];
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(PARA)) {
    if (m.index + m[0].length <= cur.start) start = m.index + m[0].length;
    else if (m.index >= cur.end) {
      end = m.index;
      break;
    }
  }
  if (end - start > maxChars) {
    const half = Math.floor((maxChars - (cur.end - cur.start)) / 2);
    start = Math.max(start, cur.start - Math.max(half, 20));
    end = Math.min(end, cur.end + Math.max(half, 20));
  }
  const marks = items
    .map((i, k) => ({ s: i.finding.start, e: i.finding.end, kind: (k === cursor ? 'current' : 'other') as Segment['kind'] }))
    .filter((m) => m.e > start && m.s < end)
    .sort((a, b) => a.s - b.s);
  const out: Segment[] = [];
  let pos = start;
  for (const m of marks) {
    if (m.s < pos) continue;
    if (m.s > pos) out.push({ text: text.slice(pos, m.s), kind: 'plain' });
    out.push({ text: text.slice(m.s, Math.min(m.e, end)), kind: m.kind });
    pos = Math.min(m.e, end);
  }
  if (pos < end) out.push({ text: text.slice(pos, end), kind: 'plain' });
  return out.map((s) => ({ ...s, text: sanitizeForTerminal(s.text, true).replace(/\s*\n\s*/g, ' ') }));
}

export interface DiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/** A word-level diff of the flagged words against the repair (the diff package's word diff). */
export function repairDiff(actual: string, replacement: string): DiffPart[] {
  return diffWords(actual, replacement).map((p) => ({ text: sanitizeForTerminal(p.value), kind: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}

/** The same diff readable without colour: [-old-]{+new+}. */
export function plainDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'removed' ? `[-${p.text}-]` : p.kind === 'added' ? `{+${p.text}+}` : p.text)).join('');
}
