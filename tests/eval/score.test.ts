import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { parseAnnotated } from '../../src/eval/annotations.js';
import { rates, scoreDocument } from '../../src/eval/score.js';

const SRC = 'The [[renegade gatherings|rebel groups|thesaurus]] [[stated|said|autoblog|maybe]] that the [[Division of Training|Department of Education|institution]] met.';

function f(text: string, actual: string, expected: string, from = 0): Finding {
  const start = text.indexOf(actual, from);
  return { ruleId: 'r', severity: 'error', category: 'c', message: '', start, end: start + actual.length, line: 1, column: 1, endLine: 1, endColumn: 1, actual, expected: [expected] };
}

describe('annotations', () => {
  it('strips markup into text and spans, and rebuilds the clean text', () => {
    const a = parseAnnotated(SRC);
    expect(a.text).toBe('The renegade gatherings stated that the Division of Training met.');
    expect(a.repaired).toBe('The rebel groups said that the Department of Education met.');
    expect(a.spans.map((s) => [a.text.slice(s.start, s.end), s.tier, s.family])).toEqual([
      ['renegade gatherings', 'spun', 'thesaurus'],
      ['stated', 'maybe', 'autoblog'],
      ['Division of Training', 'spun', 'institution'],
    ]);
    expect(parseAnnotated('a [[b|c|nope]] d').problems).toHaveLength(1);
  });
});

describe('span scoring', () => {
  const a = parseAnnotated(SRC);
  it('counts overlaps as true positives, maybe spans as neutral, others as false positives', () => {
    const s = scoreDocument(a.text, a.spans, [f(a.text, 'gatherings', 'groups'), f(a.text, 'stated', 'said'), f(a.text, 'met', 'gathered')]);
    expect(s.tally).toMatchObject({ tp: 1, fp: 1, neutral: 1, spunSpans: 2, detected: 1, exact: 0 });
    const r = rates(s.tally);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
    expect(s.missed.map((m) => m.actual)).toEqual(['Division of Training']);
  });
  it('counts a repair as exact only when it yields the annotated text', () => {
    const s = scoreDocument(a.text, a.spans, [f(a.text, 'renegade gatherings', 'rebel group'), f(a.text, 'Division of Training', 'Department of Education')]);
    expect(s.tally).toMatchObject({ detected: 2, exact: 1 });
    expect(s.inexact).toEqual([expect.objectContaining({ got: 'rebel group', want: 'rebel groups' })]);
  });
});
