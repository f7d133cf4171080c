/** Inline suppression comments, as data with their source offsets. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named after the keyword; empty means every rule. */
  rules: string[];
  /** Source range of the comment or line that holds the directive. */
  start: number;
  end: number;
}

const BODY = /^unspin-(disable-next-line|disable|enable)(?=$|[\s,])([\s\S]*)$/;

/**
 * Reads the inside of a comment ("unspin-disable news/foo -- why"). Ids are separated by
 * spaces or commas; anything after " -- " is a reason and ignored.
 */
export function parseDirective(body: string, start: number, end: number): Directive | undefined {
  const m = BODY.exec(body.trim());
  if (!m) return undefined;
  const rest = m[2]!.split(/\s--\s|\s--$/)[0]!;
  const rules = rest.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules, start, end };
}

const COMMENT = /<!--([\s\S]*?)-->/g;

/** Directives in HTML comments inside a stretch of markup (a Markdown html node). */
export function commentDirectives(source: string, s0: number, s1: number): Directive[] {
  const out: Directive[] = [];
  const chunk = source.slice(s0, s1);
  if (!chunk.includes('unspin-')) return out;
  for (const m of chunk.matchAll(COMMENT)) {
    const d = parseDirective(m[1]!, s0 + m.index, s0 + m.index + m[0].length);
    if (d) out.push(d);
  }
  return out;
}

/** A plain-text line of its own, optionally behind "#" or "//", or wrapped in an HTML comment. */
const LINE = /^[ \t]*(?:(?:#+|\/\/+)[ \t]*|<!--)?[ \t]*(unspin-(?:disable-next-line|disable|enable)(?![\w-])[^\r\n]*?)[ \t]*(?:-->)?[ \t]*$/gm;

export function lineDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('unspin-')) return out;
  for (const m of text.matchAll(LINE)) {
    const d = parseDirective(m[1]!, m.index, m.index + m[0].length);
    if (d) out.push(d);
  }
  return out;
}
