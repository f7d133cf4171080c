/** Which parser reads a document. */
export type InputFormat = 'text' | 'markdown' | 'html';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html'];

const BY_EXTENSION: Record<string, InputFormat> = { md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };

/** An explicit --input-format wins; otherwise the extension decides, and anything unknown is plain text. */
export function formatForPath(path: string, override?: InputFormat): InputFormat {
  if (override) return override;
  const dot = path.lastIndexOf('.');
  if (dot < 0 || path.lastIndexOf('/') > dot) return 'text';
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()] ?? 'text';
}
