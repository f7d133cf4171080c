import { applyCase, detectCase } from './casing.js';
import type { CompiledIndex } from './compile.js';
import type { MatchContext } from './resolve.js';
import { inflectWord } from './morphology.js';
import { FUNCTION_WORDS } from './stopwords.js';
import { wantsParticiple } from './participle.js';
import { tokenize, type Tokens } from './tokenize.js';
import type { Inflection } from './types.js';
import type { RawMatch } from './match.js';
import { documentSpelling, phraseSpelling, spellingMarks, spellingVariants } from './spelling.js';
import { rankByNeighbours } from './swaps.js';

const VERB_ENDINGS: ReadonlySet<Inflection> = new Set(['ED', 'ING', 'S']);

/** Carries the matched words' inflections over to the canonical phrase, keeping its own spacing and hyphens. */
export function inflectPhrase(ctx: MatchContext, phrase: string, m: RawMatch, apostrophe: string): string {
  // Uninflected matched words give every canonical word an empty ending: the phrase as it is.
  if (m.infl.every((x) => x === '')) return phrase;
  const words = phraseTokens(ctx.index, phrase);
  if (words.length === 0) return phrase;
  const target: Inflection[] = new Array<Inflection>(words.length).fill('');
  const count = m.infl.length;
  if (count === words.length) {
    m.infl.forEach((x, i) => (target[i] = x));
  } else {
    // A one-word repair of a longer phrase takes its verb's ending ("discussed about" → "discussed").
    const last = m.infl[count - 1] ?? '';
    target[words.length - 1] = last || (words.length === 1 ? (m.infl.find((x) => x !== '') ?? '') : '');
    if (count > 1 && m.infl[0] && words.length > 1) target[0] = m.infl[0];
    // A one-word verb repaired by a phrasal verb inflects the verb, not its particle ("removed" → "took off").
    if (count === 1 && words.length > 1 && VERB_ENDINGS.has(last) && FUNCTION_WORDS.has(phrase.slice(words.starts[words.length - 1]!, words.ends[words.length - 1]!).toLowerCase())) {
      target[words.length - 1] = '';
      target[0] = last;
    }
  }
  const participle = target.includes('ED') && wantsParticiple(ctx.tokens, m.first, m.last, ctx.index.morph);
  let out = '';
  let pos = 0;
  for (let i = 0; i < words.length; i++) {
    const s = words.starts[i]!;
    const e = words.ends[i]!;
    out += phrase.slice(pos, s) + inflectWord(phrase.slice(s, e), target[i]!, ctx.index.morph, apostrophe, participle);
    pos = e;
  }
  return out + phrase.slice(pos);
}

export interface Suggestion {
  expected: string[];
  message: string;
  substitutions?: { actual: string; canonical: string }[];
}

export function suggest(ctx: MatchContext, m: RawMatch): Suggestion {
  const { text, tokens, index } = ctx;
  const rule = index.rules[m.rule]!;
  const start = tokens.starts[m.first]!;
  const end = tokens.ends[m.last]!;
  const actual = text.slice(start, end);
  const apostrophe = actual.includes('\u2019') ? '\u2019' : "'";
  const atSentenceStart = tokens.sentenceStart(m.first);
  // Text without capitals is lower case whatever its words; most matches are.
  const pattern = hasAsciiCapitals(actual) ? detectCase(surfaceWords(text, tokens, m.first, m.last), atSentenceStart) : 'lower';
  const expected: string[] = [];
  const add = (f: number): void => {
    const s = applyCase(inflectPhrase(ctx, rule.canonical[f]!, m, apostrophe), pattern, atSentenceStart);
    if (!expected.includes(s)) expected.push(s);
  };
  // A generated match's own canonical form comes first, then the others in glossary order.
  if (m.generated) add(m.form);
  for (let f = 0; f < rule.canonical.length; f++) if (!m.generated || f !== m.form) add(f);
  preferSpelling(ctx, m, expected);
  if (rule.swap) rankByNeighbours(index, tokens, m, expected);
  const repair = expected[0]!;
  if (!m.generated) return { expected, message: `"${actual}" is a spun form of "${repair}"` };
  const canonWords = phraseTokens(index, rule.canonical[m.form]!);
  const steps = stepSurfaces(text, tokens, m);
  const substitutions = (m.substituted ?? []).flatMap((sub, i) =>
    sub && i < canonWords.length ? [{ actual: steps[i]!, canonical: rule.canonical[m.form]!.slice(canonWords.starts[i]!, canonWords.ends[i]!) }] : [],
  );
  const why = substitutions.map((s) => `"${s.actual}" for "${s.canonical}"`).join(', ');
  return { expected, substitutions, message: `"${actual}" looks like a spin of "${repair}" (${why})` };
}

/**
 * Puts first the repair spelled as the document spells ("World Food Programme" in British
 * copy), when another suggestion is the same phrase in the other spelling. The matched words
 * do not count: a spinner may have put them in.
 */
function preferSpelling(ctx: MatchContext, m: RawMatch, expected: string[]): void {
  if (expected.length < 2) return;
  const want = documentSpelling((ctx.spelling ??= spellingMarks(ctx.tokens)), m.first, m.last);
  if (!want || phraseSpelling(expected[0]!) === want) return;
  const k = expected.findIndex((e, i) => i > 0 && phraseSpelling(e) === want && spellingVariants(e, expected[0]!));
  if (k > 0) [expected[0], expected[k]] = [expected[k]!, expected[0]!];
}

/** False only for pure ASCII text without A-Z, whose case pattern is then plainly lower case. */
function hasAsciiCapitals(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** The matched words as written in the text. */
export function surfaceWords(text: string, tokens: Tokens, first: number, last: number): string[] {
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(text.slice(tokens.starts[i]!, tokens.ends[i]!));
  return out;
}

/**
 * The text standing for each canonical word of a generated match: one token each, or several
 * where a multi-word stand-in took one word's place ("spending plan" for "budget").
 */
export function stepSurfaces(text: string, tokens: Tokens, m: RawMatch): string[] {
  if (!m.widths) return surfaceWords(text, tokens, m.first, m.last);
  const out: string[] = [];
  let t = m.first;
  for (const w of m.widths) {
    out.push(text.slice(tokens.starts[t]!, tokens.ends[t + w - 1]!));
    t += w;
  }
  return out;
}

/** Canonical phrases are tokenized once per index, not once per finding. */
function phraseTokens(index: CompiledIndex, phrase: string): Tokens {
  let t = index.phraseTokens.get(phrase);
  if (!t) index.phraseTokens.set(phrase, (t = tokenize(phrase)));
  return t;
}
