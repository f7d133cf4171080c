import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';

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
