import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/apply.js';
import type { Finding } from '../../src/core/types.js';
import { checkSource } from '../../src/markup/check-source.js';
import { encodeRepair, sourceEdits } from '../../src/markup/escape.js';
import { markupIndex } from './fixture-index.js';
import { loadMarkupParsers, prepareDocument } from '../../src/markup/prepare.js';

await loadMarkupParsers();

const check = (src: string) => checkSource(src, 'html', markupIndex());

function flagged(src: string): string[] {
  const r = check(src);
  for (const f of r.findings) expect(src.slice(f.start, f.end)).toBe(f.actual);
  return r.findings.map((f) => f.actual);
}

/** The body's text as a browser would show it. */
function bodyText(html: string): string {
  type N = { nodeName: string; value?: string; childNodes?: N[] };
  const out: string[] = [];
  const walk = (n: N): void => {
    if (n.nodeName === '#text') out.push(n.value!);
    if (n.nodeName === 'script' || n.nodeName === 'style') return;
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parse(html) as unknown as N);
  return out.join('');
}

describe('html inputs', () => {
  it('checks only text nodes: never script, style, template, attributes or comments', () => {
    const src = [
      '<!doctype html><html><head><title>News</title>',
      '<style>.renegade-gathering::after { content: "renegade gathering" }</style>',
      '<script>const s = "the renegade gathering and the restriction";</script></head>',
      '<body><p title="renegade gathering" data-x="restriction"><img alt="the renegade gathering" src="restriction.png">',
      '<!-- the renegade gathering --><template><p>the renegade gathering</p></template>',
      '<code>restriction</code> plain words</p></body></html>',
    ].join('\n');
    expect(flagged(src)).toEqual([]);
  });

  it('maps findings back to lines and columns in the source', () => {
    const src = '<html>\n<body>\n  <p class="x">The  renegade gathering met.</p>\n</body>\n</html>\n';
    const [f] = check(src).findings;
    expect(f!.actual).toBe('renegade gathering');
    expect([f!.line, f!.column, f!.endLine, f!.endColumn]).toEqual([3, 21, 3, 39]);
  });

  it('decodes entities, and a finding covering one spans the whole entity', () => {
    const src = '<p>AT&amp;T: the renegade&nbsp;gathering, the restriction&rsquo;s aims, &copy2024 the restriction&#x2e;</p>';
    expect(flagged(src)).toEqual(['renegade&nbsp;gathering', 'restriction&rsquo;s', 'restriction']);
    const view = prepareDocument(src, 'html').projection!.view;
    expect(view).toContain('AT&T: the renegade\u00a0gathering, the restriction\u2019s aims, \u00a92024 the restriction.');
  });

  it('does not join words across block elements, line breaks or inline tags', () => {
    const src =
      '<ul><li>the renegade</li><li>gathering</li></ul><table><tr><td>renegade</td><td>gathering</td></tr></table>' +
      '<p>renegade<br>gathering</p><p>the <em>renegade</em> gathering</p><div>renegade</div><div>gathering</div>';
    expect(flagged(src)).toEqual([]);
  });

  it('checks text inside inline elements and CRLF sources', () => {
    expect(flagged('<p>the <a href="http://x">renegade gathering</a> and\r\nthe renegade\r\ngathering</p>')).toEqual(['renegade gathering', 'renegade\r\ngathering']);
  });

  it('fix changes only the flagged words, and the result still parses to the repaired text', () => {
    const src = '<p title="renegade gathering">Tom &amp; Jerry saw the renegade&nbsp;gathering &lt;here&gt; &amp; the restriction&rsquo;s end.</p><script>renegade gathering</script>';
    const r = check(src);
    const { output } = applyEdits(src, sourceEdits(r.findings, 'html'));
    expect(output).toBe('<p title="renegade gathering">Tom &amp; Jerry saw the rebel group &lt;here&gt; &amp; the opposition\u2019s end.</p><script>renegade gathering</script>');
    expect(bodyText(output)).toBe('Tom & Jerry saw the rebel group <here> & the opposition\u2019s end.');
  });

  it('repairs with markup characters are encoded for the format', () => {
    const f = { start: 3, end: 7, expected: ['R&D <x>'], actual: 'word' } as Finding;
    const html = applyEdits('<p>word</p>', sourceEdits([f], 'html')).output;
    expect(bodyText(html)).toBe('R&D <x>');
    expect(encodeRepair('a*b_c`d', 'markdown')).toBe('a\\*b\\_c\\`d');
    expect(encodeRepair('R&D <x>', 'text')).toBe('R&D <x>');
  });
});
