/** Bare URLs and e-mail addresses in running text: not prose, never checked. */
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

export function urlRanges(text: string): [number, number][] {
  if (!text.includes('.')) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(URL)) {
    const url = m[0].replace(/[.,;:!?)\]]+$/, '');
    out.push([m.index, m.index + url.length]);
  }
  return out;
}
