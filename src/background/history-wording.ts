/**
 * The words of history's change lines in the reader's language: the core's ChangeWording table with each entry
 * read from `_locales` through `t()`. Message ids are fixed per entry (`historyPhrase_allows`,
 * `historyNoun_location_precise`, …); `history-wording.test.ts` checks that the English messages give exactly
 * the core's English lines.
 */
import { ENGLISH_CHANGE_WORDING, type ChangePhrase, type ChangeWording } from '../core/history';
import type { CellKey } from '../core/history';
import type { SummaryValue } from '../core/nlp/types';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** A message id from a table key: ids allow letters, digits and underscores only. */
export const wordingId = (prefix: string, key: string) => `${prefix}_${key.replace(/[^A-Za-z0-9]/g, '_')}`;

const map = <K extends string>(keys: K[], value: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, string>;

export function localeWording(t: Translate): ChangeWording {
  const english = ENGLISH_CHANGE_WORDING;
  // '$1' and '$2' go in as the substitutions, so the message comes back as the core's template.
  const phrase = map(Object.keys(english.phrase) as ChangePhrase[], (k) => t(wordingId('historyPhrase', k), ['$1', '$2']));
  const noun = map(Object.keys(english.noun) as CellKey[], (k) => t(wordingId('historyNoun', k)));
  // "Silent before" has nothing to say in any language: no message for it.
  const was = map(Object.keys(english.was) as SummaryValue[], (k) => (english.was[k] ? t(wordingId('historyWas', k)) : ''));
  return { ...english, phrase, noun, was, aside: ` ${t('historyAside', '$1')}`, onConditions: t('historyOnConditions') };
}
