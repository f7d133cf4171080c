/**
 * Makes untrusted article text safe for a terminal: control characters (ESC, C1, DEL,
 * bidi overrides) become visible placeholders and can never drive the terminal.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string, keepNewlines = false): string {
  const out = text.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return '\u2421';
    return `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
  return keepNewlines ? out : out.replace(/\r\n|\r|\n/g, '\u23ce').replace(/\t/g, ' ');
}
