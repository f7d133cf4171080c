import { INPUT_FORMATS, type InputFormat } from '../markup/format.js';
import { sanitizeForTerminal } from '../text/sanitize.js';
import { oneOf, type Values } from './args.js';
import type { CliIO } from './io.js';
import type { FileResult } from './report.js';

/** The --input-format option shared by check, fix and review. */
export const INPUT_FORMAT_OPTION = { 'input-format': { type: 'string' } } as const;

/** Undefined means: decide by extension. */
export function inputFormatFlag(command: string, values: Values): InputFormat | undefined {
  const v = values['input-format'] as string | undefined;
  return v === undefined ? undefined : oneOf(command, 'input-format', v, INPUT_FORMATS, 'text');
}

/** Suppression-comment problems go to stderr as path:line:col, whatever the report format. */
export function writeDocumentWarnings(io: CliIO, result: FileResult): void {
  for (const w of result.warnings ?? []) io.stderr.write(`unspin: ${sanitizeForTerminal(result.path)}:${sanitizeForTerminal(w)} (warning)\n`);
}
