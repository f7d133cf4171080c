import type { Tokens } from './tokenize.js';

export type Spelling = 'british' | 'american';

/** Everyday words spelled one way in British and another in American English: [British, American]. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['colour', 'color'], ['favour', 'favor'], ['labour', 'labor'], ['honour', 'honor'], ['behaviour', 'behavior'],
  ['neighbour', 'neighbor'], ['neighbourhood', 'neighborhood'], ['flavour', 'flavor'], ['humour', 'humor'],
  ['rumour', 'rumor'], ['harbour', 'harbor'], ['armour', 'armor'], ['endeavour', 'endeavor'], ['vapour', 'vapor'],
  ['centre', 'center'], ['theatre', 'theater'], ['metre', 'meter'], ['kilometre', 'kilometer'], ['litre', 'liter'],
  ['fibre', 'fiber'], ['defence', 'defense'], ['offence', 'offense'], ['licence', 'license'], ['programme', 'program'],
  ['organisation', 'organization'], ['organise', 'organize'], ['recognise', 'recognize'], ['realise', 'realize'],
  ['analyse', 'analyze'], ['criticise', 'criticize'], ['apologise', 'apologize'], ['mobilise', 'mobilize'],
  ['privatise', 'privatize'], ['stabilise', 'stabilize'], ['minimise', 'minimize'], ['maximise', 'maximize'],
  ['prioritise', 'prioritize'], ['emphasise', 'emphasize'], ['summarise', 'summarize'], ['authorise', 'authorize'],
  ['finalise', 'finalize'], ['specialise', 'specialize'], ['globalisation', 'globalization'],
  ['civilisation', 'civilization'], ['hospitalise', 'hospitalize'], ['travelled', 'traveled'],
  ['travelling', 'traveling'], ['cancelled', 'canceled'], ['modelling', 'modeling'], ['labelled', 'labeled'],
  ['fuelled', 'fueled'], ['grey', 'gray'], ['aluminium', 'aluminum'], ['catalogue', 'catalog'],
  ['judgement', 'judgment'], ['ageing', 'aging'], ['enrolment', 'enrollment'], ['fulfil', 'fulfill'],
  ['sceptical', 'skeptical'], ['paediatric', 'pediatric'], ['oestrogen', 'estrogen'], ['anaemia', 'anemia'],
  ['haemorrhage', 'hemorrhage'], ['manoeuvre', 'maneuver'], ['jewellery', 'jewelry'], ['mould', 'mold'],
];

const SPELLING = new Map<string, Spelling>();
const OTHER = new Map<string, string>();
for (const [gb, us] of PAIRS) {
  SPELLING.set(gb, 'british');
  SPELLING.set(us, 'american');
  OTHER.set(gb, us);
  OTHER.set(us, gb);
}

/** The listed base forms a (lower-case) word may be an inflection of. */
function bases(word: string): string[] {
  const out = [word];
  for (const [suffix, add] of [['s', ''], ['es', ''], ['d', ''], ['ed', ''], ['ing', ''], ['ing', 'e'], ['al', '']] as const) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) out.push(word.slice(0, -suffix.length) + add);
  }
  return out;
}

/** Which spelling a word shows, when it is one of the listed words or an inflection of one. */
export function spellingOf(word: string): Spelling | undefined {
  for (const b of bases(word.toLowerCase())) {
    const s = SPELLING.get(b);
    if (s) return s;
  }
  return undefined;
}

/** The tokens that show a spelling, by spelling, in text order. */
export interface SpellingMarks {
  british: number[];
  american: number[];
}

export function spellingMarks(tokens: Tokens): SpellingMarks {
  const marks: SpellingMarks = { british: [], american: [] };
  for (let i = 0; i < tokens.length; i++) {
    const s = spellingOf(tokens.norm(i));
    if (s) marks[s].push(i);
  }
  return marks;
}

/**
 * The spelling most marked words use outside tokens [first, last], if they agree on one: the
 * words of a spun span may be the spinner's own ("Organization" put in for "Agency").
 */
export function documentSpelling(marks: SpellingMarks, first = 0, last = -1): Spelling | undefined {
  const outside = (list: number[]): number => list.filter((i) => i < first || i > last).length;
  const british = outside(marks.british);
  const american = outside(marks.american);
  return british > american ? 'british' : american > british ? 'american' : undefined;
}

/** The spelling a phrase shows: that of its first marked word. */
export function phraseSpelling(phrase: string): Spelling | undefined {
  for (const w of phrase.split(/[^\p{L}]+/u)) {
    const s = w && spellingOf(w);
    if (s) return s;
  }
  return undefined;
}

/** True when two phrases differ only in listed words spelled the other way ("World Food Programme"/"Program"). */
export function spellingVariants(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/([^\p{L}]+)/u);
  const wb = b.toLowerCase().split(/([^\p{L}]+)/u);
  if (a === b || wa.length !== wb.length) return false;
  return wa.every((w, i) => w === wb[i] || bases(w).some((x) => OTHER.has(x) && bases(wb[i]!).includes(OTHER.get(x)!)));
}
