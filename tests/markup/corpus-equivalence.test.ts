import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_GLOSSARIES, compileLoaded, loadGlossaries } from '../../src/glossary/load.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { checkSource } from '../../src/markup/check-source.js';
import { loadMarkupParsers } from '../../src/markup/prepare.js';

await loadMarkupParsers();

const ARTICLES = fileURLToPath(new URL('../../corpora/articles/', import.meta.url));
const lexicon = loadLexicon();
const index = compileLoaded(loadGlossaries([BUNDLED_GLOSSARIES], lexicon), lexicon);

const spun = readdirSync(ARTICLES).flatMap((split) =>
  readdirSync(join(ARTICLES, split))
    .filter((f) => f.endsWith('.spun.txt'))
    .map((f) => join(ARTICLES, split, f)),
);

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The project's spun articles are plain prose: read as Markdown they must give exactly the text
 * findings, and wrapped in HTML paragraphs (entities and all) the same rules on the same words.
 */
describe('plain prose gives the same findings in every format (bundled glossaries, corpora/articles)', () => {
  it('has articles to compare', () => {
    expect(spun.length).toBeGreaterThanOrEqual(10);
  });

  it.each(spun.map((p) => [p.slice(ARTICLES.length)]))('%s', (rel) => {
    const text = readFileSync(join(ARTICLES, rel), 'utf8');
    const plain = checkSource(text, 'text', index).findings;
    expect(plain.length).toBeGreaterThan(0);
    expect(checkSource(text, 'markdown', index).findings).toEqual(plain);
    const html = `<html><body>\n${text
      .split('\n\n')
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n')}\n</body></html>\n`;
    const fromHtml = checkSource(html, 'html', index).findings;
    expect(fromHtml.map((f) => [f.ruleId, f.actual.replace(/&amp;/g, '&'), f.expected])).toEqual(plain.map((f) => [f.ruleId, f.actual, f.expected]));
    for (const f of fromHtml) expect(html.slice(f.start, f.end)).toBe(f.actual);
  });
});
