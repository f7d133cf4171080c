import { applyCase, detectCase } from './casing.js';
import type { CompiledIndex } from './compile.js';
import type { LineIndex } from './lines.js';
import { inflectWord, lemmaCandidates } from './morphology.js';
import { spellingVariants } from './spelling.js';
import { FUNCTION_WORDS } from './stopwords.js';
import { SUBSTITUTION } from './strength.js';
import { SWAP_GATE, type Collocation } from './swaps.js';
import type { Tokens } from './tokenize.js';
import type { Finding } from './types.js';

/** The glossary name collocation findings report under: `collocations/<replaced word>`. */
export const COLLOCATION_GLOSSARY = 'collocations';
/** The repaired pair must be this likely (log10 P(second | first)) in the language model... */
export const MIN_LOG_PROB = -3;
/** ...and this much likelier than chance (log10): a collocation, not just a frequent word. */
export const MIN_PMI = 2;
/** How much commoner (log10, in the language model) a restored word must be than the word it replaces: spinners reach for rarer words. */
export const RARITY = 0.5;

/**
 * Spins of phrases no glossary lists. In a document that already shows spin, two adjacent
 * content words that a large English language model never saw together ("dissident bunches")
 * are read as a spinner's pair when putting back a commoner word that one of them may stand in
 * for, by the thesaurus or the curated synonyms, gives a strong collocation of that model
 * ("dissident groups"). Thresholds were chosen on the dev split (README: quality figures).
 */
export function collocationFindings(index: CompiledIndex, text: string, tokens: Tokens, lines: LineIndex, covered: Uint8Array, others: number): Finding[] {
  const evidence = index.evidence;
  if (!evidence?.collocation || !evidence.modelWord || others < SWAP_GATE) return [];
  const pair = (a: string, b: string): Collocation | null | undefined => evidence.collocation!(a, b);
  const out: Finding[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens.breakBefore(i) || covered[i - 1] || covered[i]) continue;
    const a = tokens.norm(i - 1);
    const b = tokens.norm(i);
    if (!contentWord(a) || !contentWord(b) || pair(a, b) !== null) continue;
    const best = bestRepair(index, a, b, pair);
    if (!best) continue;
    out.push(toFinding(text, tokens, lines, i - 1, best));
    i++;
  }
  return out;
}

interface Repair {
  words: [string, string];
  /** Which of the two words were put back. */
  changed: [boolean, boolean];
  logProb: number;
}

function bestRepair(index: CompiledIndex, a: string, b: string, pair: (a: string, b: string) => Collocation | null | undefined): Repair | undefined {
  const evidence = index.evidence!;
  const commoner = (word: string) => {
    const own = evidence.modelWord!(word)!;
    return (x: string): boolean => (evidence.modelWord!(x) ?? -99) >= own + RARITY;
  };
  const firsts = [a, ...restored(index, a).filter(commoner(a))];
  const seconds = [b, ...restored(index, b).filter(commoner(b))];
  let best: Repair | undefined;
  for (const x of firsts) {
    for (const y of seconds) {
      if (x === a && y === b) continue;
      const c = pair(x, y);
      if (!c || c.logProb < MIN_LOG_PROB || c.pmi < MIN_PMI) continue;
      if (!best || c.logProb > best.logProb) best = { words: [x, y], changed: [x !== a, y !== b], logProb: c.logProb };
    }
  }
  return best;
}

/** The words a text word may stand in for, inflected as the text word is ("bunches" → "groups"). */
function restored(index: CompiledIndex, word: string): string[] {
  const out = new Set<string>();
  for (const { lemma, infl } of lemmaCandidates(word, index.morph)) {
    const add = (canonical: string): void => {
      if (canonical.includes(' ') || FUNCTION_WORDS.has(canonical)) return;
      const form = inflectWord(canonical, infl, index.morph);
      // "center" for "centre" is the same word in the other spelling, not a repair.
      if (form !== word && !spellingVariants(form, word)) out.add(form);
    };
    // Loose stand-ins (hypernyms) are too broad: "move" for "thumped" would fit anywhere.
    index.thesaurus?.reverse?.standsFor(lemma, (canonical, strength) => strength !== SUBSTITUTION.loose && add(canonical));
    for (const canonical of curatedFor(index).get(lemma) ?? []) add(canonical);
  }
  return [...out];
}

const curatedReverse = new WeakMap<CompiledIndex, Map<string, string[]>>();

/** Curated synonyms inverted once per index: stand-in → the words it stands for. */
function curatedFor(index: CompiledIndex): Map<string, string[]> {
  let map = curatedReverse.get(index);
  if (!map) {
    curatedReverse.set(index, (map = new Map()));
    for (const [word, standIns] of index.synonyms ?? []) {
      for (const s of standIns) if (!s.includes(' ')) map.set(s, [...(map.get(s) ?? []), word]);
    }
  }
  return map;
}

function contentWord(w: string): boolean {
  return w.length > 2 && !FUNCTION_WORDS.has(w) && /^[a-z][a-z']*$/.test(w);
}

/** The finding spans only the words put back; the pair's other word was evidence, not spin. */
function toFinding(text: string, tokens: Tokens, lines: LineIndex, first: number, repair: Repair): Finding {
  const from = repair.changed[0] ? first : first + 1;
  const to = repair.changed[1] ? first + 1 : first;
  const start = tokens.starts[from]!;
  const end = tokens.ends[to]!;
  const actual = text.slice(start, end);
  const surface = [first, first + 1].map((i) => text.slice(tokens.starts[i]!, tokens.ends[i]!));
  const atSentenceStart = tokens.sentenceStart(from);
  const words = repair.words.slice(from - first, to - first + 1);
  const expected = applyCase(words.join(text.slice(tokens.ends[first]!, tokens.starts[first + 1]!)), detectCase(surface.slice(from - first, to - first + 1), atSentenceStart), atSentenceStart);
  const substitutions = [0, 1].filter((k) => repair.changed[k]).map((k) => ({ actual: surface[k]!, canonical: repair.words[k]! }));
  return {
    ruleId: `${COLLOCATION_GLOSSARY}/${substitutions[0]!.actual.toLowerCase()}`,
    severity: 'warning',
    category: 'spinner-synonym',
    message: `"${actual}" looks like a spin of "${expected}" (${substitutions.map((x) => `"${x.actual}" for "${x.canonical}"`).join(', ')}): reference English has "${repair.words.join(' ')}" but never "${surface.join(' ').toLowerCase()}"`,
    ...lines.span(text, start, end),
    expected: [expected],
    generated: true,
    substitutions,
  };
}
