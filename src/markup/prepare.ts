import { lineDirectives, type Directive } from './directives.js';
import type { InputFormat } from './format.js';
import { prepareHtml } from './html.js';
import { prepareMarkdown } from './markdown.js';
import type { Projection } from './projection.js';

/** A document made ready for the core: what to check, how to map back, and its suppression directives. */
export interface Prepared {
  /** Undefined for plain text, where the view is the source itself. */
  projection?: Projection;
  directives: Directive[];
}

/** A pure function of (source, format), so it can run anywhere a document is checked, workers included. */
export function prepareDocument(source: string, format: InputFormat): Prepared {
  if (format === 'markdown') return prepareMarkdown(source);
  if (format === 'html') return prepareHtml(source);
  return { directives: lineDirectives(source) };
}

/** The text the core sees. */
export const viewOf = (source: string, p: Prepared): string => p.projection?.view ?? source;
