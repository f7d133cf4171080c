import { lineDirectives, type Directive } from './directives.js';
import type { InputFormat } from './format.js';
import type { Projection } from './projection.js';

/** A document made ready for the core: what to check, how to map back, and its suppression directives. */
export interface Prepared {
  /** Undefined for plain text, where the view is the source itself. */
  projection?: Projection;
  directives: Directive[];
}

type Parser = (source: string) => Prepared;
let parsers: { markdown: Parser; html: Parser } | undefined;

/**
 * Loads the Markdown and HTML parsers (mdast, parse5). They cost about 100 ms to import, so a
 * plain-text check never loads them; call this once before the first Markdown or HTML document.
 */
export async function loadMarkupParsers(): Promise<void> {
  if (parsers) return;
  const [{ prepareMarkdown }, { prepareHtml }] = await Promise.all([import('./markdown.js'), import('./html.js')]);
  parsers = { markdown: prepareMarkdown, html: prepareHtml };
}

/** Loads the parsers when a document of this format needs them. */
export async function ensureParsersFor(format: InputFormat): Promise<void> {
  if (format !== 'text') await loadMarkupParsers();
}

/** A pure function of (source, format), so it can run anywhere a document is checked, workers included. */
export function prepareDocument(source: string, format: InputFormat): Prepared {
  if (format === 'text') return { directives: lineDirectives(source) };
  if (!parsers) throw new Error(`the ${format} parser is not loaded: await loadMarkupParsers() first`);
  return parsers[format](source);
}

/** The text the core sees. */
export const viewOf = (source: string, p: Prepared): string => p.projection?.view ?? source;
