import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/core/check.js';
import { index, rule } from '../helpers.js';

// "casualty" is a WordNet hyponym of "victim": too broad to flag alone, telling in a spun article
// beside a wrong-sense swap ("wrongdoing casualty" for "crime victim").
const idx = index(
  [
    rule({ id: 'crime-victim', canonical: ['crime victim'] }),
    rule({ id: 'road-repair', canonical: ['road repair'] }),
    rule({ id: 'rebel-group', canonical: ['rebel group'], variants: ['renegade gathering'], generate: false }),
  ],
  { crime: ['wrongdoing'] },
);
const SPUN = 'The renegade gathering left. Another renegade gathering came. A third renegade gathering stayed. ';
const victims = (text: string) => checkText(text, idx).filter((x) => x.ruleId === 'test/crime-victim');

describe('loose (hypernym and hyponym) stand-ins', () => {
  it('are not flagged in a document without other spin', () => {
    expect(victims('The wrongdoing casualty spoke to reporters.')).toEqual([]);
  });

  it('are flagged beside a wrong-sense swap once the document shows enough other spin', () => {
    expect(victims(SPUN + 'The wrongdoing casualty spoke to reporters.')).toEqual([expect.objectContaining({ actual: 'wrongdoing casualty', expected: ['crime victim'] })]);
  });

  it('need more than a kept word, and never make a phrase out of broad stand-ins alone', () => {
    expect(victims(SPUN + 'The crime casualty spoke to reporters.')).toEqual([]);
    expect(checkText(SPUN + 'The agency gives month to month rations.', idx).map((x) => x.ruleId)).not.toContain('test/road-repair');
  });
});
