import { describe, expect, it } from 'vitest';
import { indefiniteArticle } from '../../src/core/article.js';
import { applyEdits } from '../../src/core/apply.js';
import { checkText, findingEdits } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';

const idx = index([rule({ id: 'heavy-weapon', canonical: ['heavy weapon'] }), rule({ id: 'aid-agency', canonical: ['aid agency'] }), rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'] })], {
  heavy: ['arduous'],
  aid: ['help'],
});
const fixed = (text: string) => applyEdits(text, findingEdits(checkText(text, idx))).output;

describe('a/an before a repair', () => {
  it('chooses the article by the first sound of the word', () => {
    expect(['heavy', 'aid', 'union', 'hour', 'one-off', 'umbrella', 'European', 'honest'].map(indefiniteArticle)).toEqual(['a', 'an', 'a', 'an', 'a', 'an', 'a', 'an']);
  });

  it('reads initialisms and letter-hyphen words by their letters\' names', () => {
    expect(['MRI scan', 'FBI agent', 'NHS trust', 'HIV test', 'X-ray', 'F-16', 'SUV', 'UN agency', 'US envoy', 'BBC report', 'U-turn'].map(indefiniteArticle)).toEqual(
      ['an', 'an', 'an', 'an', 'an', 'an', 'an', 'a', 'a', 'a', 'a'],
    );
    // Acronyms said as words keep the spelling rule.
    expect(['NATO ally', 'OPEC member', 'Mayor'].map(indefiniteArticle)).toEqual(['a', 'an', 'a']);
  });

  it('takes the article into the finding when the repair needs the other one, keeping its case', () => {
    const [f] = checkText('They found an arduous weapon.', idx);
    expect(f).toMatchObject({ actual: 'an arduous weapon', expected: ['a heavy weapon'] });
    expect(fixed('An arduous weapon was found. A help agency came.')).toBe('A heavy weapon was found. An aid agency came.');
  });

  it('leaves the article alone when it already fits or is not next to the match', () => {
    expect(checkText('A renegade gathering met.', idx)[0]).toMatchObject({ actual: 'renegade gathering' });
    expect(checkText('It was an, arduous weapon.', idx)[0]?.actual).toBe('arduous weapon');
  });
});
