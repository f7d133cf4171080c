/**
 * The text the core checks for a marked-up document, and the way back to the source.
 *
 * The view is built from pieces. A piece is either a verbatim run (view and source have the same
 * length and map one to one) or an atomic unit such as a decoded entity or an escape, whose
 * view characters all map to the whole source range. Between pieces that are not next to each
 * other in the source, the view gets a separator that the tokenizer treats as a break, so no
 * finding can join words across skipped markup or across blocks.
 */
export interface Projection {
  /** What the core tokenizes. */
  view: string;
  /** Per piece, in view order. */
  viewStarts: number[];
  viewEnds: number[];
  srcStarts: number[];
  srcEnds: number[];
  /** True when the piece continues the previous one with nothing but source whitespace between. */
  joined: boolean[];
}

/** Separators the tokenizer reads as a paragraph break (between blocks) and a phrase break (inside one). */
const BLOCK_BREAK = '\n\n';
const PHRASE_BREAK = ' | ';

export class ProjectionBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private lastBlock: unknown = undefined;
  private readonly p: Projection = { view: '', viewStarts: [], viewEnds: [], srcStarts: [], srcEnds: [], joined: [] };

  constructor(private readonly source: string) {}

  /**
   * Appends one piece. `block` identifies the enclosing block (paragraph, cell, list item...):
   * pieces of different blocks never join. Source whitespace between pieces of one block is
   * copied verbatim so the words around it stay a phrase.
   */
  add(srcStart: number, srcEnd: number, viewText: string, block: unknown): void {
    if (!viewText.length) return;
    const p = this.p;
    const n = p.srcEnds.length;
    let joined = false;
    if (n > 0) {
      const prevEnd = p.srcEnds[n - 1]!;
      if (block === this.lastBlock && prevEnd === srcStart) joined = true;
      else if (block === this.lastBlock && prevEnd < srcStart && /^\s+$/.test(this.source.slice(prevEnd, srcStart))) {
        this.push(prevEnd, srcStart, this.source.slice(prevEnd, srcStart), true);
        joined = true;
      } else this.separator(block === this.lastBlock ? PHRASE_BREAK : BLOCK_BREAK);
    }
    this.lastBlock = block;
    this.push(srcStart, srcEnd, viewText, joined);
  }

  private separator(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private push(srcStart: number, srcEnd: number, viewText: string, joined: boolean): void {
    const p = this.p;
    p.viewStarts.push(this.length);
    p.viewEnds.push(this.length + viewText.length);
    p.srcStarts.push(srcStart);
    p.srcEnds.push(srcEnd);
    p.joined.push(joined);
    this.parts.push(viewText);
    this.length += viewText.length;
  }

  build(): Projection {
    this.p.view = this.parts.join('');
    return this.p;
  }
}

/** Index of the piece holding view offset v, or -1 when v falls on a separator. */
function pieceAt(p: Projection, v: number): number {
  let lo = 0;
  let hi = p.viewStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.viewStarts[mid]! > v) hi = mid - 1;
    else if (p.viewEnds[mid]! <= v) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const verbatim = (p: Projection, k: number): boolean => p.viewEnds[k]! - p.viewStarts[k]! === p.srcEnds[k]! - p.srcStarts[k]!;

/**
 * The source range of view range [start, end), or undefined when the range touches a separator
 * or crosses from one piece to another that is not joined to it in the source.
 */
export function toSource(p: Projection, start: number, end: number): [number, number] | undefined {
  if (end <= start) return undefined;
  const a = pieceAt(p, start);
  const b = pieceAt(p, end - 1);
  if (a < 0 || b < 0) return undefined;
  for (let k = a + 1; k <= b; k++) if (!p.joined[k]) return undefined;
  const s = verbatim(p, a) ? p.srcStarts[a]! + (start - p.viewStarts[a]!) : p.srcStarts[a]!;
  const e = verbatim(p, b) ? p.srcStarts[b]! + (end - p.viewStarts[b]!) : p.srcEnds[b]!;
  return [s, e];
}
