import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { inflectWord } from '../../src/core/morphology.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { index, rule } from '../helpers.js';

const { morph } = loadLexicon();

describe('past participles in repairs', () => {
  it('inflects irregular verbs to the participle only when asked', () => {
    expect(inflectWord('draw', 'ED', morph)).toBe('drew');
    expect(inflectWord('draw', 'ED', morph, "'", true)).toBe('drawn');
    expect(inflectWord('Take', 'ED', morph, "'", true)).toBe('Taken');
    // Regular verbs and verbs whose past is their participle do not change.
    expect(inflectWord('attract', 'ED', morph, "'", true)).toBe('attracted');
    expect(inflectWord('make', 'ED', morph, "'", true)).toBe('made');
  });

  const idx = index([rule({ id: 'draw-up', canonical: ['draw up'], variants: ['attract up', 'write up'] })]);
  const repair = (text: string) => checkText(text, idx).map((f) => f.expected[0]);

  it('takes the participle after a form of have, be or get, across an adverb', () => {
    expect(repair('The rules were attracted up by a panel.')).toEqual(['drawn up']);
    expect(repair('They have recently attracted up a plan.')).toEqual(['drawn up']);
    expect(repair('It has not yet attracted up a plan.')).toEqual(['drawn up']);
    expect(repair('The plan got attracted up overnight.')).toEqual(['drawn up']);
  });

  it('keeps the simple past elsewhere', () => {
    expect(repair('The panel attracted up new rules.')).toEqual(['drew up']);
    // A comma between the auxiliary and the verb ends the auxiliary's reach.
    expect(repair('What they had, they attracted up themselves.')).toEqual(['drew up']);
    expect(repair('The board, which was new, attracted up rules.')).toEqual(['drew up']);
  });

  it('follows an irregular participle in the text itself', () => {
    expect(repair('A plan written up last year.')).toEqual(['drawn up']);
    expect(repair('They wrote up a plan.')).toEqual(['drew up']);
  });
});

describe('one-word verbs repaired by a phrasal verb', () => {
  const idx = index([rule({ id: 'take-off', canonical: ['take off'], variants: ['remove'], generate: false }), rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade'], generate: false })]);
  const repair = (text: string) => checkText(text, idx).map((f) => f.expected[0]);

  it('inflect the verb, not the particle', () => {
    expect(repair('She removed the cover.')).toEqual(['took off']);
    expect(repair('She is removing the cover.')).toEqual(['taking off']);
    expect(repair('He removes it.')).toEqual(['takes off']);
    expect(repair('The cover was removed.')).toEqual(['taken off']);
  });

  it('leave a noun phrase\'s ending on its last word', () => {
    expect(repair('The renegades met.')).toEqual(['rebel groups']);
  });
});
