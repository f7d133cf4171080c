import { statSync } from 'node:fs';
import { walkFiles } from '../io/walk.js';
import type { InputOptions } from './inputs.js';

/**
 * How many documents `paths` hold, for the progress display: files and directory walks are
 * counted (paths only, nothing read), while stdin and JSONL make the count unknown.
 */
export function countInputs(paths: readonly string[], opts: InputOptions): number | undefined {
  if (opts.jsonl || !paths.length) return undefined;
  let n = 0;
  for (const p of paths) {
    if (p === '-' || p.endsWith('.jsonl')) return undefined;
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      dir = false;
    }
    if (!dir) n++;
    else
      for (const f of walkFiles(p, opts)) {
        if (f.endsWith('.jsonl')) return undefined;
        n++;
      }
  }
  return n;
}
