import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { index, rule } from '../helpers.js';

const idx = index([rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false, severity: 'error' })]);
const spun = (n: number) => Array.from({ length: n }, () => 'The [[renegade gathering|rebel group|thesaurus]] met.').join(' ');

describe('document verdicts in eval', () => {
  it('judges each spun article and each clean text as check would', () => {
    const r = evaluate(
      [
        { path: 'a.spun.txt', split: 'test', source: spun(5) },
        { path: 'b.spun.txt', split: 'test', source: 'Nothing [[here|there|mt]] is caught.' },
        { path: 'c.spun.txt', split: 'dev', source: spun(1) + ' ' + 'word '.repeat(300) },
      ],
      [{ label: 'clean', docs: [{ path: 'x.txt', text: 'The rebel group met.' }, { path: 'y.txt', text: spun(1).replace(/\[\[([^|]*)\|[^\]]*\]\]/g, '$1') }] }],
      idx,
    );
    expect(r.documents.test).toEqual({ documents: 2, verdicts: { spun: 1, suspicious: 0, clean: 1 }, detected: 0.5 });
    expect(r.documents.dev).toEqual({ documents: 1, verdicts: { spun: 0, suspicious: 1, clean: 0 }, detected: 1 });
    expect(r.clean[0]!.verdicts).toEqual({ clean: 1, suspicious: 1, spun: 0 });
  });
});
