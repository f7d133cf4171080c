/**
 * How much a substituted word says about spin: a same-primary-sense synonym is often a fair
 * paraphrase (weak), a synonym from another sense is a wrong-sense swap (strong), and a
 * glossary's `synonyms:` entry is a maintainer's word that spinners make this swap (curated).
 * A loose stand-in is only a WordNet hypernym or hyponym ("casualty" for "victim"): too broad to
 * flag on its own, it counts only in a document that already shows enough other spin.
 */
export const SUBSTITUTION = { none: 0, weak: 1, loose: 2, strong: 3, curated: 4 } as const;
export type Strength = (typeof SUBSTITUTION)[keyof typeof SUBSTITUTION];
