import type { LemmaData } from '../../src/learn/lemma.js';
import { loadLexicon } from '../../src/lexicon/load.js';

/** The lemma data the CLI uses: the generated lexicon's irregular forms and WordNet words. */
export function realLemmas(): LemmaData {
  const lex = loadLexicon();
  return {
    morph: lex.morph,
    isWord: (w) => {
      const e = lex.synonyms.lookup(w);
      return e.primary.length + e.other.length + e.related.length > 0;
    },
  };
}
