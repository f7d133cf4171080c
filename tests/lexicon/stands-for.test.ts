import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, tokenCandidates, type CompiledIndex, type Thesaurus } from '../../src/core/compile.js';
import { tokenize } from '../../src/core/tokenize.js';
import { BUNDLED_GLOSSARIES, loadGlossaries } from '../../src/glossary/load.js';
import { STANDS_FOR_PATH } from '../../src/lexicon/format.js';
import { compileOptionsFor, loadLexicon } from '../../src/lexicon/load.js';
import { reverseSynonymTable } from '../../src/lexicon/reverse-table.js';
import { SynonymTable } from '../../src/lexicon/synonym-table.js';

const lexicon = loadLexicon();
const loaded = loadGlossaries([BUNDLED_GLOSSARIES], lexicon, { examples: false });
const opts = compileOptionsFor(lexicon, loaded.synonyms);
const { reverse: _reverse, ...forwardOnly } = lexicon.thesaurus;
void _reverse;

/** Every stand-in reading of every token of `text`, as sorted strings. */
function readings(index: CompiledIndex, text: string): string[] {
  const tokens = tokenize(text);
  const out = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    const c = tokenCandidates(index, tokens, t);
    for (const x of c.term) out.add(`${tokens.norm(t)} ${x.lemma}/${x.infl} → ${index.canonWords[x.id]} ${x.strength}`);
    for (const m of c.multi ?? []) out.add(`${tokens.norm(t)} +${m.rest.join(' ')} → ${index.canonWords[m.id]} ${m.strength}`);
  }
  return [...out].sort();
}

describe('the inverted synonym table', () => {
  it('gives every word of the thesaurus the same stand-in readings as compiling each canonical word forward', () => {
    const words = readFileSync(STANDS_FOR_PATH, 'utf8').split('\n').map((l) => l.split('\t')[0]).filter(Boolean);
    // Inflected forms too, since lemmas are looked up per base form.
    const text = words.map((w) => `${w} ${w}s ${w}ed`).join(' . ');
    const forward = readings(compile(loaded.rules, { ...opts, thesaurus: forwardOnly as Thesaurus }), text);
    const inverted = readings(compile(loaded.rules, opts), text);
    expect(forward.length).toBeGreaterThan(10_000);
    expect(inverted).toEqual(forward);
    // A batch turns from the reverse table to the forward one part-way through; nothing changes.
    expect(readings(compile(loaded.rules, { ...opts, reverseLookups: 500 }), text)).toEqual(forward);
  }, 60_000);

  it('keeps the strongest reading of a pair and leaves function words out on both sides', () => {
    const table = reverseSynonymTable(['group\tgrouping\tbunch radical\tclass', 'team\t\tgroup\t', 'of\tabout\t\t', 'inch\t\tin\t', 'famous\t\twell-known\t'].join('\n'));
    const lines = new Map(table.trim().split('\n').map((l) => [l.split('\t')[0], l.split('\t').slice(1)]));
    expect(lines.get('bunch')).toEqual(['', 'group', '', '']);
    expect(lines.get('group')).toEqual(['', 'team', '', '']);
    expect(lines.get('class')).toEqual(['', '', 'group', '']);
    expect(lines.has('about')).toBe(false);
    expect(lines.has('in')).toBe(false);
    expect(lines.get('well')).toEqual(['', '', '', 'well-known:famous:3']);
  });
});

describe('SynonymTable', () => {
  const keys = ['a', 'ab', 'abc', 'b', 'ba', 'well', 'well-known', 'wellness', 'zeta'];
  const table = new SynonymTable(keys.map((k, i) => `${k}\tp${i}\to${i}\tr${i}`).join('\n') + '\n');

  it('finds every key, first and last included, and not its prefixes or extensions', () => {
    keys.forEach((k, i) => expect(table.lookup(k)).toEqual({ primary: [`p${i}`], other: [`o${i}`], related: [`r${i}`] }));
    for (const absent of ['', 'aa', 'abcd', 'c', 'wel', 'well-', 'zz', '0']) expect(table.columns(absent)).toEqual([]);
  });

  it('agrees with a linear scan of the generated inverted table', () => {
    const data = readFileSync(STANDS_FOR_PATH, 'utf8');
    const real = new SynonymTable(data);
    const lines = data.split('\n').filter(Boolean);
    for (let i = 0; i < lines.length; i += 97) {
      const [key, ...cols] = lines[i]!.split('\t');
      expect(real.columns(key!)).toEqual(cols);
    }
  });
});
