import type { JournalEntry } from './journal.js';
import { reduce } from './reducer.js';
import type { ReviewState } from './state.js';

/** Rebuilds the review from journalled decisions (each taken at its recorded cursor). */
export function replay(state: ReviewState, entries: readonly JournalEntry[]): ReviewState {
  let s = state;
  for (const e of entries) {
    s = { ...s, cursor: Math.min(e.cursor, Math.max(0, s.items.length - 1)) };
    if (e.action.type === 'commitEdit') {
      s = reduce(reduce(reduce(s, { type: 'startEdit' }), { type: 'editInput', value: e.value ?? '' }), { type: 'commitEdit' });
    } else s = reduce(s, e.action);
  }
  return { ...s, dirty: true, message: `resumed ${entries.length} decision${entries.length === 1 ? '' : 's'} from the journal` };
}
