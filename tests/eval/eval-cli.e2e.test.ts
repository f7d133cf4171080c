import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLOCATIONS_PATH } from '../../src/lexicon/format.js';
import { unspin } from '../cli/run.js';

const built = existsSync(COLLOCATIONS_PATH) && statSync(COLLOCATIONS_PATH).size > 0;

describe('unspin eval says whether the language model is in use', () => {
  it('in the table and in JSON', () => {
    const table = unspin(['eval', '--details', 'none']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(built ? /^language model: [\d,]+ word pairs of [\d,]+ words/ : /^language model: none found at build/);
    const json = JSON.parse(unspin(['eval', '--details', 'none', '--format', 'json']).stdout) as { languageModel: { pairs: number; words: number } | null };
    if (built) expect(json.languageModel!.pairs).toBeGreaterThan(1_000_000);
    else expect(json.languageModel).toBeNull();
  }, 120_000);
});
