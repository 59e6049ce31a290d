import { verbSource } from './verbs';

/**
 * The verbs of acting on data in a sentence (processing, further actions, flow), found once per sentence: the
 * passes that ask per mention ("which verb governs this mention?") read this list instead of scanning the
 * sentence again, so their cost per mention is constant. A one-entry cache: sentences are classified one at a
 * time.
 */
export interface Act {
  at: number;
  word: string;
}

const ACT = new RegExp(String.raw`\b(?:${verbSource(['processing', 'further', 'flow'])})\b`, 'gi');

let cachedSentence: string | undefined;
let cachedActs: Act[] = [];

export function actsIn(sentence: string): Act[] {
  if (sentence !== cachedSentence) {
    cachedSentence = sentence;
    cachedActs = [];
    ACT.lastIndex = 0;
    for (let m = ACT.exec(sentence); m; m = ACT.exec(sentence)) cachedActs.push({ at: m.index, word: m[0] });
  }
  return cachedActs;
}
