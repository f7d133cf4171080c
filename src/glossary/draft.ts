import { isMap, isSeq, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { parseGlossary } from './parse.js';
import type { GlossaryDef } from './schema.js';

const HEADER = { name: 'draft', description: 'A draft rule tried with "unspin glossary try".', language: 'en' } as const;

/**
 * A draft rule file for `glossary try` may be a whole glossary, a glossary missing its header
 * keys, one bare rule mapping (its id may be left out), or a list of rules. It is wrapped into a glossary source so the
 * real parser validates it, and every diagnostic is mapped back to the draft file's own lines
 * and columns. Pure: text in, parsed glossary and diagnostics out.
 */
export function parseDraft(text: string, file: string): { glossary?: GlossaryDef; diagnostics: Diagnostic[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) return parseGlossary(text, file);
  const root = doc.contents;
  const missingHeader = (keys: (k: string) => boolean): string =>
    Object.entries(HEADER)
      .filter(([k]) => !keys(k))
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
      .join('');
  let source: string;
  let lines: number;
  let cols: number;
  if (isMap(root) && root.has('rules')) {
    const head = missingHeader((k) => root.has(k));
    source = head + text;
    lines = head.split('\n').length - 1;
    cols = 0;
  } else if (isMap(root) || isSeq(root)) {
    // A bare rule goes under "  -" indented by 4; a list of rules is indented by 2.
    const indent = isMap(root) ? '    ' : '  ';
    // A bare rule may leave out its id: it is "draft".
    const head = missingHeader(() => false) + 'rules:\n' + (isMap(root) ? (root.has('id') ? '  -\n' : '  - id: draft\n') : '');
    source = head + text.split('\n').map((l) => (l.trim() ? indent + l : l)).join('\n');
    lines = head.split('\n').length - 1;
    cols = indent.length;
  } else return parseGlossary(text, file);
  const parsed = parseGlossary(source, file);
  const diagnostics = parsed.diagnostics.map((d) => {
    const line = d.line - lines;
    const { offset: _offset, ...rest } = d;
    return line < 1 ? { ...rest, line: 1, column: 1 } : { ...rest, line, column: Math.max(1, d.column - cols) };
  });
  if (!parsed.glossary) return { diagnostics };
  const g = parsed.glossary;
  return {
    glossary: {
      ...g,
      linePos: (o) => {
        const p = g.linePos(o);
        return { line: Math.max(1, p.line - lines), col: Math.max(1, p.col - cols) };
      },
    },
    diagnostics,
  };
}
