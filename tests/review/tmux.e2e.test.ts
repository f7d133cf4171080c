import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../cli/run.js';

const GLOSSARY = fileURLToPath(new URL('../fixtures/glossary.yaml', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const ARTICLE = 'The renegade gathering met.\nKeeping in mind the end goal to talk, the restriction came.\nIn the interim, nothing.\n';
const sessions: string[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A private server, kept alive by one idle session for the whole file: killing a test's last
// session would otherwise stop the server while the next test starts one (a race under load).
const SOCKET = `unspin-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

async function waitFor(session: string, text: string, ms = 8000): Promise<string> {
  const until = Date.now() + ms;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-t', session, '-p');
    if (screen.includes(text)) return screen;
    await sleep(100);
  }
  throw new Error(`timed out waiting for "${text}"; screen was:\n${screen}`);
}

async function keys(session: string, ...k: string[]) {
  for (const key of k) {
    tmux('send-keys', '-t', session, key);
    await sleep(150);
  }
}

function start(file: string, name: string): string {
  const session = `unspin-${name}-${process.pid}`;
  sessions.push(session);
  // CI=true reproduces CI runners, where Ink would otherwise hold every frame until exit.
  tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', `env CI=true ${process.execPath} ${BIN} review -g ${GLOSSARY} ${file}; sleep 5`);
  return session;
}

/** A fresh folder holding the test article. */
function article(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, 'article.txt');
  writeFileSync(file, ARTICLE);
  return { dir, file };
}

afterEach(() => {
  for (const s of sessions.splice(0)) spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', s]);
});

beforeAll(() => {
  if (hasTmux) tmux('new-session', '-d', '-s', 'keepalive', 'sleep 600');
});

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

describe.skipIf(!hasTmux)('unspin review in a real terminal (tmux)', () => {
  it('accepts, rejects and edits findings, then saves the exact bytes', async () => {
    const { dir, file } = article();
    const s = start(file, 'edit');
    await waitFor(s, '1/4');
    await keys(s, 'a');
    await waitFor(s, '2/4');
    await keys(s, 'x');
    await waitFor(s, '3/4');
    await keys(s, 'e');
    await waitFor(s, 'replace with:');
    for (let i = 0; i < 'opposition'.length; i++) await keys(s, 'BSpace');
    tmux('send-keys', '-t', s, '-l', 'rebels');
    await sleep(200);
    await keys(s, 'Enter');
    await waitFor(s, '✓2 accepted');
    await keys(s, 's');
    await waitFor(s, 'saved');
    await keys(s, 'q');
    expect(readFileSync(file, 'utf8')).toBe('The rebel group met.\nKeeping in mind the end goal to talk, the rebels came.\nIn the interim, nothing.\n');
    expect(existsSync(join(dir, '.article.txt.unspin-journal'))).toBe(false);
  }, 30000);

  it('resumes from the journal after the terminal is killed mid-review', async () => {
    const { dir, file } = article();
    const s1 = start(file, 'crash');
    await waitFor(s1, '1/4');
    await keys(s1, 'a');
    await waitFor(s1, '2/4');
    await keys(s1, 'a');
    await waitFor(s1, '✓2 accepted');
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', s1]);
    expect(existsSync(join(dir, '.article.txt.unspin-journal'))).toBe(true);
    const s2 = start(file, 'resume');
    await waitFor(s2, 'Resume them? [Y/n]');
    await keys(s2, 'y', 'Enter');
    await waitFor(s2, '✓2 accepted');
    await keys(s2, 's');
    await waitFor(s2, 'saved');
    await keys(s2, 'q');
    expect(readFileSync(file, 'utf8')).toBe('The rebel group met.\nIn order to talk, the restriction came.\nIn the interim, nothing.\n');
  }, 30000);

  it('refuses to overwrite a file that changed on disk, and saves elsewhere with --output', async () => {
    const { dir, file } = article();
    const s = start(file, 'changed');
    await waitFor(s, '1/4');
    writeFileSync(file, 'Someone else edited this.\n');
    await keys(s, 'a', 's');
    await waitFor(s, 'changed on disk');
    await keys(s, 'q', 'y');
    expect(readFileSync(file, 'utf8')).toBe('Someone else edited this.\n');
    writeFileSync(file, ARTICLE);
    const out = join(dir, 'fixed.txt');
    const session = `unspin-output-${process.pid}`;
    sessions.push(session);
    // CI=true reproduces CI runners, where Ink would otherwise hold every frame until exit.
  tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', `env CI=true ${process.execPath} ${BIN} review --no-resume -g ${GLOSSARY} --output ${out} ${file}; sleep 5`);
    await waitFor(session, '1/4');
    await keys(session, 'a', 's');
    await waitFor(session, 'saved');
    expect(readFileSync(out, 'utf8')).toBe(ARTICLE.replace('renegade gathering', 'rebel group'));
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
  }, 30000);

  it('keeps decisions made after a save: a crash then resumes onto the saved file', async () => {
    const { dir, file } = article();
    const s1 = start(file, 'aftersave');
    await waitFor(s1, '1/4');
    await keys(s1, 'a', 's');
    await waitFor(s1, 'saved');
    await keys(s1, 'a');
    await waitFor(s1, '✓2 accepted');
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', s1]);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE.replace('renegade gathering', 'rebel group'));
    const s2 = start(file, 'aftersave2');
    await waitFor(s2, 'Resume them? [Y/n]');
    await keys(s2, 'y', 'Enter');
    await waitFor(s2, '✓2 accepted');
    await keys(s2, 's');
    await waitFor(s2, 'saved');
    await keys(s2, 'q');
    expect(readFileSync(file, 'utf8')).toBe('The rebel group met.\nIn order to talk, the restriction came.\nIn the interim, nothing.\n');
    expect(existsSync(join(dir, '.article.txt.unspin-journal'))).toBe(false);
  }, 30000);

  it('redraws to fit when the terminal is resized', async () => {
    const { dir, file } = article();
    const s = start(file, 'resize');
    await waitFor(s, '1/4');
    const wide = tmux('capture-pane', '-t', s, '-p').split('\n').find((l) => l.startsWith('╭'))!;
    tmux('resize-window', '-t', s, '-x', '60', '-y', '24');
    await keys(s, 'j');
    // Polled rather than slept: on a loaded machine the redraw may take a while.
    const border = () => tmux('capture-pane', '-t', s, '-p').split('\n').find((l) => l.startsWith('╭')) ?? '';
    const until = Date.now() + 8000;
    while (border().length !== 60 && Date.now() < until) await sleep(100);
    expect(wide.length).toBe(80);
    expect(border().length).toBe(60);
    await keys(s, 'q');
  }, 30000);
});
