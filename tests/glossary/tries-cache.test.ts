import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { compile, triesOf, type CompiledTries } from '../../src/core/compile.js';
import { BUNDLED_GLOSSARIES, compileLoaded, loadGlossaries } from '../../src/glossary/load.js';
import { compileOptionsFor, loadLexicon } from '../../src/lexicon/load.js';
import { useTempCache } from './temp-cache.js';

const FIXTURE = readFileSync(new URL('../fixtures/glossary.yaml', import.meta.url), 'utf8');
const SAMPLE = readFileSync(new URL('../../corpora/sample.txt', import.meta.url), 'utf8');
const lexicon = loadLexicon();

describe('compiled tries', () => {
  it('taken from one compile and serialized, give another compile of the same rules the same findings', () => {
    const loaded = loadGlossaries([BUNDLED_GLOSSARIES], lexicon);
    const opts = compileOptionsFor(lexicon, loaded.synonyms);
    const fresh = compile(loaded.rules, opts);
    const tries = deserialize(serialize(triesOf(fresh))) as CompiledTries;
    const reused = compile(loaded.rules, { ...opts, tries });
    const expected = checkText(SAMPLE, fresh);
    expect(expected.length).toBeGreaterThan(3);
    expect(checkText(SAMPLE, reused)).toEqual(expected);
  });
});

describe('the tries cache', () => {
  const root = useTempCache('unspin-tries-');
  const dir = (): string => join(root(), 'glossaries');
  beforeEach(() => writeFileSync(join(dir(), 'a.yaml'), FIXTURE));

  const findings = (): string[] => checkText('The renegade gathering met.', compileLoaded(loadGlossaries([dir()], lexicon), lexicon)).map((f) => f.expected[0]!);
  const entry = (): string => join(root(), 'cache', readdirSync(join(root(), 'cache')).find((f) => f.endsWith('.bin'))!);

  it('is written by the first compile and read by the next, and a damaged entry is rebuilt', () => {
    expect(findings()).toEqual(['rebel group']);
    // Doctor the stored tries so that nothing ends a phrase: a compile that reads them finds nothing.
    const tries = deserialize(readFileSync(entry())) as CompiledTries;
    tries.variants.isTerminal.fill(0);
    writeFileSync(entry(), serialize(tries));
    expect(findings()).toEqual([]);
    writeFileSync(entry(), 'not a serialized value');
    expect(findings()).toEqual(['rebel group']);
  });
});
