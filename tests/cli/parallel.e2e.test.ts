import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

const G = ['-g', FIXTURE_GLOSSARY];
const SPUN = 'Keeping in mind the end goal to win, the renegade gathering met the restriction.';
const CLEAN = 'The rebel group met in order to talk about the budget.';

/** ~50 files of mixed sizes (so workers finish out of order; small enough for spawnSync's 1 MB stdout), in nested folders, plus Markdown and HTML. */
function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'b'));
  for (let i = 0; i < 48; i++) {
    const sentences = Array.from({ length: 1 + ((i * 37) % 25) }, (_, k) => ((i + k) % 5 === 0 ? SPUN : CLEAN));
    writeFileSync(join(dir, i % 2 ? 'b' : '', `doc-${String(i).padStart(2, '0')}.txt`), `${sentences.join(' ')} Number ${i}.\n`);
  }
  writeFileSync(join(dir, 'notes.md'), `# Notes\n\n${SPUN} \`renegade gathering\`\n`);
  writeFileSync(join(dir, 'page.html'), `<p>${SPUN}</p><script>renegade gathering</script>\n`);
  return dir;
}

describe('parallel checking (--jobs)', () => {
  let dir = '';
  beforeAll(() => {
    dir = corpus();
  });

  for (const format of ['json', 'jsonl', 'csv', 'sarif']) {
    it(`--jobs 2 prints byte-identical ${format} to --jobs 1, in input order`, () => {
      const one = unspin(['check', ...G, '-f', format, '--jobs', '1', dir]);
      const two = unspin(['check', ...G, '-f', format, '--jobs', '2', dir]);
      expect(one.code).toBe(1);
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
      if (format === 'jsonl') {
        const paths = two.stdout.trim().split('\n').map((l) => JSON.parse(l).path.slice(dir.length + 1));
        expect(paths).toHaveLength(50);
        expect(paths.slice(0, 3)).toEqual(['b/doc-01.txt', 'b/doc-03.txt', 'b/doc-05.txt']);
        expect(paths).toContain('notes.md');
        expect(paths.at(-1)).toBe('page.html');
      }
    });
  }

  it('a worker that crashes on one document fails that document only, and the run finishes', () => {
    const d = tempDir();
    for (let i = 0; i < 12; i++) writeFileSync(join(d, `d${String(i).padStart(2, '0')}.txt`), i === 5 ? `${SPUN} POISON\n` : `${SPUN}\n`);
    const r = unspin(['check', ...G, '-f', 'jsonl', '--jobs', '2', d], undefined, undefined, { UNSPIN_TEST_WORKER_FAULT: 'POISON' });
    expect(r.code).toBe(2);
    const paths = r.stdout.trim().split('\n').map((l) => JSON.parse(l).path.slice(d.length + 1));
    expect(paths).toEqual([...Array(12).keys()].filter((i) => i !== 5).map((i) => `d${String(i).padStart(2, '0')}.txt`));
    expect(r.stderr).toMatch(/d05\.txt: worker failed: injected worker fault/);
    const json = JSON.parse(unspin(['check', ...G, '-f', 'json', '--jobs', '2', d], undefined, undefined, { UNSPIN_TEST_WORKER_FAULT: 'POISON' }).stdout);
    expect(json.failed).toEqual([{ path: join(d, 'd05.txt'), reason: expect.stringContaining('worker failed') }]);
    expect(json.files).toHaveLength(11);
  });

  it('--timeout stops a worker stuck on one document: that document fails, the rest are checked in order', () => {
    const d = tempDir();
    for (let i = 0; i < 6; i++) writeFileSync(join(d, `d${i}.txt`), i === 3 ? `${SPUN} STALL\n` : `${SPUN}\n`);
    const env = { UNSPIN_TEST_WORKER_STALL: 'STALL' };
    // With --jobs 1 too: the timeout needs a worker, so one is started.
    for (const jobs of ['1', '2']) {
      const started = Date.now();
      const r = unspin(['check', ...G, '-f', 'jsonl', '--jobs', jobs, '--timeout', '2', d], undefined, undefined, env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/d3\.txt: check timed out after 2 s/);
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).path.slice(d.length + 1))).toEqual(['d0.txt', 'd1.txt', 'd2.txt', 'd4.txt', 'd5.txt']);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  });

  it('rejects a --timeout that is not a positive number of seconds', () => {
    for (const bad of ['0', '-1', 'soon']) {
      const r = unspin(['check', ...G, `--timeout=${bad}`, dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--timeout must be');
    }
  });

  it('a bad glossary fails the run with exit 2 before any report file is written', () => {
    const d = tempDir();
    const bad = join(d, 'bad.yaml');
    writeFileSync(bad, 'version: 1\nrules:\n  - canonical: [\n');
    const out = join(d, 'report.json');
    const r = unspin(['check', '-g', bad, '-f', 'json', '-o', out, '--jobs', '2', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(d)).toEqual(['bad.yaml']);
  });

  it('rejects a --jobs that is not a whole number of at least 1', () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const r = unspin(['check', ...G, `--jobs=${bad}`, dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--jobs must be a whole number');
    }
  });

  it('reads JSONL from stdin with workers and keeps record order', () => {
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: (i % 3 ? CLEAN : SPUN).repeat(1 + (i % 9) * 20) }));
    const one = unspin(['check', ...G, '--jsonl', '-f', 'jsonl', '--jobs', '1', '-'], lines.join('\n'));
    const two = unspin(['check', ...G, '--jsonl', '-f', 'jsonl', '--jobs', '2', '-'], lines.join('\n'));
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).path)).toEqual(lines.map((_, i) => `r${i}`));
  });
});

describe('as a streaming filter', () => {
  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const d = tempDir();
    for (let i = 0; i < 400; i++) writeFileSync(join(d, `f${String(i).padStart(3, '0')}.txt`), `${SPUN} ${'More words here. '.repeat(50)}\n`);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check -g "${FIXTURE_GLOSSARY}" -f jsonl --jobs 2 "${d}" | head -n 1`], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout).path).toBe(join(d, 'f000.txt'));
    expect(r.stderr).not.toMatch(/EPIPE|internal error/);
  });
});

// util-linux `script` runs the command on a pseudo-terminal, so stderr is a TTY as at a desk.
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('progress on a terminal', () => {
  const onTty = (args: string, dir: string) => {
    const cmd = `"${process.execPath}" "${BIN}" check -g "${FIXTURE_GLOSSARY}" -f jsonl ${args} "${dir}" > "${dir}.out"`;
    return spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
  };

  it('shows done/total, words/s, ETA and flags on stderr only, and nothing with --quiet', () => {
    const d = tempDir();
    for (let i = 0; i < 3; i++) writeFileSync(join(d, `f${i}.txt`), `${SPUN}\n`);
    const tty = onTty('--jobs 2', d);
    expect(tty).toMatch(/\r\u001b\[2K1\/3 documents, [\d,]+ words\/s, ETA \d+s, 3 flags so far/);
    expect(readFileSync(`${d}.out`, 'utf8')).not.toContain('\u001b');
    expect(readFileSync(`${d}.out`, 'utf8').trim().split('\n')).toHaveLength(3);
    expect(onTty('--jobs 2 --quiet', d)).toBe('');
  });
});
