import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/apply.js';
import { LineIndex } from '../../src/core/lines.js';
import { checkSource } from '../../src/markup/check-source.js';
import { sourceEdits } from '../../src/markup/escape.js';
import type { InputFormat } from '../../src/markup/format.js';
import { markupIndex } from './fixture-index.js';
import { loadMarkupParsers, prepareDocument } from '../../src/markup/prepare.js';

await loadMarkupParsers();

const PROSE = ['the renegade gathering', 'The Renegade Gatherings', 'the restriction', "restriction's", 'in the interim', 'words', 'renegade', 'gathering', ' ', '\n', '\r\n', '. ', '😀', 'é'];

const markdownPiece = fc.oneof(
  fc.constantFrom(...PROSE),
  fc.constantFrom('\n\n', '# ', '> ', '- ', '1. ', '*', '**', '_', '`', '``', '\n```\n', '\n    ', '[', '](http://x.org/renegade-gathering)', '<', '>', '<!-- c -->', '<em>', '</em>'),
  fc.constantFrom('&amp;', '&copy;', '&#x27;', '&#32;', '&nbsp;', '&bogus;', '\\*', '\\', '&', 'http://renegade.gathering.org/x', '---\n', '|', ' | '),
);
const htmlPiece = fc.oneof(
  fc.constantFrom(...PROSE),
  fc.constantFrom('<p>', '</p>', '<em>', '</em>', '<br>', '<li>', '<td>', '<script>', '</script>', '<style>', '</style>', '<a href="renegade gathering">', '</a>', '<!-- x -->', '<', '>', '"'),
  fc.constantFrom('&amp;', '&amp', '&copy2024', '&rsquo;', '&#x27;', '&#8217;', '&nbsp;', '&notit;', '&bogus;', '&', '&#', '&#x;'),
);
const doc = (piece: fc.Arbitrary<string>) => fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

/** What must hold for any source: findings name their own source text at their own line and column. */
function assertMapsBack(src: string, format: InputFormat): void {
  const lines = new LineIndex(src);
  for (const f of checkSource(src, format, markupIndex()).findings) {
    expect(0 <= f.start && f.start < f.end && f.end <= src.length).toBe(true);
    expect(src.slice(f.start, f.end)).toBe(f.actual);
    expect(lines.position(f.start)).toEqual({ line: f.line, column: f.column });
    expect(lines.position(f.end)).toEqual({ line: f.endLine, column: f.endColumn });
  }
  const p = prepareDocument(src, format).projection!;
  for (let k = 0; k < p.viewStarts.length; k++) {
    const view = p.view.slice(p.viewStarts[k], p.viewEnds[k]);
    if (view.length === p.srcEnds[k]! - p.srcStarts[k]!) expect(view).toBe(src.slice(p.srcStarts[k], p.srcEnds[k]));
    if (k > 0) expect(p.srcStarts[k]!).toBeGreaterThanOrEqual(p.srcEnds[k - 1]!);
  }
}

/** The block structure of a Markdown document, which a repair must never change. */
function shape(src: string): string {
  type N = { type: string; children?: N[] };
  const walk = (n: N): string => (n.type === 'text' ? '' : `${n.type}(${(n.children ?? []).map(walk).join(',')})`);
  return walk(fromMarkdown(src) as N);
}

describe('markup properties', () => {
  it('markdown: every finding and every verbatim piece maps into the source exactly', () => {
    fc.assert(fc.property(doc(markdownPiece), (src) => assertMapsBack(src, 'markdown')), { numRuns: 400 });
  });

  it('html: every finding and every verbatim piece maps into the source exactly', () => {
    fc.assert(fc.property(doc(htmlPiece), (src) => assertMapsBack(src, 'html')), { numRuns: 400 });
  });

  it('markdown: applying every repair leaves the document structure as it was', () => {
    fc.assert(
      fc.property(doc(markdownPiece), (src) => {
        const r = checkSource(src, 'markdown', markupIndex());
        const out = applyEdits(src, sourceEdits(r.findings, 'markdown')).output;
        expect(shape(out)).toBe(shape(src));
      }),
      { numRuns: 300 },
    );
  });
});
