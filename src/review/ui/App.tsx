import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useReducer, useRef } from 'react';
import type { Action } from '../actions.js';
import { DECISION_ACTIONS } from '../actions.js';
import { actionFor } from '../keymap.js';
import { reduce } from '../reducer.js';
import { output, type ReviewState } from '../state.js';
import { ContextView } from './ContextView.js';
import { DiffView } from './DiffView.js';
import { EditPrompt } from './EditPrompt.js';
import { FindingInfo } from './FindingInfo.js';
import { HelpOverlay } from './HelpOverlay.js';
import { StatusBar } from './StatusBar.js';

export interface AppProps {
  initial: ReviewState;
  file: string;
  /** Called with each decision as it is made (the journal). */
  onDecision?: (cursor: number, action: Action, value?: string) => void;
  /** Writes the repaired text; returns a message or throws with the reason. */
  onSave: (text: string) => string;
  onExit?: (state: ReviewState) => void;
}

export function App({ initial, file, onDecision, onSave, onExit }: AppProps) {
  const [state, rawDispatch] = useReducer(reduce, initial);
  const ref = useRef(state);
  ref.current = state;
  const { exit } = useApp();
  const { stdout } = useStdout();
  const width = Math.max(40, Math.min(stdout?.columns ?? 80, 120));

  const dispatch = (a: Action): void => {
    const before = ref.current;
    if (DECISION_ACTIONS.has(a.type) && before.mode !== 'confirm-quit') {
      const after = reduce(before, a);
      if (after.items !== before.items) onDecision?.(before.cursor, a, a.type === 'commitEdit' ? before.editBuffer : undefined);
    }
    rawDispatch(a);
  };

  useInput((input, key) => {
    const s = ref.current;
    if (s.mode === 'edit') {
      if (key.return) dispatch({ type: 'commitEdit' });
      else if (key.escape) dispatch({ type: 'cancel' });
      else if (key.backspace || key.delete) dispatch({ type: 'editInput', value: s.editBuffer.slice(0, -1) });
      else if (input && !key.ctrl && !key.meta) dispatch({ type: 'editInput', value: s.editBuffer + input });
      return;
    }
    if (s.mode === 'confirm-quit') {
      if (input === 'y') dispatch({ type: 'confirmQuit' });
      else if (input === 's') dispatch({ type: 'saveRequested' });
      else dispatch({ type: 'cancel' });
      return;
    }
    if (key.escape && s.mode === 'help') return dispatch({ type: 'toggleHelp' });
    const a = actionFor(input, key);
    if (a) dispatch(a);
  });

  useEffect(() => {
    if (!state.saveRequested) return;
    try {
      rawDispatch({ type: 'saved', message: onSave(output(state).output) });
    } catch (err) {
      rawDispatch({ type: 'saveFailed', message: `not saved: ${(err as Error).message}` });
    }
  }, [state.saveRequested]);

  useEffect(() => {
    if (state.quit) {
      onExit?.(state);
      exit();
    }
  }, [state.quit]);

  const item = state.items[state.cursor];
  return (
    <Box flexDirection="column" width={width}>
      {state.mode === 'help' ? (
        <HelpOverlay />
      ) : item ? (
        <>
          <ContextView text={state.text} items={state.items} cursor={state.cursor} width={width} />
          <FindingInfo item={item} />
          {state.mode === 'edit' ? <EditPrompt value={state.editBuffer} /> : <DiffView item={item} />}
        </>
      ) : (
        <Text>No findings: nothing to review.</Text>
      )}
      {state.mode === 'confirm-quit' ? <Text color="yellow">Unsaved decisions. Quit anyway? y = quit, s = save, any other key = stay</Text> : null}
      {state.message ? <Text color="cyan">{state.message}</Text> : null}
      <StatusBar state={state} file={file} />
    </Box>
  );
}
