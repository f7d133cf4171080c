import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAnnotated } from '../../src/eval/annotations.js';
import { alignTexts } from '../../src/learn/align.js';
import { classify, type Learned } from '../../src/learn/classify.js';
import { realLemmas } from './lemmas.js';

const DEV = fileURLToPath(new URL('../../corpora/articles/dev/', import.meta.url));
const lemmas = realLemmas();

/**
 * The project's dev articles come as a clean text and an annotated spun copy: every spun span is
 * marked with the words it replaced. Learning from clean vs spun (markup removed) must find
 * those spans: a learned substitution is right when its spun span overlaps an annotated one.
 */
describe('learning from the dev corpus (clean vs spun)', () => {
  it('recovers the annotated substitutions with precision >= 0.95 and recall >= 0.9', () => {
    const ids = readdirSync(DEV)
      .filter((f) => f.endsWith('.clean.txt'))
      .map((f) => f.slice(0, -'.clean.txt'.length))
      // An article being written may have one half only.
      .filter((id) => existsSync(`${DEV}${id}.spun.txt`))
      .sort();
    expect(ids.length).toBeGreaterThanOrEqual(5);
    let learnedTotal = 0;
    let learnedRight = 0;
    let annotated = 0;
    let recovered = 0;
    for (const id of ids) {
      const ann = parseAnnotated(readFileSync(`${DEV}${id}.spun.txt`, 'utf8'));
      const al = alignTexts(readFileSync(`${DEV}${id}.clean.txt`, 'utf8'), ann.text);
      const learned = new Map<string, Learned>();
      al.pairs.forEach((p, i) => {
        for (const s of p.segments) if (!s.equal) for (const l of classify(al, i, s, lemmas).learned) learned.set(`${l.spun[0]}:${l.spun[1]}`, l);
      });
      const overlaps = (l: Learned, s: { start: number; end: number }) => l.spun[0] < s.end && s.start < l.spun[1];
      for (const l of learned.values()) {
        learnedTotal++;
        if (ann.spans.some((s) => overlaps(l, s))) learnedRight++;
      }
      for (const s of ann.spans) {
        annotated++;
        if ([...learned.values()].some((l) => overlaps(l, s))) recovered++;
      }
    }
    const precision = learnedRight / learnedTotal;
    const recall = recovered / annotated;
    expect(annotated).toBeGreaterThan(100);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
