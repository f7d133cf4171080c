import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { LineIndex } from '../core/lines.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { deserialize, serialize } from 'node:v8';
import type { CompiledTries, TrieData } from '../core/compile.js';
import type { Rule } from '../core/types.js';
import type { Diagnostic } from './diagnostic.js';
import type { GlossaryDef, Located } from './schema.js';

/**
 * Parsing a large glossary with positions takes hundreds of milliseconds, and running its
 * examples more. Both depend only on the file's bytes (and, for examples, the lexicon), so
 * their results are cached under $UNSPIN_CACHE_DIR, $XDG_CACHE_HOME/unspin or ~/.cache/unspin,
 * keyed by a hash. Editing a glossary changes its hash, so a stale entry is never used.
 */
const CACHE_VERSION = '1';

export function cacheDir(): string | undefined {
  const env = process.env;
  if (env.UNSPIN_CACHE_DIR === '') return undefined;
  if (env.UNSPIN_CACHE_DIR) return env.UNSPIN_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'unspin');
}

export const hashOf = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

interface Stored {
  glossary?: Omit<GlossaryDef, 'linePos' | 'synonyms'> & { synonyms: [string, Located<string[]>][] };
  diagnostics: Diagnostic[];
}

/** Entries kept when the cache is pruned: every edit of a glossary adds two, and old ones are never read again. */
export const CACHE_ENTRIES_KEPT = 256;

/** An entry's bytes, touched on use so pruning drops the entries that have gone longest unused. */
function readEntry(name: string): Buffer | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const file = join(dir, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A cache on a read-only disk is still read; it only cannot be pruned by use.
  }
  return bytes;
}

function writeEntry(name: string, bytes: string | Uint8Array): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(join(dir, name), bytes);
    prune(dir);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

function read(key: string): unknown {
  const bytes = readEntry(`${key}.json`);
  try {
    return bytes ? (JSON.parse(bytes.toString('utf8')) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  writeEntry(`${key}.json`, JSON.stringify(value));
}

/** Bytes kept when the cache is pruned: a rule set and its compiled tries take 1–2 MB per glossary version. */
export const CACHE_BYTES_KEPT = 64 * 1024 * 1024;

/** How old a temporary file of an interrupted write must be before pruning removes it. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** Temporary files writes left behind when their process was killed (see atomic-write.ts for the name). */
function removeStaleTemps(dir: string, files: readonly string[]): void {
  for (const f of files) {
    if (!/^\.[0-9a-f]{64}\.(json|bin)\.unspin-\d+-\d+\.tmp$/.test(f)) continue;
    try {
      if (Date.now() - statSync(join(dir, f)).mtimeMs > STALE_TEMP_MS) rmSync(join(dir, f), { force: true });
    } catch {
      // Gone already, or another process's: nothing to do.
    }
  }
}

/** Keeps the most recently used entries within both limits; runs on writes only, which happen when a glossary changed. */
function prune(dir: string): void {
  const all = readdirSync(dir);
  removeStaleTemps(dir, all);
  const entries = all.filter((f) => /^[0-9a-f]{64}\.(json|bin)$/.test(f));
  const stats = entries.map((f) => {
    try {
      const st = statSync(join(dir, f));
      return { f, t: st.mtimeMs, size: st.size };
    } catch {
      return { f, t: 0, size: 0 };
    }
  });
  if (entries.length <= CACHE_ENTRIES_KEPT && stats.reduce((n, e) => n + e.size, 0) <= CACHE_BYTES_KEPT) return;
  let kept = 0;
  let keptBytes = 0;
  for (const e of stats.sort((a, b) => b.t - a.t)) {
    if (kept < CACHE_ENTRIES_KEPT && keptBytes + e.size <= CACHE_BYTES_KEPT) {
      kept++;
      keptBytes += e.size;
    } else rmSync(join(dir, e.f), { force: true });
  }
}

export function parseKey(source: string | Uint8Array, file: string): string {
  return hashOf('parse', CACHE_VERSION, file, source);
}

export function readParsed(key: string, source: string): { glossary?: GlossaryDef; diagnostics: Diagnostic[] } | undefined {
  const s = read(key) as Stored | undefined;
  if (!s || !Array.isArray(s.diagnostics)) return undefined;
  if (!s.glossary) return { diagnostics: s.diagnostics };
  // Positions are asked for only when there is something to report, so lines are indexed then.
  let lines: LineIndex | undefined;
  const linePos = (o: number): { line: number; col: number } => {
    const p = (lines ??= new LineIndex(source)).position(o);
    return { line: p.line, col: p.column };
  };
  return { glossary: { ...s.glossary, synonyms: new Map(s.glossary.synonyms), linePos }, diagnostics: s.diagnostics };
}

export function writeParsed(key: string, parsed: { glossary?: GlossaryDef; diagnostics: Diagnostic[] }): void {
  const g = parsed.glossary;
  const stored: Stored = { diagnostics: parsed.diagnostics };
  if (g) {
    const { linePos: _omit, synonyms, ...rest } = g;
    void _omit;
    stored.glossary = { ...rest, synonyms: [...synonyms] };
  }
  write(key, stored);
}

/** A marker that this exact glossary passed its examples with this exact lexicon. */
export function examplesPassed(key: string): boolean {
  return (read(key) as { ok?: boolean } | undefined)?.ok === true;
}

export function markExamplesPassed(key: string): void {
  write(key, { ok: true });
}

/** Everything a check needs from a set of glossary files that loaded without errors. */
export interface RuleSet {
  rules: Rule[];
  synonyms: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

export function readRuleSet(key: string): RuleSet | undefined {
  const s = read(key) as { rules?: Rule[]; synonyms?: [string, string[]][]; diagnostics?: Diagnostic[] } | undefined;
  if (!s || !Array.isArray(s.rules) || !Array.isArray(s.synonyms) || !Array.isArray(s.diagnostics)) return undefined;
  return { rules: s.rules, synonyms: new Map(s.synonyms), diagnostics: s.diagnostics };
}

export function writeRuleSet(key: string, set: RuleSet): void {
  write(key, { rules: set.rules, synonyms: [...set.synonyms], diagnostics: set.diagnostics });
}

/**
 * A compiled index's tries for a rule set, stored with V8's serializer: it keeps Maps and typed
 * arrays as they are, and reading one back is several times faster than building the tries.
 */
export function readTries(key: string, rules: readonly Rule[]): CompiledTries | undefined {
  const bytes = readEntry(`${key}.bin`);
  if (!bytes) return undefined;
  try {
    const t = deserialize(bytes) as CompiledTries;
    const trie = (d: TrieData | undefined): boolean => d?.trans?.a instanceof Int32Array && d.root instanceof Int32Array && d.ends instanceof Int32Array && d.entries instanceof Int32Array;
    const ok = t.vocab instanceof Map && t.canonVocab instanceof Map && trie(t.variants) && trie(t.terms) && t.canonicalWords?.length === rules.length;
    return ok ? t : undefined;
  } catch {
    return undefined;
  }
}

export function writeTries(key: string, tries: CompiledTries): void {
  writeEntry(`${key}.bin`, serialize(tries));
}
