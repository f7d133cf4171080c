import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/apply.js';
import { checkText, findingEdits } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';

const fix = (text: string, idx: ReturnType<typeof index>): string => applyEdits(text, findingEdits(checkText(text, idx))).output;

describe('explicit variants', () => {
  const idx = index([
    rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false }),
    rule({ id: 'in-order-to', canonical: ['in order to'], variants: ['keeping in mind the end goal to'], generate: false }),
    rule({ id: 'support', canonical: ['support'], variants: ['uphold'] }),
    rule({ id: 'opposition', canonical: ['opposition'], variants: ['restriction'] }),
    rule({ id: 'elsewhere', canonical: ['elsewhere'], variants: ['somewhere else'] }),
    rule({ id: 'nonmil', canonical: ['civilian'], variants: ['non-military'] }),
  ]);

  it('reports exact offsets, positions and actual text', () => {
    const text = 'Line one.\nTwo renegade gatherings met.';
    const [f] = checkText(text, idx);
    expect(f).toMatchObject({ ruleId: 'test/rebel-group', start: 14, end: 33, line: 2, column: 5, endLine: 2, endColumn: 24, actual: 'renegade gatherings', expected: ['rebel groups'] });
    expect(text.slice(f!.start, f!.end)).toBe(f!.actual);
  });

  it('carries inflection to the repair: plural, possessive, irregular past, -ing, -s', () => {
    expect(fix('The renegade gathering’s leader', idx)).toBe('The rebel group’s leader');
    expect(fix("the restriction's body", idx)).toBe("the opposition's body");
    expect(fix('They upheld it and upholds it while upholding it.', idx)).toBe('They supported it and supports it while supporting it.');
  });

  it('follows the case of the replaced text', () => {
    expect(fix('The Renegade Gathering spoke.', idx)).toBe('The Rebel Group spoke.');
    expect(fix('RENEGADE GATHERING', idx)).toBe('REBEL GROUP');
    expect(fix('Somewhere else, prices rose.', idx)).toBe('Elsewhere, prices rose.');
    expect(fix('Keeping in mind the end goal to win, they ran.', idx)).toBe('In order to win, they ran.');
  });

  it('matches across line breaks and extra spaces, and hyphen equals space', () => {
    expect(fix('a renegade\n   gathering', idx)).toBe('a rebel group');
    expect(fix('non military staff and non-military staff', idx)).toBe('civilian staff and civilian staff');
  });

  it('does not match across punctuation', () => {
    expect(checkText('renegade, gathering', idx)).toEqual([]);
  });
});

describe('overlaps', () => {
  it('prefers the longest match, then the earliest start, then glossary order', () => {
    const idx = index([
      rule({ id: 'short', canonical: ['X'], variants: ['end goal'] }),
      rule({ id: 'long', canonical: ['in order to'], variants: ['keeping in mind the end goal to'], generate: false }),
      rule({ id: 'first', canonical: ['A'], variants: ['alpha beta'] }),
      rule({ id: 'second', canonical: ['B'], variants: ['beta gamma'] }),
      rule({ id: 'dup1', canonical: ['P'], variants: ['delta'] }),
      rule({ id: 'dup2', canonical: ['Q'], variants: ['delta'] }),
    ]);
    expect(checkText('keeping in mind the end goal to go', idx).map((f) => f.ruleId)).toEqual(['test/long']);
    expect(checkText('alpha beta gamma', idx).map((f) => f.ruleId)).toEqual(['test/first']);
    expect(checkText('delta', idx).map((f) => f.ruleId)).toEqual(['test/dup1']);
  });

  it('never flags text already equal to the canonical term', () => {
    const idx = index([rule({ id: 'r', canonical: ['rebel group'], variants: ['rebel group'] })]);
    expect(checkText('the rebel group', idx)).toEqual([]);
  });
});

describe('context conditions', () => {
  const idx = index([
    rule({
      id: 'opp',
      canonical: ['opposition'],
      variants: ['restriction'],
      context: { before: { words: ['the', 'syrian'], within: 2 }, notAfter: { words: ['on'], within: 1 }, documentMentions: ['government'] },
    }),
  ]);
  it('flags only where the conditions hold', () => {
    expect(checkText("The government met the restriction's body.", idx)).toHaveLength(1);
    expect(checkText('The government lifted the restriction on imports.', idx)).toHaveLength(0);
    expect(checkText('They met the restriction today.', idx)).toHaveLength(0);
    expect(checkText('The government saw a restriction.', idx)).toHaveLength(0);
  });
  it('does not look across a sentence boundary', () => {
    expect(checkText('The government met the. Restriction applies.', idx)).toHaveLength(0);
  });
});

describe('generated variants', () => {
  const idx = index(
    [rule({ id: 'doe', canonical: ['Department of Education'] }), rule({ id: 'rg', canonical: ['rebel group'] })],
    { department: ['division'], group: ['gathering'], rebel: ['renegade'] },
  );
  it('flags a span whose words are synonyms and explains the substitutions', () => {
    const [f] = checkText('The Division of Training said so.', idx);
    expect(f).toMatchObject({ actual: 'Division of Training', expected: ['Department of Education'], severity: 'warning', generated: true });
    expect(f!.message).toBe('"Division of Training" looks like a spin of "Department of Education" ("Division" for "Department", "Training" for "Education")');
  });
  it('needs at least one substituted word and inflects the repair', () => {
    expect(checkText('The Department of Education said so.', idx)).toEqual([]);
    expect(checkText('two renegade gatherings', idx)[0]!.expected).toEqual(['rebel groups']);
  });
});

describe('repairs of already-inflected or capitalized canonical forms', () => {
  const idx = index([
    rule({ id: 'wr', canonical: ["women's rights"], variants: ['lady right'], generate: false }),
    rule({ id: 'lt', canonical: ['last Tuesday'], variants: ['final Tuesday'], generate: false }),
  ]);
  it('does not inflect a possessive twice and capitalizes a fixed-capital repair at a sentence start', () => {
    expect(fix("They marched for lady's rights.", idx)).toBe("They marched for women's rights.");
    expect(fix('Final Tuesday, it rained. It rained final Tuesday.', idx)).toBe('Last Tuesday, it rained. It rained last Tuesday.');
  });
});

describe('exact canonical occurrences', () => {
  it('protect the shorter spans inside them from generated matches', () => {
    const idx = index([rule({ id: 'hm', canonical: ['Health Ministry'] }), rule({ id: 'nhs', canonical: ['National Health Service'] })], { ministry: ['service'] });
    expect(checkText('The National Health Service said so.', idx)).toEqual([]);
    expect(checkText('The Health Service said so.', idx).map((f) => f.expected[0])).toEqual(['Health Ministry']);
  });
});
