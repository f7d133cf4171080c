import { isJoiner, normalizeWord } from './normalize.js';
import type { Token } from './types.js';

/*
 * One regex pass. Abbreviations such as "U.S." stay one token so their dots do not end a
 * sentence; internal apostrophes stay inside the word ("restriction's"); a trailing
 * apostrophe after s is a plural possessive ("groups'").
 */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*(?:(?<=[sS])['\u2019](?![\p{L}\p{N}]))?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let prevEnd = -1;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    let breakBefore = prevEnd < 0;
    let sentenceStart = prevEnd < 0;
    if (prevEnd >= 0) {
      let newlines = 0;
      let joiners = 0;
      for (let i = prevEnd; i < start; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 0xa0 || c === 13) continue;
        if (c === 10) {
          newlines++;
          continue;
        }
        if (isJoiner(c) && joiners === 0) {
          joiners++;
          continue;
        }
        breakBefore = true;
        if (c === 46 || c === 33 || c === 63) sentenceStart = true;
      }
      if (newlines >= 2) breakBefore = sentenceStart = true;
    }
    tokens.push({ start, end, norm: normalizeWord(m[0]), breakBefore, sentenceStart });
    prevEnd = end;
  }
  return tokens;
}
