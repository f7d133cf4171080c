/**
 * Lines a parser's decoded text value up with the source it came from. Outside entities,
 * escapes and stripped whitespace the two are identical, so a left-to-right walk that tries
 * each way of reading "&..." and keeps the one after which the texts agree again is exact.
 */
export interface Piece {
  /** Range in the decoded value. */
  v0: number;
  v1: number;
  /** Range in the source. */
  s0: number;
  s1: number;
}

export interface AlignOptions {
  /** Markdown backslash escapes ("\*" reads "*"). */
  escapes: boolean;
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/** After reading an entity, do the source and value agree up to the next place they may differ? */
function agrees(s: string, sp: number, sEnd: number, v: string, vp: number): boolean {
  for (let n = 0; n < 12; n++, sp++, vp++) {
    if (sp >= sEnd) return vp >= v.length;
    const c = s[sp]!;
    if (vp >= v.length) return isSpace(c);
    if (c === '&' || c === '\\' || c === '>') return true;
    if (c !== v[vp]) return isSpace(c) && isSpace(v[vp]);
  }
  return true;
}

/** How many source and value units the "&" at sp stands for, or undefined when it is a literal "&". */
function entityAt(s: string, sp: number, sEnd: number, v: string, vp: number): { c: number; k: number } | undefined {
  if (v[vp] === '&' && agrees(s, sp + 1, sEnd, v, vp + 1)) return undefined;
  ENTITY.lastIndex = sp;
  const m = ENTITY.exec(s);
  if (!m) return undefined;
  const max = Math.min(m[0].length, sEnd - sp);
  // Legacy named references may stop before the end of the name ("&copy2024").
  const min = m[0][1] === '#' ? max : Math.min(3, max);
  const named = m[0][1] !== '#';
  for (let c = max; c >= min; c--) {
    for (let k = 1; k <= 2 && vp + k <= v.length; k++) {
      // No named reference decodes to an ASCII letter or digit, so "&copy2" cannot read "©2".
      if (named && /[A-Za-z0-9]/.test(v.slice(vp, vp + k))) break;
      if (agrees(s, sp + c, sEnd, v, vp + k)) return { c, k };
    }
  }
  return undefined;
}

/**
 * Pieces of value ↔ source, in order. Verbatim runs have equal lengths; anything else is one
 * atomic piece. If the two cannot be aligned the rest of the value is left out (never guessed).
 */
export function align(value: string, source: string, srcStart: number, srcEnd: number, opts: AlignOptions): Piece[] {
  const out: Piece[] = [];
  let v = 0;
  let p = srcStart;
  let runV = -1;
  let runS = -1;
  const flush = (): void => {
    if (runV >= 0 && v > runV) out.push({ v0: runV, v1: v, s0: runS, s1: p });
    runV = -1;
  };
  while (v < value.length && p < srcEnd) {
    const c = source[p]!;
    if (c === '&') {
      const e = entityAt(source, p, srcEnd, value, v);
      if (e) {
        flush();
        out.push({ v0: v, v1: v + e.k, s0: p, s1: p + e.c });
        v += e.k;
        p += e.c;
        continue;
      }
    }
    if (opts.escapes && c === '\\' && p + 1 < srcEnd && source[p + 1] === value[v] && ASCII_PUNCT.test(value[v]!)) {
      flush();
      out.push({ v0: v, v1: v + 1, s0: p, s1: p + 2 });
      v++;
      p += 2;
      continue;
    }
    if (c === value[v]) {
      if (runV < 0) {
        runV = v;
        runS = p;
      }
      v++;
      p++;
      continue;
    }
    // Source the parser dropped: indentation, trailing spaces, CR of CRLF, block-quote markers, NUL.
    if (isSpace(c) || c === '>' || c === '\0') {
      flush();
      p++;
      continue;
    }
    break;
  }
  flush();
  return out;
}
