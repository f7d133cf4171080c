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

  /** Synonyms of a base-form word, by kind; `related` only when asked, as matching never needs it. */
  lookup(word: string, withRelated = true): SynonymEntry {
    const at = this.find(word);
    if (at < 0) return { primary: [], other: [], related: [] };
    const tab = at + word.length;
    const end = this.data.indexOf('\n', tab);
    const line = this.data.slice(tab + 1, end < 0 ? undefined : end);
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    const list = (x: string): string[] => (x ? x.split(' ') : []);
    return {
      primary: list(line.slice(0, t1)),
      other: list(line.slice(t1 + 1, t2 < 0 ? undefined : t2)),
      related: withRelated && t2 >= 0 ? list(line.slice(t2 + 1)) : [],
    };
  }

  /** Start of the line whose key is `word`, or -1; keys are compared in place, without slicing. */
  private find(word: string): number {
    const starts = this.lineStarts();
    const data = this.data;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid]!;
      let cmp = 0;
      let k = 0;
      for (; k < word.length; k++) {
        const c = data.charCodeAt(s + k);
        if (c === 9) {
          cmp = -1;
          break;
        }
        const d = c - word.charCodeAt(k);
        if (d !== 0) {
          cmp = d;
          break;
        }
      }
      if (cmp === 0 && k === word.length && data.charCodeAt(s + k) !== 9) cmp = 1;
      if (cmp === 0) return s;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
