/** The case pattern of the replaced text decides the case of the repair. */
export type CasePattern = 'lower' | 'upper' | 'title' | 'sentence' | 'mixed';

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'but', 'nor']);
const LETTER = /\p{L}/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function firstLetter(w: string): string | undefined {
  for (const ch of w) if (LETTER.test(ch)) return ch;
  return undefined;
}

export function detectCase(words: string[], atSentenceStart: boolean): CasePattern {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'lower';
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  if (letters === letters.toLowerCase()) return 'lower';
  const caps = words.map((w) => {
    const f = firstLetter(w);
    return f !== undefined && isUpper(f);
  });
  const restLower = words.every((w, i) => i === 0 || w === w.toLowerCase());
  const firstOnlyCapital = words[0] !== undefined && words[0].slice(1) === words[0].slice(1).toLowerCase();
  if (caps[0] && restLower && firstOnlyCapital) {
    return words.length === 1 && !atSentenceStart ? 'title' : 'sentence';
  }
  const title = words.every((w, i) => caps[i] || SMALL.has(w.toLowerCase()));
  return title ? 'title' : 'mixed';
}

function capitalize(w: string): string {
  const i = w.search(LETTER);
  return i < 0 ? w : w.slice(0, i) + w[i]!.toUpperCase() + w.slice(i + 1);
}

/** True when the canonical form is written with capitals of its own (a name, an acronym). */
export function hasFixedCapitals(canonical: string): boolean {
  // Plain ASCII answers without making a lower-cased copy; it runs once per finding.
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i);
    if (c >= 128) return canonical !== canonical.toLowerCase();
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

export function applyCase(canonical: string, pattern: CasePattern, atSentenceStart = false): string {
  if (pattern === 'upper') return canonical.toUpperCase();
  if (hasFixedCapitals(canonical)) return pattern === 'sentence' || atSentenceStart ? capitalize(canonical) : canonical;
  switch (pattern) {
    case 'lower':
    case 'mixed':
      return canonical;
    case 'sentence':
      return capitalize(canonical);
    case 'title':
      return canonical
        .split(/(\s+|-)/)
        .map((w, i) => (i === 0 || !SMALL.has(w.toLowerCase()) ? capitalize(w) : w))
        .join('');
  }
}
