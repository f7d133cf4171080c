import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseWords } from '../../src/core/phrase.js';
import { tokenize } from '../../src/core/tokenize.js';

const viaTokenizer = (p: string): string[] => tokenize(p).norms();

// phraseWords skips the tokenizer for plain ASCII phrases; it must still split them exactly as the tokenizer does.
describe('phraseWords', () => {
  it('splits plain phrases exactly as the tokenizer would', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,7}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(' ', '-'), word), { maxLength: 4 }), word, (rest, first) => {
        const p = first + rest.map(([sep, w]) => sep + w).join('');
        expect(phraseWords(p)).toEqual(viaTokenizer(p));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the tokenizer for anything else', () => {
    for (const p of ["women's rights", 'U.S. Army', 'Café society', 'rebel  group', 'co-op ', 'Ministry of {x}']) expect(phraseWords(p)).toEqual(viaTokenizer(p));
  });
});
