import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/markup/check-source.js';
import { formatForPath } from '../../src/markup/format.js';
import { markupIndex } from './fixture-index.js';
import { loadMarkupParsers } from '../../src/markup/prepare.js';

await loadMarkupParsers();

const check = (src: string) => checkSource(src, 'markdown', markupIndex());

/** Every finding must name exactly the source characters it reports. */
function flagged(src: string): string[] {
  const r = check(src);
  for (const f of r.findings) expect(src.slice(f.start, f.end)).toBe(f.actual);
  return r.findings.map((f) => f.actual);
}

describe('markdown inputs', () => {
  it('maps findings back to source offsets, lines and columns', () => {
    const src = '---\ntitle: x\n---\n\n# Heading\n\nSome text and the renegade gathering met.\n';
    const [f] = check(src).findings;
    expect(f).toBeDefined();
    expect(src.slice(f!.start, f!.end)).toBe('renegade gathering');
    expect([f!.line, f!.column, f!.endLine, f!.endColumn]).toEqual([7, 19, 7, 37]);
  });

  it('never flags code spans, code blocks, front matter, raw HTML or URLs', () => {
    const src = [
      '---',
      'title: the renegade gathering',
      '---',
      '',
      'Inline `renegade gathering` code.',
      '',
      '```',
      'renegade gathering',
      '```',
      '',
      '    renegade gathering (indented code)',
      '',
      '<div title="renegade gathering">renegade gathering</div>',
      '',
      'See <http://example.com/renegade gathering> and [a link](http://example.com/renegade-gathering "restriction").',
      'Bare https://example.com/the/renegade/gathering/restriction and mail restriction@example.com.',
      '',
      '![renegade gathering](x.png)',
      '',
      '[ref]: http://example.com/restriction "restriction"',
    ].join('\n');
    expect(flagged(src)).toEqual([]);
  });

  it('checks text inside emphasis, links and headings', () => {
    expect(flagged('# The renegade gathering\n\n*the renegade gathering* and [the restriction](http://x.org)\n')).toEqual([
      'renegade gathering',
      'renegade gathering',
      'restriction',
    ]);
  });

  it('does not join words across blocks, list items, table cells or skipped markup', () => {
    const src = 'the renegade\n\ngathering\n\n- a renegade\n- gathering\n\n| renegade | gathering |\n|---|---|\n\nthe renegade `x` gathering and the **renegade** gathering\n\n# renegade\ngathering\n';
    expect(flagged(src)).toEqual([]);
  });

  it('joins a phrase across a soft line break and continuation indentation', () => {
    const src = '- the renegade\n  gathering met\n';
    const r = check(src).findings;
    expect(r.map((f) => f.actual)).toEqual(['renegade\n  gathering']);
    expect([r[0]!.line, r[0]!.column, r[0]!.endLine, r[0]!.endColumn]).toEqual([1, 7, 2, 12]);
  });

  it('decodes character references and escapes but reports source ranges', () => {
    const src = 'AT&amp;T and the renegade&#32;gathering, the restriction\\! &copy; the restriction.\n';
    expect(flagged(src)).toEqual(['renegade&#32;gathering', 'restriction', 'restriction']);
  });

  it('keeps CRLF sources exact', () => {
    expect(flagged('Title\r\n\r\nthe renegade\r\ngathering and\r\nthe restriction\r\n')).toEqual(['renegade\r\ngathering', 'restriction']);
  });

  it('does not join block-quote lines (a repair would eat the ">" marker)', () => {
    expect(flagged('> the renegade\n> gathering\n> the renegade gathering\n')).toEqual(['renegade gathering']);
  });

  it('counts only prose as words', () => {
    expect(check('```\none two three four\n```\n\nfive six\n').words).toBe(2);
  });
});

describe('format by extension', () => {
  it.each([
    ['a.md', 'markdown'],
    ['dir.v1/A.MARKDOWN', 'markdown'],
    ['b.html', 'html'],
    ['b.HTM', 'html'],
    ['c.txt', 'text'],
    ['dir.md/readme', 'text'],
    ['noext', 'text'],
  ] as const)('%s → %s', (path, format) => {
    expect(formatForPath(path)).toBe(format);
  });
  it('--input-format wins over the extension', () => {
    expect(formatForPath('a.md', 'html')).toBe('html');
  });
});
