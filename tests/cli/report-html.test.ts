import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/cli/format/html.js';
import { checkDocument, type Report } from '../../src/cli/report.js';
import { escapeHtml, untrustedHtml } from '../../src/text/escape-html.js';
import { index, rule } from '../helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  const kids = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const k of kids) elements(k as Node, out);
  return out;
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map((k) => text(k as Node)).join('') : '';
}

const HOSTILE = [
  '<script>window.pwned=1</script>',
  '"><img src=x onerror="window.pwned=2">',
  "'><svg onload=alert(1)>",
  '</style><script>window.pwned=3</script>',
  '</pre></section><iframe src="javascript:alert(1)">',
  '&lt;b&gt; &amp;',
  'bidi \u202etxt.exe\u202c nul \u0000 esc \u001b[31m del \u007f',
];

const idx = index([
  rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false, note: '<script>window.pwned=4</script> "quoted" note' }),
  rule({ id: 'meanwhile', canonical: ['meanwhile'], variants: ['in the interim'], severity: 'warning', generate: false }),
]);

function hostileReport(): Report {
  const spun = `The renegade gathering met. ${HOSTILE.join(' The renegade gathering met. ')} In the interim, calm.\r\nEnd.`;
  return {
    files: [
      checkDocument('"><script>window.pwned=5</script>.txt', spun, idx),
      checkDocument('clean </style>.txt', 'Nothing to see here.', idx),
      checkDocument('mild.txt', `In the interim, ${'quiet words here and there '.repeat(10)}`, idx),
    ],
    skipped: [{ path: '<img src=x onerror=alert(1)>.bin', reason: 'binary <b>file</b>' }],
    failed: [],
  };
}

describe('escapeHtml and untrustedHtml', () => {
  it('escapes every markup character, and turns control and bidi characters into visible placeholders', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(untrustedHtml('a\u202eb\u0000c\u001b[1m\r\nd')).toBe('a&lt;U+202E&gt;b\u2400c\u241b[1m\nd');
  });
});

describe('html report', () => {
  const html = formatHtml(hostileReport(), '9.9.9');
  const doc = parse(html);
  const all = elements(doc);

  it('lets no untrusted text become markup', () => {
    const tags = new Set(all.map((e) => e.tagName));
    for (const bad of ['script', 'img', 'svg', 'iframe']) expect(tags.has(bad)).toBe(false);
    expect(all.filter((e) => e.tagName === 'style')).toHaveLength(1);
    expect(all.flatMap((e) => e.attrs.map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    const style = text(all.find((e) => e.tagName === 'style')!);
    expect(style).not.toMatch(/pwned|script|<|>/);
    // Raw control and bidi characters never reach the file.
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  });

  it('shows the hostile text as text', () => {
    const body = text(all.find((e) => e.tagName === 'body')!);
    for (const h of HOSTILE.slice(0, 6)) expect(body).toContain(h);
    expect(body).toContain('bidi <U+202E>txt.exe<U+202C> nul \u2400 esc \u241b[31m del \u2421');
    expect(body).toContain('"><script>window.pwned=5</script>.txt');
    expect(body).toContain('<script>window.pwned=4</script> "quoted" note');
    expect(body).toContain('<img src=x onerror=alert(1)>.bin: binary <b>file</b>');
  });

  it('ranks every document by spin score with its verdict', () => {
    const rows = all.filter((e) => e.tagName === 'tr' && e.attrs.some((a) => a.name === 'class' && a.value.startsWith('doc ')));
    const cells = rows.map((r) => elements(r).filter((e) => e.tagName === 'td').map((td) => text(td)));
    expect(cells.map((c) => [c[0], c[1], c[2]])).toEqual([
      ['1', '"><script>window.pwned=5</script>.txt', 'spun'],
      ['2', 'mild.txt', 'suspicious'],
      ['3', 'clean </style>.txt', 'clean'],
    ]);
    const scores = cells.map((c) => Number(c[3]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('highlights each flagged span at its offsets, with its repair and note in a focusable tooltip', () => {
    const r = hostileReport();
    const marks = all.filter((e) => e.tagName === 'mark');
    const flagged = r.files.flatMap((f) => f.findings);
    expect(marks).toHaveLength(flagged.length);
    // One "renegade gathering" per hostile string, "In the interim" in two documents.
    expect(flagged.length).toBe(HOSTILE.length + 2);
    for (const m of marks) {
      expect(m.attrs.find((a) => a.name === 'tabindex')?.value).toBe('0');
      const own = m.childNodes.filter((k) => k.nodeName === '#text').map((k) => text(k as Node)).join('');
      expect(['renegade gathering', 'In the interim']).toContain(own);
      const tip = text(m.childNodes.find((k) => k.nodeName === 'span') as Node);
      expect(tip).toMatch(own === 'renegade gathering' ? /→ “rebel group”<script>window\.pwned=4<\/script> "quoted" note/ : /→ “meanwhile”/i);
    }
    const pre = all.find((e) => e.tagName === 'pre')!;
    // With tooltips removed, the highlighted text reads as the document (CRLF shown as LF).
    const withoutTips = (n: Node): string =>
      n.nodeName === '#text' ? text(n) : n.nodeName === 'span' ? '' : 'childNodes' in n ? n.childNodes.map((k) => withoutTips(k as Node)).join('') : '';
    expect(withoutTips(pre)).toBe(untrustedHtmlText(r.files[0]!.text));
  });

  it('offers filters by verdict and by each rule present, without script', () => {
    const radios = all.filter((e) => e.tagName === 'input' && e.attrs.some((a) => a.name === 'type' && a.value === 'radio'));
    expect(radios.map((e) => e.attrs.find((a) => a.name === 'id')!.value)).toEqual(['fv-all', 'fv-clean', 'fv-suspicious', 'fv-spun', 'fr-all', 'fr-r0', 'fr-r1']);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  });

  it('needs nothing from the network', () => {
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });
});

/** What the parsed text of untrustedHtml(s) reads as. */
function untrustedHtmlText(s: string): string {
  return text(parse(`<pre>${untrustedHtml(s)}</pre>`) as Node).replace(/^\n/, '');
}
