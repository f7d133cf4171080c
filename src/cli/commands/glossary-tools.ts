import { readFileSync } from 'node:fs';
import { decodeText } from '../../io/decode.js';
import type { Values } from '../args.js';
import type { InputOptions } from '../inputs.js';
import { CliError } from '../io.js';

/** Shared by the glossary maintainer subcommands: a whole text file, or a usage error naming it. */
export function readTextFile(command: string, path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${command}: ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  const d = decodeText(bytes);
  if (!d.ok) throw new CliError(`${command}: ${path}: ${d.message}`);
  return d.text;
}

/** A whole positive number option, or a usage error. */
export function positiveInt(command: string, flag: string, v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${command}: --${flag} must be a whole number of 1 or more, got "${String(v)}"`);
  return n;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Corpus options shared with check: --include, --exclude, --jsonl, --id-field, --text-field. */
export const CORPUS_OPTIONS = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  jsonl: { type: 'boolean' },
  'id-field': { type: 'string' },
  'text-field': { type: 'string' },
} as const;

export function corpusOptions(values: Values): InputOptions {
  return {
    include: (values.include as string[] | undefined) ?? [],
    exclude: (values.exclude as string[] | undefined) ?? [],
    jsonl: values.jsonl === true,
    idField: (values['id-field'] as string | undefined) ?? 'id',
    textField: (values['text-field'] as string | undefined) ?? 'text',
  };
}
