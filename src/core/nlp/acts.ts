import { EVERY_VERB } from './verbs';
import { matchesOf, re, rx } from '../text/pattern';

/**
 * The verbs of acting on data in a sentence (processing, further actions, flow), found once per sentence: the
 * passes that ask per mention ("which verb governs this mention?") read this list instead of scanning the
 * sentence again, so their cost per mention is constant. A one-entry cache (`oncePerSentence`): sentences
 * are classified one at a time.
 */
export interface Act {
  at: number;
  word: string;
}

/**
 * A verb's word as the first half of a noun: "access times", "access points", "use cases", "share buttons", as
 * in a list of data ("operating system, access times, approximate location data"), where it governs nothing.
 */
// And a nominal form before an object's noun: "government identification numbers", "verification documents".
const NOUN_COMPOUND =
  rx`(?! (?:times|logs|tokens|points|rights|requests|codes|levels|dates|controls|credentials|keys|cases|buttons|keeping)\b)` +
  rx`(?!(?<=(?:tion|ment)) (?:numbers?|documents?|cards?|badges?|papers?)\b)`;
const ACT = re(rx`\b(?:${EVERY_VERB})\b${NOUN_COMPOUND}`, 'gi');

/**
 * `read` remembered for the last sentence it was asked about: per-mention passes call it once per mention,
 * and it reads the sentence once. Keyed by the sentence's content, so it cannot go stale.
 */
export function oncePerSentence<T>(read: (sentence: string) => T): (sentence: string) => T {
  let last: string | undefined;
  let value: T;
  return (sentence) => {
    if (sentence !== last) {
      value = read(sentence);
      last = sentence;
    }
    return value;
  };
}

export const actsIn = oncePerSentence((sentence): Act[] => matchesOf(ACT, sentence).map((m) => ({ at: m.index, word: m[0] })));
