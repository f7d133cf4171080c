import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/apply.js';
import { checkText, findingEdits } from '../../src/core/check.js';
import { LineIndex } from '../../src/core/lines.js';
import { index, rule } from '../helpers.js';

const idx = index(
  [
    rule({ id: 'rg', canonical: ['rebel group'], variants: ['renegade gathering'] }),
    rule({ id: 'io', canonical: ['in order to'], variants: ['keeping in mind the end goal to'], generate: false }),
    rule({ id: 'doe', canonical: ['Department of Education'] }),
    rule({ id: 'sup', canonical: ['support'], variants: ['uphold'] }),
  ],
  { department: ['division'] },
);

/** Random text mixing spun phrases, words, astral characters, CRLF, BOMs and control characters. */
const piece = fc.oneof(
  fc.constantFrom('renegade gathering', 'Renegade Gatherings', 'keeping in mind the end goal to', 'Division of Training', 'upheld', ' ', '\r\n', '\n\n', '\ufeff', '😀', '𝒜', '-', '’s', '. ', ', ', '\u001b[31m', 'x'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

describe('core properties', () => {
  it('every finding slices to its actual text and line/column agree with offsets', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = new LineIndex(t);
        for (const f of checkText(t, idx)) {
          expect(t.slice(f.start, f.end)).toBe(f.actual);
          expect(lines.position(f.start)).toEqual({ line: f.line, column: f.column });
          expect(lines.position(f.end)).toEqual({ line: f.endLine, column: f.endColumn });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('applying no edits returns the input unchanged', () => {
    fc.assert(fc.property(text, (t) => applyEdits(t, []).output === t), { numRuns: 200 });
  });

  it('applying edits changes nothing outside the edited ranges', () => {
    fc.assert(
      fc.property(text, (t) => {
        const edits = findingEdits(checkText(t, idx));
        const { output, applied } = applyEdits(t, edits);
        let src = 0;
        let out = 0;
        for (const e of applied) {
          expect(output.slice(out, out + (e.range[0] - src))).toBe(t.slice(src, e.range[0]));
          out += e.range[0] - src + e.text.length;
          src = e.range[1];
        }
        expect(output.slice(out)).toBe(t.slice(src));
      }),
      { numRuns: 400 },
    );
  });
});
