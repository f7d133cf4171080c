import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { initialState } from '../../src/review/state.js';
import { App } from '../../src/review/ui/App.js';
import type { Action } from '../../src/review/actions.js';

const TEXT = 'The renegade gathering met the restriction.\n\nSomewhere else, talks \u001b[31mfailed.';

function finding(actual: string, expected: string[], severity: Finding['severity'] = 'error'): Finding {
  const start = TEXT.indexOf(actual);
  return { ruleId: `t/${actual.split(' ')[0]}`, severity, category: 'c', message: `"${actual}" is spun`, start, end: start + actual.length, line: 1, column: start + 1, endLine: 1, endColumn: start + actual.length + 1, actual, expected };
}

const F = [finding('renegade gathering', ['rebel group', 'rebel faction']), finding('restriction', ['opposition'], 'warning'), finding('Somewhere else', ['Elsewhere'], 'info')];

const tick = () => new Promise((r) => setTimeout(r, 30));

/** Retries an assertion until it holds: under a loaded test run Ink may draw a frame late. */
async function eventually(check: () => void, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await tick();
    }
  }
}

function setup(findings = F) {
  const saved: string[] = [];
  const decisions: { cursor: number; action: Action; value?: string }[] = [];
  let exited = false;
  const ui = render(
    <App
      initial={initialState(TEXT, findings)}
      file="article.txt"
      onSave={(t) => {
        saved.push(t);
        return 'saved article.txt';
      }}
      onDecision={(cursor, action, value) => decisions.push({ cursor, action, ...(value !== undefined ? { value } : {}) })}
      onExit={() => (exited = true)}
    />,
  );
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      ui.stdin.write(k);
      await tick();
    }
  };
  return { ui, press, saved, decisions, exited: () => exited };
}

describe('review screen', () => {
  it('shows the finding in context, its diff, suggestions and the status line', async () => {
    const { ui } = setup();
    await eventually(() => expect(ui.lastFrame()).toContain('»renegade gathering«'));
    const f = ui.lastFrame()!;
    expect(f).toContain('[-renegade gathering-]{+rebel group+}');
    expect(f).toContain('1) rebel group   2) rebel faction');
    expect(f).toContain('1/3  ✓0 accepted  ✗0 rejected  3 pending  article.txt');
  });

  it('accepts with a, rejects with x, chooses with a digit, and saves with s', async () => {
    const { ui, press, saved, decisions } = setup();
    await press('2', 'x', 'a', 's');
    await eventually(() => expect(saved).toEqual(['The rebel faction met the restriction.\n\nElsewhere, talks \u001b[31mfailed.']));
    await eventually(() => expect(ui.lastFrame()).toContain('saved article.txt'));
    expect(decisions.map((d) => d.action.type)).toEqual(['choose', 'reject', 'accept']);
  });

  it('edits the replacement inline', async () => {
    const { press, saved, decisions } = setup();
    await press('e');
    await press(...'\u007f'.repeat(11).split(''), ...'rebels'.split(''), '\r', 's');
    await eventually(() => expect(saved[0]).toMatch(/^The rebels met/));
    expect(decisions[0]).toMatchObject({ action: { type: 'commitEdit' }, value: 'rebels' });
  });

  it('ignores a rule, accepts all errors, undoes, and shows help', async () => {
    const { ui, press } = setup();
    await press('j', 'i');
    await eventually(() => expect(ui.lastFrame()).toContain('1 ignored'));
    await press('A');
    await eventually(() => expect(ui.lastFrame()).toContain('✓1 accepted'));
    await press('u');
    await eventually(() => expect(ui.lastFrame()).toContain('✓0 accepted'));
    await press('?');
    await eventually(() => expect(ui.lastFrame()).toContain('ignore this rule for the rest of the document'));
  });

  it('asks before quitting with unsaved decisions', async () => {
    const { ui, press, exited } = setup();
    await press('a', 'q');
    await eventually(() => expect(ui.lastFrame()).toContain('Unsaved decisions. Quit anyway?'));
    expect(exited()).toBe(false);
    await press('y');
    await eventually(() => expect(exited()).toBe(true));
  });

  it('never passes escape sequences from the article to the terminal', async () => {
    const { ui, press } = setup();
    await press('j', 'j');
    await eventually(() => expect(ui.lastFrame()).toContain('␛[31mfailed'));
    expect(ui.lastFrame()).not.toContain('\u001b[31mfailed');
  });
});
