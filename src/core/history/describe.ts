import type { SummaryValue } from '../nlp/types';
import { IDENTIFIER_NOUN, NOUN } from '../compare/differences';
import type { CellKey, StanceChange } from './types';

/** Which sentence a change line is: one per pair of stances that reads differently. */
export type ChangePhrase =
  | 'allows'
  | 'allowsWithoutConditions'
  | 'allowsOnConditions'
  | 'allowsOnlyOnConditions'
  | 'denies'
  | 'noLongerDenies'
  | 'noLongerMentions';

/**
 * The words of a change line, as data: the core's English below, or the extension's locale (`t()` over message
 * ids `historyPhrase_*`, `historyNoun_*`, `historyWas_*`, `historyAside`, `historyOnConditions`, whose English is
 * tested to be these). `$1` in a phrase is the noun, `$2` the aside; `$1` in `aside` is its parts joined.
 */
export interface ChangeWording {
  phrase: Record<ChangePhrase, string>;
  noun: Record<CellKey, string>;
  /** What the earlier version said, as an aside after the new stance ('' for nothing to say). */
  was: Record<SummaryValue, string>;
  /** An aside after the sentence, e.g. " ($1)". */
  aside: string;
  /** The aside of a conditional allowance whose conditions were not found in words. */
  onConditions: string;
  /** Between the parts of one aside. */
  separator: string;
}

export const ENGLISH_CHANGE_WORDING: ChangeWording = {
  phrase: {
    allows: 'now allows $1$2',
    allowsWithoutConditions: 'now allows $1 without conditions',
    allowsOnConditions: 'now allows $1$2',
    allowsOnlyOnConditions: 'now allows $1 only on conditions$2',
    denies: 'now says it does not collect $1$2',
    noLongerDenies: 'no longer says it does not collect $1',
    noLongerMentions: 'no longer mentions $1$2',
  },
  noun: { ...NOUN, 'face-id': IDENTIFIER_NOUN.face, 'voice-id': IDENTIFIER_NOUN.voice },
  was: {
    collects: 'it allowed it before',
    'may-collect': 'it allowed it on conditions before',
    denies: 'it said it did not before',
    silent: '',
  },
  aside: ' ($1)',
  onConditions: 'on conditions',
  separator: '; ',
};

/** `$1`, `$2` in a template, each replaced once, left to right (the replacement text is never re-read). */
const fill = (template: string, ...values: string[]) => template.replace(/\$([12])/g, (_, n: string) => values[Number(n) - 1] ?? '');

/** Which phrase a change is, and what goes in its aside (the policy's own condition words, the earlier stance). */
function partsOf(change: StanceChange, w: ChangeWording): { phrase: ChangePhrase; aside: string[] } {
  const was = w.was[change.from];
  switch (change.to) {
    case 'collects':
      return change.from === 'may-collect' ? { phrase: 'allowsWithoutConditions', aside: [] } : { phrase: 'allows', aside: [was] };
    case 'may-collect': {
      const conditions = (change.conditions ?? []).join(w.separator);
      if (change.from === 'collects') return { phrase: 'allowsOnlyOnConditions', aside: [conditions] };
      return { phrase: 'allowsOnConditions', aside: [conditions || w.onConditions, was] };
    }
    case 'denies':
      return { phrase: 'denies', aside: [was] };
    case 'silent':
      return change.from === 'denies' ? { phrase: 'noLongerDenies', aside: [] } : { phrase: 'noLongerMentions', aside: [was] };
  }
}

/**
 * One line in plain words, e.g. "now allows precise location (if you turn on location services)". The
 * conditions are the policy's own words; everything else comes from `wording` (English unless given).
 */
export function describeChange(change: StanceChange, wording: ChangeWording = ENGLISH_CHANGE_WORDING): string {
  const key: CellKey = change.identifier && (change.type === 'face' || change.type === 'voice') ? `${change.type}-id` : change.type;
  const { phrase, aside } = partsOf(change, wording);
  const kept = aside.filter(Boolean);
  return fill(wording.phrase[phrase], wording.noun[key], kept.length ? fill(wording.aside, kept.join(wording.separator)) : '');
}
