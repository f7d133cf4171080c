import { tokenize } from './tokenize.js';

/** Splits a glossary phrase into normalized words, exactly as the text tokenizer would. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).norms();
}

/** A phrase key for equality tests: words joined by single spaces (hyphen = space). */
export function phraseKey(phrase: string): string {
  return phraseWords(phrase).join(' ');
}
