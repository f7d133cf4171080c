import { applyCase, detectCase } from './casing.js';
import type { MatchContext } from './resolve.js';
import { inflectWord } from './morphology.js';
import { tokenize } from './tokenize.js';
import type { Inflection } from './types.js';
import type { RawMatch } from './match.js';

/** Carries the matched words' inflections over to the canonical phrase, keeping its own spacing and hyphens. */
export function inflectPhrase(ctx: MatchContext, phrase: string, m: RawMatch, apostrophe: string): string {
  const words = tokenize(phrase);
  if (words.length === 0) return phrase;
  const target: Inflection[] = words.map(() => '');
  const count = m.last - m.first + 1;
  if (count === words.length) {
    m.infl.forEach((x, i) => (target[i] = x));
  } else {
    target[words.length - 1] = m.infl[count - 1] ?? '';
    if (count > 1 && m.infl[0] && words.length > 1) target[0] = m.infl[0];
  }
  let out = '';
  let pos = 0;
  words.forEach((w, i) => {
    out += phrase.slice(pos, w.start) + inflectWord(phrase.slice(w.start, w.end), target[i]!, ctx.index.morph, apostrophe);
    pos = w.end;
  });
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
  const start = tokens[m.first]!.start;
  const end = tokens[m.last]!.end;
  const actual = text.slice(start, end);
  const apostrophe = actual.includes('\u2019') ? '\u2019' : "'";
  const words = tokens.slice(m.first, m.last + 1).map((t) => text.slice(t.start, t.end));
  const pattern = detectCase(words, tokens[m.first]!.sentenceStart);
  const order = m.generated ? [m.form, ...rule.canonical.keys()].filter((v, i, a) => a.indexOf(v) === i) : [...rule.canonical.keys()];
  const expected: string[] = [];
  for (const f of order) {
    const s = applyCase(inflectPhrase(ctx, rule.canonical[f]!, m, apostrophe), pattern);
    if (!expected.includes(s)) expected.push(s);
  }
  const repair = expected[0]!;
  if (!m.generated) return { expected, message: `"${actual}" is a spun form of "${repair}"` };
  const canonWords = tokenize(rule.canonical[m.form]!);
  const substitutions = (m.substituted ?? []).flatMap((sub, i) => {
    const c = canonWords[i];
    return sub && c ? [{ actual: words[i]!, canonical: rule.canonical[m.form]!.slice(c.start, c.end) }] : [];
  });
  const why = substitutions.map((s) => `"${s.actual}" for "${s.canonical}"`).join(', ');
  return { expected, substitutions, message: `"${actual}" looks like a spin of "${repair}" (${why})` };
}
