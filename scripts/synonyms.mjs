// Prints the WordNet synonyms unspin uses for generated variants, by strength of evidence. Usage: node scripts/synonyms.mjs word...
const { loadLexicon } = await import('../dist/lexicon/load.js');
const lex = loadLexicon();
for (const w of process.argv.slice(2)) {
  const e = lex.synonyms.lookup(w.toLowerCase());
  console.log(`${w}:\n  same primary sense (weak evidence, a fair paraphrase): ${e.primary.join(', ') || '(none)'}\n  other senses (strong evidence, wrong-sense swap): ${e.other.join(', ') || '(none)'}\n  hypernyms/hyponyms (loose: only in a document that shows other spin, beside a kept word or a wrong-sense swap): ${e.related.slice(0, 40).join(', ')}`);
}
