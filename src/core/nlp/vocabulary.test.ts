import { describe, expect, it } from 'vitest';
import { NON_CLAIM_RULES } from './claim';
import { findMentions } from './mentions';
import {
  ACTION_CUES,
  CONDITION_CUES,
  PURPOSE_CUES,
  SOURCE_CUES,
  TRAPS,
  TYPE_TERMS,
} from './vocabulary';

/**
 * Every vocabulary entry with a text it must match and one it must not (house rule 6). The sentences are
 * written for these tests.
 */
const TERM_EXAMPLES: Record<string, [string, string]> = {
  faceprint: ['We keep a faceprint of each member.', 'We keep a printed copy of each form.'],
  'face-recognition': ['Tag suggestions use facial recognition.', 'We recognise your contribution.'],
  'face-analysis': ['The camera uses face detection to focus.', 'We detect spam in comments.'],
  'acted-face-image': ['Facial images are scanned to check for excluded persons.', 'Facial images are stored to check for excluded persons.'],
  'people-in-images': ['We do not identify people in your photos.', 'We identify people who call our support line.'],
  'face-examined': ['The app examines your face to check you are present.', 'The app examines your browser.'],
  'speakers-told-apart': ['The speaker can identify speakers in your household.', 'We identify bugs in the speaker.'],
  voiceprint: ['Callers are verified by voiceprint.', 'Callers are verified by PIN.'],
  'voice-recording': ['We store voice recordings of support calls.', 'We store screen recordings of the app.'],
  'call-recording': [
    'Calls to our help desk may be recorded for training.',
    'Calls to our help desk are answered within a day.',
  ],
  audio: ['We keep the audio you send to the assistant.', 'We keep audio call usage data such as call length.'],
  fingerprint: ['Unlock the vault with your fingerprint.', 'Browser fingerprinting detects bots.'],
  iris: ['The headset measures your iris.', 'The company is Irish.'],
  'body-dimensions': ['The turnstile reads the geometry of your hand.', 'The turnstile reads the badge in your hand.'],
  'matched-face-image': ['We match a video of your face with your ID.', 'We store facial images you post.'],
  'biometric-generic': ['We process biometric data.', 'We research biometric technology for banks.'],
  gps: ['The app reads latitude and longitude.', 'The app reads group messages.'],
  'gps-word': ['The app reads GPS signals.', 'The rental desk hires out GPS navigation units.'],
  'precise-word': ['We log the exact position of the scooter rider.', 'We log the exact time of the ride.'],
  'places-kept': ['Saved places such as Home and Work sync across your devices.', 'Places you search for appear in your history.'],
  'precise-bound': [
    'The app keeps no location data more granular than your postcode.',
    'The app keeps no spending data more granular than your postcode.',
  ],
  'approximate-bound': [
    'The app keeps location data no more granular than your postcode.',
    'The app keeps spending data no more granular than your postcode.',
  ],
  'precise-source': [
    'Nearby Wi-Fi access points tell us where your phone is located.',
    'Our cafés offer Wi-Fi access points to guests.',
  ],
  'point-level': ['We keep your location at street-address level.', 'We keep your orders at street level stores.'],
  'area-grain': ['We keep location data at the neighbourhood level.', 'We report usage at the country level.'],
  'approximate-location': ['We infer your approximate location.', 'We estimate an approximate delivery date.'],
  'ip-derived-location': ['We estimate your city from your IP address.', 'We estimate delivery times from your order.'],
  'area-level': ['We record your name, city, and time zone.', 'We opened a new office in the city.'],
  'area-object': ['We record the postcode you enter at checkout.', 'We record the parcel you send at checkout.'],
  'area-relevance': ['We show you offers relevant to your country.', 'We show you offers relevant to your interests.'],
  'approximate-word': ['We show only a coarse area on your profile.', 'We show only a coarse summary on your profile.'],
  'ip-location': ['Location data (such as your IP address) is logged.', 'Your IP address and browser type are logged.'],
  'area-you-are-in': ['It tells us which country you are likely to be in.', 'It tells us which country your number is from.'],
  location: ['We collect your location.', 'We collect your local preferences.'],
};
const TRAP_EXAMPLES: Record<string, [string, string]> = {
  'speech-as-expression': ['We remove hate speech, spam and scams.', 'We process speech, text and images.'],
  'containing-word': ['We review the allocation of resources.', 'We review the location of your phone.'],
  code: ['The SDK exposes a `getLastKnownLocation()` method.', 'The SDK reads the last known location.'],
  'norm-topic': ['Experts discuss regulations on biometrics.', 'Experts discuss our collection of biometrics.'],
  'ui-label': ['The "Location" column shows where each vendor is.', 'The location column shows where each vendor is.'],
  'fingerprint-simile': ['Like a fingerprint, your voice is unique.', 'We keep a fingerprint of your voice.'],
  'picture-region': ['We store the region of each photo you crop.', 'We store the facial regions of each photo.'],
  'rank-place': ['Your location on the leaderboard depends on points.', 'Your location is shown on the map.'],
  'file-place': ['You can save the file in a location of your choosing.', 'We record the location of your choosing.'],
  'setting-choice': ['We send your preferences (duration, voice) to our provider.', 'We send your preferences and voice to our provider.'],
  'thing-location': ['Couriers may share your parcel\'s real-time location with you.', 'Couriers may share your real-time location with you.'],
  'precision-bound': [
    'We keep location no more precise than your city.',
    'We keep location data from your city.',
  ],
  'device-sensor': ['Unlock the app with your phone\'s fingerprint reader.', 'Staff use our fingerprint reader.'],
  'device-fingerprinting': ['We use device fingerprinting against fraud.', 'We read your fingerprint.'],
  'face-to-face': ['We meet customers face-to-face.', 'We scan your face geometry.'],
  'voice-idiom': ['You can voice your concerns to us.', 'We record your voice.'],
  'biometric-security': [
    'Our data centers have guards and biometric access controls.',
    'We use biometric data to verify you.',
  ],
  'country-of-law': ['The laws of your country may give you more rights.', 'We record your city and country.'],
  'biometric-law': ['The Illinois Biometric Information Privacy Act applies.', 'We collect biometric information.'],
  'audio-consumed': ['We collect the audio content you listen to.', 'We collect the audio content you record.'],
  'document-name': ['Our facial recognition policy is on the intranet.', 'Our facial recognition system is on the intranet.'],
  'place-of-others': ['Find the location of the nearest store on the map.', 'We find the location of your phone.'],
  'place-not-user': ['Our office locations are listed below.', 'We collect your device location.'],
};
const CUE_EXAMPLES: Record<string, [string, string]> = {
  consent: ['With your permission, we collect GPS.', 'We collect GPS.'],
  setting: ['If you turn on location services, we collect GPS.', 'We collect GPS to show maps.'],
  'feature-use': ['If you choose to verify your profile, we scan your face.', 'We scan profile photos.'],
  'legal-requirement': ['Where required by law, we ask first.', 'We ask first.'],
  jurisdiction: ['In certain jurisdictions, we verify age.', 'We verify age.'],
  'app-version': ['Older versions of the app collected GPS.', 'The app collects GPS.'],
  features: ['We use it to apply special effects.', 'We use it to bill you.'],
  moderation: ['We use it to moderate content.', 'We use it to bill you.'],
  demographics: ['We estimate your age range.', 'We estimate shipping costs.'],
  recommendations: ['We use it to recommend videos.', 'We use it to bill you.'],
  advertising: ['We use it to show you ads.', 'We use it to address you.'],
  security: ['We use it to prevent fraud.', 'We use it to bill you.'],
  legal: ['We use it to comply with legal obligations.', 'We use it to bill you.'],
  'identity-verification': ['We use it to verify your identity.', 'We use it to bill you.'],
  sell: ['We never sell your location.', 'We never seal your records.'],
  share: ['We share your location with partners.', 'We keep your location.'],
  retain: ['We retain voiceprints for a year.', 'We collect voiceprints.'],
  infer: ['We infer your city from your IP address.', 'We collect your city.'],
  use: ['We use your location.', 'We collect your location.'],
  collect: ['We collect your location.', 'We show your location.'],
  'user-content': ['We analyse the photos you upload.', 'We analyse payments.'],
  device: ['We read it from your device.', 'We read it from your account.'],
  'third-party': ['We receive it from partners.', 'We receive it from you.'],
  user: ['Information you provide to us.', 'Information we observe.'],
};
const RULE_EXAMPLES: Record<string, [string, string]> = {
  hypothetical: [
    'If we ever collect biometric data, we will tell you first and ask for your consent.',
    'If you enrol, we collect biometric data and tell you first.',
  ],
  'ui-instruction': [
    'To find a store near you, enter your ZIP code in the store locator.',
    'To find a store near you, we use the ZIP code you enter in the store locator.',
  ],
  prescription: [
    'The companion app should never send location data to advertisers.',
    'The companion app does not send location data to advertisers, and we should tell you so.',
  ],
  'reader-notified': [
    'You will be notified when location tracking is switched on, and you can switch it off.',
    'You will be notified when we collect your location.',
  ],
  'document-scope': [
    'This notice does not apply to call recordings, which our staff notice covers.',
    'This app does not collect call recordings, which our staff notice covers.',
  ],
  question: ['How do we use your location?', 'We use your location.'],
  heading: ['Location Information', 'We collect location information.'],
  'ui-label': ['Share location while the app is open', 'We share your location data.'],
  'front-matter': ['title: A memo about faceprints', 'Title cards show faceprints.'],
  definition: [
    '"Biometric information" means data about your body.',
    'We collect biometric information by means of a scan.',
  ],
  law: ['The Colorado Privacy Act applies to biometric data.', 'We collect biometric data.'],
  'user-setting': [
    'You can turn off location services in your device settings.',
    'We collect location when location services are on.',
  ],
  advice: ['Please do not post your home location in reviews.', 'Please note that we collect your location.'],
  imperative: [
    'Choose a spot for the camera away from the window, and check its location each month.',
    'We choose a spot on the map from your location each month.',
  ],
  'ui-path': [
    'On Android, go to Settings > Location > App permissions.',
    'We read your location when the app is open.',
  ],
  'link-text': ['Learn more about location data.', 'We use location data to show maps.'],
  requirement: [
    'Sales of biometric data require explicit notice.',
    'Sales of biometric data help us pay for the service.',
  ],
  commitment: [
    'We are committed to protecting sensitive data such as biometrics.',
    'We are committed to protecting the biometrics we collect.',
  ],
  greeting: ['Welcome to our speech-to-text application.', 'We run our speech-to-text application.'],
  'reader-recourse': [
    'Touch ID and Face ID settings can be managed in your phone settings.',
    'We manage Face ID settings for you and store your face data.',
  ],
  'category-defined': [
    'Sensitive personal information includes precise geolocation and biometric data.',
    'The information we collect includes precise geolocation.',
  ],
  'self-reference': [
    'This section explains your choices about location permissions.',
    'This section explains how we use your location.',
  ],
  warranty: [
    'We do not guarantee that location-based search results will be accurate or complete.',
    'We do not collect location data, and we guarantee that search results will be accurate.',
  ],
  trademark: [
    'Face ID and Touch ID are trademarks of Apple Inc., registered in the U.S. and other countries.',
    'Face ID and Touch ID let you sign in to our app with your face or fingerprint.',
  ],
  'reader-duty': [
    'You shall not aggregate, cache or store location data contained in the content.',
    'We aggregate, cache and store location data contained in the content.',
  ],
  'reader-control': [
    'If you do not want us to use your location for these purposes, you should turn off location services in your phone settings.',
    'If you do not want us to use your location for these purposes, you should know that we collect it anyway.',
  ],
  'rights-request': [
    'You may submit a request to access your biometric data.',
    'We access your biometric data to verify you.',
  ],
  'device-state': [
    'Some models have an option to disable location services.',
    'We collect location when you use the map.',
  ],
  copula: ['Your street address is your home location.', 'Your location is collected.'],
  description: ['Location from a network may be approximate.', 'We may collect your approximate location.'],
  discouragement: ['We do not encourage you to provide biometric data.', 'We do not collect biometric data.'],
  'permission-setting': [
    'Location services must be set to Always for the geofence to work.',
    'Once location services are set to Always, we collect your location in the background.',
  ],
  'os-requirement': [
    'Android requires location permission to scan for Bluetooth devices.',
    'We require location permission to scan for Bluetooth devices.',
  ],
  'refusal-consequence': [
    'If you turn off location services, some features will not work.',
    'If you turn off location services, we will estimate your location from your IP address.',
  ],
  'works-without': [
    'The app works without location permission.',
    'The app works without location permission, and we collect your location when you grant it.',
  ],
  'reader-information': [
    'You can obtain further information on location-based services.',
    'We obtain information on your location.',
  ],
  'lead-in': ['Users who opt in to location sharing may:', 'We may collect your location when you:'],
  responsibility: [
    'Partners who use our SDK are responsible for asking their users before reading location.',
    'Partners who use our SDK send us the location of their users.',
  ],
};

function check(id: string, source: string | RegExp, pair: [string, string] | undefined) {
  it(`${id} matches its example and not its counterexample`, () => {
    expect(pair, `examples for ${id}`).toBeDefined();
    const re = typeof source === 'string' ? new RegExp(source, 'i') : source;
    expect(re.test(pair![0])).toBe(true);
    expect(re.test(pair![1])).toBe(false);
  });
}

describe('analyzer vocabulary', () => {
  describe('type terms', () =>
    TYPE_TERMS.filter((t) => !t.heads && !t.beatsTraps).forEach((t) => check(t.id, t.source, TERM_EXAMPLES[t.id])));
  describe('type terms read in context (head.ts, gates that beat traps)', () => {
    for (const t of TYPE_TERMS.filter((x) => x.heads || x.beatsTraps)) {
      it(`${t.id} is a mention in its example and not in its counterexample`, () => {
        const [yes, no] = TERM_EXAMPLES[t.id]!;
        expect(findMentions(yes).some((m) => m.term.id === t.id)).toBe(true);
        expect(findMentions(no).some((m) => m.term.id === t.id)).toBe(false);
      });
    }
  });
  describe('type-term gates let their examples through', () => {
    for (const t of TYPE_TERMS.filter((x) => x.gate)) {
      it(`${t.id}'s gate admits its example`, () =>
        expect(new RegExp(t.gate!, 'i').test(TERM_EXAMPLES[t.id]![0])).toBe(true));
    }
  });
  describe('traps', () => Object.entries(TRAPS).forEach(([id, source]) => check(id, source, TRAP_EXAMPLES[id])));
  describe('cues', () => {
    for (const cues of [CONDITION_CUES, PURPOSE_CUES, ACTION_CUES, SOURCE_CUES]) {
      for (const [value, source] of Object.entries(cues)) check(value, source, CUE_EXAMPLES[value]);
    }
  });
  describe('non-claim rules', () => {
    for (const [id, test] of Object.entries(NON_CLAIM_RULES)) {
      it(`${id} holds for its example and not its counterexample`, () => {
        const pair = RULE_EXAMPLES[id]!;
        expect(pair).toBeDefined();
        expect(test(pair[0], undefined)).toBe(true);
        expect(test(pair[1], undefined)).toBe(false);
      });
    }
  });
  it('has no upper-case literal (mentions.ts matches lower-cased sentences case-sensitively)', () => {
    for (const t of TYPE_TERMS) expect(t.source.replace(/\\./g, ''), t.id).not.toMatch(/[A-Z]/);
    for (const [id, source] of Object.entries(TRAPS)) expect(source.replace(/\\./g, ''), id).not.toMatch(/[A-Z]/);
    for (const t of TYPE_TERMS) if (t.gate) expect(t.gate.replace(/\\./g, ''), t.id).not.toMatch(/[A-Z]/);
  });
  it('has no stale examples', () => {
    const ids = [...TYPE_TERMS.map((t) => t.id), ...Object.keys(TRAPS)];
    expect(Object.keys(TERM_EXAMPLES).concat(Object.keys(TRAP_EXAMPLES)).sort()).toEqual(ids.sort());
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(Object.keys(NON_CLAIM_RULES).sort());
  });
});
