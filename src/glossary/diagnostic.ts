/** A glossary or config problem with its place, in the spirit of eemeli/yaml's errors. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  column: number;
  /** 0-based offset into the file, when known. */
  offset?: number;
}

/** `file:line:col: message` followed by the source line and a caret, like prettifyError. */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
  if (source === undefined) return head;
  const lines = source.split(/\r?\n/);
  const text = lines[d.line - 1];
  if (text === undefined) return head;
  const shown = text.length > 120 ? text.slice(0, 120) + '…' : text;
  const gutter = `${d.line} | `;
  return `${head}\n  ${gutter}${shown}\n  ${' '.repeat(gutter.length + Math.max(0, Math.min(d.column - 1, shown.length)))}^`;
}
