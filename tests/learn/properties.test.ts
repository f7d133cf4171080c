import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/learn/align.js';

const WORDS = ['the', 'rebel', 'groups', 'said', 'in', 'order', 'to', 'Department', 'of', 'Education', 'aid', 'agencies', 'talks', 'resume', 'Geneva', 'on'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
const paragraphs = fc.array(sentence, { minLength: 1, maxLength: 5 });

/** Paragraphs with the same set of words would be interchangeable; keep one of each. */
function distinctWordSets(ps: string[]): string[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const key = [...new Set(p.toLowerCase().match(/[a-z]+/g))].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('alignTexts properties', () => {
  it('segments cover every matched paragraph pair end to end, and equal segments hold equal words', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, (a, b) => {
        const al = alignTexts(a.join('\n\n'), b.join('\n\n'));
        for (const p of al.pairs) {
          const [oa, ob] = al.origParagraphs[p.orig]!;
          const [sa, sb] = al.spunParagraphs[p.spun]!;
          let i = oa;
          let j = sa;
          for (const g of p.segments) {
            expect([g.orig[0], g.spun[0]]).toEqual([i, j]);
            if (g.equal) expect(al.orig.norms(g.orig[0], g.orig[1] - 1)).toEqual(al.spun.norms(g.spun[0], g.spun[1] - 1));
            else expect(g.orig[1] - g.orig[0] + g.spun[1] - g.spun[0]).toBeGreaterThan(0);
            i = g.orig[1];
            j = g.spun[1];
          }
          expect([i, j]).toEqual([ob, sb]);
        }
        // Every paragraph is matched, dropped or added, once.
        expect([...al.pairs.map((p) => p.orig), ...al.dropped].sort((x, y) => x - y)).toEqual(al.origParagraphs.map((_, k) => k));
        expect([...al.pairs.map((p) => p.spun), ...al.added].sort((x, y) => x - y)).toEqual(al.spunParagraphs.map((_, k) => k));
      }),
    );
  });

  it('a text aligned with itself, paragraphs in any order, has no changes', () => {
    fc.assert(
      fc.property(paragraphs.map(distinctWordSets), fc.integer({ min: 0, max: 4 }), (ps, rot) => {
        const moved = [...ps.slice(rot % ps.length), ...ps.slice(0, rot % ps.length)];
        const al = alignTexts(ps.join('\n\n'), moved.join('\n\n'));
        expect(al.pairs.flatMap((p) => p.segments.filter((g) => !g.equal))).toEqual([]);
        expect(al.dropped).toEqual([]);
      }),
    );
  });
});
