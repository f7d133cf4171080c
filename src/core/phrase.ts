import { tokenize } from './tokenize.js';

/** ASCII words joined by single spaces or hyphens (a hyphen joins words like a space). */
const PLAIN = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;

/** Splits a glossary phrase into normalized words, exactly as the text tokenizer would. */
export function phraseWords(phrase: string): string[] {
  // Most phrases are plain ASCII words, where the tokenizer only lower-cases; start-up compiles
  // tens of thousands of them.
  if (PLAIN.test(phrase)) return phrase.toLowerCase().split(/[ -]/);
  return tokenize(phrase).norms();
}

/** A phrase key for equality tests: words joined by single spaces (hyphen = space). */
export function phraseKey(phrase: string): string {
  return phraseWords(phrase).join(' ');
}
