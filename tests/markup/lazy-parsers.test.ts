import { describe, expect, it } from 'vitest';
import { loadMarkupParsers, prepareDocument } from '../../src/markup/prepare.js';

// Plain-text checks never pay for the Markdown and HTML parsers; markup needs them loaded first.
describe('markup parsers load on demand', () => {
  it('prepares plain text without them, and refuses markup until they are loaded', async () => {
    expect(prepareDocument('A line.\n', 'text').projection).toBeUndefined();
    expect(() => prepareDocument('# Title\n', 'markdown')).toThrow(/not loaded/);
    await loadMarkupParsers();
    expect(prepareDocument('# Title\n\nBody.\n', 'markdown').projection?.view).toContain('Body.');
    expect(prepareDocument('<p>Body.</p>', 'html').projection?.view).toContain('Body.');
  });
});
