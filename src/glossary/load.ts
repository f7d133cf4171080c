import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompiledIndex } from '../core/compile.js';
import type { Rule } from '../core/types.js';
import { compileOptionsFor, type Lexicon } from '../lexicon/load.js';
import type { Diagnostic } from './diagnostic.js';
import { failureDiagnostic, runExamples } from './examples.js';
import { examplesPassed, hashOf, markExamplesPassed, parseKey, readParsed, writeParsed } from './cache.js';
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

export function loadGlossaries(paths: readonly string[], lexicon: Lexicon, options: LoadOptions = {}): LoadResult {
  const glossaries: GlossaryDef[] = [];
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const names = new Map<string, string>();
  for (const path of glossaryFiles(paths)) {
    // Shown relative to the working directory when inside it, as editors and terminals link them.
    const rel = relative(process.cwd(), path);
    const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (err) {
      diagnostics.push({ code: 'io', severity: 'error', message: `cannot read glossary: ${(err as Error).message}`, file, line: 1, column: 1 });
      continue;
    }
    sources.set(file, source);
    const key = parseKey(source, file);
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

export function compileLoaded(loaded: LoadResult, lexicon: Lexicon): CompiledIndex {
  return compile(loaded.rules, compileOptionsFor(lexicon, loaded.synonyms));
}

export function displayPath(file: string): string {
  const rel = resolve(file);
  return rel.startsWith(BUNDLED_GLOSSARIES) ? `glossaries/${basename(file)}` : file;
}
