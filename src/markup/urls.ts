/** Bare URLs and e-mail addresses in running text: not prose, never checked. */
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

export function urlRanges(text: string): [number, number][] {
  // Most text nodes hold no URL; a substring test is far cheaper than the regex.
  if (!text.includes('://') && !text.includes('@') && !/www\./i.test(text)) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(URL)) {
    const url = m[0].replace(/[.,;:!?)\]]+$/, '');
    out.push([m.index, m.index + url.length]);
  }
  return out;
}
