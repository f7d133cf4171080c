import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { walkFiles, type WalkOptions } from '../io/walk.js';
import { decodeText } from '../io/decode.js';
import { formatForPath, type InputFormat } from '../markup/format.js';
import type { CliIO } from './io.js';

export interface InputDoc {
  /** The path as given, "<stdin>", or a JSONL record's id. */
  path: string;
  /** For JSONL records: the record id (and the file and line it came from). */
  record?: { id: string; file: string; line: number };
  text: string;
  bom: boolean;
  stdin: boolean;
  /** How to read the text: by --input-format, else by extension; stdin and JSONL records are plain text. */
  format: InputFormat;
}

export interface InputProblem {
  path: string;
  message: string;
  /** Skipped inputs (binary files) do not change the exit code; failures make it 2. */
  skipped: boolean;
}

export async function readStdin(io: CliIO): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function fromBytes(path: string, bytes: Uint8Array, stdin: boolean, format?: InputFormat): InputDoc | InputProblem {
  const d = decodeText(bytes);
  if (!d.ok) return { path, message: d.message, skipped: d.kind === 'binary' };
  return { path, text: d.text, bom: d.bom, stdin, format: stdin ? (format ?? 'text') : formatForPath(path, format) };
}

export function readFileInput(path: string, format?: InputFormat): InputDoc | InputProblem {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { path, message: code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`, skipped: false };
  }
  if (st.isDirectory()) return { path, message: 'is a directory; give the files inside it', skipped: false };
  try {
    return fromBytes(path, readFileSync(path), false, format);
  } catch (err) {
    return { path, message: `cannot read: ${(err as Error).message}`, skipped: false };
  }
}

/** Reads every input in order; "-" (or no paths) means stdin. */
export async function readInputs(paths: readonly string[], io: CliIO, inputFormat?: InputFormat): Promise<(InputDoc | InputProblem)[]> {
  const out: (InputDoc | InputProblem)[] = [];
  const opts: InputOptions = { include: [], exclude: [], jsonl: false, idField: 'id', textField: 'text', ...(inputFormat ? { inputFormat } : {}) };
  for await (const d of inputDocs(paths, io, opts)) out.push(d);
  return out;
}

export interface InputOptions extends WalkOptions {
  /** Treat inputs as JSONL, one article per line (files ending in .jsonl always are). */
  jsonl: boolean;
  idField: string;
  textField: string;
  /** --input-format: overrides the extension for every input, JSONL records included. */
  inputFormat?: InputFormat;
}

/** One JSONL line → a document or a problem with file and line. */
function record(file: string, line: number, raw: string, opts: InputOptions): InputDoc | InputProblem | undefined {
  if (!raw.trim()) return undefined;
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch (err) {
    return { path: `${file}:${line}`, message: `invalid JSON: ${(err as Error).message}`, skipped: false };
  }
  const o = obj as Record<string, unknown>;
  const text = o && typeof o === 'object' ? o[opts.textField] : undefined;
  if (typeof text !== 'string') return { path: `${file}:${line}`, message: `record has no string field "${opts.textField}" (see --text-field)`, skipped: false };
  const rawId = o[opts.idField];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `${file}:${line}`;
  return { path: id, record: { id, file, line }, text: text.replace(/^\ufeff/, ''), bom: false, stdin: file === '<stdin>', format: opts.inputFormat ?? 'text' };
}

async function* jsonlRecords(stream: NodeJS.ReadableStream, file: string, opts: InputOptions): AsyncGenerator<InputDoc | InputProblem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const r = record(file, line, raw, opts);
    if (r) yield r;
  }
}

/**
 * Every document to check, lazily and in input order: files, directories (recursively, with
 * include/exclude globs), stdin, and JSONL records. Nothing holds all documents at once.
 */
export async function* inputDocs(paths: readonly string[], io: CliIO, opts: InputOptions): AsyncGenerator<InputDoc | InputProblem> {
  const one = async function* (p: string): AsyncGenerator<InputDoc | InputProblem> {
    if (opts.jsonl || p.endsWith('.jsonl')) {
      if (p === '-') yield* jsonlRecords(io.stdin, '<stdin>', opts);
      else if (!existsSync(p)) yield { path: p, message: 'no such file', skipped: false };
      else yield* jsonlRecords(createReadStream(p), p, opts);
      return;
    }
    yield p === '-' ? fromBytes('<stdin>', await readStdin(io), true, opts.inputFormat) : readFileInput(p, opts.inputFormat);
  };
  for (const p of paths.length ? paths : ['-']) {
    let isDir = false;
    try {
      isDir = p !== '-' && statSync(p).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) for (const f of walkFiles(p, opts)) yield* one(f);
    else yield* one(p);
  }
}

export function isProblem(x: InputDoc | InputProblem): x is InputProblem {
  return 'message' in x;
}
