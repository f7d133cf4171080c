import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Points UNSPIN_CACHE_DIR at a fresh `<root>/cache` for each test of the calling suite, with an
 * empty `<root>/glossaries` beside it, and restores the variable after; returns the current root.
 */
export function useTempCache(prefix: string): () => string {
  let root = '';
  const saved = process.env.UNSPIN_CACHE_DIR;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), prefix));
    mkdirSync(join(root, 'glossaries'));
    mkdirSync(join(root, 'cache'));
    process.env.UNSPIN_CACHE_DIR = join(root, 'cache');
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.UNSPIN_CACHE_DIR;
    else process.env.UNSPIN_CACHE_DIR = saved;
  });
  return () => root;
}
