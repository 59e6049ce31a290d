import type { SummaryValue } from '../nlp/types';
import { IDENTIFIER_NOUN, NOUN } from '../compare/differences';
import type { StanceChange } from './types';

/** What the earlier version said, as an aside after the new stance. */
const WAS: Record<SummaryValue, string> = {
  collects: 'it allowed it before',
  'may-collect': 'it allowed it on conditions before',
  denies: 'it said it did not before',
  silent: '',
};

/**
 * One line in plain words, e.g. "now allows precise location (if you turn on location services)". The
 * conditions are the policy's own words; everything else is a fixed phrase per pair of stances.
 */
export function describeChange(change: StanceChange): string {
  const noun = change.identifier && (change.type === 'face' || change.type === 'voice') ? IDENTIFIER_NOUN[change.type] : NOUN[change.type];
  const was = WAS[change.from];
  const aside = (parts: string[]) => {
    const kept = parts.filter(Boolean);
    return kept.length ? ` (${kept.join('; ')})` : '';
  };
  switch (change.to) {
    case 'collects':
      return change.from === 'may-collect' ? `now allows ${noun} without conditions` : `now allows ${noun}${aside([was])}`;
    case 'may-collect': {
      const conditions = (change.conditions ?? []).join('; ');
      if (change.from === 'collects') return `now allows ${noun} only on conditions${aside([conditions])}`;
      return `now allows ${noun}${aside([conditions || 'on conditions', was])}`;
    }
    case 'denies':
      return `now says it does not collect ${noun}${aside([was])}`;
    case 'silent':
      return change.from === 'denies' ? `no longer says it does not collect ${noun}` : `no longer mentions ${noun}${aside([was])}`;
  }
}
