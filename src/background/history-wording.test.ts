// The change lines through `_locales` read exactly as the core's English, for every phrase, noun and earlier
// stance: the message ids exist, their placeholders are right, and nothing is lost on the way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeChange, type StanceChange } from '../core/history';
import { DATA_TYPES, type SummaryValue } from '../core/nlp/types';
import { localeWording, type Translate } from './history-wording';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, Message>;

/** `i18n.getMessage` as browsers do it: $NAME$ → its placeholder's content, then $n → the n-th substitution. */
const getMessage: Translate = (key, substitutions) => {
  const m = messages[key];
  if (!m) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const withContent = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return withContent.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
};

const STANCES: SummaryValue[] = ['collects', 'may-collect', 'denies', 'silent'];

describe('localeWording', () => {
  const wording = localeWording(getMessage);
  const changes: StanceChange[] = [];
  for (const type of DATA_TYPES) {
    for (const from of STANCES) for (const to of STANCES) if (from !== to) changes.push({ type, from, to });
  }
  changes.push({ type: 'face', identifier: true, from: 'silent', to: 'collects' }, { type: 'voice', identifier: true, from: 'collects', to: 'may-collect', conditions: ['with your consent'] });
  changes.push({ type: 'location.precise', from: 'denies', to: 'may-collect', conditions: ['if you turn on location services', 'in some apps'] });

  it.each(changes.map((c) => [describeChange(c), c] as const))('%s', (english, change) => {
    expect(describeChange(change, wording)).toBe(english);
  });

  it('takes its words from the messages (a different locale gives different lines)', () => {
    const pirate: Translate = (key, subs) => (key === 'historyNoun_location_precise' ? 'yer exact whereabouts' : getMessage(key, subs));
    expect(describeChange({ type: 'location.precise', from: 'denies', to: 'collects' }, localeWording(pirate))).toBe('now allows yer exact whereabouts (it said it did not before)');
  });

  it('keeps a dollar sign in the policy’s own words as it is', () => {
    expect(describeChange({ type: 'face', from: 'silent', to: 'may-collect', conditions: ['if you pay $1 or $2'] }, wording)).toBe('now allows your face (if you pay $1 or $2)');
  });
});
