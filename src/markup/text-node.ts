import { align, type AlignOptions } from './align.js';
import type { ProjectionBuilder } from './projection.js';
import { urlRanges } from './urls.js';

/**
 * Adds one parsed text node to the view: its decoded value aligned with its source range,
 * minus bare URLs (an atomic piece that touches a URL is left out whole).
 */
export function addTextNode(b: ProjectionBuilder, source: string, value: string, s0: number, s1: number, block: unknown, opts: AlignOptions): void {
  const skip = urlRanges(value);
  for (const piece of align(value, source, s0, s1, opts)) {
    const verbatim = piece.v1 - piece.v0 === piece.s1 - piece.s0;
    let from = piece.v0;
    for (const [u0, u1] of skip) {
      if (u1 <= from || u0 >= piece.v1) continue;
      if (!verbatim) {
        from = piece.v1;
        break;
      }
      if (u0 > from) b.add(piece.s0 + (from - piece.v0), piece.s0 + (u0 - piece.v0), value.slice(from, u0), block);
      from = Math.max(from, u1);
    }
    if (from < piece.v1) {
      const s = verbatim ? piece.s0 + (from - piece.v0) : piece.s0;
      b.add(s, piece.s1, value.slice(from, piece.v1), block);
    }
  }
}
