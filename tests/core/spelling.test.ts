import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { documentSpelling, phraseSpelling, spellingMarks, spellingOf, spellingVariants } from '../../src/core/spelling.js';
import { tokenize } from '../../src/core/tokenize.js';
import { index, rule } from '../helpers.js';

describe('British and American spelling', () => {
  it('knows listed words and their inflections', () => {
    expect(['colours', 'organised', 'organising', 'centre', 'programmes'].map(spellingOf)).toEqual(Array(5).fill('british'));
    expect(['colors', 'organized', 'organizing', 'center', 'programs'].map(spellingOf)).toEqual(Array(5).fill('american'));
    expect(spellingOf('rebel')).toBeUndefined();
  });

  it('takes the spelling most marked words of a document use', () => {
    const marks = (t: string) => spellingMarks(tokenize(t));
    expect(documentSpelling(marks('The centre organised a programme; the color was grey.'))).toBe('british');
    expect(documentSpelling(marks('The center organized a program.'))).toBe('american');
    expect(documentSpelling(marks('The colour of the color.'))).toBeUndefined();
    // Tokens 1-2 ("center organized") are left out: the rest is British.
    expect(documentSpelling(marks('The center organized the colour programme.'), 1, 2)).toBe('british');
  });

  it('tells phrases that differ only in spelling', () => {
    expect(spellingVariants('World Food Programme', 'World Food Program')).toBe(true);
    expect(spellingVariants('Defence Ministers', 'Defense Ministers')).toBe(true);
    expect(spellingVariants('Defence Minister', 'Finance Minister')).toBe(false);
    expect(phraseSpelling('Joint Research Centre')).toBe('british');
  });
});

describe('repairs follow the document\'s spelling', () => {
  const idx = index([rule({ id: 'defense-minister', canonical: ['Defense Minister', 'Defence Minister'], variants: ['Protection Clergyman'] })]);

  it('puts the British form first in British copy and keeps the listed order otherwise', () => {
    const british = checkText('The Protection Clergyman met the organisers at the centre.', idx);
    expect(british[0]!.expected).toEqual(['Defence Minister', 'Defense Minister']);
    expect(british[0]!.message).toContain('"Defence Minister"');
    expect(checkText('The Protection Clergyman met the organizers at the center.', idx)[0]!.expected).toEqual(['Defense Minister', 'Defence Minister']);
    expect(checkText('The Protection Clergyman met them.', idx)[0]!.expected).toEqual(['Defense Minister', 'Defence Minister']);
    // The spun words themselves do not count: the spinner may have put them in.
    const own = index([rule({ id: 'eda', canonical: ['European Defence Agency', 'European Defense Agency'], variants: ['European Protection Organization'] })]);
    expect(checkText('The European Protection Organization met.', own)[0]!.expected[0]).toBe('European Defence Agency');
  });
});
