import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';

// "mistake" shares "error"'s primary WordNet sense: a fair paraphrase in prose, a tortured phrase in a term of art.
describe('terms of art', () => {
  it('flags a lone same-sense swap inside a tortured-phrase (term of art) rule', () => {
    const idx = index([rule({ id: 'error-rate', canonical: ['error rate'], category: 'tortured-phrase' })]);
    expect(checkText('The mistake rate fell.', idx)[0]).toMatchObject({ actual: 'mistake rate', expected: ['error rate'] });
  });

  it('treats the same swap in an ordinary collocation as a paraphrase', () => {
    const idx = index([rule({ id: 'error-rate', canonical: ['error rate'], category: 'spinner-synonym' })]);
    expect(checkText('The mistake rate fell.', idx)).toEqual([]);
  });
});
