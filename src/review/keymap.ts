import type { Action } from './actions.js';

/** Key bindings as data: one table drives both input handling and the help overlay. */
export interface Binding {
  keys: string[];
  label: string;
  help: string;
  action: (digit?: number) => Action;
}

export const KEYMAP: Binding[] = [
  { keys: ['down', 'j'], label: '↓/j', help: 'next finding', action: () => ({ type: 'next' }) },
  { keys: ['up', 'k'], label: '↑/k', help: 'previous finding', action: () => ({ type: 'prev' }) },
  { keys: ['n'], label: 'n', help: 'next pending finding', action: () => ({ type: 'nextPending' }) },
  { keys: ['p'], label: 'p', help: 'previous pending finding', action: () => ({ type: 'prevPending' }) },
  { keys: ['a', 'return'], label: 'a/Enter', help: 'accept the preferred repair', action: () => ({ type: 'accept' }) },
  { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], label: '1-9', help: 'accept that suggestion', action: (d) => ({ type: 'choose', index: (d ?? 1) - 1 }) },
  { keys: ['e'], label: 'e', help: 'edit the replacement, then accept it', action: () => ({ type: 'startEdit' }) },
  { keys: ['x'], label: 'x', help: 'reject (keep the original)', action: () => ({ type: 'reject' }) },
  { keys: ['i'], label: 'i', help: 'ignore this rule for the rest of the document', action: () => ({ type: 'ignoreRule' }) },
  { keys: ['A'], label: 'A', help: 'accept every pending error-level finding', action: () => ({ type: 'acceptAll' }) },
  { keys: ['u'], label: 'u', help: 'undo the last decision', action: () => ({ type: 'undo' }) },
  { keys: ['U'], label: 'U', help: 'redo', action: () => ({ type: 'redo' }) },
  { keys: ['s'], label: 's', help: 'save the repaired text', action: () => ({ type: 'saveRequested' }) },
  { keys: ['?'], label: '?', help: 'show or hide this help', action: () => ({ type: 'toggleHelp' }) },
  { keys: ['q'], label: 'q', help: 'quit (asks first when decisions are unsaved)', action: () => ({ type: 'quitRequested' }) },
];

/** Ink's key flags, reduced to the names the table uses. */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  return?: boolean;
  escape?: boolean;
}

export function keyName(input: string, key: KeyInfo): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  return input;
}

export function actionFor(input: string, key: KeyInfo): Action | undefined {
  const name = keyName(input, key);
  for (const b of KEYMAP) if (b.keys.includes(name)) return b.action(/^[1-9]$/.test(name) ? Number(name) : undefined);
  return undefined;
}
