import { SUBSTITUTION } from '../core/strength.js';
import { phraseWords } from '../core/phrase.js';
import { FUNCTION_WORDS } from '../core/stopwords.js';

const { weak: WEAK, loose: LOOSE, strong: STRONG } = SUBSTITUTION;

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Inverts the synonym table: for each word a text may hold, the words it may stand in for.
 * A check then looks up only the words it meets, instead of compiling every canonical word's
 * synonyms at start-up. Lines are `word<TAB>stands for, weakly<TAB>…, strongly<TAB>…, loosely<TAB>phrases`,
 * where phrases are `synonym:canonical:strength` items for multi-word synonyms keyed by their
 * first word ("well-known:famous:3" under "well"). Function words neither stand in nor are stood for.
 */
export function reverseSynonymTable(forward: string): string {
  const single = new Map<string, Map<string, number>>();
  const multi = new Map<string, Map<string, number>>();
  const put = (m: Map<string, Map<string, number>>, key: string, item: string, strength: number): void => {
    let e = m.get(key);
    if (!e) m.set(key, (e = new Map()));
    if ((e.get(item) ?? 0) < strength) e.set(item, strength);
  };
  for (const line of forward.split('\n')) {
    if (!line) continue;
    const [canonical, ...columns] = line.split('\t');
    if (!canonical || FUNCTION_WORDS.has(canonical)) continue;
    [WEAK, STRONG, LOOSE].forEach((strength, c) => {
      for (const syn of columns[c] ? columns[c]!.split(' ') : []) {
        const words = phraseWords(syn);
        if (words.length > 1) put(multi, words[0]!, `${syn}:${canonical}`, strength);
        else if (words.length === 1 && !FUNCTION_WORDS.has(words[0]!) && words[0] !== canonical) put(single, words[0]!, canonical, strength);
      }
    });
  }
  const lines: string[] = [];
  for (const key of [...new Set([...single.keys(), ...multi.keys()])].sort(byCodeUnit)) {
    const s = single.get(key);
    const col = (strength: number): string => [...(s ?? [])].filter(([, x]) => x === strength).map(([c]) => c).sort(byCodeUnit).join(' ');
    const phrases = [...(multi.get(key) ?? [])].map(([item, x]) => `${item}:${x}`).sort(byCodeUnit).join(' ');
    lines.push(`${key}\t${col(WEAK)}\t${col(STRONG)}\t${col(LOOSE)}\t${phrases}`);
  }
  return lines.join('\n') + '\n';
}
