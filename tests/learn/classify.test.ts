import { describe, expect, it } from 'vitest';
import { EMPTY_MORPHOLOGY } from '../../src/core/morphology.js';
import { alignTexts } from '../../src/learn/align.js';
import { classify } from '../../src/learn/classify.js';
import { lemmaPair } from '../../src/learn/lemma.js';
import { realLemmas } from './lemmas.js';

const lemmas = realLemmas();

/**
 * What a pair teaches: learned items as "kind: canonical → variant", noise as "noise: reason".
 * Two changes inside one name each teach the name; it is listed once (aggregation counts it once).
 */
function learn(original: string, spun: string): string[] {
  const al = alignTexts(original, spun);
  const out = al.pairs.flatMap((p, i) =>
    p.segments
      .filter((s) => !s.equal)
      .flatMap((s) => {
        const r = classify(al, i, s, lemmas);
        return [...r.learned.map((l) => `${l.kind}: ${l.canonical} → ${l.variant}`), ...(r.noise ? [`noise: ${r.noise.reason}`] : [])];
      }),
  );
  return out.filter((x, i) => !x.startsWith('institution') || out.indexOf(x) === i);
}

describe('lemmaPair', () => {
  it('reads both words with the same ending', () => {
    expect(lemmaPair('groups', 'gatherings', lemmas)).toEqual(['group', 'gathering', 'S']);
    expect(lemmaPair('said', 'stated', lemmas)).toEqual(['say', 'state', 'ED']);
    expect(lemmaPair('captured', 'caught', lemmas)).toEqual(['capture', 'catch', 'ED']);
  });

  it('keeps words it cannot confirm as words', () => {
    const none = { morph: EMPTY_MORPHOLOGY, isWord: () => false };
    expect(lemmaPair('groups', 'gatherings', none)).toEqual(['groups', 'gatherings', '']);
  });
});

describe('classify', () => {
  it('a word-for-word swap teaches each word pair in base form, and the phrase', () => {
    expect(learn('Rebel groups attacked the town.', 'Renegade gatherings attacked the town.')).toEqual([
      'phrase: rebel group → renegade gathering',
      'synonym: rebel → renegade',
      'synonym: group → gathering',
    ]);
  });

  it('a single word swap is a synonym only', () => {
    expect(learn('Officials said the road was closed.', 'Officials stated the road was closed.')).toEqual(['synonym: say → state']);
  });

  it('an idiom or unequal phrase becomes a phrase, as written', () => {
    expect(learn('Schools stay closed in order to protect pupils.', 'Schools stay closed keeping in mind the end goal to protect pupils.')).toEqual([
      'phrase: in order → keeping in mind the end goal',
    ]);
    expect(learn('The militia fired on civilians.', 'The volunteer army fired on civilians.')).toEqual(['phrase: militia → volunteer army']);
  });

  it('a change inside a capitalized name teaches the whole name', () => {
    expect(learn('A spokesman for the Department of Education said schools would close.', 'A spokesman for the Division of Training said schools would close.')).toEqual([
      'institution: Department of Education → Division of Training',
    ]);
    expect(learn('She sits on the US Court of Appeals for the Fourth Circuit in Richmond.', 'She sits on the US Court of Requests for the Fourth Circuit in Richmond.')).toEqual([
      'institution: US Court of Appeals for the Fourth Circuit → US Court of Requests for the Fourth Circuit',
    ]);
  });

  it('a name ends at a title, before the person named', () => {
    expect(learn('On Monday Finance Minister Lukas Brenner resigned.', 'On Monday Fund Priest Lukas Brenner resigned.')).toEqual(['institution: Finance Minister → Fund Priest']);
  });

  it('a name and the verb after it, run together by the diff, are learned apart', () => {
    expect(learn('The Department of Education said schools would close.', 'The Division of Training stated schools would close.')).toEqual([
      'institution: Department of Education → Division of Training',
      'synonym: say → state',
    ]);
  });

  it('a sentence-initial capital is not a name', () => {
    expect(learn('Aid agencies warned of famine.', 'Help offices warned of famine.')).toEqual(['phrase: aid agency → help office', 'synonym: aid → help', 'synonym: agency → office']);
  });

  it('ignores noise: added and dropped text, numbers, function words, rewording', () => {
    expect(learn('The talks resumed in Geneva.', 'The talks resumed in Geneva on Monday.')).toEqual(['noise: added text']);
    expect(learn('The talks, which had stalled, resumed in Geneva.', 'The talks, which stalled, resumed in Geneva.')).toEqual(['noise: dropped text']);
    expect(learn('Nine civilians were killed.', 'Ten civilians were killed.')).toEqual(['synonym: nine → ten']);
    expect(learn('At least 9 civilians were killed.', 'At least 10 civilians were killed.')).toEqual(['noise: numbers changed']);
    expect(learn('A spokesman for the rebels spoke.', 'A spokesman of the rebels spoke.')).toEqual(['noise: function words only']);
    expect(learn('Talks lasted until the end of June.', 'Talks lasted by the end of June.')).toEqual(['noise: function word swap']);
    expect(learn('The court ruled against him yesterday.', 'The court, after a long and bitter hearing that lasted many hours, ruled against him yesterday.')).toEqual(['noise: added text']);
    expect(learn('However, the plan failed.', 'As it turned out in the end after all of that, the plan failed.')).toEqual(['noise: rewording']);
  });
});
