import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';

describe('repairs keep the spun phrase inflection', () => {
  const idx = index([rule({ id: 'discuss', canonical: ['discuss'], variants: ['discuss about'], generate: false }), rule({ id: 'take-effect', canonical: ['take effect'], variants: ['enter into vigor'], generate: false })]);

  it('gives a one-word repair the ending of the phrase verb ("discussed about" → "discussed")', () => {
    expect(checkText('They discussed about the border.', idx)[0]?.expected).toEqual(['discussed']);
    expect(checkText('She discusses about it.', idx)[0]?.expected).toEqual(['discusses']);
  });

  it('inflects the first word of a shorter phrase from the first spun word', () => {
    expect(checkText('The truce entered into vigor at midnight.', idx)[0]?.expected).toEqual(['took effect']);
  });
});
