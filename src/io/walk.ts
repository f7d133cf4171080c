import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globToRegExp } from './glob.js';

export interface WalkOptions {
  include: string[];
  exclude: string[];
}

export const DEFAULT_INCLUDE = ['*.txt', '*.md', '*.markdown', '*.html', '*.htm', '*.jsonl'];

/** Patterns of a directory's .gitignore (blank lines, comments and negations are skipped). */
function gitignore(dir: string): RegExp[] {
  const f = join(dir, '.gitignore');
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))
    .map((l) => globToRegExp(l.replace(/^\//, '').replace(/\/$/, '')));
}

/**
 * Files under a directory, recursively and in a stable (sorted) order, lazily, so a run over
 * thousands of articles never lists them all up front. Hidden entries, node_modules and
 * .gitignore'd paths are skipped.
 */
export function* walkFiles(root: string, opts: WalkOptions): Generator<string> {
  const include = (opts.include.length ? opts.include : DEFAULT_INCLUDE).map(globToRegExp);
  const exclude = opts.exclude.map(globToRegExp);
  function* walk(dir: string, ignores: RegExp[]): Generator<string> {
    const here = [...ignores, ...gitignore(dir)];
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const rel = relative(root, path).split('\\').join('/');
      if (here.some((r) => r.test(rel)) || exclude.some((r) => r.test(rel))) continue;
      let st;
      try {
        st = statSync(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) yield* walk(path, here);
      else if (include.some((r) => r.test(rel))) yield path;
    }
  }
  yield* walk(root, []);
}
