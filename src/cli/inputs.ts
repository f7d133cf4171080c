import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../io/decode.js';
import type { CliIO } from './io.js';

export interface InputDoc {
  /** The path as given, or "<stdin>". */
  path: string;
  text: string;
  bom: boolean;
  stdin: boolean;
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

function fromBytes(path: string, bytes: Uint8Array, stdin: boolean): InputDoc | InputProblem {
  const d = decodeText(bytes);
  if (!d.ok) return { path, message: d.message, skipped: d.kind === 'binary' };
  return { path, text: d.text, bom: d.bom, stdin };
}

export function readFileInput(path: string): InputDoc | InputProblem {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { path, message: code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`, skipped: false };
  }
  if (st.isDirectory()) return { path, message: 'is a directory; give the files inside it', skipped: false };
  try {
    return fromBytes(path, readFileSync(path), false);
  } catch (err) {
    return { path, message: `cannot read: ${(err as Error).message}`, skipped: false };
  }
}

/** Reads every input in order; "-" (or no paths) means stdin. */
export async function readInputs(paths: readonly string[], io: CliIO): Promise<(InputDoc | InputProblem)[]> {
  const list = paths.length ? paths : ['-'];
  const out: (InputDoc | InputProblem)[] = [];
  for (const p of list) {
    if (p === '-') out.push(fromBytes('<stdin>', await readStdin(io), true));
    else out.push(readFileInput(p));
  }
  return out;
}

export function isProblem(x: InputDoc | InputProblem): x is InputProblem {
  return 'message' in x;
}
