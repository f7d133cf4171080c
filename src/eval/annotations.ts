/** The corpus annotation format (corpora/ANNOTATION.md): `[[spun|canonical|family(|maybe)]]`. */
export const FAMILIES = ['thesaurus', 'autoblog', 'institution', 'tortured', 'mt'] as const;
export type Family = (typeof FAMILIES)[number];
export type Tier = 'spun' | 'maybe';

export interface Span {
  start: number;
  end: number;
  actual: string;
  canonical: string;
  family: Family;
  tier: Tier;
}

export interface AnnotatedText {
  /** The spun text with the markup removed. */
  text: string;
  spans: Span[];
  /** The text with every annotation replaced by its canonical repair. */
  repaired: string;
  problems: { offset: number; message: string }[];
}

const ANN = /\[\[([^[\]|]+)\|([^[\]|]*)\|([a-z]+)(?:\|(maybe))?\]\]/g;

export function parseAnnotated(source: string): AnnotatedText {
  const spans: Span[] = [];
  const problems: AnnotatedText['problems'] = [];
  let text = '';
  let repaired = '';
  let pos = 0;
  for (const m of source.matchAll(ANN)) {
    const between = source.slice(pos, m.index);
    text += between;
    repaired += between;
    const [, actual, canonical, family, maybe] = m as unknown as [string, string, string, string, string | undefined];
    if (!(FAMILIES as readonly string[]).includes(family)) problems.push({ offset: m.index, message: `unknown family "${family}"` });
    spans.push({ start: text.length, end: text.length + actual.length, actual, canonical, family: family as Family, tier: maybe ? 'maybe' : 'spun' });
    text += actual;
    repaired += canonical;
    pos = m.index + m[0].length;
  }
  text += source.slice(pos);
  repaired += source.slice(pos);
  const stray = text.search(/\[\[|\]\]/);
  if (stray >= 0) problems.push({ offset: stray, message: 'malformed annotation' });
  return { text, spans, repaired, problems };
}
