// Checks the corpus annotation invariant: spun markup with repairs applied equals the clean file.
// Usage: node scripts/check-corpus.mjs corpora/articles/dev [more dirs]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const ANN = /\[\[([^\[\]|]+)\|([^\[\]|]*)\|(thesaurus|autoblog|institution|tortured|mt)(\|maybe)?\]\]/g;
let bad = 0, words = 0, spans = 0, maybes = 0;
for (const dir of process.argv.slice(2)) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.spun.txt')).sort()) {
    const spun = readFileSync(join(dir, f), 'utf8');
    const clean = readFileSync(join(dir, f.replace('.spun.txt', '.clean.txt')), 'utf8');
    const stray = spun.replace(ANN, '').match(/\[\[|\]\]/);
    if (stray) { console.log(`${f}: malformed annotation near "${spun.replace(ANN, '').slice(Math.max(0, stray.index - 40), stray.index + 40)}"`); bad++; }
    const repaired = spun.replace(ANN, (_, a, c) => c);
    if (repaired !== clean) {
      let i = 0; while (i < clean.length && repaired[i] === clean[i]) i++;
      console.log(`${f}: repaired spun text differs from clean at char ${i}:\n  repaired: ${JSON.stringify(repaired.slice(i - 30, i + 40))}\n  clean:    ${JSON.stringify(clean.slice(i - 30, i + 40))}`);
      bad++;
    }
    const n = clean.split(/\s+/).filter(Boolean).length; words += n;
    const m = [...spun.matchAll(ANN)]; spans += m.length; maybes += m.filter((x) => x[4]).length;
    console.log(`${f}: ${n} words, ${m.length} spans (${m.filter((x) => x[4]).length} maybe)`);
  }
}
console.log(`total: ${words} clean words, ${spans} spans, ${maybes} maybe; ${bad} problems`);
process.exit(bad ? 1 : 0);
