/**
 * Function words never stand in for, nor are replaced by, thesaurus synonyms: WordNet lists
 * "in" as a synonym of "inch" and "a" of "angstrom", which would only produce noise.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a an the of in on at to for by with from as and or but nor not no so if than that this these those ' +
    'it its is are was were be been being am do does did has have had will would shall should can could may might must ' +
    'i me my we us our you your he him his she her they them their who whom whose which what where when why how ' +
    'all any some each every both either neither one into onto over under up down out off about above below ' +
    'between through during before after against among upon within without per via').split(' '),
);
