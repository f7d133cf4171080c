import { sanitizeForTerminal } from './sanitize.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITY[ch]!);
}

/**
 * Untrusted article text for HTML: control and bidi-override characters become visible
 * placeholders (as on a terminal, so nothing reorders or hides the text around them),
 * line breaks are kept, then markup characters are escaped.
 */
export function untrustedHtml(text: string): string {
  return escapeHtml(sanitizeForTerminal(text.replace(/\r\n?/g, '\n'), true));
}
