import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/apply.js';

describe('applyEdits', () => {
  it('applies sorted edits and skips overlapping ones, reporting them', () => {
    const r = applyEdits('abcdef', [
      { range: [4, 6], text: 'XY' },
      { range: [0, 2], text: 'Z' },
      { range: [1, 3], text: 'overlap' },
    ]);
    expect(r.output).toBe('ZcdXY');
    expect(r.skipped).toEqual([{ range: [1, 3], text: 'overlap' }]);
  });
  it('honours shouldApply and rejects out-of-range edits', () => {
    const r = applyEdits('abc', [{ range: [0, 1], text: 'A' }, { range: [2, 9], text: '!' }], (e) => e.text !== 'A');
    expect(r.output).toBe('abc');
    expect(r.skipped).toHaveLength(1);
  });
});
