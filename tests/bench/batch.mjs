// Batch throughput for `unspin check`: 10,000 generated articles (about 5 million words) checked
// by the real binary with 1 worker and with every core, JSONL out, with peak memory (max RSS of
// the whole process, worker threads included, from /usr/bin/time).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

// Project-written spun phrases the bundled glossaries flag, each dropped into a clean sentence.
const SPUN = [
  'Keeping in mind the end goal to win, the renegade gathering met the restriction.',
  'The team applied counterfeit consciousness and profound learning to colossal information.',
  'Doctors said the bosom malignant growth trial used an irregular woodland model.',
  'The outside clergyman flew home after the talks.',
];

/** Deterministic pseudo-random numbers, so every run writes the same articles. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Writes `count` articles of about `words` words into 100 folders: sentences drawn from the clean
 * text, and in one article of three a spun sentence every 15 or so sentences.
 */
export function writeArticles(cleanText, count = 10_000, words = 550) {
  const sentences = cleanText.split(/(?<=[.?!])\s+/).filter((s) => s.split(' ').length >= 6 && s.split(' ').length <= 40);
  const rand = rng(20261129);
  const dir = mkdtempSync(join(tmpdir(), 'unspin-batch-'));
  let total = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(sub);
    const spun = i % 3 === 0;
    const parts = [];
    let n = 0;
    while (n < words) {
      const s = spun && rand() < 1 / 15 ? SPUN[Math.floor(rand() * SPUN.length)] : sentences[Math.floor(rand() * sentences.length)];
      parts.push(s);
      n += s.split(' ').length;
    }
    total += n;
    writeFileSync(join(sub, `article-${String(i).padStart(5, '0')}.txt`), parts.join(' ') + '\n');
  }
  return { dir, words: total, count };
}

function runCheck(root, bin, dir, jobs) {
  const out = join(dir, '..', `${dir.split('/').pop()}-${jobs}.jsonl`);
  const fd = openSync(out, 'w');
  const s = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'check', '--jobs', String(jobs), '-f', 'jsonl', '--fail-on', 'none', '-q', dir], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', cwd: root });
  const ms = performance.now() - s;
  closeSync(fd);
  if (r.status !== 0) throw new Error(`unspin check --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const flagged = records.filter((r) => r.findings.length).length;
  const words = records.reduce((n, r) => n + r.words, 0);
  const bytes = statSync(out).size;
  rmSync(out);
  return { jobs, ms, docs: records.length, words, flagged, outBytes: bytes, peakRssMB: Number(/(\d+)\s*$/.exec(r.stderr)[1]) / 1024 };
}

/** Both runs on the same generated articles; the temp dir is removed afterwards. */
export function batchThroughput(root, bin, cleanText, count = 10_000) {
  const gen = writeArticles(cleanText, count);
  try {
    const cores = availableParallelism();
    const runs = [runCheck(root, bin, gen.dir, 1), runCheck(root, bin, gen.dir, cores)];
    return { ...gen, cores, runs };
  } finally {
    rmSync(gen.dir, { recursive: true, force: true });
  }
}
