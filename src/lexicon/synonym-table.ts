export interface SynonymEntry {
  /** Share the word's primary (most frequent) sense: usually fair paraphrases. */
  primary: string[];
  /** Share another sense: the wrong-sense stand-ins spinners produce. */
  other: string[];
  /** Hypernyms and hyponyms: loose stand-ins, which count only in a document already showing spin. */
  related: string[];
}

/**
 * Looks words up in a sorted table without parsing it: the file stays one string and each
 * lookup bisects it by character position, so start-up does not even index its lines.
 */
export class SynonymTable {
  constructor(private readonly data: string) {}

  /** Synonyms of a base-form word, by kind; `related` only when asked, as matching never needs it. */
  lookup(word: string, withRelated = true): SynonymEntry {
    const c = this.columns(word);
    const list = (x: string | undefined): string[] => (x ? x.split(' ') : []);
    return { primary: list(c[0]), other: list(c[1]), related: withRelated ? list(c[2]) : [] };
  }

  /** The tab-separated fields after the key on `word`'s line; none when the word is absent. */
  columns(word: string): string[] {
    const at = this.find(word);
    if (at < 0) return [];
    const tab = at + word.length;
    const end = this.data.indexOf('\n', tab);
    return this.data.slice(tab + 1, end < 0 ? undefined : end).split('\t');
  }

  /** Start of the line whose key is `word`, or -1; keys are compared in place, without slicing. */
  private find(word: string): number {
    const data = this.data;
    // lo is a line start and hi a line start or the end; the lines between them are sorted.
    let lo = 0;
    let hi = data.length;
    while (lo < hi) {
      const s = Math.max(lo, data.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1);
      const cmp = compareKey(data, s, word);
      if (cmp === 0) return s;
      if (cmp < 0) {
        const nl = data.indexOf('\n', s);
        lo = nl < 0 ? data.length : nl + 1;
      } else hi = s;
    }
    return -1;
  }
}

/** The key of the line at s against word, by UTF-16 code units (the order the build sorts by). */
function compareKey(data: string, s: number, word: string): number {
  let k = 0;
  for (; k < word.length; k++) {
    const c = data.charCodeAt(s + k);
    if (c === 9) return -1;
    const d = c - word.charCodeAt(k);
    if (d !== 0) return d;
  }
  return data.charCodeAt(s + k) === 9 ? 0 : 1;
}
