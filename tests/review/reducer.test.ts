import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { reduce } from '../../src/review/reducer.js';
import { replay } from '../../src/review/replay.js';
import { counts, initialState, output, type ReviewState } from '../../src/review/state.js';
import type { Action } from '../../src/review/actions.js';

const TEXT = 'The renegade gathering met the restriction. Somewhere else, talks failed.';

function finding(actual: string, expected: string[], severity: Finding['severity'] = 'error', ruleId = `t/${actual}`): Finding {
  const start = TEXT.indexOf(actual);
  return { ruleId, severity, category: 'c', message: 'm', start, end: start + actual.length, line: 1, column: start + 1, endLine: 1, endColumn: start + actual.length + 1, actual, expected };
}

const F = [
  finding('renegade gathering', ['rebel group', 'rebel faction']),
  finding('restriction', ['opposition'], 'warning'),
  finding('Somewhere else', ['Elsewhere'], 'info'),
];

const run = (actions: Action[], s: ReviewState = initialState(TEXT, F)): ReviewState => actions.reduce(reduce, s);

describe('review reducer', () => {
  it('navigates with next/prev and clamps at the ends', () => {
    expect(run([{ type: 'prev' }]).cursor).toBe(0);
    expect(run([{ type: 'next' }, { type: 'next' }, { type: 'next' }]).cursor).toBe(2);
  });

  it('accepts the preferred repair, moves to the next pending finding and marks dirty', () => {
    const s = run([{ type: 'accept' }]);
    expect(s.items[0]).toMatchObject({ status: 'accepted', replacement: 'rebel group' });
    expect(s.cursor).toBe(1);
    expect(s.dirty).toBe(true);
    expect(output(s).output).toBe('The rebel group met the restriction. Somewhere else, talks failed.');
  });

  it('chooses an alternative, edits by hand and rejects; later offsets stay right after length changes', () => {
    const s = run([{ type: 'choose', index: 1 }, { type: 'startEdit' }, { type: 'editInput', value: 'the opposition bloc' }, { type: 'commitEdit' }, { type: 'reject' }]);
    expect(s.items.map((i) => i.status)).toEqual(['accepted', 'accepted', 'rejected']);
    expect(output(s).output).toBe('The rebel faction met the the opposition bloc. Somewhere else, talks failed.');
  });

  it('refuses a suggestion number that does not exist', () => {
    const s = run([{ type: 'choose', index: 5 }]);
    expect(s.items[0]!.status).toBe('pending');
    expect(s.message).toBe('no suggestion 6');
  });

  it('ignores a rule for the rest of the document', () => {
    const f2 = [...F, finding('talks', ['negotiations'], 'info', 't/restriction')];
    const s = run([{ type: 'next' }, { type: 'ignoreRule' }], initialState(TEXT, f2));
    expect(s.items.map((i) => i.status)).toEqual(['pending', 'ignored', 'pending', 'ignored']);
    expect(s.ignoredRules).toEqual(['t/restriction']);
  });

  it('accepts every pending error-level finding only', () => {
    const s = run([{ type: 'acceptAll' }]);
    expect(counts(s)).toMatchObject({ accepted: 1, pending: 2 });
  });

  it('marks an overlapping finding resolved when its neighbour is accepted, and back on undo', () => {
    const inner = finding('gathering', ['group']);
    const s = run([{ type: 'accept' }], initialState(TEXT, [F[0]!, inner]));
    expect(s.items[1]!.status).toBe('resolved');
    expect(run([{ type: 'undo' }], s).items[1]!.status).toBe('pending');
  });

  it('undoes and redoes several levels', () => {
    const s = run([{ type: 'accept' }, { type: 'reject' }, { type: 'undo' }, { type: 'undo' }]);
    expect(counts(s).pending).toBe(3);
    const r = run([{ type: 'redo' }, { type: 'redo' }], s);
    expect(r.items.map((i) => i.status)).toEqual(['accepted', 'rejected', 'pending']);
    expect(run([{ type: 'redo' }], r).message).toBe('nothing to redo');
    expect(run([{ type: 'accept' }, { type: 'undo' }, { type: 'reject' }]).redo).toEqual([]);
  });

  it('asks before quitting with unsaved decisions, and quits at once otherwise', () => {
    expect(run([{ type: 'quitRequested' }]).quit).toBe(true);
    const s = run([{ type: 'accept' }, { type: 'quitRequested' }]);
    expect(s.mode).toBe('confirm-quit');
    expect(s.quit).toBe(false);
    expect(run([{ type: 'accept' }], s).items[1]!.status).toBe('pending');
    expect(run([{ type: 'confirmQuit' }], s).quit).toBe(true);
  });

  it('handles save requests and results', () => {
    const s = run([{ type: 'accept' }, { type: 'saveRequested' }]);
    expect(s.saveRequested).toBe(true);
    const saved = run([{ type: 'saved', message: 'saved x' }], s);
    expect(saved).toMatchObject({ dirty: false, saveRequested: false, message: 'saved x' });
    expect(run([{ type: 'saveFailed', message: 'no' }], s).dirty).toBe(true);
  });

  it('toggles help and ignores decisions while editing', () => {
    expect(run([{ type: 'toggleHelp' }]).mode).toBe('help');
    const s = run([{ type: 'startEdit' }, { type: 'reject' }]);
    expect(s.mode).toBe('edit');
    expect(s.items[0]!.status).toBe('pending');
  });

  it('replays journalled decisions to the same state', () => {
    const direct = run([{ type: 'accept' }, { type: 'startEdit' }, { type: 'editInput', value: 'rivals' }, { type: 'commitEdit' }, { type: 'reject' }]);
    const replayed = replay(initialState(TEXT, F), [
      { cursor: 0, action: { type: 'accept' } },
      { cursor: 1, action: { type: 'commitEdit' }, value: 'rivals' },
      { cursor: 2, action: { type: 'reject' } },
    ]);
    expect(replayed.items).toEqual(direct.items);
  });

  it('handles 250 findings without trouble', () => {
    const text = 'renegade gathering '.repeat(250);
    const many: Finding[] = Array.from({ length: 250 }, (_, i) => ({ ...F[0]!, start: i * 19, end: i * 19 + 18 }));
    const s = run([{ type: 'acceptAll' }], initialState(text, many));
    expect(output(s).output).toBe('rebel group '.repeat(250));
  });
});
