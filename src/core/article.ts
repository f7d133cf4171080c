/**
 * "a" or "an" before a word, by its first sound as far as spelling tells: vowel letters take
 * "an" except where they sound like "y" or "w" ("a union", "a one-off"); a silent h takes "an".
 */
const CONSONANT_SOUND = /^(uni|unan|use|usu|usa|uti|ute|uto|ure|uri|ura|uro|ubiq|eu|ewe|one|once|ouija|ufo|uk\b|u\.)/i;
const SILENT_H = /^(hour|honest|honou?r|heir)/i;

/** Letters whose names start with a vowel sound: "an MRI", "an F-16", "an X-ray". */
const VOWEL_SOUND_LETTER = /^[AEFHILMNORSX]/;
/** Read letter by letter: a short or vowelless run of capitals ("MRI", "NHS"), or one capital before a hyphen ("X-ray"). */
const SPELLED_OUT = /^(?:[A-Z]{2,3}(?![A-Za-z])|[B-DF-HJ-NP-TV-Z]{4,}(?![A-Za-z])|[A-Z]-)/;

export function indefiniteArticle(word: string): 'a' | 'an' {
  if (SPELLED_OUT.test(word)) return VOWEL_SOUND_LETTER.test(word) ? 'an' : 'a';
  if (SILENT_H.test(word)) return 'an';
  if (!/^[aeiou]/i.test(word) || CONSONANT_SOUND.test(word)) return 'a';
  return 'an';
}

/** The article with the same capitals as the one it replaces ("An" → "A"). */
export function articleLike(written: string, want: 'a' | 'an'): string {
  if (written === written.toUpperCase() && written.length > 1) return want.toUpperCase();
  return /^\p{Lu}/u.test(written) ? want[0]!.toUpperCase() + want.slice(1) : want;
}
