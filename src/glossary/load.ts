import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, triesOf, type CompiledIndex } from '../core/compile.js';
import { swapRules } from '../core/swaps.js';
import type { Rule } from '../core/types.js';
import { compileOptionsFor, type Lexicon } from '../lexicon/load.js';
import type { Diagnostic } from './diagnostic.js';
import { failureDiagnostic, runExamples } from './examples.js';
import { examplesPassed, hashOf, markExamplesPassed, parseKey, readParsed, readRuleSet, readTries, writeParsed, writeRuleSet, writeTries } from './cache.js';
import { parseGlossary } from './parse.js';
import { mergeSynonyms, toRules } from './rules.js';
import type { GlossaryDef } from './schema.js';

export const BUNDLED_GLOSSARIES = fileURLToPath(new URL('../../glossaries/', import.meta.url));

export interface LoadResult {
  glossaries: GlossaryDef[];
  rules: Rule[];
  synonyms: Map<string, string[]>;
  diagnostics: Diagnostic[];
  /** File contents, so diagnostics can show an excerpt. */
  sources: Map<string, string>;
  /** Identifies this exact set of glossaries, lexicon and loader code, when it loaded cleanly. */
  cacheKey?: string;
}

const YAML_FILE = /\.ya?ml$/i;

/** Expands directories to the glossary files inside them (not recursive), sorted by name. */
export function glossaryFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new Error(`glossary not found: ${p}`);
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).filter((f) => YAML_FILE.test(f)).sort()) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

export interface LoadOptions {
  /** Run every rule's examples and refuse glossaries whose examples fail (default true). */
  examples?: boolean;
}

interface SourceFile {
  /** As shown in diagnostics: relative to the working directory when inside it. */
  file: string;
  source?: string;
  /** The parse cache key of a file that could be read. */
  key?: string;
  error?: string;
}

function readSources(paths: readonly string[]): SourceFile[] {
  return glossaryFiles(paths).map((path) => {
    // Shown relative to the working directory when inside it, as editors and terminals link them.
    const rel = relative(process.cwd(), path);
    const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
    try {
      // Keyed on the bytes, decoded only when parsed or shown: decoding 3.5 MB of YAML on every
      // start cost a cold check about 20 ms. The hash is the same (UTF-8 is what a string hashes as).
      const bytes = readFileSync(file);
      let text: string | undefined;
      return {
        file,
        get source() {
          return (text ??= bytes.toString('utf8'));
        },
        key: parseKey(bytes, file),
      };
    } catch (err) {
      return { file, error: (err as Error).message };
    }
  });
}

const codeHashes = new Map<string, string>();

/**
 * A hash of the code in a directory beside this module (all of it, or the named modules), so
 * cached output is void when the code that built it changes. Compiled (.js) when installed, the
 * sources (.ts) under the test runner.
 */
function codeHash(dir: string, modules?: readonly string[]): string {
  const id = `${dir}:${modules?.join(',') ?? '*'}`;
  let h = codeHashes.get(id);
  if (h) return h;
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const path = fileURLToPath(new URL(dir, import.meta.url));
  const files = modules ? modules.map((m) => m + ext) : readdirSync(path).filter((f) => f.endsWith(ext)).sort();
  h = hashOf(...files.flatMap((f) => [f, readFileSync(join(path, f), 'utf8')]));
  codeHashes.set(id, h);
  return h;
}

/**
 * Loads glossaries: each file parsed (or read from the cache), its examples run unless they
 * passed before, and its rules collected. A check needs only the rules, so a set of files that
 * loaded cleanly before is read back as one rule set; the parsed glossaries then load on first use.
 */
export function loadGlossaries(paths: readonly string[], lexicon: Lexicon, options: LoadOptions = {}): LoadResult {
  const files = readSources(paths);
  // The code that turns glossary files into rules.
  const setKey = files.every((f) => f.key !== undefined)
    ? hashOf('rule-set', String(options.examples !== false), lexicon.fingerprint, codeHash('./', ['parse', 'rules', 'load', 'cache']), ...files.map((f) => f.key!))
    : undefined;
  const cached = setKey ? readRuleSet(setKey) : undefined;
  if (cached) {
    let full: LoadResult | undefined;
    let sources: Map<string, string> | undefined;
    return {
      get glossaries() {
        return (full ??= loadFiles(files, lexicon, options)).glossaries;
      },
      ...cached,
      get sources() {
        return (sources ??= new Map(files.map((f) => [f.file, f.source!])));
      },
      cacheKey: setKey!,
    };
  }
  const loaded = loadFiles(files, lexicon, options);
  if (setKey && !loaded.diagnostics.some((d) => d.severity === 'error')) {
    writeRuleSet(setKey, loaded);
    loaded.cacheKey = setKey;
  }
  return loaded;
}

function loadFiles(files: readonly SourceFile[], lexicon: Lexicon, options: LoadOptions): LoadResult {
  const glossaries: GlossaryDef[] = [];
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { file, source, key, error } of files) {
    if (source === undefined || key === undefined) {
      diagnostics.push({ code: 'io', severity: 'error', message: `cannot read glossary: ${error}`, file, line: 1, column: 1 });
      continue;
    }
    sources.set(file, source);
    let parsed = readParsed(key, source);
    if (!parsed) {
      parsed = parseGlossary(source, file);
      writeParsed(key, parsed);
    }
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    diagnostics.push(...parsed.diagnostics);
    const g = parsed.glossary;
    if (!g) continue;
    const other = names.get(g.name);
    if (other) {
      diagnostics.push({ code: 'duplicate-glossary', severity: 'error', message: `glossary name "${g.name}" is already used by ${other}`, file, line: 1, column: 1 });
      continue;
    }
    names.set(g.name, file);
    const examplesKey = hashOf('examples', key, lexicon.fingerprint);
    if (errors.length === 0 && options.examples !== false && !examplesPassed(examplesKey)) {
      const failures = runExamples(g, compileOptionsFor(lexicon, mergeSynonyms([g])));
      const fails = failures.map((f) => failureDiagnostic(g, f));
      diagnostics.push(...fails);
      if (fails.length) continue;
      markExamplesPassed(examplesKey);
    }
    if (errors.length === 0) glossaries.push(g);
  }
  return { glossaries, rules: toRules(glossaries), synonyms: mergeSynonyms(glossaries), diagnostics, sources };
}

/** Compiles loaded glossaries; a set that loaded cleanly before gets its tries from the cache. */
export function compileLoaded(loaded: LoadResult, lexicon: Lexicon): CompiledIndex {
  const opts = compileOptionsFor(lexicon, loaded.synonyms);
  // The tries are cached only for the matching core's code that built them.
  const key = loaded.cacheKey ? hashOf('tries', loaded.cacheKey, codeHash('../core/')) : undefined;
  const rules = [...loaded.rules, ...swapRules(loaded.synonyms, loaded.rules.length)];
  const tries = key ? readTries(key, rules) : undefined;
  const index = compile(rules, tries ? { ...opts, tries } : opts);
  if (key && !tries) writeTries(key, triesOf(index));
  return index;
}

export function displayPath(file: string): string {
  const rel = resolve(file);
  return rel.startsWith(BUNDLED_GLOSSARIES) ? `glossaries/${basename(file)}` : file;
}
