import { describe, expect, it, vi } from 'vitest';
import { examplesPassed, hashOf, markExamplesPassed } from '../../src/glossary/cache.js';
import { useTempCache } from './temp-cache.js';

// A read-only cache disk: touching an entry fails with EROFS, as it would on a mounted image.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    utimesSync: () => {
      throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
    },
  };
});

describe('a glossary cache whose entries cannot be touched', () => {
  useTempCache('unspin-cache-');

  it('is still read', () => {
    markExamplesPassed(hashOf('ro'));
    expect(examplesPassed(hashOf('ro'))).toBe(true);
  });
});
