import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Finding } from '../core/types.js';
import type { Action } from './actions.js';

/**
 * Every decision is appended, as it is made, to a sidecar file next to the article:
 * `<dir>/.<name>.unspin-journal`. The first line pins the file's hash and the findings, so a
 * journal is replayed only onto the same file checked by the same glossaries.
 */
export interface JournalHeader {
  version: 1;
  /** Hash of the file on disk the journal applies to. */
  sha256: string;
  findings: string;
  /** After a save in the same session: the text the decisions were made on. */
  base?: string;
}

export interface JournalEntry {
  cursor: number;
  action: Action;
  /** The replacement typed for a `commitEdit`. */
  value?: string;
}

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function journalPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.unspin-journal`);
}

export function findingsFingerprint(findings: readonly Finding[]): string {
  return sha256(JSON.stringify(findings.map((f) => [f.ruleId, f.start, f.end, f.expected])));
}

export class Journal {
  constructor(readonly path: string) {}

  start(header: JournalHeader): void {
    writeFileSync(this.path, JSON.stringify(header) + '\n');
  }

  append(entry: JournalEntry): void {
    appendFileSync(this.path, JSON.stringify(entry) + '\n');
  }

  remove(): void {
    if (existsSync(this.path)) unlinkSync(this.path);
  }

  /** The header of a journal, if it has one that parses. */
  static header(path: string): JournalHeader | undefined {
    if (!existsSync(path)) return undefined;
    try {
      const h = JSON.parse(readFileSync(path, 'utf8').split('\n', 1)[0] ?? '') as JournalHeader;
      return h.version === 1 ? h : undefined;
    } catch {
      return undefined;
    }
  }

  /** The entries of a journal that matches this file and these findings, or undefined. */
  static read(path: string, header: JournalHeader): JournalEntry[] | undefined {
    if (!existsSync(path)) return undefined;
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    try {
      const h = JSON.parse(lines[0] ?? '{}') as JournalHeader;
      if (h.version !== 1 || h.sha256 !== header.sha256 || h.findings !== header.findings) return undefined;
      const entries: JournalEntry[] = [];
      // A crash can cut the last line short; everything before it is still good.
      for (const l of lines.slice(1)) {
        try {
          entries.push(JSON.parse(l) as JournalEntry);
        } catch {
          break;
        }
      }
      return entries;
    } catch {
      return undefined;
    }
  }
}
