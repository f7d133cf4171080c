import type { MorphologyData } from './morphology.js';
import type { Tokens } from './tokenize.js';

/** Forms of "have", "be" and "get" after which an -ed verb is a participle: "were drawn up", "has taken". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'having', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'get', 'gets', 'got', 'gotten', 'getting']);

/** Words that may stand between the auxiliary and the verb: "was quickly drawn up", "has not yet taken". */
const BETWEEN = new Set(['already', 'also', 'just', 'not', 'never', 'since', 'now', 'yet', 'still', 'all', 'both', 'first', 'then', 'ever', 'long', 'only', 'once']);

/**
 * Whether a matched -ed verb is a participle, so an irregular repair takes "drawn" and not "drew".
 * The text's own verb tells only when it is an irregular participle ("taken up"); a regular one
 * ("attracted up") reads the same in both uses, so an auxiliary just before the match decides.
 */
export function wantsParticiple(tokens: Tokens, first: number, last: number, m: MorphologyData): boolean {
  for (let i = first; i <= last; i++) {
    const w = tokens.norm(i);
    const base = m.pastToBase.get(w);
    if (base !== undefined && m.baseToParticiple.get(base) === w) return true;
  }
  for (let i = first - 1, skipped = 0; i >= 0 && !tokens.breakBefore(i + 1) && skipped <= 2; i--, skipped++) {
    const w = tokens.norm(i);
    if (AUXILIARIES.has(w)) return true;
    if (!BETWEEN.has(w) && !(w.length > 4 && w.endsWith('ly'))) return false;
  }
  return false;
}
