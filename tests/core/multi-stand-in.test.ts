import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';

// Spinners often swap one word for several ("budget" → "spending plan", "lifestyle" → "way of life").
const idx = index(
  [rule({ id: 'defense-budget', canonical: ['defense budget'] }), rule({ id: 'lifestyle-change', canonical: ['lifestyle change'] }), rule({ id: 'budget-deficit', canonical: ['budget deficit'] })],
  { budget: ['spending plan'], lifestyle: ['way of life'], defense: ['protection'] },
);

describe('multi-word curated stand-ins', () => {
  it('lets several words stand for one canonical word, carrying the inflection of the last', () => {
    const text = 'The protection spending plans rose.';
    const [f, ...rest] = checkText(text, idx);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ actual: 'protection spending plans', expected: ['defense budgets'] });
    expect(text.slice(f!.start, f!.end)).toBe(f!.actual);
    expect(f!.substitutions).toEqual([
      { actual: 'protection', canonical: 'defense' },
      { actual: 'spending plans', canonical: 'budget' },
    ]);
  });

  it('follows the case of the text at a sentence start', () => {
    expect(checkText('Way of life changes help.', idx).map((f) => f.expected[0])).toEqual(['Lifestyle changes']);
  });

  it('does not cross a phrase break or accept a partial stand-in', () => {
    expect(checkText('They had a spending. Plan shortfall grew.', idx)).toEqual([]);
    expect(checkText('The spending shortfall grew.', idx)).toEqual([]);
  });

  it('a lone stand-in without the rest of the term is not flagged', () => {
    expect(checkText('A spending plan was set.', idx)).toEqual([]);
  });
});
