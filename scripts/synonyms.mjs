// Prints the WordNet synonyms unspin uses for generated variants. Usage: node scripts/synonyms.mjs word...
const { loadLexicon } = await import('../dist/lexicon/load.js');
const lex = loadLexicon();
for (const w of process.argv.slice(2)) {
  const [near, far] = lex.synonyms.lookup(w.toLowerCase());
  console.log(`${w}: ${near.join(', ') || '(none)'}\n   (hypernyms/hyponyms, NOT used: ${far.slice(0, 40).join(', ')})`);
}
