import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/unspin.js', import.meta.url));
/** A fixed glossary, so CLI behaviour tests do not move when the shipped glossaries grow. */
export const FIXTURE_GLOSSARY = fileURLToPath(new URL('../fixtures/glossary.yaml', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the real built binary, as a user would. */
export function unspin(args: string[], input?: string | Buffer, cwd?: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'unspin-test-'));
}
