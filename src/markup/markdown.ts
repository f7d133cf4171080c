import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { commentDirectives, type Directive } from './directives.js';
import { ProjectionBuilder } from './projection.js';
import type { Prepared } from './prepare.js';
import { addTextNode } from './text-node.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Never prose: code, raw HTML, front matter, images, link definitions. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition']);
/** Inline containers: text inside them belongs to the enclosing block. */
const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

const FORMATS = ['yaml', 'toml'] as const;

/** Markdown → the prose the core checks, mapped back to the source, plus suppression comments. */
export function prepareMarkdown(source: string): Prepared {
  const tree = fromMarkdown(source, { extensions: [frontmatter([...FORMATS])], mdastExtensions: [frontmatterFromMarkdown([...FORMATS])] }) as MdNode;
  const b = new ProjectionBuilder(source);
  const directives: Directive[] = [];
  const walk = (node: MdNode, block: MdNode): void => {
    const s0 = node.position?.start.offset;
    const s1 = node.position?.end.offset;
    if (node.type === 'html' && s0 !== undefined && s1 !== undefined) directives.push(...commentDirectives(source, s0, s1));
    if (SKIPPED.has(node.type)) return;
    // An autolink's text is its URL.
    if (node.type === 'link' && s0 !== undefined && source[s0] === '<') return;
    if (node.type === 'text') {
      if (s0 !== undefined && s1 !== undefined) addTextNode(b, source, node.value ?? '', s0, s1, block, { escapes: true });
      return;
    }
    const inner = PHRASING.has(node.type) ? block : node;
    for (const child of node.children ?? []) walk(child, inner);
  };
  walk(tree, tree);
  return { projection: b.build(), directives };
}
