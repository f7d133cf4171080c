import { mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_ENTRIES_KEPT, examplesPassed, hashOf, markExamplesPassed } from '../../src/glossary/cache.js';

describe('the glossary cache', () => {
  let dir: string;
  const saved = process.env.UNSPIN_CACHE_DIR;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'unspin-cache-')), 'cache');
    mkdirSync(dir);
    process.env.UNSPIN_CACHE_DIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.UNSPIN_CACHE_DIR;
    else process.env.UNSPIN_CACHE_DIR = saved;
  });

  it('keeps its newest entries when a write takes it past its size, and entries read lately count as new', () => {
    const old = (i: number): string => hashOf('old', String(i));
    for (let i = 0; i < CACHE_ENTRIES_KEPT + 40; i++) {
      writeFileSync(join(dir, `${old(i)}.json`), '{"ok":true}');
      // Entry i was last used i seconds after the epoch of this test: 0 is the stalest.
      utimesSync(join(dir, `${old(i)}.json`), 1_000_000 + i, 1_000_000 + i);
    }
    writeFileSync(join(dir, 'notes.txt'), 'not an entry');
    expect(examplesPassed(old(0))).toBe(true); // a read makes the stalest entry the freshest
    markExamplesPassed(hashOf('new'));
    const left = readdirSync(dir);
    expect(left.filter((f) => f.endsWith('.json'))).toHaveLength(CACHE_ENTRIES_KEPT);
    expect(left).toContain(`${hashOf('new')}.json`);
    expect(left).toContain(`${old(0)}.json`);
    expect(left).toContain('notes.txt');
    for (let i = 1; i <= 41; i++) expect(left).not.toContain(`${old(i)}.json`);
    expect(left).toContain(`${old(42)}.json`);
    expect(statSync(join(dir, `${old(0)}.json`)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });

  it('leaves a cache within its size alone', () => {
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, `${hashOf('x', String(i))}.json`), '{"ok":true}');
    markExamplesPassed(hashOf('y'));
    expect(readdirSync(dir)).toHaveLength(11);
  });
});
