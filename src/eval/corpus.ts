import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { CleanDoc, SpunDoc } from './evaluate.js';

/** Every `*.txt` file under a directory, recursively, sorted; hidden entries skipped. */
export function textFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface Corpus {
  spun: SpunDoc[];
  cleanArticles: CleanDoc[];
  cleanTexts: CleanDoc[];
}

/** Reads corpora/ laid out as corpora/ANNOTATION.md describes. */
export function readCorpus(root: string): Corpus {
  const spun: SpunDoc[] = [];
  const cleanArticles: CleanDoc[] = [];
  const articles = join(root, 'articles');
  if (existsSync(articles)) {
    for (const split of readdirSync(articles).sort()) {
      const dir = join(articles, split);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort()) {
        const p = join(dir, f);
        const rel = relative(root, p);
        if (f.endsWith('.spun.txt')) spun.push({ path: rel, split, source: readFileSync(p, 'utf8') });
        else if (f.endsWith('.clean.txt')) cleanArticles.push({ path: rel, text: readFileSync(p, 'utf8') });
      }
    }
  }
  const cleanDir = join(root, 'clean');
  const cleanTexts = existsSync(cleanDir) ? readCleanDir(cleanDir, root) : [];
  return { spun, cleanArticles, cleanTexts };
}

export function readCleanDir(dir: string, relTo = dir): CleanDoc[] {
  return textFiles(dir).map((p) => ({ path: relTo === dir ? `${basename(dir)}/${relative(dir, p)}` : relative(relTo, p), text: readFileSync(p, 'utf8') }));
}
