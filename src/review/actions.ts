/** Typed review actions; key bindings map keys to these (keymap.ts). */
export type Action =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'nextPending' }
  | { type: 'prevPending' }
  | { type: 'accept' }
  | { type: 'choose'; index: number }
  | { type: 'startEdit' }
  | { type: 'editInput'; value: string }
  | { type: 'commitEdit' }
  | { type: 'cancel' }
  | { type: 'reject' }
  | { type: 'ignoreRule' }
  | { type: 'acceptAll' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'toggleHelp' }
  | { type: 'saveRequested' }
  | { type: 'saved'; message: string }
  | { type: 'saveFailed'; message: string }
  | { type: 'quitRequested' }
  | { type: 'confirmQuit' };

/** The actions that change decisions, and so are journalled and undoable. */
export const DECISION_ACTIONS: ReadonlySet<Action['type']> = new Set(['accept', 'choose', 'commitEdit', 'reject', 'ignoreRule', 'acceptAll', 'undo', 'redo']);
