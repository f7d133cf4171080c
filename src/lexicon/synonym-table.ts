export interface SynonymEntry {
  /** Share the word's primary (most frequent) sense: usually fair paraphrases. */
  primary: string[];
  /** Share another sense: the wrong-sense stand-ins spinners produce. */
  other: string[];
  /** Hypernyms and hyponyms: listed for maintainers, not used for matching. */
  related: string[];
}

/**
 * Looks words up in the sorted synonym table without parsing it: the 5 MB file stays one
 * string, line starts are found once, and each lookup is a binary search.
 */
export class SynonymTable {
  private starts: Int32Array | undefined;

  constructor(private readonly data: string) {}

  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    const out: number[] = [];
    let i = 0;
    while (i < this.data.length) {
      out.push(i);
      const nl = this.data.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
    }
    return (this.starts = Int32Array.from(out));
  }

  /** Synonyms of a base-form word, by kind. */
  lookup(word: string): SynonymEntry {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid]!;
      const tab = this.data.indexOf('\t', s);
      const key = this.data.slice(s, tab);
      if (key === word) {
        const end = this.data.indexOf('\n', tab);
        const [primary = '', other = '', related = ''] = this.data.slice(tab + 1, end < 0 ? undefined : end).split('\t');
        const list = (x: string): string[] => x.split(' ').filter(Boolean);
        return { primary: list(primary), other: list(other), related: list(related) };
      }
      if (key < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return { primary: [], other: [], related: [] };
  }
}
