import { Text } from 'ink';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import { counts, type ReviewState } from '../state.js';

/** Position, decision counts, file name and the unsaved-changes mark. */
export function StatusBar({ state, file }: { state: ReviewState; file: string }) {
  const c = counts(state);
  const pos = state.items.length ? `${state.cursor + 1}/${state.items.length}` : '0/0';
  return (
    <Text inverse>
      {` ${pos}  ✓${c.accepted} accepted  ✗${c.rejected} rejected  ${c.pending} pending${c.ignored ? `  ${c.ignored} ignored` : ''}${c.resolved ? `  ${c.resolved} resolved` : ''}  ${sanitizeForTerminal(file)}${state.dirty ? ' [+] unsaved' : ''}  ?=help `}
    </Text>
  );
}
