import { describe, expect, it } from 'vitest';
import { runRuleExamples } from '../../src/glossary/examples.js';
import { BUNDLED_GLOSSARIES, glossaryFiles } from '../../src/glossary/load.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { mergeSynonyms } from '../../src/glossary/rules.js';
import { compileOptionsFor, loadLexicon } from '../../src/lexicon/load.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const lex = loadLexicon();

/** Every example of every bundled rule runs as its own test case. */
for (const file of glossaryFiles([BUNDLED_GLOSSARIES])) {
  const { glossary, diagnostics } = parseGlossary(readFileSync(file, 'utf8'), file);
  describe(`glossaries/${basename(file)}`, () => {
    it('parses without errors', () => {
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
    });
    if (!glossary) return;
    const opts = compileOptionsFor(lex, mergeSynonyms([glossary]));
    for (const r of glossary.rules) {
      it(`${r.id}: ${r.examples.flag.length} flag, ${r.examples.pass.length} pass`, () => {
        expect(runRuleExamples(glossary, r, opts).map((f) => f.message)).toEqual([]);
      });
    }
  });
}
