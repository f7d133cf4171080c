import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';
import { titleCase } from '../../src/eval/unseen.js';

describe('generated-variant guards', () => {
  const idx = index([rule({ id: 'heavy-weapon', canonical: ['heavy weapon'] })], { heavy: ['full'], weapon: ['arm'] });

  it('rejects a verb ending on a substituted word after the first ("full armed" is not "heavy weaponed")', () => {
    expect(checkText('The men came full armed.', idx)).toEqual([]);
  });

  it('rejects a verb ending on the first word too ("based group" is not "homed team")', () => {
    const team = index([rule({ id: 'home-team', canonical: ['home team'] })], { home: ['base'], team: ['group'] });
    expect(checkText('A Gulf-based group said so.', team)).toEqual([]);
    expect(checkText('The base group won.', team)[0]).toMatchObject({ actual: 'base group', expected: ['home team'] });
  });

  it('still flags the noun reading with its plural', () => {
    expect(checkText('They gave up the full arms.', idx)[0]).toMatchObject({ actual: 'full arms', expected: ['heavy weapons'] });
  });
});

describe('headlines', () => {
  // WordNet gives "section" as a same-sense synonym of "department": weak evidence by itself.
  const idx = index([rule({ id: 'department-of-education', canonical: ['Department of Education'] })]);

  it('counts capitals as evidence in prose, not in a Title Case headline', () => {
    // One same-sense swap: a capitalized name in prose, mere headline style in a headline.
    expect(checkText('Officials said the Section of Education would publish the figures.', idx)).toHaveLength(1);
    expect(checkText('New Rules From The Section of Education Anger Local Teachers', idx)).toEqual([]);
  });

  it('inTitleCaseLine reads only the sentence around the match', () => {
    expect(titleCase('the division of labor is old')).toBe('The Division of Labor Is Old');
    expect(checkText('Budget Cuts Loom Large Over Schools. Officials said the Section of Education would close.', idx)).toHaveLength(1);
  });
});
