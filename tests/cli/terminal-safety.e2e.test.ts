import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

// A file name is untrusted text too: an escape sequence in it must not reach the terminal raw.
describe('problem messages on stderr', () => {
  it('sanitizes hostile file names in check and fix', () => {
    const dir = tempDir();
    const name = 'evil\u001b[31mred\u0007.txt';
    writeFileSync(join(dir, name), Buffer.from([0, 1, 2, 0, 255, 0]));
    for (const cmd of ['check', 'fix']) {
      const r = unspin([cmd, '-g', FIXTURE_GLOSSARY, join(dir, name)]);
      expect(r.stderr).toContain('evil');
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });
});
