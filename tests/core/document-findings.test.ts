import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { index, rule } from '../helpers.js';

// "In the interim" is good English alone and a spinner artifact in spun text.
const idx = index([
  rule({ id: 'meanwhile', canonical: ['meanwhile'], variants: ['in the interim'], generate: false, context: { documentFindings: 2 } }),
  rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false }),
  rule({ id: 'in-order-to', canonical: ['in order to'], variants: ['keeping in mind the end goal to'], generate: false }),
]);
const ids = (text: string, opts = {}) => checkText(text, idx, opts).map((f) => f.ruleId);

describe('documentFindings: rules that apply only in a document showing other spin', () => {
  it('stays silent in clean prose', () => {
    expect(ids('In the interim, drivers will use the old bridge.')).toEqual([]);
  });

  it('flags once enough findings of other rules vouch for the document', () => {
    const spun = 'In the interim, the renegade gathering met. They came keeping in mind the end goal to talk.';
    expect(ids(spun)).toEqual(['test/meanwhile', 'test/rebel-group', 'test/in-order-to']);
    expect(ids('In the interim, the renegade gathering met.')).toEqual(['test/rebel-group']);
  });

  it('conditional rules do not vouch for each other, and examples may assume a spun document', () => {
    expect(ids('In the interim, rain. In the interim, sun. In the interim, snow.')).toEqual([]);
    expect(ids('In the interim, rain.', { assumeSpun: true })).toEqual(['test/meanwhile']);
  });

  it('rejects a count outside 1 to 50 with its position', () => {
    const src = 'version: 1\nname: g\ndescription: d\nlanguage: en\nrules:\n  - id: r\n    canonical: meanwhile\n    variants: [in the interim]\n    context:\n      documentFindings: 0\n';
    const d = parseGlossary(src, 'g.yaml').diagnostics.filter((x) => x.severity === 'error');
    expect(d).toEqual([expect.objectContaining({ code: 'bad-type', line: 10 })]);
  });
});
