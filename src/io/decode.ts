/** Decoding a file's bytes into checkable text, with the reasons a file cannot be checked. */
export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; kind: 'binary' | 'encoding'; message: string };

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (n & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineCol(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (b[i] === 10) (line++, (lineStart = i + 1));
  return { line, column: offset - lineStart + 1 };
}

/** NUL bytes in the first 8 KB mark a binary file, as git and grep decide. */
export function decodeText(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, kind: 'binary', message: 'binary file (contains NUL bytes), skipped' };
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const { line, column } = lineCol(bytes, bad);
    return { ok: false, kind: 'encoding', message: `invalid UTF-8 at byte ${bad} (line ${line}, column ${column}); unspin reads UTF-8 text only` };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', bom ? 3 : 0);
  return { ok: true, text, bom };
}
