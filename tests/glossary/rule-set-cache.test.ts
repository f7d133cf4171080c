import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadGlossaries } from '../../src/glossary/load.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { useTempCache } from './temp-cache.js';

const FIXTURE = readFileSync(new URL('../fixtures/glossary.yaml', import.meta.url), 'utf8');
const lexicon = loadLexicon();

describe('the cached rule set of a glossary set', () => {
  const temp = useTempCache('unspin-ruleset-');
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = temp();
    dir = join(root, 'glossaries');
  });

  it('gives the same rules, synonyms and diagnostics as a full load, and the parsed glossaries on demand', () => {
    writeFileSync(join(dir, 'a.yaml'), FIXTURE + 'synonyms:\n  group: [bunch]\n');
    const first = loadGlossaries([dir], lexicon);
    // Blank the per-file parse entries: a load that parses again rewrites them, the rule set does not.
    const cache = join(root, 'cache');
    const parsed = readdirSync(cache).filter((f) => readFileSync(join(cache, f), 'utf8').startsWith('{"diagnostics"'));
    expect(parsed).toHaveLength(1);
    for (const f of parsed) writeFileSync(join(cache, f), '{}');
    const second = loadGlossaries([dir], lexicon);
    expect(second.rules.length).toBeGreaterThan(0);
    expect(readFileSync(join(cache, parsed[0]!), 'utf8')).toBe('{}');
    expect(second.rules).toEqual(first.rules);
    expect([...second.synonyms]).toEqual([...first.synonyms]);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.glossaries.map((g) => g.rules.map((r) => r.id))).toEqual(first.glossaries.map((g) => g.rules.map((r) => r.id)));
    expect(second.rules.map((r) => r.id)).toContain('review-fixture/rebel-group');
  });

  it('sees an edited glossary at once', () => {
    writeFileSync(join(dir, 'a.yaml'), FIXTURE);
    loadGlossaries([dir], lexicon);
    writeFileSync(join(dir, 'a.yaml'), FIXTURE.replace('variants: [renegade gathering]', 'variants: [renegade gathering, dissident bunch]'));
    expect(loadGlossaries([dir], lexicon).rules.find((r) => r.id === 'review-fixture/rebel-group')?.variants).toEqual(['renegade gathering', 'dissident bunch']);
  });

  it('keeps reporting errors: a set that failed to load is never cached as good', () => {
    writeFileSync(join(dir, 'a.yaml'), FIXTURE.replace('severity: warning', 'severity: loud'));
    for (let run = 0; run < 2; run++) {
      const loaded = loadGlossaries([dir], lexicon);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toHaveLength(1);
      expect(loaded.rules).toEqual([]);
    }
  });
});
