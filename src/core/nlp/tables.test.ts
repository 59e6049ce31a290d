import { describe, expect, it } from 'vitest';
import { ON_DEVICE_ROWS } from './flow';
import { NEGATION_CUES, PSEUDO_CUES, SCOPE_TERMINATORS, negationsIn } from './negation';
import { VERBS, formsOf, participlesOf, verbKind } from './verbs';

/** Every row of the negation, flow and verb tables with an example and a counterexample (house rule 6). */
const NEGATION_EXAMPLES: Record<string, [string, string]> = {
  not: ['We do not keep it.', 'We note it.'],
  never: ['We never keep it.', 'We keep it forever.'],
  no: ['We keep no recordings.', 'We keep notes.'],
  'no-longer': ['We no longer keep it.', 'We keep it longer.'],
  'neither-nor': ['We neither keep it nor sell it.', 'We keep it and sell it.'],
  'none-of': ['None of our apps keep it.', 'One of our apps keeps it.'],
  nothing: ['The toy records nothing you say.', 'The toy records everything you say.'],
  excluding: ['We record video excluding audio.', 'We record video including audio.'],
  'no-receiver': ['We do not run servers that store it.', 'We do not run servers, and we store it.'],
  'without-ing': ['It works without recording you.', 'It works without your consent.'],
  unable: ['We are unable to see it.', 'We are able to see it.'],
  'instead-of': ['We keep a summary instead of it.', 'We keep a summary of it.'],
  'negating-verb': ['We stopped recording it.', 'You can stop recording it.'],
  'keeping-from': ['Private mode prevents the car from sending it.', 'To prevent fraud we may record it.'],
  'switching-off': ['The dashcam disables audio recording.', 'You can disable audio recording.'],
};
const PSEUDO_EXAMPLES: Record<string, [string, string]> = {
  'not-only': ['We not only keep it but share it.', 'We do not keep it.'],
  'not-limited': ['Data including, but not limited to, GPS.', 'Data that is not stored.'],
  'not-precise': ['Location that is not precise.', 'We do not collect precise location.'],
  'whether-or-not': ['We log it whether or not you sign in.', 'We do not log it.'],
  'no-matter': ['We log it no matter where you are.', 'We log no location.'],
  'if-not': ['Most, if not all, apps log it.', 'We do not log it.'],
  'not-to-mention': ['Photos, not to mention videos.', 'Photos are not kept.'],
  'nothing-but': ['We keep nothing but the city.', 'We keep nothing at all.'],
  'not-every': ['We do not record every call.', 'We do not record calls.'],
  'may-fail': ['We may not be able to recognise it.', 'We may not recognise it.'],
  'irreversible': ['There is no way to generate it from the template.', 'There is no template.'],
  'no-more-than': ['We keep location no more precise than your city.', 'We keep no location more precise than GPS.'],
  'no-warranty': ['We do not guarantee that location results are accurate.', 'We do not check that location results are accurate.'],
  'cannot-without': ['It cannot work without Acme processing data.', 'It cannot work, and Acme does not process data.'],
  'not-a-kind': ['Photos are not biometric data.', 'Photos are not used for biometric matching.'],
};
const TERMINATOR_EXAMPLES: Record<string, [string, string]> = {
  contrast: ['We do not sell it, but we keep it.', 'We do not sell it or keep it.'],
  exception: ['We do not keep it except for fraud checks.', 'We do not keep it for fraud checks.'],
  cause: ['We do not ask for GPS, as your city is enough.', 'We do not ask for data such as your GPS position.'],
  relative: ['We do not sell data, which includes your city.', 'We do not sell data including your city.'],
  punctuation: ['We do not sell it; we keep it.', 'We do not sell it or keep it.'],
};
const FLOW_EXAMPLES: Record<string, [string, string]> = {
  'kept-on-device': ['The template is stored only on your device.', 'The template is stored on our servers.'],
  'handled-locally': ['Voice commands are handled only locally.', 'Voice recordings are stored only locally in the EU.'],
  'never-leaves': ['The scan never leaves your phone.', 'The scan leaves a log entry.'],
  'is-local': ['Voiceprints are local to your device.', 'Voiceprints are local to our region.'],
  'not-readable': ['Your position is never readable by us.', 'Your position is readable by your contacts.'],
  'not-transmitted': [
    'Palm scans are matched on the terminal without being transmitted.', 'Palm scans are transmitted to the bank.',
  ],
  'neither-we-nor': [
    'Neither we nor our provider can access the audio.', 'Both we and our provider can access the audio.',
  ],
  'never-reaches': ['Your coordinates never reach our servers.', 'Your coordinates reach our servers hourly.'],
  'removed-before-upload': ['Coordinates are stripped from photos before upload.', 'Coordinates are kept in photos on upload.'],
  'nothing-sent': ['Nothing you say is sent to the cloud.', 'Everything you say is sent to the cloud.'],
  'never-sent': ['Your recordings are not sent to us.', 'Your recordings are sent to us.'],
  'sends-us-only-a-result': ['Your phone sends us only a signature.', 'Your phone sends us a copy of the scan.'],
  'only-a-result': ['Only a match result is shared with us.', 'The full scan is shared with us.'],
  'only-receives-a-result': ['The app only receives a yes/no result.', 'The app receives the full scan and a result.'],
  'we-do-not-receive': ['We do not receive your fingerprint.', 'We receive your fingerprint.'],
  'between-own-devices': ['Audio streams directly between your own devices.', 'Audio streams between your devices and our servers.'],
  'not-beyond-device': ['No audio is stored or transmitted outside of the device.', 'No audio is transmitted outside of the EU.'],
  'unreadable-to-company': ['It is sent as an encrypted message that Signal cannot access.', 'It is sent as an encrypted message that you cannot access.'],
  'only-an-outcome': ['The phone checks it and tells our app yes or no.', 'The phone checks it and tells our app your name.'],
};

function rowTests(rows: Record<string, string>, examples: Record<string, [string, string]>) {
  for (const [id, source] of Object.entries(rows)) {
    it(`${id} matches its example and not its counterexample`, () => {
      const pair = examples[id];
      expect(pair, `examples for ${id}`).toBeDefined();
      const re = new RegExp(source, 'i');
      expect(re.test(pair![0])).toBe(true);
      expect(re.test(pair![1])).toBe(false);
    });
  }
  it('has no stale examples', () => expect(Object.keys(examples).sort()).toEqual(Object.keys(rows).sort()));
}

describe('negation cues', () => rowTests(NEGATION_CUES, NEGATION_EXAMPLES));
describe('pseudo-cues', () => rowTests(PSEUDO_CUES, PSEUDO_EXAMPLES));
describe('scope terminators', () => rowTests(SCOPE_TERMINATORS, TERMINATOR_EXAMPLES));
describe('on-device flow rows', () => rowTests(ON_DEVICE_ROWS, FLOW_EXAMPLES));

describe('negationsIn', () => {
  it('drops a cue consumed by a pseudo-cue and ends scope at a terminator', () => {
    expect(negationsIn('We log it whether or not you sign in.')).toEqual([]);
    const [n] = negationsIn('We do not sell it, but we keep it.');
    expect(n!.cue).toBe('not');
    expect(n!.scopeEnd).toBe('We do not sell it, '.length);
  });
});

describe('verb lexicon', () => {
  it('generates inflections, nouns and participles', () => {
    const collect = VERBS.find((v) => v.base === 'collect')!;
    expect(formsOf(collect)).toEqual(
      expect.arrayContaining(['collect', 'collects', 'collected', 'collecting', 'collection']),
    );
    const store = VERBS.find((v) => v.base === 'store')!;
    expect(formsOf(store)).toEqual(expect.arrayContaining(['stores', 'stored', 'storing', 'storage']));
    expect(formsOf(VERBS.find((v) => v.base === 'scan')!)).toEqual(expect.arrayContaining(['scanned', 'scanning']));
    const identify = VERBS.find((v) => v.base === 'identify')!;
    expect(formsOf(identify)).toEqual(expect.arrayContaining(['identifies', 'identified']));
    expect(participlesOf(VERBS.find((v) => v.base === 'keep')!)).toEqual(['kept']);
  });
  it('inflects a phrasal verb on its first word and keeps its particle', () => {
    const engage = VERBS.find((v) => v.base === 'engage in')!;
    expect(formsOf(engage)).toEqual(['engage in', 'engages in', 'engaged in', 'engaging in']);
    expect(participlesOf(engage)).toEqual(['engaged in']);
    expect(formsOf(VERBS.find((v) => v.base === 'carry out')!)).toEqual(['carry out', 'carries out', 'carried out', 'carrying out']);
  });
  it('tells processing, further and flow verbs apart, and knows no other words', () => {
    expect(verbKind('Collected')).toBe('processing');
    expect(verbKind('sold')).toBe('further');
    expect(verbKind('transmitted')).toBe('flow');
    expect(verbKind('bake')).toBeUndefined();
  });
});
