import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CACHE_BYTES_KEPT, CACHE_ENTRIES_KEPT, examplesPassed, hashOf, markExamplesPassed, STALE_TEMP_MS } from '../../src/glossary/cache.js';
import { useTempCache } from './temp-cache.js';

describe('the glossary cache', () => {
  const root = useTempCache('unspin-cache-');
  let dir: string;
  beforeEach(() => {
    dir = join(root(), 'cache');
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

  it('removes temporary files that interrupted writes left more than an hour ago, and no others', () => {
    const stale = `.${hashOf('a')}.json.unspin-123-1795931517518.tmp`;
    const fresh = `.${hashOf('b')}.json.unspin-456-1795947901917.tmp`;
    writeFileSync(join(dir, stale), '{"ok":');
    writeFileSync(join(dir, fresh), '{"ok":');
    const hoursAgo = (Date.now() - 2 * STALE_TEMP_MS) / 1000;
    utimesSync(join(dir, stale), hoursAgo, hoursAgo);
    writeFileSync(join(dir, '.other.tmp'), 'not ours');
    utimesSync(join(dir, '.other.tmp'), hoursAgo, hoursAgo);
    markExamplesPassed(hashOf('z'));
    const left = readdirSync(dir);
    expect(left).not.toContain(stale);
    expect(left).toContain(fresh);
    expect(left).toContain('.other.tmp');
  });

  it('leaves a cache within its size alone', () => {
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, `${hashOf('x', String(i))}.json`), '{"ok":true}');
    markExamplesPassed(hashOf('y'));
    expect(readdirSync(dir)).toHaveLength(11);
  });
});

describe('the glossary cache size', () => {
  const root = useTempCache('unspin-cache-');

  it('drops the least recently used entries until what is left fits in its byte limit', () => {
    const dir = join(root(), 'cache');
    const big = Buffer.alloc(CACHE_BYTES_KEPT / 8);
    for (let i = 0; i < 12; i++) {
      const f = join(dir, `${hashOf('big', String(i))}.bin`);
      writeFileSync(f, big);
      utimesSync(f, 2_000_000 + i, 2_000_000 + i);
    }
    markExamplesPassed(hashOf('small'));
    const left = readdirSync(dir);
    const bytes = left.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(CACHE_BYTES_KEPT);
    expect(left).toContain(`${hashOf('small')}.json`);
    // The newest big entries stay: 11 down to 5 (seven of them, plus the small one, fit).
    for (let i = 5; i < 12; i++) expect(left).toContain(`${hashOf('big', String(i))}.bin`);
    for (let i = 0; i < 5; i++) expect(left).not.toContain(`${hashOf('big', String(i))}.bin`);
  });
});
