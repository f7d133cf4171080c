import type { Action } from './actions.js';
import { counts, type Decisions, type Item, type ReviewState, type Status } from './state.js';

const snapshot = (s: ReviewState): Decisions => ({ items: s.items, ignoredRules: s.ignoredRules });

function findFrom(s: ReviewState, from: number, step: 1 | -1, pred: (i: Item) => boolean): number {
  for (let k = from + step; k >= 0 && k < s.items.length; k += step) if (pred(s.items[k]!)) return k;
  return -1;
}

/** Records a decision: pushes undo, clears redo, settles moot findings and moves on. */
function decide(s: ReviewState, items: Item[], ignoredRules = s.ignoredRules): ReviewState {
  const settled = settleItems(items);
  const next = { ...s, undo: [...s.undo, snapshot(s)], redo: [], items: settled, ignoredRules, dirty: true, mode: 'browse' as const, message: undefined };
  const pending = findFrom(next, next.cursor, 1, (i) => i.status === 'pending');
  const wrap = pending >= 0 ? pending : findFrom(next, -1, 1, (i) => i.status === 'pending');
  return { ...next, cursor: wrap >= 0 ? wrap : next.cursor };
}

function settleItems(items: Item[]): Item[] {
  const accepted = items.filter((i) => i.status === 'accepted');
  return items.map((i) => {
    const moot = accepted.some((a) => a !== i && a.finding.start < i.finding.end && i.finding.start < a.finding.end);
    if (i.status === 'pending' && moot) return { ...i, status: 'resolved' as Status };
    if (i.status === 'resolved' && !moot) return { ...i, status: 'pending' as Status };
    return i;
  });
}

function setCurrent(s: ReviewState, status: Status, replacement?: string): ReviewState {
  const cur = s.items[s.cursor];
  if (!cur || cur.status === 'resolved') return { ...s, message: cur ? 'already resolved by an accepted neighbour' : undefined };
  const items = s.items.slice();
  items[s.cursor] = replacement === undefined ? { finding: cur.finding, status } : { finding: cur.finding, status, replacement };
  return decide(s, items);
}

/** The pure review reducer: every screen state change goes through here. */
export function reduce(s: ReviewState, a: Action): ReviewState {
  if (s.mode === 'edit' && a.type !== 'editInput' && a.type !== 'commitEdit' && a.type !== 'cancel') return s;
  if (s.mode === 'confirm-quit' && a.type !== 'confirmQuit' && a.type !== 'cancel' && a.type !== 'saveRequested') return s;
  switch (a.type) {
    case 'next':
      return { ...s, cursor: Math.min(s.cursor + 1, Math.max(0, s.items.length - 1)), message: undefined };
    case 'prev':
      return { ...s, cursor: Math.max(s.cursor - 1, 0), message: undefined };
    case 'nextPending': {
      const k = findFrom(s, s.cursor, 1, (i) => i.status === 'pending');
      return k >= 0 ? { ...s, cursor: k, message: undefined } : { ...s, message: 'no pending finding after this one' };
    }
    case 'prevPending': {
      const k = findFrom(s, s.cursor, -1, (i) => i.status === 'pending');
      return k >= 0 ? { ...s, cursor: k, message: undefined } : { ...s, message: 'no pending finding before this one' };
    }
    case 'accept':
      return setCurrent(s, 'accepted', s.items[s.cursor]?.finding.expected[0]);
    case 'choose': {
      const alt = s.items[s.cursor]?.finding.expected[a.index];
      return alt === undefined ? { ...s, message: `no suggestion ${a.index + 1}` } : setCurrent(s, 'accepted', alt);
    }
    case 'startEdit': {
      const cur = s.items[s.cursor];
      if (!cur || cur.status === 'resolved') return s;
      return { ...s, mode: 'edit', editBuffer: cur.replacement ?? cur.finding.expected[0] ?? cur.finding.actual };
    }
    case 'editInput':
      return s.mode === 'edit' ? { ...s, editBuffer: a.value } : s;
    case 'commitEdit':
      return s.mode === 'edit' ? setCurrent({ ...s, mode: 'browse' }, 'accepted', s.editBuffer) : s;
    case 'cancel':
      return { ...s, mode: 'browse', message: undefined };
    case 'reject':
      return setCurrent(s, 'rejected');
    case 'ignoreRule': {
      const cur = s.items[s.cursor];
      if (!cur) return s;
      const rule = cur.finding.ruleId;
      const items = s.items.map((i) => (i.finding.ruleId === rule && i.status === 'pending' ? { ...i, status: 'ignored' as Status } : i));
      return decide(s, items, [...s.ignoredRules, rule]);
    }
    case 'acceptAll': {
      let items = s.items;
      let n = 0;
      for (let k = 0; k < items.length; k++) {
        const i = items[k]!;
        if (i.status !== 'pending' || i.finding.severity !== 'error') continue;
        items = items.slice();
        items[k] = { ...i, status: 'accepted', replacement: i.finding.expected[0] ?? i.finding.actual };
        items = settleItems(items);
        n++;
      }
      return n ? { ...decide(s, items), message: `accepted ${n} error-level finding${n === 1 ? '' : 's'}` } : { ...s, message: 'no pending error-level findings' };
    }
    case 'undo': {
      const prev = s.undo[s.undo.length - 1];
      if (!prev) return { ...s, message: 'nothing to undo' };
      return { ...s, ...prev, undo: s.undo.slice(0, -1), redo: [...s.redo, snapshot(s)], dirty: true, message: 'undone' };
    }
    case 'redo': {
      const next = s.redo[s.redo.length - 1];
      if (!next) return { ...s, message: 'nothing to redo' };
      return { ...s, ...next, redo: s.redo.slice(0, -1), undo: [...s.undo, snapshot(s)], dirty: true, message: 'redone' };
    }
    case 'toggleHelp':
      return { ...s, mode: s.mode === 'help' ? 'browse' : 'help' };
    case 'saveRequested':
      return { ...s, saveRequested: true, mode: 'browse' };
    case 'saved':
      return { ...s, saveRequested: false, dirty: false, message: a.message };
    case 'saveFailed':
      return { ...s, saveRequested: false, message: a.message };
    case 'quitRequested':
      return s.dirty ? { ...s, mode: 'confirm-quit' } : { ...s, quit: true };
    case 'confirmQuit':
      return { ...s, quit: true };
  }
}

export { counts };
