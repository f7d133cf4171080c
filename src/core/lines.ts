import type { Span } from './types.js';

/** Offset → 1-based line/column, computed once per text, looked up by binary search (as ESLint's SourceCode does). */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    // Native search is several times faster than a per-character loop on multi-megabyte batches.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  position(offset: number): Position {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo]! + 1 };
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The span of `text` from `start` to `end`, positioned. */
  span(text: string, start: number, end: number): Span {
    const s = this.position(start);
    const e = this.position(end);
    return { start, end, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, actual: text.slice(start, end) };
  }
}
