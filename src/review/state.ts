import { applyEdits, type ApplyResult } from '../core/apply.js';
import type { Edit, Finding } from '../core/types.js';

/** What the editor decided for one finding. `resolved`: an accepted neighbour made it moot. */
export type Status = 'pending' | 'accepted' | 'rejected' | 'ignored' | 'resolved';

export interface Item {
  finding: Finding;
  status: Status;
  /** The replacement text when accepted: a suggestion or the editor's own words. */
  replacement?: string;
}

export type Mode = 'browse' | 'help' | 'edit' | 'confirm-quit';

/** Decisions only: what undo and redo restore, and what the journal records. */
export interface Decisions {
  items: Item[];
  ignoredRules: string[];
}

export interface ReviewState extends Decisions {
  text: string;
  cursor: number;
  mode: Mode;
  editBuffer: string;
  undo: Decisions[];
  redo: Decisions[];
  /** Decisions not yet saved to the file. */
  dirty: boolean;
  message?: string;
  saveRequested: boolean;
  quit: boolean;
}

export function initialState(text: string, findings: readonly Finding[]): ReviewState {
  return {
    text,
    items: findings.map((finding) => ({ finding, status: 'pending' })),
    ignoredRules: [],
    cursor: 0,
    mode: 'browse',
    editBuffer: '',
    undo: [],
    redo: [],
    dirty: false,
    saveRequested: false,
    quit: false,
  };
}

/** The accepted repairs as edits on the original text; offsets never need shifting by hand. */
export function acceptedEdits(s: Decisions): Edit[] {
  return s.items.filter((i) => i.status === 'accepted').map((i) => ({ range: [i.finding.start, i.finding.end], text: i.replacement ?? i.finding.expected[0] ?? i.finding.actual }));
}

/** The repaired text, through the core's one applyEdits. */
export function output(s: ReviewState): ApplyResult {
  return applyEdits(s.text, acceptedEdits(s));
}

export function counts(s: Decisions): Record<Status, number> {
  const c: Record<Status, number> = { pending: 0, accepted: 0, rejected: 0, ignored: 0, resolved: 0 };
  for (const i of s.items) c[i.status]++;
  return c;
}
