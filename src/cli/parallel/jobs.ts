import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CliError } from '../io.js';
import type { InputOptions } from '../inputs.js';

/** True when the inputs can only be one document, so starting workers would only cost time. */
function singleDocument(paths: readonly string[], opts: InputOptions): boolean {
  if (opts.jsonl || paths.length > 1) return false;
  const p = paths[0] ?? '-';
  if (p === '-') return true;
  if (p.endsWith('.jsonl')) return false;
  try {
    return !statSync(p).isDirectory();
  } catch {
    return true;
  }
}

/** --jobs N: worker threads to check with (default: one per available core; 1 checks in this thread). */
export function jobsFlag(command: string, value: unknown, paths: readonly string[], opts: InputOptions): number {
  if (value !== undefined) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new CliError(`${command}: --jobs must be a whole number of at least 1, got "${String(value)}"`);
    return n;
  }
  return singleDocument(paths, opts) ? 1 : availableParallelism();
}
