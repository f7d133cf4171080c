import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CliIO } from './io.js';

/**
 * Where a report goes: stdout, or --output FILE written through a temporary file that is
 * renamed into place only when the report is complete, so a failed run never leaves a
 * partial or corrupted report.
 */
export interface Output {
  write(chunk: string): void;
  /** Completes the report (renames the temporary file into place). */
  close(): void;
  /** Abandons a partial report. */
  abort(): void;
}

export function openOutput(io: CliIO, path: string | undefined): Output {
  if (!path) return { write: (c) => void io.stdout.write(c), close: () => undefined, abort: () => undefined };
  const tmp = join(dirname(path), `.${basename(path)}.unspin-${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  let open = true;
  return {
    write: (c) => void writeSync(fd, c),
    close: () => {
      if (!open) return;
      open = false;
      fsyncSync(fd);
      closeSync(fd);
      renameSync(tmp, path);
    },
    abort: () => {
      if (!open) return;
      open = false;
      closeSync(fd);
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    },
  };
}
