import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/core/tokenize.js';
import { loadSpinEvidence, wordCountLines, wordPairHashes } from '../../src/lexicon/evidence.js';
import { WORD_COUNTS_PATH, WORD_PAIRS_PATH } from '../../src/lexicon/format.js';

describe('reference evidence for lone swaps', () => {
  it('hashes adjacent normalized pairs within a sentence, sorted and unique', () => {
    const pairs = wordPairHashes(['The rebel group met. Group talks', 'the Rebel group']);
    expect([...pairs]).toEqual([...new Set(['the rebel', 'rebel group', 'group met', 'group talks'].map(hashString))].sort((a, b) => a - b));
    // "met. Group" crosses a sentence break.
    expect(pairs).not.toContain(hashString('met group'));
  });

  it('lists lower-case word counts with case variants summed, sorted', () => {
    const lines = wordCountLines().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(50_000);
    const words = lines.map((l) => l.split('\t')[0]!);
    expect(words).toEqual([...words].sort());
    expect(words.every((w) => w === w.toLowerCase())).toBe(true);
  });

  it.skipIf(!existsSync(WORD_COUNTS_PATH) || !existsSync(WORD_PAIRS_PATH))('reads the built files: common words are common, spinner pairs unattested', () => {
    const ev = loadSpinEvidence();
    expect(ev.frequency('group')).toBeGreaterThan(ev.frequency('gathering') * 5);
    expect(ev.frequency('notaword-xyz')).toBe(0);
    expect(ev.attestedPair('of', 'the')).toBe(true);
    expect(ev.attestedPair('renegade', 'gathering')).toBe(false);
  });
});
