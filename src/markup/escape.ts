import { findingEdits } from '../core/check.js';
import type { Edit, Finding } from '../core/types.js';
import type { InputFormat } from './format.js';

/**
 * A repair as it must be written into the source: plain words in HTML and Markdown need their
 * markup characters escaped, or "AT&T" would start an entity and "*" an emphasis.
 */
export function encodeRepair(text: string, format: InputFormat): string {
  if (format === 'html') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (format === 'markdown') return text.replace(/[\\`*_[\]<>&]/g, '\\$&');
  return text;
}

/** Repairs as edits on the source: each finding's preferred repair, encoded for the format. */
export function sourceEdits(findings: readonly Finding[], format: InputFormat): Edit[] {
  return findingEdits(findings).map((e) => ({ range: e.range, text: encodeRepair(e.text, format) }));
}
