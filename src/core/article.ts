/**
 * "a" or "an" before a word, by its first sound as far as spelling tells: vowel letters take
 * "an" except where they sound like "y" or "w" ("a union", "a one-off"); a silent h takes "an".
 */
const CONSONANT_SOUND = /^(uni|unan|use|usu|usa|uti|ute|uto|ure|uri|ura|uro|ubiq|eu|ewe|one|once|ouija|ufo|uk\b|u\.)/i;
const SILENT_H = /^(hour|honest|honou?r|heir)/i;

export function indefiniteArticle(word: string): 'a' | 'an' {
  if (SILENT_H.test(word)) return 'an';
  if (!/^[aeiou]/i.test(word) || CONSONANT_SOUND.test(word)) return 'a';
  return 'an';
}

/** The article with the same capitals as the one it replaces ("An" → "A"). */
export function articleLike(written: string, want: 'a' | 'an'): string {
  if (written === written.toUpperCase() && written.length > 1) return want.toUpperCase();
  return /^\p{Lu}/u.test(written) ? want[0]!.toUpperCase() + want.slice(1) : want;
}
