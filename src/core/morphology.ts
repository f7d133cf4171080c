import type { Inflection } from './types.js';

/**
 * Irregular forms, injected as data so the core stays pure. The CLI builds this from the
 * generated lexicon (english-verbs-irregular, irregular-plurals).
 */
export interface MorphologyData {
  /** irregular past or participle form → base verb */
  pastToBase: Map<string, string>;
  /** base verb → irregular past form */
  baseToPast: Map<string, string>;
  /** base verb → irregular past participle, where it differs from the past ("draw" → "drawn") */
  baseToParticiple: Map<string, string>;
  /** irregular plural → singular */
  pluralToSingular: Map<string, string>;
  /** singular → irregular plural */
  singularToPlural: Map<string, string>;
}

export const EMPTY_MORPHOLOGY: MorphologyData = {
  pastToBase: new Map(),
  baseToPast: new Map(),
  baseToParticiple: new Map(),
  pluralToSingular: new Map(),
  singularToPlural: new Map(),
};

export interface Lemma {
  lemma: string;
  infl: Inflection;
}

const VOWEL = /[aeiou]/;

function undouble(stem: string): string | undefined {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !VOWEL.test(stem[n - 1]!) && !'lsz'.includes(stem[n - 1]!)) {
    return stem.slice(0, -1);
  }
  return undefined;
}

function sForms(w: string, m: MorphologyData, out: Lemma[], infl: Inflection): void {
  const irregular = m.pluralToSingular.get(w);
  if (irregular) out.push({ lemma: irregular, infl });
  const n = w.length;
  if (n < 3 || w[n - 1] !== 's' || w[n - 2] === 's' || w[n - 2] === "'") return;
  if (w.endsWith('ies') && n > 4) out.push({ lemma: w.slice(0, -3) + 'y', infl });
  if (w.endsWith('es')) {
    const stem = w.slice(0, -2);
    if (/(?:s|x|z|ch|sh|o)$/.test(stem)) out.push({ lemma: stem, infl });
  }
  out.push({ lemma: w.slice(0, -1), infl });
}

/**
 * Candidate base forms for a normalized word, the word itself first. Over-generation is
 * harmless: only candidates that exist in the compiled vocabulary can match.
 */
export function lemmaCandidates(w: string, m: MorphologyData): Lemma[] {
  const out: Lemma[] = [{ lemma: w, infl: '' }];
  const n = w.length;
  if (n < 3) return out;
  if (w.endsWith("'s")) {
    const base = w.slice(0, -2);
    out.push({ lemma: base, infl: 'POS' });
    const irregular = m.pluralToSingular.get(base);
    if (irregular) out.push({ lemma: irregular, infl: 'PLPOS' });
    return out;
  }
  if (w.endsWith("s'")) {
    sForms(w.slice(0, -1), m, out, 'PLPOS');
    return out;
  }
  sForms(w, m, out, 'S');
  const past = m.pastToBase.get(w);
  if (past) out.push({ lemma: past, infl: 'ED' });
  if (w.endsWith('ed') && n > 4) {
    if (w.endsWith('ied')) out.push({ lemma: w.slice(0, -3) + 'y', infl: 'ED' });
    const stem = w.slice(0, -2);
    out.push({ lemma: stem, infl: 'ED' }, { lemma: stem + 'e', infl: 'ED' });
    const u = undouble(stem);
    if (u) out.push({ lemma: u, infl: 'ED' });
  }
  if (w.endsWith('ing') && n > 5) {
    const stem = w.slice(0, -3);
    if (stem.endsWith('y')) out.push({ lemma: stem.slice(0, -1) + 'ie', infl: 'ING' });
    out.push({ lemma: stem, infl: 'ING' }, { lemma: stem + 'e', infl: 'ING' });
    const u = undouble(stem);
    if (u) out.push({ lemma: u, infl: 'ING' });
  }
  return out;
}

const CVC = /^[^aeiou]*[aeiou][bdgklmnprt]$/;

function plural(w: string, m: MorphologyData): string {
  const irregular = m.singularToPlural.get(w.toLowerCase());
  if (irregular) return matchInitial(w, irregular);
  // A canonical word already in the plural ("peace talks") stays as it is.
  if (/[^sui]s$/i.test(w) && !/(?:ss|us|is|as|os)$/i.test(w)) return w;
  if (/(?:s|x|z|ch|sh)$/i.test(w)) return w + 'es';
  if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

function matchInitial(model: string, word: string): string {
  return model[0] !== undefined && model[0] !== model[0].toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function pastTense(w: string, m: MorphologyData): string {
  const irregular = m.baseToPast.get(w.toLowerCase());
  if (irregular) return matchInitial(w, irregular);
  if (w.endsWith('e')) return w + 'd';
  if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + 'ied';
  if (CVC.test(w.toLowerCase())) return w + w[w.length - 1] + 'ed';
  return w + 'ed';
}

function pastParticiple(w: string, m: MorphologyData): string {
  const irregular = m.baseToParticiple.get(w.toLowerCase());
  return irregular ? matchInitial(w, irregular) : pastTense(w, m);
}

function gerund(w: string): string {
  if (w.endsWith('ie')) return w.slice(0, -2) + 'ying';
  if (w.endsWith('e') && !/(?:ee|ye|oe)$/i.test(w) && w.length > 2) return w.slice(0, -1) + 'ing';
  if (CVC.test(w.toLowerCase())) return w + w[w.length - 1] + 'ing';
  return w + 'ing';
}

/**
 * Inflect one base word. `apostrophe` keeps the text's own apostrophe style; `participle` picks
 * "drawn" over "drew" for an -ed ending, which the text's regular verbs cannot tell apart.
 */
export function inflectWord(w: string, infl: Inflection, m: MorphologyData, apostrophe = "'", participle = false): string {
  switch (infl) {
    case '':
      return w;
    case 'S':
    case 'PL':
      return plural(w, m);
    case 'ED':
      return participle ? pastParticiple(w, m) : pastTense(w, m);
    case 'ING':
      return gerund(w);
    case 'POS':
      return /['\u2019]s?$/.test(w) ? w : w + apostrophe + 's';
    case 'PLPOS': {
      if (/['\u2019]s?$/.test(w)) return w;
      const p = plural(w, m);
      return p.endsWith('s') ? p + apostrophe : p + apostrophe + 's';
    }
  }
}
