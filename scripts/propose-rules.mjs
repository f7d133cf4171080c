// Drafts canonical-term rules with verified examples, for bulk glossary work.
// Usage: node scripts/propose-rules.mjs TERMS.txt [--glossary-name NAME] [--category C] > rules.yaml
// TERMS.txt holds lines `canonical term | a sentence that uses it` (# starts a comment). For each
// term the script spins the sentence with thesaurus and curated synonyms, keeps the first spin the
// engine flags AND repairs back to the sentence exactly, and prints a rule whose flag example is
// that spin and whose pass example is the sentence. Terms that are already canonical somewhere,
// whose sentence is already flagged, or that no spin catches are reported on stderr, not printed.
// Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { analyze } from '../dist/core/check.js';
import { compile, SUBSTITUTION } from '../dist/core/compile.js';
import { applyEdits } from '../dist/core/apply.js';
import { phraseWords } from '../dist/core/phrase.js';
import { FUNCTION_WORDS } from '../dist/core/stopwords.js';
import { BUNDLED_GLOSSARIES, loadGlossaries } from '../dist/glossary/load.js';
import { compileOptionsFor, loadLexicon } from '../dist/lexicon/load.js';
import { attestedVariants, referenceDocuments } from '../dist/lexicon/reference.js';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const nameAt = args.indexOf('--glossary-name');
const glossaryName = nameAt >= 0 ? args[nameAt + 1] : 'draft';
const categoryAt = args.indexOf('--category');
const category = categoryAt >= 0 ? args[categoryAt + 1] : 'spinner-synonym';
if (!file) {
  process.stderr.write('usage: node scripts/propose-rules.mjs TERMS.txt [--glossary-name NAME]\n');
  process.exit(2);
}

const lexicon = loadLexicon();
const loaded = loadGlossaries([BUNDLED_GLOSSARIES], lexicon, { examples: false });
// The target glossary's own rules are being drafted again, so only the other glossaries count.
const others = loaded.rules.filter((r) => r.glossary !== glossaryName);
const known = new Set(others.flatMap((r) => r.canonical.map((c) => phraseWords(c).join(' '))));
const entries = [];
readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    const t = line.replace(/#.*$/, '').trim();
    if (!t) return;
    const bar = t.indexOf('|');
    if (bar < 0) return process.stderr.write(`${file}:${i + 1}: expected "term | sentence"\n`);
    entries.push({ line: i + 1, term: t.slice(0, bar).trim(), sentence: t.slice(bar + 1).trim() });
  });

const idOf = (term) => phraseWords(term).join('-').replace(/[^a-z0-9-]/g, '');
const drafts = entries.map((e, k) => ({
  id: `${glossaryName}/${idOf(e.term)}`,
  glossary: glossaryName,
  canonical: [e.term],
  variants: [],
  severity: 'warning',
  category,
  generate: true,
  generatedSeverity: 'warning',
  examples: { flag: [], pass: [] },
  order: others.length + k,
}));
const index = compile([...others, ...drafts], compileOptionsFor(lexicon, loaded.synonyms));
// Examples run per rule in isolation with only their own glossary's synonyms, so spins are verified the same way.
const own = loaded.glossaries.find((g) => g.name === glossaryName);
const ownSynonyms = new Map(own ? [...own.synonyms].map(([w, l]) => [w, l.value]) : []);
// The build whitelists generated variants attested in reference English; do the same for the
// drafts now, so no example relies on a spin that the next build would call an ordinary phrase.
const draftEvidence = attestedVariants(compile(drafts, compileOptionsFor(lexicon, loaded.synonyms)), referenceDocuments()).keys;
const ordinaryPhrases = new Set([...lexicon.ordinaryPhrases, ...draftEvidence]);
const isolated = (draft) => compile([draft], { ...compileOptionsFor(lexicon, ownSynonyms), ordinaryPhrases });

/** Spinner-like stand-ins for one word: curated first, then other-sense WordNet synonyms. */
function standIns(word) {
  const curated = ownSynonyms.get(word) ?? [];
  const strong = lexicon.thesaurus.synonyms(word).filter((s) => s.strength >= SUBSTITUTION.strong).map((s) => s.word);
  return [...new Set([...curated, ...strong])].filter((w) => !w.includes(' ') && w !== word).slice(0, 6);
}

function repairs(sentence, spun, id, draftIndex) {
  const a = analyze(spun, draftIndex);
  const mine = a.findings.filter((f) => f.ruleId === id);
  if (!mine.length) return false;
  const out = applyEdits(spun, a.findings.map((f) => ({ range: [f.start, f.end], text: f.expected[0] ?? f.actual }))).output;
  return out === sentence;
}

const yamlString = (s) => `'${s.replace(/'/g, "''")}'`;
const out = [];
const seen = new Set();
for (const [k, e] of entries.entries()) {
  const key = phraseWords(e.term).join(' ');
  const where = `${file}:${e.line}: "${e.term}"`;
  if (known.has(key) || seen.has(key)) {
    process.stderr.write(`${where}: already a canonical term, skipped\n`);
    continue;
  }
  const at = e.sentence.toLowerCase().indexOf(e.term.toLowerCase());
  if (at < 0) {
    process.stderr.write(`${where}: the sentence does not contain the term, skipped\n`);
    continue;
  }
  if (analyze(e.sentence, index).findings.length) {
    process.stderr.write(`${where}: the clean sentence is already flagged, skipped\n`);
    continue;
  }
  const surface = e.sentence.slice(at, at + e.term.length);
  const words = surface.split(/\s+/);
  const options = words.map((w) => (FUNCTION_WORDS.has(w.toLowerCase()) ? [] : standIns(w.toLowerCase())));
  const tries = [];
  // Every content word swapped (what spinners do), then single swaps.
  for (let n = 0; n < 6; n++) tries.push(words.map((w, i) => options[i][n] ?? w));
  for (let i = 0; i < words.length; i++) for (const s of options[i]) tries.push(words.map((w, j) => (j === i ? s : w)));
  let flag;
  const draftIndex = isolated(drafts[k]);
  for (const t of tries) {
    const spunTerm = t.map((w, i) => (/^\p{Lu}/u.test(words[i]) ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
    if (spunTerm.toLowerCase() === surface.toLowerCase()) continue;
    const spun = e.sentence.slice(0, at) + spunTerm + e.sentence.slice(at + e.term.length);
    if (repairs(e.sentence, spun, drafts[k].id, draftIndex)) {
      flag = spun;
      break;
    }
  }
  if (!flag) {
    process.stderr.write(`${where}: no thesaurus spin of it is flagged and repaired exactly, skipped\n`);
    continue;
  }
  seen.add(key);
  out.push(
    `  - id: ${idOf(e.term)}`,
    `    canonical: ${yamlString(e.term)}`,
    `    examples:`,
    `      flag:`,
    `        - text: ${yamlString(flag)}`,
    `          fixed: ${yamlString(e.sentence)}`,
    `      pass:`,
    `        - ${yamlString(e.sentence)}`,
  );
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
process.stderr.write(`${out.length / 8} of ${entries.length} terms drafted\n`);
