/** Normalization for matching only; positions always come from the original text. */

const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /[\u2019\u2018\u02bc\u2032`]/g;

export function normalizeWord(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFC').replace(APOSTROPHES, "'").toLowerCase();
}

/** Hyphen-like characters that join two words and count as a space for matching. */
export function isJoiner(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}
