import { parse } from 'parse5';
import { parseDirective, type Directive } from './directives.js';
import { ProjectionBuilder } from './projection.js';
import type { Prepared } from './prepare.js';
import { addTextNode } from './text-node.js';

interface HtmlNode {
  nodeName: string;
  value?: string;
  data?: string;
  childNodes?: HtmlNode[];
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

/** Elements whose content is not prose the reader sees. Template content sits outside childNodes anyway. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'code', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object']);
/** Inline elements: text inside them belongs to the enclosing block. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'label']);

/** HTML → the text nodes the core checks (entities decoded), mapped back to the source, plus comment directives. */
export function prepareHtml(source: string): Prepared {
  const doc = parse(source, { sourceCodeLocationInfo: true }) as unknown as HtmlNode;
  const b = new ProjectionBuilder(source);
  const directives: Directive[] = [];
  const walk = (node: HtmlNode, block: HtmlNode): void => {
    const loc = node.sourceCodeLocation;
    if (node.nodeName === '#comment') {
      if (loc && node.data?.includes('unspin-')) {
        const d = parseDirective(node.data, loc.startOffset, loc.endOffset);
        if (d) directives.push(d);
      }
      return;
    }
    if (node.nodeName === '#text') {
      if (loc) addTextNode(b, source, node.value ?? '', loc.startOffset, loc.endOffset, block, { escapes: false });
      return;
    }
    if (SKIPPED.has(node.nodeName)) return;
    const inner = INLINE.has(node.nodeName) ? block : node;
    for (const child of node.childNodes ?? []) walk(child, inner);
  };
  walk(doc, doc);
  return { projection: b.build(), directives };
}
