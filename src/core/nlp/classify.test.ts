import { describe, expect, it } from 'vitest';
import { classifyText } from './text';

/** Sentences written for these tests (not from the evaluation set), each with the (type, stance) pairs it holds. */
const CASES: [sentence: string, expected: string[]][] = [
  // Affirmed, with and without identifiers.
  ['We may create a template of your face geometry when you verify your account.', ['face|affirmed']],
  ['Our camera effects detect faces in your videos so that stickers stay in place.', ['face|affirmed']],
  ['We record your voice when you talk to the assistant.', ['voice|affirmed']],
  ['Our support line uses voiceprints to confirm that callers are account holders.', ['voice|affirmed']],
  ['The door lock stores your fingerprint template on the device you own.', ['biometric|affirmed']],
  ['We collect your device’s GPS coordinates while you navigate.', ['location.precise|affirmed']],
  ['We infer the city you are in from your IP address.', ['location.approximate|affirmed']],
  ['We collect location information when you check in to a venue.', ['location|affirmed']],
  // Negation, scoped to its clause.
  ['We do not collect your precise location.', ['location.precise|denied']],
  ['We never create faceprints from your photos.', ['face|denied']],
  [
    'We do not sell your data, but we collect your precise location to show nearby events.',
    ['location.precise|affirmed'],
  ],
  [
    'The app does not scan your face, and we use your approximate location for local news.',
    ['face|denied', 'location.approximate|affirmed'],
  ],
  ['Fingerprint data used to unlock the app never leaves your device.', ['biometric|denied']],
  // A denial of a further action only is not a claim about collection.
  ['We never sell precise location data.', []],
  // Negation that is a condition.
  ['We will not collect your voice recordings without your consent.', ['voice|affirmed']],
  ['We do not collect GPS data unless you turn on location sharing.', ['location.precise|affirmed']],
  ['If you do not allow us to collect your location, the map cannot show where you are.', ['location|affirmed']],
  // Traps: no label.
  ['We met the team face-to-face in Berlin.', []],
  ['You can voice your concerns to our support team.', []],
  ['Log in with your Facebook account or reset your password in the interface.', []],
  ['We send an invoice by email every month.', []],
  ['Our partners use browser fingerprinting to detect bots.', []],
  ['Our offices are in Dublin and our servers are located in Oregon.', []],
  ['The law of the country where you live applies to these terms, along with local laws.', []],
  // Mentions without a claim.
  ['Biometric Data', []],
  ['What location data do we collect?', []],
  ['"Precise geolocation" means data that locates a device within a radius of 1,850 feet.', []],
  ['You can turn off location services in your phone settings at any time.', []],
  ['The Illinois Biometric Information Privacy Act regulates faceprints.', []],
  // A generic term yields to a named kind; "other" keeps it.
  ['We may collect biometric information, such as voiceprints, from your recordings.', ['voice|affirmed']],
  ['We keep voiceprints and other biometric identifiers for fraud checks.', ['voice|affirmed', 'biometric|affirmed']],
  // Data kept on the device, said in the next sentence.
  ['The app measures points on your face to fit the mask. This data does not leave your device.', ['face|denied']],
];

describe('classifyText on authored sentences', () => {
  for (const [sentence, expected] of CASES) {
    it(sentence, () => {
      const got = classifyText(sentence).map((p) => `${p.type}|${p.stance}`).sort();
      expect(got).toEqual([...expected].sort());
    });
  }
});

describe('practice details', () => {
  const one = (s: string) => classifyText(s)[0]!;

  it('marks face and voice identifiers apart from detection and recording', () => {
    expect(one('We may create a template of your face geometry when you verify your account.').identifier).toBe(true);
    const effects = one('Our camera effects detect faces in your videos so that stickers stay in place.');
    expect(effects.identifier).toBe(false);
    expect(one('Our support line uses voiceprints to confirm that callers are account holders.').identifier).toBe(true);
    expect(one('We record your voice when you talk to the assistant.').identifier).toBe(false);
    expect(one('We estimate your age from a facial scan.').identifier).toBe(false);
  });

  it('finds conditions and marks the claim conditional', () => {
    const p = one('With your permission, we may collect precise location from GPS when you enable location services.');
    expect(p.conditional).toBe(true);
    expect(p.conditions.map((c) => c.kind)).toEqual(expect.arrayContaining(['consent', 'setting']));
    expect(p.modality).toBe('may');
    expect(one('We collect your precise location.').conditional).toBeUndefined();
  });

  it('reads action, actor, source, purposes and scope', () => {
    const shared = one(
      'If you are a California resident, we share your precise geolocation with advertising partners.',
    );
    expect(shared).toMatchObject({ action: 'share', scope: 'US-state' });
    expect(shared.purposes).toContain('advertising');
    const partner = one('Our verification partner scans your face geometry to confirm your identity.');
    expect(partner.actor).toBe('third-party');
    expect(partner.purposes).toContain('identity-verification');
    expect(one('We extract faceprints from the photos you upload.').source).toBe('user-content');
    expect(one('We retain voiceprints for three years.').action).toBe('retain');
  });

  it('gives evidence offsets that point at the trigger words', () => {
    const text = 'First sentence here. We collect faceprints from videos.';
    const p = classifyText(text)[0]!;
    expect(p.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['faceprints']);
  });
});
