import { describe, expect, it } from 'vitest';
import type { PolicyText } from '../text/policy-text';
import { analyzePolicy } from './analyze';
import { classifyText } from './text';
import { negationsIn } from './negation';

/**
 * Minimal pairs (issue 9, item 3): each rule of the analyzer is pinned by a sentence written here and the same
 * sentence changed just enough to flip its label. Labels are `type|stance`, sorted; [] is no claim.
 */
type Pair = [rule: string, a: string, aLabels: string[], b: string, bLabels: string[]];

const labels = (text: string) => classifyText(text).map((p) => `${p.type}|${p.stance}`).sort();
/** Whether the sentence's claim of one type is said to identify (undefined where it has none of that type). */
const identifierOf = (type: 'face' | 'voice') => (text: string) =>
  classifyText(text).find((p) => p.type === type)?.identifier;
const faceId = identifierOf('face');
const voiceId = identifierOf('voice');

const PAIRS: Pair[] = [
  // Negation as scope: cues.
  [
    'negated verb', 'We collect your precise location.', ['location.precise|affirmed'],
    'We do not collect your precise location.', ['location.precise|denied'],
  ],
  [
    'never', 'The kiosk stores faceprints of visitors.', ['face|affirmed'],
    'The kiosk never stores faceprints of visitors.', ['face|denied'],
  ],
  [
    'no as determiner', 'The app keeps biometric data on our servers.', ['biometric|affirmed'],
    'The app keeps no biometric data on our servers.', ['biometric|denied'],
  ],
  [
    'neither…nor', 'We both record and store voice recordings.', ['voice|affirmed'],
    'We neither record nor store voice recordings.', ['voice|denied'],
  ],
  [
    'without + -ing', 'The filter works by scanning your face geometry.', ['face|affirmed'],
    'The filter works without scanning your face geometry.', ['face|denied'],
  ],
  [
    'none of', 'All of the features use your precise location.', ['location.precise|affirmed'],
    'None of the features use your precise location.', ['location.precise|denied'],
  ],
  [
    'a verb that negates the act it governs', 'We started collecting your precise location in 2024.',
    ['location.precise|affirmed'], 'We stopped collecting your precise location in 2024.', ['location.precise|denied'],
  ],
  [
    'the reader stopping is a setting, not a denial', 'We stopped sharing your precise location with partners.', [],
    'You can stop sharing your precise location with partners.', ['location.precise|affirmed'],
  ],
  [
    'instead of, rather than', 'We use your city as well as your precise location.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We use your city rather than your precise location.', ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  // Pseudo-cues that do not negate.
  [
    'not only', 'We do not use your voiceprint to unlock the app.', ['voice|denied'],
    'We not only use your voiceprint to unlock the app but also to verify payments.', ['voice|affirmed'],
  ],
  [
    'not limited to', 'We collect data such as your GPS location.', ['location.precise|affirmed'],
    'We collect data including but not limited to your GPS location.', ['location.precise|affirmed'],
  ],
  [
    'whether or not', 'We do not log your approximate location.', ['location.approximate|denied'],
    'We log your approximate location whether or not you are signed in.', ['location.approximate|affirmed'],
  ],
  [
    'not every', 'We do not record calls to our help line.', ['voice|denied'],
    'We do not record every call to our help line.', ['voice|affirmed'],
  ],
  // Terminators end a negation's scope.
  [
    'but ends the scope', 'We do not sell your data and collect your precise location.', [],
    'We do not sell your data, but we collect your precise location.', ['location.precise|affirmed'],
  ],
  [
    'semicolon ends the scope', 'We do not collect chat logs or fingerprint scans.', ['biometric|denied'],
    'We do not collect chat logs; fingerprint scans are kept for a year.', ['biometric|affirmed'],
  ],
  // One verb lexicon: inflections, passives, hedges, coordination.
  [
    'negated passive', 'Your voice recordings are collected for thirty days.', ['voice|affirmed'],
    'Your voice recordings are not collected at all.', ['voice|denied'],
  ],
  [
    'passive with never', 'Face templates are created on our servers.', ['face|affirmed'],
    'Face templates are never created on our servers.', ['face|denied'],
  ],
  [
    'temporal hedge', 'We currently collect your precise location.', ['location.precise|affirmed'],
    'We do not currently collect your precise location.', ['location.precise|denied'],
  ],
  [
    'coordinated verbs with a processing verb', 'We do not sell or share your fingerprints.', [],
    'We do not sell, share or collect your fingerprints.', ['biometric|denied'],
  ],
  [
    'a negated verb on a pronoun for the mention',
    'Your fingerprint stays in the phone’s secure chip and we read it there.', ['biometric|affirmed'],
    'Your fingerprint stays in the phone’s secure chip and we never see it.', ['biometric|denied'],
  ],
  [
    'an earlier affirming verb keeps the claim', 'Your voice recordings stay with you and we never use them.',
    ['voice|denied'], 'We keep your voice recordings and we never use them.', ['voice|affirmed'],
  ],
  [
    'a further action only', 'We do not collect your voiceprint.', ['voice|denied'], 'We do not sell your voiceprint.',
    [],
  ],
  [
    'negation as a condition', 'We do not collect your precise location.', ['location.precise|denied'],
    'We do not collect your precise location unless you turn on sharing.', ['location.precise|affirmed'],
  ],
  // A relative or parenthetical clause that denies for one region: both stances, the denial scoped.
  [
    'a carve-out for one region', 'We scan face geometry in photos, where you allow it.', ['face|affirmed'],
    'We scan face geometry in photos, except in Illinois, where we do not.', ['face|affirmed', 'face|denied'],
  ],
  [
    'a parenthetical denial for one region', 'We keep voiceprints of callers (for up to a year).', ['voice|affirmed'],
    'We keep voiceprints of callers (not for callers in the EEA).', ['voice|affirmed', 'voice|denied'],
  ],
  // Data flow: whether the company receives the data.
  [
    'stays on the device', 'Your fingerprint template is sent to our servers.', ['biometric|affirmed'],
    'Your fingerprint template is stored only on your device.', ['biometric|denied'],
  ],
  [
    'never leaves the device', 'The face map used to unlock the app is uploaded to us.', ['face|affirmed'],
    'The face map used to unlock the app never leaves your phone.', ['face|denied'],
  ],
  [
    'only a result reaches us', 'The scanner sends your face geometry to us.', ['face|affirmed'],
    'The scanner checks your face geometry and only a confirmation is sent to us.', ['face|denied'],
  ],
  [
    'a following sentence keeps it on the device', 'We analyse your voice commands. They help us improve.',
    ['voice|affirmed'], 'We analyse your voice commands. Such data never leaves your device.', ['voice|denied'],
  ],
  // Terms by head noun × modifier.
  [
    'face modifier after the head', 'We keep your facial measurements.', ['face|affirmed'],
    'We keep your shoe measurements.', [],
  ],
  [
    'face modifier before the head', 'We build a map of your face to unlock the app.', ['face|affirmed'],
    'We build a map of your route to plan the trip.', [],
  ],
  [
    'voice transcript', 'We keep speech transcripts of your requests.', ['voice|affirmed'],
    'We keep support transcripts of your chats.', [],
  ],
  [
    'recorded calls', 'Calls with our support team may be recorded.', ['voice|affirmed'],
    'Calls with our support team may be answered by a bot.', [],
  ],
  [
    'hand geometry', 'The gym scanner reads your hand geometry.', ['biometric|affirmed'],
    'The gym scanner reads your hand luggage tag.', [],
  ],
  // Precision from the source; the policy's own word wins.
  [
    'precise from radio sources', 'We use nearby Wi-Fi access points to locate your phone.',
    ['location.precise|affirmed'], 'We use nearby Wi-Fi access points to speed up downloads.', [],
  ],
  [
    'approximate from an area', 'We record your city and time zone when you sign up.',
    ['location.approximate|affirmed'], 'We record your name and email when you sign up.', [],
  ],
  [
    'an area as a data item after "the"', 'We keep the city in which you opened your account.',
    ['location.approximate|affirmed'], 'We keep the branch in which you opened your account.', [],
  ],
  [
    'approximate from the IP address', 'We infer your region from your IP address.', ['location.approximate|affirmed'],
    'We infer your language from your browser settings.', [],
  ],
  [
    'an inferred location is approximate', 'We read your location from your phone.', ['location|affirmed'],
    'We infer your location from your network.', ['location.approximate|affirmed'],
  ],
  [
    'the policy word wins', 'We use the exact position of your phone.', ['location.precise|affirmed'],
    'We use the approximate position of your phone.', ['location.approximate|affirmed'],
  ],
  [
    'precise vs approximate word', 'We collect your precise location.', ['location.precise|affirmed'],
    'We collect your imprecise location.', ['location.approximate|affirmed'],
  ],
  // The claim filter.
  ['heading', 'We collect biometric information.', ['biometric|affirmed'], 'Biometric Information', []],
  // A verbless line in sentence case is an item of a list of data; title-cased, it is a heading.
  ['list item', 'Approximate location data', ['location.approximate|affirmed'], 'Approximate Location Data', []],
  ['list item', 'Location and route of the vehicle', ['location|affirmed'], 'Location and Route of the Vehicle', []],
  ['question', 'We use your location.', ['location|affirmed'], 'Do we use your location?', []],
  [
    'device state', 'We collect your location when location services are on.', ['location|affirmed'],
    'Some phones have an option to disable location services.', [],
  ],
  [
    'advice to the reader', 'We collect the location you post in reviews.', ['location|affirmed'],
    'Please do not post your home location in reviews.', [],
  ],
  [
    'UI instruction', 'We share your location with your friends.', ['location|affirmed'], 'Share location with friends',
    [],
  ],
  [
    'laws of the user’s country', 'We collect your country of residence to set prices.',
    ['location.approximate|affirmed'], 'The laws of your country of residence may give you more rights.', [],
  ],
  [
    'places of the company', 'We collect the location of your phone.', ['location|affirmed'],
    'We list the location of the nearest store.', [],
  ],
  [
    'a word that contains a data word', 'We send your location to the driver.', ['location|affirmed'],
    'We send an invoice to the driver.', [],
  ],
  [
    'a word that contains "location"', 'We log your location when you move house.', ['location|affirmed'],
    'We log your relocation when you move house.', [],
  ],
  [
    'rights requests', 'We access your biometric data to verify you.', ['biometric|affirmed'],
    'You may submit a request to access your biometric data.', [],
  ],
  [
    'link text', 'We use location information to show maps.', ['location|affirmed'],
    'Learn more about location information.', [],
  ],
  // Category labels of US state-law notice tables, answered in the same line.
  [
    'an answered category label', 'Biometric information: Yes', ['biometric|affirmed'], 'Biometric information: No',
    ['biometric|denied'],
  ],
  // "Location" as the user's data or as a place (place.ts): the noun phrase decides.
  [
    'a plural place', 'We store your locations on our servers.', ['location|affirmed'],
    'We store backups in locations outside the EU.', [],
  ],
  [
    'a place determiner', 'We may process your location for fraud checks.', ['location|affirmed'],
    'We may process orders in certain locations for fraud checks.', [],
  ],
  [
    'the "of" complement', 'We record the location of your device at check-out.', ['location|affirmed'],
    'We record the location of the hearing at check-out.', [],
  ],
  [
    'a possessor who is not the user', 'Files are kept according to your location.', ['location|affirmed'],
    'Files are kept according to the Institution’s location.', [],
  ],
  [
    'a place as the end of a movement', 'We may send your location to our servers.', ['location|affirmed'],
    'We may send your files to a location outside the EU.', [],
  ],
  [
    'a relative clause with the reader as subject', 'We keep data from the location you share.', ['location|affirmed'],
    'We keep data from the location of the hearing.', [],
  ],
  [
    'going somewhere makes it the user’s', 'We log trips to public locations you visit.', ['location|affirmed'],
    'We log sales at public locations we run.', [],
  ],
  // A data word that modifies another noun names that noun (head.ts).
  [
    '"audio" as the head or a modifier', 'We keep audio from your calls with us.', ['voice|affirmed'],
    'We keep audio call logs from your calls with us.', [],
  ],
  [
    '"biometric" as the head or a modifier', 'Our partner supplies biometric checks for sign-in.',
    ['biometric|affirmed'], 'Our partner supplies biometric technology for sign-in.', [],
  ],
  [
    '"GPS" as the head or a modifier', 'Renters may add GPS coordinates to the booking.', ['location.precise|affirmed'],
    'Renters may add GPS units to the booking.', [],
  ],
  [
    'an area as a data item or as a place', 'We store your state, province or country with your profile.',
    ['location.approximate|affirmed'], 'We store your profile outside of your state, province or country.', [],
  ],
  [
    'places the user goes', 'We log the places you visit.', ['location|affirmed'], 'We log the places we deliver to.',
    [],
  ],
  [
    'the area the user is in', 'We detect which country you are in.', ['location.approximate|affirmed'],
    'We detect which language you use.', [],
  ],
  [
    'what was said in a call, not its length', 'We may keep a summary of your call with our team.', ['voice|affirmed'],
    'We may keep the length of your call with our team.', [],
  ],
  [
    'speech as sound or as expression', 'We analyse speech, text and images you post.', ['voice|affirmed'],
    'We analyse hate speech, text and images you post.', [],
  ],
  [
    'a voice as a say', 'We record your voice in support calls.', ['voice|affirmed'],
    'We value your voice in how we build support.', [],
  ],
  [
    'monitored calls', 'Calls with our agents may be monitored.', ['voice|affirmed'],
    'Calls with our agents may be free.', [],
  ],
  [
    'an image of the face, matched or not (LABELS.md)', 'We match a video of your face with your ID document.',
    ['face|affirmed'], 'We keep a video of your face with your ID document.', [],
  ],
  [
    'geographic data', 'We use geographic data to rank offers.', ['location|affirmed'],
    'We use demographic data to rank offers.', [],
  ],
  [
    'geographic data as one of coordinated modifiers',
    'Ads may be chosen from what we know of you, such as geographic and demographic information.', ['location|affirmed'],
    'Ads may be chosen from what we know of you, such as linguistic and demographic information.', [],
  ],
  [
    'what the reader\'s device lets the reader do is its feature, not the company\'s act',
    'Your phone may let you unlock it with your fingerprint.', [],
    'Your phone may let us read your fingerprint.', ['biometric|affirmed'],
  ],
  [
    'a measure of the reader\'s calls is call metadata, not their voice',
    'We collect call logs, including the date, time and duration of your voice calls.', [],
    'We collect call logs, including the date, time and recordings of your voice calls.', ['voice|affirmed'],
  ],
  [
    'other services\' own practices are theirs, not a claim of the company\'s',
    'Third-party apps that you connect may have their own practices regarding your location.', [],
    'Third-party apps that you connect may receive your location from us.', ['location|affirmed'],
  ],
  [
    'a noun of the action after a capitalised word is no company acting by its name',
    'Facial recognition is defined in section 2 of this notice.', [],
    'Facial recognition is used in section 2 of this app.', ['face|affirmed'],
  ],
  [
    'a sensor the reader may switch off, in the modal passive: a device state',
    'The GPS in your phone can be turned off in Settings.', [],
    'The GPS in your phone can be read by us at any time.', ['location.precise|affirmed'],
  ],
  [
    'a device key the reader unlocks with, beside a denial that the company gets the data, claims nothing more',
    'You can unlock the app with Face ID; we never receive your face data.', ['face|denied'],
    'You can unlock the app with Face ID; we store your face data.', ['face|affirmed'],
  ],
  [
    'audio the reader listens to is media; audio the reader records is their voice',
    'We collect information about the audio content you listen to, such as songs and podcasts.', [],
    'We collect information about the audio content you record, such as songs and podcasts.', ['voice|affirmed'],
  ],
  [
    'how far the reader is from others is where they are; how far they walked is not',
    'We show other members how far away you are.', ['location|affirmed'],
    'We show other members how far you walked.', [],
  ],
  [
    'where a photo was taken is location; what it shows is not',
    'We collect metadata from your photos, such as where they were taken.', ['location|affirmed'],
    'We collect metadata from your photos, such as when they were taken.', [],
  ],
  [
    'a later denial by a pronoun, bounded in time, keeps the data until then',
    'Your precise location is never shared with advertisers, and we do not store it after your trip ends.',
    ['location.precise|affirmed'],
    'Your precise location is never shared with advertisers, and we do not store it.', ['location.precise|denied'],
  ],
  [
    'a resolution the company knows the location "to within"',
    'We use your location, which we know to within about 10 kilometres.', ['location.approximate|affirmed'],
    'We use your location, which we know to within about 10 metres.', ['location.precise|affirmed'],
  ],
  [
    'a precision word under a comparative of less is rough',
    'We only use a less accurate location, such as your city.', ['location.approximate|affirmed'],
    'We only use a more accurate location, such as your street.', ['location.precise|affirmed'],
  ],
  [
    'a precision said not to hold is rough, and "not" there denies nothing',
    'We collect location information that is not precise.', ['location.approximate|affirmed'],
    'We collect location information that is precise.', ['location.precise|affirmed'],
  ],
  [
    'the source decides before the verb: a location inferred from a radio source is precise',
    'Your location is inferred from Wi-Fi access points.', ['location.precise|affirmed'],
    'Your location is inferred from your IP address.', ['location.approximate|affirmed'],
  ],
  [
    'cell IDs as a radio source', 'We collect your location from mobile network cell IDs.', ['location.precise|affirmed'],
    'We collect your location from mobile network names.', ['location|affirmed'],
  ],
  [
    'the act of locating drawn from an approximate source', 'We may use your IP address to locate your device.',
    ['location.approximate|affirmed'], 'We may use your camera to locate your device.', ['location|affirmed'],
  ],
  [
    'a source given as the location\'s example', 'We collect information about your location, such as Wi-Fi access points.',
    ['location.precise|affirmed'], 'We collect information about your location, such as your time zone.',
    ['location.approximate|affirmed'],
  ],
  [
    'an example of other data than the location', 'We collect location data and device information, such as your IP address.',
    ['location|affirmed'], 'We collect location data, such as your IP address, and device information.', ['location.approximate|affirmed'],
  ],
  [
    'the user\'s country as the measure of a transfer, not data collected',
    'Your data may be transferred to a country other than your country of residence.', [],
    'Your data may be transferred to us with your country of residence.', ['location.approximate|affirmed'],
  ],
  [
    'the user\'s home as the measure of where data is stored',
    'Your files may be stored in a country different from the one where you live.', [],
    'Your files may be stored with a note of the city where you live.', ['location.approximate|affirmed'],
  ],
  // Abbreviations do not end the windows the vocabulary reads (normalize.ts).
  [
    'an abbreviation inside the sentence', 'Calls with our teams (support, billing and sales) may be recorded.',
    ['voice|affirmed'], 'Calls with our teams (support, billing, etc.) may be answered by a bot.', [],
  ],
  // A denial under a negative condition affirms under the positive one: both stances.
  [
    'a denial if you do not enable it', 'If you enable GPS, we collect your precise location.',
    ['location.precise|affirmed'], 'If you do not enable GPS, we do not collect your precise location.',
    ['location.precise|affirmed', 'location.precise|denied'],
  ],
  [
    'copula between names', 'Your street address is collected as your home location.', ['location|affirmed'],
    'Your street address is your home location.', [],
  ],
  [
    'the reader using their settings', 'We use your device settings to enable location services.',
    ['location|affirmed'],
    'You can use your device settings to enable location services.', [],
  ],
  [
    'precision from an estimate', 'Your past searches may be used to estimate a relevant location.',
    ['location.approximate|affirmed'],
    'Your past searches may be used to record a relevant location.', ['location|affirmed'],
  ],
  [
    'a participle describing a mention under its own denial', 'We do not store the face scan used to unlock the app.',
    ['face|affirmed'],
    'The face scan used to unlock the app is never sent to our servers.', ['face|denied'],
  ],
  [
    'places visited, tense and aspect', 'We keep a list of places you have visited.', ['location|affirmed'],
    'We keep a list of places you have rated.', [],
  ],
  [
    'keystroke timing, either order', 'We capture the rhythm of your typing to detect fraud.',
    ['biometric|affirmed'],
    'We capture the content of your typing to detect fraud.', [],
  ],
  [
    'a fingerprint of a machine', 'Your phone sends us a fingerprint of your thumb.', ['biometric|affirmed'],
    'Your phone sends us a fingerprint of its configuration.', [],
  ],
  [
    'laws that restrict', 'Our apps use facial recognition technology.', ['face|affirmed'],
    'Some laws restrict facial recognition technology.', [],
  ],
  [
    'an area as the object of a processing verb', 'We record the postcode you enter.',
    ['location.approximate|affirmed'],
    'We print the postcode you enter.', [],
  ],
  [
    'an adverb of approximation', 'Your time zone tells us roughly where you are.', ['location.approximate|affirmed'],
    'Your time zone tells us exactly where you are.', ['location|affirmed'],
  ],
  [
    "an indirect question of the company's acts is a heading, with or without a period",
    'How we use your location.', [],
    'Now we use your location.', ['location|affirmed'],
  ],
  [
    'a sensor in use, with and without an act on data', 'While GPS is in use, it is used to track the route.',
    ['location.precise|affirmed'],
    'While GPS is in use, an icon appears on the screen.', [],
  ],
  [
    'what the microphone picks up', 'Sound picked up by the microphone is sent to our servers.', ['voice|affirmed'],
    'Sound picked up by the speaker is sent to our servers.', [],
  ],
  [
    'coordinated verbs before a call', 'We may record and analyze calls with you.', ['voice|affirmed'],
    'We may schedule and analyze calls with you.', [],
  ],
  [
    'a voice profile identifies', 'We create a voice profile to recognize who is speaking.', ['voice|affirmed'],
    'We create a user profile to recognize who is speaking.', [],
  ],
  [
    'where the device is', 'We collect information about where your device is.', ['location|affirmed'],
    'We collect information about what your device is.', [],
  ],
  [
    'the level of an area', 'We know your location at the level of your zip code.', ['location.approximate|affirmed'],
    'We know your location at the level of your street.', ['location|affirmed'],
  ],
  [
    'an area with the reader\'s relative clause', 'The city you set in your profile is shown to other members.',
    ['location.approximate|affirmed'],
    'The city you set in your profile is your choice.', [],
  ],
  [
    'a voice raised or kept down', 'Please send us your voice recording.', ['voice|affirmed'],
    'Please keep your voice down.', [],
  ],
  [
    'faces as the object of identifying', 'Our cameras count visitors by identifying their faces.', ['face|affirmed'],
    'Our cameras count visitors without identifying or storing their faces.', ['face|denied'],
  ],
  [
    'faces found in an image', 'We may blur faces that appear in street imagery.', ['face|affirmed'],
    'We may blur plates that appear in street imagery.', [],
  ],
  [
    'an area with a modifier and the reader\'s relative clause', 'We log the general region from which you connect.',
    ['location.approximate|affirmed'],
    'We log the general reason for which you connect.', [],
  ],
  [
    'what is said to a voice assistant', 'Recordings of your requests to our voice assistant are stored.',
    ['voice|affirmed'],
    'Recordings of your requests to our help desk are stored.', [],
  ],
  [
    'a pronoun after a negated verb and its preposition', 'Voice messages are encrypted, so we can listen to them.',
    ['voice|affirmed'],
    'Voice messages are encrypted, so we cannot listen to them.', ['voice|denied'],
  ],
  [
    'two radio sources before a location', 'Wi-Fi and Bluetooth scanning may improve the accuracy of your location.',
    ['location.precise|affirmed'],
    'Wi-Fi and Bluetooth scanning may improve the accuracy of your playlists.', [],
  ],
  [
    'a common-noun possessor is not the user', "The member's location is shown on the map.", ['location|affirmed'],
    "The hotel's location is shown on the map.", [],
  ],
  [
    'the location of a device or of stored data', 'We may record the location of your phone.', ['location|affirmed'],
    'We may change the location of your personal data.', [],
  ],
  [
    'a passive is no copula', 'Your face template is deleted when you close your account.', ['face|affirmed'],
    'Your face template is a number.', [],
  ],
  [
    'the receiver named before the result', 'The app receives your fingerprint and a confirmation that it matched.',
    ['biometric|affirmed'],
    'The app only receives a confirmation that your fingerprint matched.', ['biometric|denied'],
  ],
  [
    'data kept on a wearable', 'GPS data often leaves your watch.', ['location.precise|affirmed'],
    'GPS data never leaves your watch.', ['location.precise|denied'],
  ],
  [
    'a list of verbs before calls', 'We record, store or transcribe your calls.', ['voice|affirmed'],
    'We schedule, store or forward your calls.', [],
  ],
  [
    'satellite positioning by another name', "The GNSS receiver reports the watch's coordinates to us.",
    ['location.precise|affirmed'],
    "The NFC receiver reports the watch's battery level to us.", [],
  ],
  [
    'people\'s voices', "Our system transcribes meetings, including the speakers' voices.", ['voice|affirmed'],
    "Our system summarises meetings, including the speakers' slides.", [],
  ],
  [
    'the veins of a palm', 'We scan the veins in your palm at the entrance.', ['biometric|affirmed'],
    'We scan the card in your palm at the entrance.', [],
  ],
  [
    'neither … nor after a passive', 'Voice data is both collected and shared.', ['voice|affirmed'],
    'Voice data is neither collected nor shared.', ['voice|denied'],
  ],
  [
    'a negated passive around a parenthetical', 'Fingerprint data is now, and has always been, transmitted to us.',
    ['biometric|affirmed'],
    'Fingerprint data is not, and has never been, transmitted to us.', ['biometric|denied'],
  ],
  [
    'accurate is a precision word', 'Accurate position data is logged during each trip.',
    ['location.precise|affirmed'],
    'Accurate billing data is logged during each trip.', [],
  ],
  [
    'an area item with the user\'s possessive', 'Your country, inferred from your connection, is stored.',
    ['location.approximate|affirmed'],
    'Your account, inferred from your connection, is stored.', [],
  ],
  [
    'advice with an adverb', 'We publicly post your real-time location.', ['location|affirmed'],
    'We strongly recommend that you do not publicly post your real-time location.', [],
  ],
  [
    'coordinates of a device or of an area', 'We store the coordinates of your device.', ['location.precise|affirmed'],
    'We store the coordinates of your neighbourhood.', ['location.approximate|affirmed'],
  ],
  [
    'precision from a stated resolution', 'We collect your location, accurate to within a few meters.',
    ['location.precise|affirmed'],
    'We collect your location, accurate to within a few kilometers.', ['location.approximate|affirmed'],
  ],
  [
    'the level of a network cell', 'Your location is determined at the level of your network cell.',
    ['location.approximate|affirmed'],
    'Your location is determined at the request of your network operator.', ['location|affirmed'],
  ],
  [
    'the face in an image, compared', 'We check that the face in your selfie matches the photo on your passport.',
    ['face|affirmed'],
    'We check that the date on your selfie matches the photo on your passport.', [],
  ],
  [
    'the heart as a signature', 'Your heartbeat pattern is used to confirm it is you.', ['biometric|affirmed'],
    'Your heartbeat rate is used to count calories.', [],
  ],
  [
    'a voice as a say', 'Use your voice to unlock the app.', ['voice|affirmed'],
    'Use your voice to stand up for privacy.', [],
  ],
  [
    'fingerprints on glass', 'The scanner reads your fingerprint.', ['biometric|affirmed'],
    'The screen has a fingerprint-resistant coating.', [],
  ],
  // Who acts (actor.ts): a party on its own account makes no claim of the company's.
  [
    'an independent actor', 'Our partner may collect your location.', ['location|affirmed'],
    'Your carrier may collect your location.', [],
  ],
  [
    'the subject\'s head, not its attachment', 'Our apps may access your precise location.',
    ['location.precise|affirmed'],
    'Other apps on your phone may access your precise location.', [],
  ],
  [
    'an actor named by apposition', 'Acme, as the provider of this app, may process your location.',
    ['location|affirmed'],
    'Acme, as your operating system provider, may process your location.', [],
  ],
  [
    'an independent actor passing data on', 'The operating system collects your location and keeps it.',
    [],
    'The operating system collects your location and discloses it to apps, including ours.', ['location|affirmed'],
  ],
  [
    'steps in the interface', 'To improve the map, we collect your precise location.', ['location.precise|affirmed'],
    'To turn off precise location, open Settings, then Privacy.', [],
  ],
  [
    'advice with "should"', 'We may share your location publicly.', ['location|affirmed'],
    'You should be careful about sharing your location publicly.', [],
  ],
  [
    'an act the reader may ask about', 'Under Illinois law, we collect biometric identifiers only with consent.',
    ['biometric|affirmed'],
    'Under Illinois law, you have the right to know whether we collect biometric identifiers.', [],
  ],
  [
    'based on an IP address, not on a list holding one', 'We show ads based on your IP address.',
    ['location.approximate|affirmed'],
    'We show ads based on items such as your IP address and browser type.', [],
  ],
  [
    'audio among other modifiers of a generic head', 'Audio information, such as voice notes',
    ['voice|affirmed'],
    'Audio, electronic, visual or similar information', [],
  ],
  [
    'any place at all', 'We record where you live.', ['location|affirmed'],
    'We treat you fairly, no matter where you live.', [],
  ],
  [
    'a country of residence governed by a locative', 'We record your country of residence.',
    ['location.approximate|affirmed'],
    'We record nothing in your country of residence.', [],
  ],
  [
    'a location associated with an IP address', 'We may record the location associated with your IP address.',
    ['location.approximate|affirmed'],
    'We may record the location associated with your profile.', ['location|affirmed'],
  ],
  [
    'the location of proceedings', 'We record the location for your account.', ['location|affirmed'],
    'We record the location for dispute resolution.', [],
  ],
  [
    'the location that goes with an IP address',
    'Logs include your IP address (and associated geographic information).',
    ['location.approximate|affirmed'],
    'Logs include your IP address (and unrelated geographic information).', ['location|affirmed'],
  ],
  [
    'modifier before "of" for voice', 'We may keep samples of your speech.', ['voice|affirmed'],
    'We may keep samples of your handwriting.', [],
  ],
  [
    'asking as an act', 'We will ask any of our customers for their fingerprints.', ['biometric|affirmed'],
    'We will never ask any of our customers for their fingerprints.', ['biometric|denied'],
  ],
  [
    'a negation over "has had"', 'The web version of our app has always had access to your precise location.',
    ['location.precise|affirmed'],
    'The web version of our app has never had access to your precise location.', ['location.precise|denied'],
  ],
  [
    'where you are, then a time clause', 'We collect information about where you are when you use the site.',
    ['location|affirmed'],
    'We do not collect information about where you are when you use the site.', ['location|denied'],
  ],
  [
    'an infinitive that completes a norm', 'We record where you live to use it for shipping.', ['location|affirmed'],
    'The minimum age to use the service depends on where you live.', [],
  ],
  [
    'an infinitive clause, then an imperative', 'To report a problem, we use your location accuracy data.',
    ['location|affirmed'],
    'To report a problem with location accuracy, contact support.', [],
  ],
  [
    'a copula, then a negated relative', 'Precise location is something we always ask for.',
    ['location.precise|affirmed'],
    'Precise location is something we never ask for.', ['location.precise|denied'],
  ],
  [
    'a precision word on a stand-in noun', 'We keep a coarse version of your location.',
    ['location.approximate|affirmed'],
    'We keep a full version of your location.', ['location|affirmed'],
  ],
  [
    'an area item with a modifier', 'We keep your location, such as the nearest city.',
    ['location.approximate|affirmed'],
    'We keep your location, such as the nearest street.', ['location|affirmed'],
  ],
  [
    'where the user stays', 'We collect information about where you stay.', ['location|affirmed'],
    'We collect information about what you pay.', [],
  ],
  [
    'a dependence with no act on data', 'We use location accuracy data from your device and network.',
    ['location|affirmed'],
    'Location accuracy depends on your device and network.', [],
  ],
  [
    'a request to contact the company', 'We may share your voice recording without further consent.',
    ['voice|affirmed'],
    'Please contact us if your voice recording was shared without consent.', [],
  ],
  [
    'the reader deleting their own data', 'We can delete your voice recordings at any time.', ['voice|affirmed'],
    'You can delete your voice recordings at any time.', [],
  ],
  [
    'users managing their data', 'We manage how your location is shown on your profile.', ['location|affirmed'],
    'Users can manage how their location is shown on their profile.', [],
  ],
  [
    'a request for a copy', 'We may send a copy of the biometric data we hold to our vendor.', ['biometric|affirmed'],
    'You may request a copy of the biometric data we hold about you.', [],
  ],
  [
    'the right to object', 'We rely on our processing of your location data.', ['location|affirmed'],
    'You have the right to object to our processing of your location data.', [],
  ],
  [
    'a statement of the law', 'Texas and Washington also collect biometric identifiers.', ['biometric|affirmed'],
    'Texas and Washington also have laws on biometric identifiers.', [],
  ],
  [
    'an act that a norm is about', 'The GDPR office keeps a record of processing biometric data.',
    ['biometric|affirmed'],
    'The GDPR sets strict rules for processing biometric data.', [],
  ],
  [
    'examples in a definition', 'Sensitive data we process includes precise location.', ['location.precise|affirmed'],
    'Examples of sensitive data include precise location.', [],
  ],
  // Reviewed misfires: each rule above against an ordinary sentence it must leave alone.
  [
    'an area-object act outside its relative', 'We record the postcode you enter at checkout for tax purposes.',
    ['location.approximate|affirmed'],
    'Tax rules differ by the postcode you enter at checkout.', [],
  ],
  [
    'only a result, received by another party', 'We store your face template, and the merchant only receives a match.',
    ['face|affirmed'],
    'We keep no face template, and the app only receives a match result.', ['face|denied'],
  ],
  [
    'a fronted comparison is not the actor', 'Like other apps, we collect your precise location.',
    ['location.precise|affirmed'],
    'Like us, other apps collect your precise location.', [],
  ],
  [
    'an independent party sending to us', 'Your carrier sends us your approximate location.',
    ['location.approximate|affirmed'],
    'Your carrier keeps your approximate location.', [],
  ],
  [
    'an independent party acting through our service', 'Your carrier may collect your location through our app.',
    ['location|affirmed'],
    'Your carrier may collect your location through its own network.', [],
  ],
  [
    'a list of independent subjects', 'Our apps and services you use may collect your location.',
    ['location|affirmed'],
    'Websites, apps and other services you use may collect your location.', [],
  ],
  [
    'call as a noun after an infinitive clause', 'To improve quality, call recordings are retained for 90 days.',
    ['voice|affirmed'],
    'To improve quality, call us with feedback about our recordings.', [],
  ],
  [
    'a search radius is no resolution', 'We collect your location, rounded to about 10 miles.',
    ['location.approximate|affirmed'],
    'We use your location to show stores within 10 miles of you.', ['location|affirmed'],
  ],
  [
    'an IP address with associated data that is not geographic',
    'We collect your IP address and associated location.', ['location.approximate|affirmed'],
    'We collect your IP address and associated data such as browser type.', [],
  ],
  [
    'derived from location data is not an estimated location', 'We publish your estimated location.',
    ['location.approximate|affirmed'],
    'We publish insights derived from location data.', ['location|affirmed'],
  ],
  [
    'a level of detail needs a location', 'We report your location at the level of the school district.',
    ['location.approximate|affirmed'],
    'We report usage statistics at the level of the school district.', [],
  ],
  [
    'a voice used for a task is not a say', 'You can use your voice to play music, and we store your requests.',
    ['voice|affirmed'],
    'You can use your voice to speak out, and we store your requests.', [],
  ],
  [
    'audio beside another data word', 'We collect audio and biometric data.', ['biometric|affirmed', 'voice|affirmed'],
    'We collect audio and electronic data.', [],
  ],
  [
    'an act of the company after the reader\'s setting',
    'You can use your device settings to enable location services, and we will then collect your precise location.',
    ['location.precise|affirmed'],
    'You can use your device settings to enable location services, and you will then see your precise location.',
    [],
  ],
  [
    'a company denial beside another party\'s act',
    'Websites you visit through our browser may request your location, and we never see it.', ['location|denied'],
    'Websites you visit through other browsers may request your location.', [],
  ],
  // Second review: ordinary sentences the rules above must leave right.
  [
    'a place governed by a norm noun', 'We process your data where you live.', ['location|affirmed'],
    'We process your data under the laws of the country where you live.', [],
  ],
  [
    'an act whose purpose is to pick the rules', 'We use your country to tailor which offers you see.',
    ['location.approximate|affirmed'],
    'We use your country to determine which privacy laws apply to you.', [],
  ],
  [
    'the company\'s own site is no independent party', 'This website collects your location.', ['location|affirmed'],
    'Websites you visit collect your location.', [],
  ],
  [
    'other people act on their own data only', 'Other users can see your precise location during a ride.',
    ['location.precise|affirmed'],
    'Other users can share their precise location during a ride.', [],
  ],
  [
    'a party acting through the company', 'Other apps that use our service may collect your location.',
    ['location|affirmed'],
    'Other apps that use other services may collect your location.', [],
  ],
  [
    'viewing is a feature, not a setting', 'You can view local news based on your location, which we collect.',
    ['location|affirmed'],
    'You can turn off local news based on your location.', [],
  ],
  [
    'a heart rhythm for health is not a biometric', 'Your heartbeat pattern is used to confirm it is you.',
    ['biometric|affirmed'],
    'Your heartbeat pattern is used to check for atrial fibrillation.', [],
  ],
  [
    'customers\' voices as a say', "Our system transcribes meetings, including the callers' voices.",
    ['voice|affirmed'],
    "We value our customers' voices and their feedback.", [],
  ],
  [
    '"often" is no participle', 'Location is often shared with partners.', ['location|affirmed'],
    'Location is often approximate.', [],
  ],
  [
    'the number in a resolution (the legal radius of precise geolocation is ~564 m)',
    'We round your location to the nearest 50 meters.', ['location.precise|affirmed'],
    'We round your location to the nearest 5,000 meters.', ['location.approximate|affirmed'],
  ],
  // The reader's place as their jurisdiction (jurisdiction.ts): norms and no act on data.
  [
    'residence as jurisdiction', 'We record where you live and tell you which rights you have.', ['location|affirmed'],
    'We list where you live to know which rights you have.', [],
  ],
  [
    'area in its own relative clause', 'We store the country in which the data was collected.',
    ['location.approximate|affirmed'],
    'The minimum age may differ from that of the country in which the data was collected.', [],
  ],
  [
    'the reader\'s own act is no act on data', 'The minimum age where you live is 16, and we record where you live.',
    ['location|affirmed'],
    'The minimum age where you live is 16, and you may not use the app before it.', [],
  ],
  // Session 4: both stances of one type in contrasting clauses; negations said other ways; flow.
  [
    'both stances in two clauses', 'We collect fingerprints, and we use hand geometry at the gate.', ['biometric|affirmed'],
    'We do not collect fingerprints, but we use hand geometry at the gate.', ['biometric|affirmed', 'biometric|denied'],
  ],
  [
    'a denial of a further act on the same data adds no denial',
    'We collect your fingerprint, but we do not store it.', ['biometric|affirmed'],
    'We collect your fingerprint, but we do not collect your palm print.', ['biometric|affirmed', 'biometric|denied'],
  ],
  [
    'coordinated modal after the cue', 'We do, and will, collect facial recognition data.', ['face|affirmed'],
    'We do not, and will not, collect facial recognition data.', ['face|denied'],
  ],
  [
    'at no point', 'At some point the app transmits your GPS location to us.', ['location.precise|affirmed'],
    'At no point does the app transmit your GPS location to us.', ['location.precise|denied'],
  ],
  [
    'negated copula cleft', 'Sensitive data, such as precise location, is something we collect.', ['location.precise|affirmed'],
    'Sensitive data, such as precise location, is not something we collect.', ['location.precise|denied'],
  ],
  [
    'never reaches the company', 'Your latitude and longitude reach our servers every minute.', ['location.precise|affirmed'],
    'Your latitude and longitude never reach our servers.', ['location.precise|denied'],
  ],
  [
    'nothing is sent', 'Voice commands are sent to the cloud for processing.', ['voice|affirmed'],
    'Voice commands work offline; nothing you say is sent to the cloud.', ['voice|denied'],
  ],
  [
    "handled locally: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Your voice commands are handled only locally.", ['voice|affirmed'],
    "Your voice commands are handled only locally, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'stored locally in a country is not on the device',
    'Voice recordings are stored locally in the EU.', ['voice|affirmed'],
    'Voice recordings are stored only locally on the speaker.', ['voice|denied'],
  ],
  [
    'handled by the device', 'Face ID is handled by our verification partner.', ['face|affirmed'],
    'Face ID is handled by your device.', ['face|denied'],
  ],
  [
    'secure enclave', 'Your face data is used to unlock the app and kept on our servers.', ['face|affirmed'],
    'Your face data is used to unlock the app and stays in the secure enclave.', ['face|denied'],
  ],
  [
    'the app has no access', 'The app reads your fingerprint and keeps the fingerprint data.',
    ['biometric|affirmed'],
    'Your device reads your fingerprint; the app itself has no access to the fingerprint data.', ['biometric|denied'],
  ],
  [
    'we cannot access', 'The lock stores your fingerprint; we can access it for support.', ['biometric|affirmed'],
    'The lock stores your fingerprint; we cannot access it.', ['biometric|denied'],
  ],
  [
    'not being able to access is a condition, not a flow',
    'If we cannot access your GPS location, we use your IP address to set your approximate location.',
    // Not being able to access it implies accessing it otherwise (the seen half labels it so).
    ['location.approximate|affirmed', 'location.precise|affirmed'],
    // Not accessing the GPS denies the GPS; the approximate location from the IP address is still used.
    'We cannot access your GPS location, and we use your IP address to set your approximate location.',
    ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'only a result, with a longer subject',
    'The result of the fingerprint check and the fingerprint itself are sent to our servers.', ['biometric|affirmed'],
    'Only the result of the fingerprint check, not the fingerprint itself, is sent to our servers.', ['biometric|denied'],
  ],
  [
    'only receives a result, several words before it',
    'Face ID runs on the phone; we receive your face data and a yes or no result.', ['face|affirmed'],
    'Face ID runs on the phone; we only receive a yes or no result.', ['face|denied'],
  ],
  // Session 4: non-claims by kind.
  [
    'a norm binds its addressees', 'At our stores, we use facial recognition and post a sign at every entrance.',
    ['face|affirmed'],
    'Under city law, businesses that use facial recognition must post a sign at every entrance.', [],
  ],
  [
    'a ban of a use', 'Some cities, such as ours, have started the use of face recognition by city agencies.',
    ['face|affirmed'],
    'Some cities, such as San Francisco, have banned the use of face recognition by city agencies.', [],
  ],
  [
    'a named act among norm words', 'We publish a retention schedule for biometric data and collect it at the door.',
    ['biometric|affirmed'],
    'Under the Biometric Information Privacy Act, private entities must publish a retention schedule for biometric data.',
    [],
  ],
  [
    'what a technology is', 'Voice recognition is used by our app to identify a person by the sound of their voice.',
    ['voice|affirmed'],
    'Voice recognition is the ability of software to identify a person by the sound of their voice.', [],
  ],
  [
    'advice after its purpose', 'To protect your privacy, we avoid storing your exact location.',
    ['location.precise|denied'],
    'To protect your privacy, avoid sharing your exact location in public posts.', [],
  ],
  [
    'UI steps after their purpose', 'To show nearby stores, we use your location from your phone.', ['location|affirmed'],
    'To stop all apps from using your location, turn off Location Services in your phone.', [],
  ],
  [
    'link text: learn how', 'We protect your fingerprint data with the Touch ID support of your phone.',
    ['biometric|affirmed'],
    'Learn how Apple protects your fingerprint data in the Touch ID support article.', [],
  ],
  [
    'the document speaks of itself', 'This section explains how we use your location and microphone recordings.',
    ['location|affirmed', 'voice|affirmed'],
    'This section explains your choices about location and microphone permissions.', [],
  ],
  [
    'governed by the carrier\'s policy', 'Location data collected by your mobile carrier is shared with us.',
    ['location|affirmed'],
    'Location data collected by your mobile carrier is governed by your carrier\'s privacy policy.', [],
  ],
  // Session 4: data named by paraphrase (each against a look-alike that names no data of the reader's).
  [
    'listening to calls', 'We never listen to your music.', [],
    'We never listen to your calls.', ['voice|denied'],
  ],
  [
    'voices recorded', 'The doll does not record children\'s drawings.', [],
    'The doll does not record children\'s voices.', ['voice|denied'],
  ],
  [
    'speech as sound', 'The forum does not allow hate speech.', [],
    'The car does not send your speech to us.', ['voice|denied'],
  ],
  [
    'a face scanned', 'Your ticket is scanned at the stadium gate.', [],
    'Your face is scanned at the stadium gate.', ['face|affirmed'],
  ],
  [
    'identified by their faces', 'We do not identify people by their usernames.', [],
    'We do not identify people by their faces.', ['face|denied'],
  ],
  [
    'whether a face is present', 'We check whether a pen is present in the camera frame.', [],
    'We check whether a face is present in the camera frame.', ['face|affirmed'],
  ],
  [
    'the face\'s parts located', 'Filters find the position of your cursor so that effects follow it.', [],
    'Filters find the position of your eyes and mouth so that effects follow your face.', ['face|affirmed'],
  ],
  [
    'places the reader goes', 'The app records the songs you play so that you can look back.', [],
    'The app records the places you go so that you can look back on your trips.', ['location|affirmed'],
  ],
  [
    'where what the reader carries is', 'The app remembers where your receipts are stored.', [],
    'The app remembers where your car is parked.', ['location|affirmed'],
  ],
  [
    'a home city', 'If you add your home page to your profile, we show it.', [],
    'If you add your home city to your profile, we show it.', ['location.approximate|affirmed'],
  ],
  [
    'state of residence as data, not as the seat of rights',
    'Depending on your state of residence, you may have some of the following rights.', [],
    'We collect your state of residence and date of birth.', ['location.approximate|affirmed'],
  ],
  [
    'a satellite receiver', 'The app reads your heart rate from the watch to map your run.', [],
    'The app reads your position from the phone\'s satellite receiver to map your run.', ['location.precise|affirmed'],
  ],
  [
    'a geofence', 'The thermostat uses a schedule to switch to Away.', [],
    'The thermostat uses a geofence around your home to switch to Away.', ['location|affirmed'],
  ],
  [
    'Android permission names', 'The app requests only the Coarse Location permission.', ['location.approximate|affirmed'],
    'The app requests the Fine Location permission.', ['location.precise|affirmed'],
  ],
  [
    'the coordinates of a vehicle', 'While you are riding, we log the speed of your scooter.', [],
    'While you are riding, we log the coordinates of your scooter.', ['location.precise|affirmed'],
  ],
  [
    'an IP address used to work out where the reader is',
    'We do not use your IP address to work out your bill.', [],
    'We do not use your IP address to work out where you are.', ['location.approximate|denied'],
  ],
  // Session 4: stance mechanisms.
  [
    'a column name between label and answer',
    'Biometric information processed to identify a consumer — Collected in the last 12 months: Yes',
    ['biometric|affirmed'],
    'Biometric information processed to identify a consumer — Collected in the last 12 months: No',
    ['biometric|denied'],
  ],
  [
    'an answered label names its kind', 'Biometric information (for example, fingerprints) — Collected: No.',
    ['biometric|denied'],
    'Biometric information (for example, faceprints) — Collected: No.', ['face|denied'],
  ],
  [
    'on the device, with an exception', 'Your location is processed on your phone and never sent to us.',
    ['location|denied'],
    'Your location is processed on your phone and never sent to us, except when you report a hazard.',
    ['location|affirmed'],
  ],
  [
    'an exception after a negation', 'We do not collect biometric data or the fingerprint template for time tracking.',
    ['biometric|denied'],
    'We do not collect biometric data other than the fingerprint template for time tracking.',
    ['biometric|affirmed', 'biometric|denied'],
  ],
  [
    'a bound after a negation', 'We never collect your approximate location.', ['location.approximate|denied'],
    'We never collect more than your approximate location.', ['location.approximate|affirmed'],
  ],
  [
    'a retention limit', 'We do not keep call recordings.', [],
    'We do not keep call recordings for more than 90 days.', ['voice|affirmed'],
  ],
  [
    'a denial of keeping only, with a use', 'Your approximate location is not stored or sent to anyone.',
    ['location.approximate|denied'],
    'Your approximate location is not stored; it is used only during your session.', ['location.approximate|affirmed'],
  ],
  [
    'without first obtaining consent', 'We will not collect your fingerprints, even with your written consent.',
    ['biometric|denied'],
    'We will not collect your fingerprints without first obtaining your written consent.', ['biometric|affirmed'],
  ],
  [
    'a verb left out after a contrast', 'Older versions of the app collected GPS data, and current versions do too.',
    ['location.precise|affirmed'],
    'Older versions of the app collected GPS data, but current versions do not.',
    ['location.precise|affirmed', 'location.precise|denied'],
  ],
  [
    'a generic location keeps its own stance beside a stated precision',
    'Besides the country you select, we collect information about your location.', ['location.approximate|affirmed'],
    'Except for the country you select, we do not collect any information about your location.',
    ['location.approximate|affirmed', 'location|denied'],
  ],
  [
    'a derivation stays in its clause',
    'We do not obtain your precise location or any location derived from your IP address.',
    ['location.approximate|denied', 'location.precise|denied'],
    'We do not obtain your precise location; any location we use comes from your IP address.',
    ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'a final "is" joins no names', 'The app is where your car is.', [],
    'The app shows you where your car is.', ['location|affirmed'],
  ],
  // Session 4: other biometrics, meetings, the microphone, the reader's device.
  [
    'fingers scanned', 'Our time clocks scan employees\' badges to record each shift.', [],
    'Our time clocks scan employees\' fingers to record each shift.', ['biometric|affirmed'],
  ],
  [
    'a finger scanner', 'The school\'s lunch line uses a card reader.', [],
    'The school\'s lunch line uses a finger scanner.', ['biometric|affirmed'],
  ],
  [
    'the reader\'s device reads a finger for itself',
    'You may unlock the app with our fingerprint reader at the branch.', ['biometric|affirmed'],
    'You may unlock the app with your device\'s fingerprint reader.', [],
  ],
  [
    'the way one walks, measured', 'We show the way you walk to the nearest store on a map.', [],
    'We analyse the way you walk to confirm it is really you.', ['biometric|affirmed'],
  ],
  [
    'the rhythm of a heart, to sign in', 'The watch reads the rhythm of your heart to track your workouts.', [],
    'The watch reads the rhythm of your heart to unlock your account.', ['biometric|affirmed'],
  ],
  [
    'the characteristics of a hand', 'We verify your identity by checking the characteristics of your card.', [],
    'We verify your identity by measuring the physical characteristics of your hand.', ['biometric|affirmed'],
  ],
  [
    'using biometric technology', 'Our partner supplies biometric technology to banks.', [],
    'We do not use any biometric technology in our stores.', ['biometric|denied'],
  ],
  [
    'meetings recorded', 'Meeting hosts can schedule meetings, and invitations are stored in our cloud.', [],
    'Meeting hosts can record meetings, and recordings are stored in our cloud.', ['voice|affirmed'],
  ],
  [
    'the microphone turned on', 'The app plays sounds and never turns on your screen.', [],
    'The app plays sounds and never turns on your microphone.', ['voice|denied'],
  ],
  [
    'a condition on the reader\'s device', 'If you enable Face ID in the app, we use it to open your account.',
    ['face|affirmed'],
    'If your phone supports Face ID, you can use it to open the app.', [],
  ],
  [
    'the reader\'s device keeps a record for itself', 'Our app may keep a record of the places you have visited.',
    ['location|affirmed'],
    'Your phone may keep a record of the places you have visited.', [],
  ],
  [
    'websites in general', 'Our website asks for your location before showing nearby stores.', ['location|affirmed'],
    'Some websites ask for your location before showing nearby stores.', [],
  ],
  [
    'a heading as a question without its mark', 'We use location information to show maps.', ['location|affirmed'],
    'How we use location information', [],
  ],
  [
    'a commitment to protect', 'We are committed to protecting the biometrics we collect.', ['biometric|affirmed'],
    'We are committed to protecting sensitive data such as biometrics.', [],
  ],
  // Session 4: negated passives and flow said other ways.
  [
    'a contracted negated passive', 'Voice identification is used by our call centres.', ['voice|affirmed'],
    'Voice identification isn\'t used by our call centres.', ['voice|denied'],
  ],
  [
    'a modal negated passive', 'Your IP address will be used to determine your city.', ['location.approximate|affirmed'],
    'Your IP address cannot be used to determine your city.', ['location.approximate|denied'],
  ],
  [
    'a subject with commas before its negated passive',
    'Location data that could pinpoint your device, such as GPS signals, is used by this website.',
    ['location.precise|affirmed'],
    'Location data that could pinpoint your device, such as GPS signals, is not used by this website.',
    ['location.precise|denied'],
  ],
  [
    'a relative clause\'s negated passive is not the subject\'s',
    'We collect your precise location, which is not sold to anyone.', ['location.precise|affirmed'],
    'We collect your precise location, and it is not collected again later.', ['location.precise|affirmed'],
  ],
  [
    'coordinated participles, the processing one last', 'Your exact location is shared with and collected by us.',
    ['location.precise|affirmed'],
    'Your exact location is not, and has never been, shared with or collected by us.', ['location.precise|denied'],
  ],
  [
    'not in the business of', 'We are in the business of collecting biometric data.', ['biometric|affirmed'],
    'We are not in the business of collecting biometric data.', ['biometric|denied'],
  ],
  [
    'a practice discontinued', 'Palm-print login has been introduced for all branches.', ['biometric|affirmed'],
    'Palm-print login has been discontinued for all branches.', ['biometric|denied'],
  ],
  [
    'not among what is collected', 'Precise geolocation data is among the information we obtain from you.',
    ['location.precise|affirmed'],
    'Precise geolocation data is not among the information we obtain from you.', ['location.precise|denied'],
  ],
  [
    'what is collected does not include it', 'Information we collect includes GPS location.', ['location.precise|affirmed'],
    'Information we collect does not include GPS location.', ['location.precise|denied'],
  ],
  [
    'not readable by the company', 'Your exact position goes to your contacts and is readable by us.',
    ['location.precise|affirmed'],
    'Your exact position goes to your contacts and is never readable by us.', ['location.precise|denied'],
  ],
  [
    'the company itself never receives it', 'The watch shares its GPS location with the parent app; Tinytrack stores it.',
    ['location.precise|affirmed'],
    'The watch shares its GPS location with the parent app; Tinytrack itself never receives it.',
    ['location.precise|denied'],
  ],
  [
    'we never learn', 'Beacons broadcast offers, so we learn your precise location in the store.',
    ['location.precise|affirmed'],
    'Beacons broadcast offers, but we never learn your precise location in the store.', ['location.precise|denied'],
  ],
  [
    'neither stored nor sent', 'Our filters track facial landmarks, and the landmark data is stored and sent to us.',
    ['face|affirmed'],
    'Our filters track facial landmarks, and the landmark data is neither stored nor sent to us.', ['face|denied'],
  ],
  [
    'without being transmitted', 'Palm scans are matched on the terminal after being transmitted to the bank.',
    ['biometric|affirmed'],
    'Palm scans are matched on the terminal without being transmitted to the bank.', ['biometric|denied'],
  ],
  [
    'neither we nor a provider can access it', 'Both we and our provider can access the voice recordings.',
    ['voice|affirmed'],
    'Neither we nor our provider can access the voice recordings.', ['voice|denied'],
  ],
  [
    "computed on the device: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Measurements of your face are computed only on your device.", ['face|affirmed'],
    "Measurements of your face are computed only on your device, and it never leaves your device.", ['face|denied'],
  ],
  [
    'a result named in quotes', 'The lock detects arrival, and your GPS location is sent to us.',
    ['location.precise|affirmed'],
    'The lock detects arrival on your phone, and only an "arrived" signal is sent to us, never your GPS location.',
    ['location.precise|denied'],
  ],
  // Session 4: a second authored set's kinds.
  [
    'a table row written out', 'Location | Yes | — | —', ['location|affirmed'],
    'Location | No | — | —', ['location|denied'],
  ],
  [
    'a question answered by the next sentence', 'Do we use facial recognition? Yes.', ['face|affirmed'],
    'Do we use facial recognition? No.', ['face|denied'],
  ],
  [
    'a question about a further act only', 'Do we collect your location? No.', ['location|denied'],
    'Do we sell your location? No.', [],
  ],
  [
    'GPS trackers on vehicles', 'Company vehicles are fitted with cruise control.', [],
    'Company vehicles are fitted with GPS trackers.', ['location.precise|affirmed'],
  ],
  [
    'radio sources used to locate the reader', 'The map does not use Wi-Fi or beacons to load faster.', [],
    'The map does not use Wi-Fi or beacons to locate you.', ['location.precise|denied'],
  ],
  [
    'SIM country', 'The SDK reads the SIM serial number to report installs.', [],
    'The SDK reads the SIM country to report which market an install came from.', ['location.approximate|affirmed'],
  ],
  [
    'the reader\'s postcode', 'Your speaker\'s settings include your language, which we use for answers.', [],
    'Your speaker\'s settings include your postcode, which we use for local answers.', ['location.approximate|affirmed'],
  ],
  [
    'a face watched', 'The camera watches the driver\'s hands to warn of distraction.', [],
    'The camera watches the driver\'s face to warn of drowsiness.', ['face|affirmed'],
  ],
  [
    'faces found', 'Our editor finds blur in your pictures so that you can fix it.', [],
    'Our editor finds faces in your pictures so that you can blur them.', ['face|affirmed'],
  ],
  [
    'identified by face', 'The TV can identify each family member by badge to load their profile.', [],
    'The TV can identify each family member by face to load their profile.', ['face|affirmed'],
  ],
  [
    'the driver\'s face recognised', 'The car recognises the driver\'s key fob to adjust the seat.', [],
    'The car recognises the driver\'s face to adjust the seat.', ['face|affirmed'],
  ],
  [
    'a voice of someone else\'s', 'The toy records your child\'s drawings when the button is pressed.', [],
    'The toy records your child\'s voice when the button is pressed.', ['voice|affirmed'],
  ],
  [
    'a UI step followed by another', 'Press and hold to record a voice message, and we keep the recording.',
    ['voice|affirmed'],
    'Press and hold the microphone icon to record a voice message, then release to send it.', [],
  ],
  [
    'a tip before UI steps', 'To blur faces in a photo, we detect them first.', ['face|affirmed'],
    'Tip: to blur faces in a photo, tap Edit, then Privacy Blur.', [],
  ],
  [
    'employers in general', 'Our company may ask you to use a fingerprint reader at the gate.', ['biometric|affirmed'],
    'Some employers may ask you to use a fingerprint reader at the gate.', [],
  ],
  [
    'a rank, not a place', 'Your location on the map is based on your GPS signal.', ['location.precise|affirmed'],
    'Your location on the leaderboard is based on your points this week.', [],
  ],
  [
    'a negated subject opening its clause', 'All of the features in Kids Mode use or collect location.',
    ['location|affirmed'],
    'None of the features in Kids Mode use or collect location.', ['location|denied'],
  ],
  [
    'a coordinated subject before its negated passive', 'Latitude and longitude of the vehicle are recorded.',
    ['location.precise|affirmed'],
    'Latitude and longitude of the vehicle are not recorded.', ['location.precise|denied'],
  ],
  [
    'a participle after a denial by a processing verb', 'We receive the voice model used to recognise you.',
    ['voice|affirmed'],
    'We never receive the voice model used to recognise you.', ['voice|denied'],
  ],
  [
    'a participle after a denial of keeping only', 'We do not receive any of the location data from this activity.',
    ['location|denied'],
    'We do not keep any of the location data used for this activity.', ['location|affirmed'],
  ],
  [
    'without ever + -ing', 'We show you nearby offers by knowing where you are.', ['location|affirmed'],
    'We show you nearby offers without ever knowing where you are.', ['location|denied'],
  ],
  [
    'converted into templates', 'Facial images of employees are converted into templates.', ['face|affirmed'],
    'Facial images of employees are not converted into templates.', ['face|denied'],
  ],
  [
    'where the reader is, from an IP address', 'We infer where you are from your IP address.',
    ['location.approximate|affirmed'],
    'We do not infer where you are from your IP address.', ['location.approximate|denied'],
  ],
  // Session 4, from the review: ordinary sentences the new rules must leave alone.
  [
    'the device\'s part does not keep data from the company when it is also sent',
    'Voice recordings are stored locally and never uploaded to our servers.', ['voice|denied'],
    'Voice recordings are stored locally and uploaded to our servers when you connect to Wi-Fi.', ['voice|affirmed'],
  ],
  [
    'offline, but the company collects', 'The map works offline, and we never collect your precise location.',
    ['location.precise|denied'],
    'The map works offline, but we collect your precise location whenever you are online.',
    ['location.precise|affirmed'],
  ],
  [
    'not available to us is a condition', 'GPS data is never available to us.', ['location.precise|denied'],
    'When GPS data is not available to us, we estimate your location from your IP address.',
    ['location.approximate|affirmed'],
  ],
  [
    'nothing else', 'Voice commands are handled locally; nothing you say is sent to the cloud.', ['voice|denied'],
    'We receive your voice recordings, and nothing else is shared with us by the app.', ['voice|affirmed'],
  ],
  [
    'a commitment with a use after it', 'We are committed to protecting sensitive data such as biometrics.', [],
    'We are committed to protecting your biometric data, which is used only to verify your identity.',
    ['biometric|affirmed'],
  ],
  [
    'device settings beside a claim', 'Your location settings can be changed in the app.', [],
    'Your precise location is used to match you with drivers; your location settings can be changed in the app.',
    ['location.precise|affirmed'],
  ],
  [
    'a UI step with the company acting', 'Open the app, then tap Share to show your location.', [],
    'Open the app, then tap Share, and Acme will collect your precise location for the trip.',
    ['location.precise|affirmed'],
  ],
  [
    'a list item opened by "when"', 'How we record your voice commands', [],
    'When you use voice search we record your voice commands', ['voice|affirmed'],
  ],
  [
    'a retention limit in another clause', 'We do not keep call recordings for more than 90 days.', ['voice|affirmed'],
    'We do not use facial recognition, and photos are deleted after more than 30 days.', ['face|denied'],
  ],
  [
    'an answer with claims of its own', 'Do we use facial recognition? No.', ['face|denied'],
    'Do we use facial recognition? No, but we record your voice commands to answer them.', ['voice|affirmed'],
  ],
  [
    'a question about other people', 'Do we track your location? No.', ['location|denied'],
    'Can other users see my location? No.', [],
  ],
  [
    'a named party acts after the reader\'s device', 'Your phone keeps your GPS location for itself.', [],
    'Your phone collects your GPS location and Acme uses it to find nearby drivers.', ['location.precise|affirmed'],
  ],
  [
    'a unique number not made from a face', 'The app measures the geometry of your face to create a unique code.',
    ['face|affirmed'],
    'We detect faces in your photos and give each photo a unique number.', ['face|affirmed'],
  ],
  [
    'a verb left out by other users', 'Older versions collected GPS data, but current versions do not.',
    ['location.precise|affirmed', 'location.precise|denied'],
    'We collect GPS data if you turn on Nearby, but most users do not.', ['location.precise|affirmed'],
  ],
  [
    'a watch face', 'The camera watches the driver\'s face to warn of drowsiness.', ['face|affirmed'],
    'The watch face shows your heart rate and steps.', [],
  ],
  [
    'hand luggage', 'Staff may scan your hands at the gate.', ['biometric|affirmed'],
    'At the airport, staff may scan your hand luggage.', [],
  ],
  [
    'how one types, without identifying', 'We analyse how you type to confirm it is really you.', ['biometric|affirmed'],
    'We analyse how you type to personalise your predictions.', [],
  ],
  [
    'narrators\' voice models', 'Your voice model is not sent to us.', ['voice|denied'],
    'We use licensed voice models to read articles aloud.', [],
  ],
  [
    'speech moderated', 'The car does not send your speech to us.', ['voice|denied'],
    'We moderate users\' speech on the platform to remove hate speech.', [],
  ],
  [
    'the content of meetings', 'We record your meetings when the host turns on recording.', ['voice|affirmed'],
    'We process the content of your meetings, such as shared files and chat messages.', [],
  ],
  // Session 5: a side remark yields to the claim's own act; precision from the level of detail.
  [
    'a device state yields to a passive claim', 'When GPS is switched off, your location is still derived from your IP address.',
    ['location.approximate|affirmed'],
    'When GPS is switched off, the map cannot show your location.', [],
  ],
  [
    'a description yields to a passive claim', 'Your location may be approximate and is collected from your device\'s network.',
    ['location.approximate|affirmed'],
    'Your location may be approximate and can differ from where you really are.', [],
  ],
  [
    "the reader's choice is not the company's act", 'You can choose whether or not your location is shared with us.', [],
    'Your location is shared with us, whether or not you use the map.', ['location|affirmed'],
  ],
  [
    'a point or an area as the level of detail', 'We keep your location at street-address level.', ['location.precise|affirmed'],
    'We keep your location at the neighbourhood level.', ['location.approximate|affirmed'],
  ],
  [
    'geographic coordinates are a point', 'We collect your geographic coordinates when you post a photo.',
    ['location.precise|affirmed'],
    'We collect your geographic preferences when you post a photo.', [],
  ],

  // Session 5: data flow — the reader's own hardware, negative subjects, our servers as the receiver.
  [
    'a negative subject never leaving the device', 'Facial landmarks are tracked in your browser; no landmark ever leaves your browser.', ['face|denied'],
    'Facial landmarks are tracked in your browser; each landmark is then uploaded to our servers.', ['face|affirmed'],
  ],
  [
    "on-device as a modifier says where, not only there: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Voice commands are transcribed entirely on your device.", ['voice|affirmed'],
    "Voice commands are transcribed entirely on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'kept on the reader\'s own hardware, and also in the account', 'Your GPS track is stored on the band only.', ['location.precise|denied'],
    'Your GPS track is stored on the band and in your account.', ['location.precise|affirmed'],
  ],
  [
    'never made available to us, among others', 'Your fingerprints are never made available to the school or to us.', ['biometric|denied'],
    'Your fingerprints are made available to the school and to us.', ['biometric|affirmed'],
  ],
  [
    'going nowhere', 'Your voice is processed in the speaker and goes nowhere.', ['voice|denied'],
    'Your voice is processed in the speaker and goes to our servers.', ['voice|affirmed'],
  ],
  [
    'checked on the device, only a signature received',
    'Your face geometry is checked on the device, and our website receives only a signature.', ['face|denied'],
    'Your face geometry is checked on our servers, and our website receives a signature.', ['face|affirmed'],
  ],
  [
    'our servers as the receiver', 'Recordings of your voice go straight to your phone; our servers do not receive any of them.', ['voice|denied'],
    'Recordings of your voice go straight to your phone; our servers receive all of them.', ['voice|affirmed'],
  ],
  [
    'a negative subject over coordinated participles', 'No recording of your voice is stored or sent to us.', ['voice|denied'],
    'A recording of your voice is stored and sent to us.', ['voice|affirmed'],
  ],

  // Session 5: labels and their answers, as app-store labels and state-law tables write them.
  [
    'a label answered none', 'Location data: none.', ['location|denied'],
    'Location data: collected.', ['location|affirmed'],
  ],
  [
    'a column name between a label and its answer', 'Biometric information | Collected: No', ['biometric|denied'],
    'Biometric information | Collected: Yes', ['biometric|affirmed'],
  ],
  [
    'a label over two cells', 'Sensitive personal information | Precise geolocation | Collected: No', ['location.precise|denied'],
    'Sensitive personal information | Precise geolocation | Collected: Yes', ['location.precise|affirmed'],
  ],
  [
    'more denials after the answer', 'Exact location — not collected, not inferred, not shared.', ['location.precise|denied'],
    'Exact location — collected, not inferred, not shared.', ['location.precise|affirmed'],
  ],
  [
    'a list of what is not collected', 'Data not collected: Location, Contacts.', ['location|denied'],
    'Data not linked to you: Location, Contacts.', ['location|affirmed'],
  ],

  // Session 5: negation away from its verb — attempts, a modal after a hedge, negative subjects, lists, clefts.
  [
    'an attempt negated', 'At no point do we attempt to infer your city from your IP address.', ['location.approximate|denied'],
    'At every login we attempt to infer your city from your IP address.', ['location.approximate|affirmed'],
  ],
  [
    'nor does it intend to', 'The bank does not currently, nor does it intend to, collect fingerprints.', ['biometric|denied'],
    'The bank currently does, and intends to, collect fingerprints.', ['biometric|affirmed'],
  ],
  [
    'at no point in a passive', 'Your device\'s coordinates are at no point shared with us.', ['location.precise|denied'],
    'Your device\'s coordinates are at times shared with us.', ['location.precise|affirmed'],
  ],
  [
    'not among, with a parenthesis', 'Vehicle location is not, and has never been, part of the data that the dongle sends us.', ['location|denied'],
    'Vehicle location is, and has always been, part of the data that the dongle sends us.', ['location|affirmed'],
  ],
  [
    'outside what is collected', 'Fingerprints fall outside what this app collects.', ['biometric|denied'],
    'Fingerprints fall within what this app collects.', ['biometric|affirmed'],
  ],
  [
    'a cleft with the app as subject', 'Location is not something this calculator app collects.', ['location|denied'],
    'Location is something this calculator app collects.', ['location|affirmed'],
  ],
  [
    'a pronoun after the thing itself', 'Your location is not shared with merchants, and the wallet itself does not record it.', ['location|denied'],
    'Your location is not shared with merchants, but the wallet itself records it.', ['location|affirmed'],
  ],
  [
    'neither…nor over subjects', 'Neither the recordings of your calls nor any other audio is used to build a voiceprint.', ['voice|denied'],
    'Both the recordings of your calls and other audio are used to build a voiceprint.', ['voice|affirmed'],
  ],
  [
    'no over a list of nouns', 'There is no face recognition, facial template or comparison of faces in our ID check.', ['face|denied'],
    'There is face recognition, a facial template and a comparison of faces in our ID check.', ['face|affirmed'],
  ],

  // Session 5: non-claims — headlines, definitions and a law's categories, norms, others' terms and duties, advice,
  // rights, settings lists and code; a denial outweighs them.
  [
    'a topic then a question-word phrase is a headline', 'Precise geolocation and face scans — what the new state laws mean for you', [],
    'We collect precise geolocation and face scans, as the new state laws allow.', ['face|affirmed', 'location.precise|affirmed'],
  ],
  [
    'defined somewhere, as what', '\'Precise geolocation\' is defined in the statute as data that locates a consumer within a small circle.', [],
    'We use precise geolocation to locate you within a small circle.', ['location.precise|affirmed'],
  ],
  [
    'a law\'s categories of data', 'Categories of sensitive personal information under the CPRA include a consumer\'s precise geolocation.', [],
    'Categories of sensitive personal information we collect include your precise geolocation.', ['location.precise|affirmed'],
  ],
  [
    'a norm said of many countries', 'In many countries, employers must tell staff before they install GPS trackers in company vehicles.', [],
    'As your employer, we install GPS trackers in company vehicles.', ['location.precise|affirmed'],
  ],
  [
    'advice after a statement', 'Microphone permission lets an app hear what is said near your device; only give it to apps you trust.', [],
    'Microphone permission lets our app record what is said near your device.', ['voice|affirmed'],
  ],
  [
    'a tip is advice', 'Tip: before you share your screen, close any map that shows your current location.', [],
    'Before you share your screen, we record your current location.', ['location|affirmed'],
  ],
  [
    'the right to ask which data', 'You have the right to ask us which categories of data we hold, such as location or voice data.', [],
    'We hold categories of data such as location or voice data.', ['location|affirmed', 'voice|affirmed'],
  ],
  [
    'another party\'s duty', 'Developers who use our SDK are responsible for asking their users before requesting location permission.', [],
    'Our SDK requests location permission from users of the apps that include it.', ['location|affirmed'],
  ],
  [
    'code is no practice', 'The SDK exposes a `getLastKnownLocation()` method to host apps.', [],
    'The SDK reads the last known location of the device.', ['location|affirmed'],
  ],
  [
    'a denial outweighs a reference to a definition',
    'We do not collect biometric identifiers, as those terms are defined under Illinois law.', ['biometric|denied'],
    'Biometric identifiers are defined under Illinois law.', [],
  ],

  // Session 5: location by paraphrase — where-clauses, what the user looks after, the area of a connection, radio
  // and beacons, precision words and brackets.
  [
    'where the reader is, then a time word', 'The app reads where you are each time you open the map.', ['location|affirmed'],
    'The app reads what you type each time you open the map.', [],
  ],
  [
    'where the vehicle has been', 'We keep a history of the places your vehicle has been parked.', ['location|affirmed'],
    'We keep a history of the repairs your vehicle has had.', [],
  ],
  [
    'where people the service follows are', 'HR may monitor where field employees are during working hours.', ['location|affirmed'],
    'HR may monitor how field employees are doing during working hours.', [],
  ],
  [
    'the location of something the user looks after', 'The collar sends your dog\'s location to our servers every ten minutes.', ['location|affirmed'],
    'The collar sends your dog\'s heart rate to our servers every ten minutes.', [],
  ],
  [
    'the location of anyone\'s phone', 'Eco mode does not use the location of anyone\'s phone.', ['location|denied'],
    'Eco mode does not use the location of any thermostat shop.', [],
  ],
  [
    'an IP address geolocated', 'We do not geolocate IP addresses.', ['location.approximate|denied'],
    'We do not log IP addresses.', [],
  ],
  [
    'an IP address mapped to an area', 'GameHub does not map your IP address to a country or region.', ['location.approximate|denied'],
    'GameHub does not map your IP address to a player name.', [],
  ],
  [
    'counted by area using the IP address', 'We count visitors by country and region using their IP address.', ['location.approximate|affirmed'],
    'We count visitors by browser and device using their IP address.', [],
  ],
  [
    'the area a login comes from', 'The portal does not look at which country or region a login comes from.', ['location.approximate|denied'],
    'The portal does not look at which browser or app a login comes from.', [],
  ],
  [
    'where the reader connects from', 'We associate your account with a home area based on where you usually connect from.', ['location.approximate|affirmed'],
    'We associate your account with a home page based on what you usually read first.', [],
  ],
  [
    'coordinates of a thing the user owns', 'The tracker reports its coordinates each hour.', ['location.precise|affirmed'],
    'The tracker reports its battery level each hour.', [],
  ],
  [
    'beacons in a store', 'The app records which beacon you passed in our store and when.', ['location.precise|affirmed'],
    'The app records which coupon you used in our store and when.', [],
  ],
  [
    'radio used to work out where someone is', 'The app uses Bluetooth to work out where in a store you are.', ['location.precise|affirmed'],
    'The app uses Bluetooth to talk to the speaker in your home.', [],
  ],
  [
    'pin-point as a precision word', 'Pin-point location data from company vehicles is recorded all day.', ['location.precise|affirmed'],
    'Location data from company vehicles is recorded all day.', ['location|affirmed'],
  ],
  [
    'high-accuracy as a precision word', 'The game uses your device\'s high-accuracy location to place creatures.', ['location.precise|affirmed'],
    'The game uses your device\'s location to place creatures.', ['location|affirmed'],
  ],
  [
    'a precision in brackets', 'Geolocation data (coarse, derived from network information) is collected.', ['location.approximate|affirmed'],
    'Geolocation data (precise, from GPS) is collected.', ['location.precise|affirmed'],
  ],

  // Session 5: face, voice and other biometrics by paraphrase (head nouns and modifiers).
  [
    'a representation of facial features', 'We store a mathematical representation of your facial features.', ['face|affirmed'],
    'We store a short description of your favourite features.', [],
  ],
  [
    'faces compared', 'The system recognises pupils by comparing their faces with enrolment photos.', ['face|affirmed'],
    'The system recognises pupils by comparing their badges with enrolment lists.', [],
  ],
  [
    'a face matched, denied', 'In the regular lane, your face will not be matched against any database.', ['face|denied'],
    'In the fast lane, your face will be matched against a database.', ['face|affirmed'],
  ],
  [
    'photos scanned for faces', 'Photos you upload are not scanned for faces.', ['face|denied'],
    'Photos you upload are scanned for faces.', ['face|affirmed'],
  ],
  [
    'parts of the face named together', 'The filter finds your eyes, nose and mouth in each frame.', ['face|affirmed'],
    'The filter finds your hat and scarf in each frame.', [],
  ],
  [
    'cameras estimating what a face shows', 'Our shelves use cameras that estimate the age and gender of shoppers.', ['face|affirmed'],
    'Our shelves use sensors that count the number of shoppers.', [],
  ],
  [
    'telling callers by their voice', 'We do not identify callers by their voice.', ['voice|denied'],
    'We do not identify callers by their account number.', [],
  ],
  [
    'what someone says', 'The toy records nothing the child says.', ['voice|denied'],
    'The toy records everything the child says.', ['voice|affirmed'],
  ],
  [
    'a spoken answer', 'Your spoken answer is recorded and scored.', ['voice|affirmed'],
    'Your written answer is recorded and scored.', [],
  ],
  [
    'a voicemail kept', 'If you leave a voicemail, it is stored for 14 days.', ['voice|affirmed'],
    'If you leave a review, it is stored for 14 days.', [],
  ],
  [
    'a person\'s voice recorded', 'Your child\'s voice may be recorded when they read aloud.', ['voice|affirmed'],
    'Your child\'s reading level may be recorded when they read aloud.', [],
  ],
  [
    'video with sound', 'The camera records video with sound.', ['voice|affirmed'],
    'The camera records video in colour.', [],
  ],
  [
    'personal calls recorded', 'We do not monitor or record employees\' personal calls.', ['voice|denied'],
    'We monitor and record employees\' personal calls.', ['voice|affirmed'],
  ],
  [
    'interviews recorded', 'Phone interviews with applicants are recorded with their consent.', ['voice|affirmed'],
    'Phone interviews with applicants are scheduled with their consent.', [],
  ],
  [
    'a fingerprint by its parts', 'The ridge endings the sensor measures are stored on our server.', ['biometric|affirmed'],
    'The battery levels the sensor measures are stored on our server.', [],
  ],
  [
    'a vein pattern', 'The ATM compares the blood-vessel pattern of your finger with the one you registered.', ['biometric|affirmed'],
    'The ATM compares the PIN you enter with the one you registered.', [],
  ],
  [
    'signature dynamics', 'The speed, pressure and angle of your pen are recorded to verify you.', ['biometric|affirmed'],
    'The colour and thickness of your pen are recorded to match the contract.', [],
  ],
  [
    'the pulse used to tell who you are', 'The ring can recognise you from the shape of your pulse wave.', ['biometric|affirmed'],
    'The ring can estimate your fitness from the shape of your pulse wave.', [],
  ],
  [
    'keystroke dynamics with a hyphen', 'The login page embeds keystroke-dynamics analysis.', ['biometric|affirmed'],
    'The login page embeds spelling analysis.', [],
  ],
  [
    'a body part that is scanned', 'You can pay with your palm, which we scan and keep on file.', ['biometric|affirmed'],
    'You can pay with your card, which we scan and keep on file.', [],
  ],
  [
    'nothing as what is acted on', 'The toy records nothing the child says.', ['voice|denied'],
    'The toy records everything the child says.', ['voice|affirmed'],
  ],
  [
    'nothing but is an exception', 'We collect nothing but your location.', ['location|affirmed'],
    'We collect nothing of your location.', ['location|denied'],
  ],

  // Session 5: a circumstance excepted from a denial; a send in the present tense.
  [
    'a circumstance excepted from a denial',
    'Apart from an emergency call, the telematics unit does not transmit the car\'s GNSS position to us.', ['location.precise|affirmed'],
    'Even during an emergency call, the telematics unit does not transmit the car\'s GNSS position to us.', ['location.precise|denied'],
  ],
  [
    'data excepted from a denial is not a circumstance',
    'Apart from what you type, we get nothing from you: no face data, no location.', ['face|denied', 'location|denied'],
    'We get everything from you: face data and location.', ['face|affirmed', 'location|affirmed'],
  ],

  [
    'a present-tense upload reaches us', 'Your voice notes are kept on your phone, and the app uploads a copy to our servers.',
    ['voice|affirmed'],
    'Your voice notes are kept on your phone, and the app never uploads a copy to our servers.', ['voice|denied'],
  ],
  // Session 5: knowing, removal before upload, positions and areas of things, precision heads.
  [
    'removed before upload', 'Photos are stripped of their coordinates on your phone before upload.', ['location.precise|denied'],
    'Photos are uploaded with their coordinates from your phone.', ['location.precise|affirmed'],
  ],
  [
    'a representation of the hand', 'No representation of your hand is collected.', ['biometric|denied'],
    'A representation of your hand is collected.', ['biometric|affirmed'],
  ],
  [
    'a vehicle\'s position', 'The navigation sends the car\'s position to our servers every two minutes.', ['location|affirmed'],
    'The navigation sends the car\'s speed to our servers every two minutes.', [],
  ],
  [
    'an area derived from it', 'Your IP address is truncated on your device and our provider cannot derive a region from it.', ['location.approximate|denied'],
    'Your IP address is sent to our provider, which derives a region from it.', ['location.approximate|affirmed'],
  ],
  [
    'a zone with a precision word', 'We receive your approximate geographic zone from advertising partners.', ['location.approximate|affirmed'],
    'We receive your approximate budget from advertising partners.', [],
  ],
  [
    'the receiver in the reader\'s phone', 'The running app reads your phone\'s GPS every second.', ['location.precise|affirmed'],
    'The running app reads your phone\'s battery every second.', [],
  ],
  [
    'a precise route', 'The programme collects the precise route of each trip.', ['location.precise|affirmed'],
    'The programme collects the precise cost of each trip.', [],
  ],

  [
    'the law as the condition of a claim', 'Where the law requires, precise location is collected only with your consent.',
    ['location.precise|affirmed'],
    'The law requires that precise location is collected only with consent.', [],
  ],
  [
    'a list of settings is verbless', 'Location settings: we use GPS to show nearby stores.', ['location.precise|affirmed'],
    'Location settings: Nearby Stores, GPS Weather, Traffic.', [],
  ],
  // Session 5: more negation shapes; further actions denied in the passive say nothing of collection.
  [
    'a parenthetical between a negation and its verb', 'We do not, under any circumstances, collect fingerprints.', ['biometric|denied'],
    'We do, in some circumstances, collect fingerprints.', ['biometric|affirmed'],
  ],
  [
    'avoiding an act negates it', 'We avoid collecting biometric data.', ['biometric|denied'],
    'We keep collecting biometric data.', ['biometric|affirmed'],
  ],
  [
    'an inability negates the act', 'We are unable to see your fingerprint.', ['biometric|denied'],
    'We are able to see your fingerprint.', ['biometric|affirmed'],
  ],
  [
    'excluded from what is collected', 'Biometric data is excluded from the information we collect.', ['biometric|denied'],
    'Biometric data is included in the information we collect.', ['biometric|affirmed'],
  ],
  [
    'engaging in an act', 'We do not engage in the collection of biometric information.', ['biometric|denied'],
    'We engage in the collection of biometric information.', ['biometric|affirmed'],
  ],
  [
    'faces scanned', 'The kiosk doesn\'t scan faces.', ['face|denied'],
    'The kiosk scans faces.', ['face|affirmed'],
  ],
  [
    'conversations heard', 'We are not able to hear your conversations.', ['voice|denied'],
    'We are able to hear your conversations.', ['voice|affirmed'],
  ],
  [
    'the country of an IP address looked up', 'We do not look up the country of your IP address.', ['location.approximate|denied'],
    'We look up the country of your IP address.', ['location.approximate|affirmed'],
  ],
  [
    'a further action denied in the passive', 'Your precise location is never sold.', [],
    'Your precise location is sometimes sold.', ['location.precise|affirmed'],
  ],
  [
    'shown to others is a further action', 'Your exact location is never shown to other users.', [],
    'Your exact location is never collected by us.', ['location.precise|denied'],
  ],

  // Session 5: apps in general, advice after 'so', places of events, a place the reader searches for.
  [
    'apps in general act on their own', 'Our app requests access to your location to show nearby stores.', ['location|affirmed'],
    'Many apps request access to your location to show nearby stores.', [],
  ],
  [
    'advice after so', 'Many apps request access to your location, so review permissions regularly.', [],
    'Our app requests access to your location, and we keep it for a day.', ['location|affirmed'],
  ],
  [
    'the place of a meeting', 'The meeting location will be shared by the organiser.', [],
    'Your location will be shared by the organiser.', ['location|affirmed'],
  ],
  [
    'a place the reader searches for', 'The app shows the weather for the location you search for.', [],
    'The app shows the weather for the location you share with it.', ['location|affirmed'],
  ],

  // Session 5, last: without access, declining, users followed, movements tracked.
  [
    'without access to', 'The app works without access to your location.', ['location|denied'],
    'The app works with access to your location.', ['location|affirmed'],
  ],
  [
    'declining to act', 'We decline to collect location information.', ['location|denied'],
    'We choose to collect location information.', ['location|affirmed'],
  ],
  [
    'where users are', 'We never determine where our users are.', ['location|denied'],
    'We never determine who our users are.', [],
  ],
  [
    'movements tracked', 'We won\'t track your movements.', ['location|denied'],
    'We won\'t track your purchases.', [],
  ],
  // Session 6.
  [
    'a pair of dashes around an aside keeps the negation over it',
    'No biometric data of any kind — fingerprint, palm or iris — is gathered by the attendance system.', ['biometric|denied'],
    'Biometric data of several kinds — fingerprint, palm or iris — is gathered by the attendance system.',
    ['biometric|affirmed'],
  ],
  [
    'a single dash still ends the scope',
    'We do not collect your precise location — we use your IP address to estimate your city.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'We do not collect your precise location or use your IP address to estimate your city.',
    ['location.approximate|denied', 'location.precise|denied'],
  ],
  [
    "the company's own infrastructure by any name",
    'The lock keeps fingerprint templates, and the templates are uploaded to the Hearthly cloud.', ['biometric|affirmed'],
    'The lock keeps fingerprint templates, and the templates are not uploaded to the Hearthly cloud.', ['biometric|denied'],
  ],
  [
    'the company as the second of two receivers',
    'Gait is measured on the console; it is sent to the app and to us.', ['biometric|affirmed'],
    'Gait is measured on the console; it is not sent to the app or to us.', ['biometric|denied'],
  ],
  [
    'an area derived from a source that places no point',
    'Region is derived from your SIM; neither GPS nor Wi-Fi scanning is involved.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'Region is chosen in your profile; neither GPS nor Wi-Fi scanning is involved.', ['location.precise|denied'],
  ],
  [
    'the area a source points to',
    'We see the region your IP address points to.', ['location.approximate|affirmed'],
    'We show the region your campaign targets.', [],
  ],
  [
    'the area a device is used in',
    'The tablet logs which country it is used in.', ['location.approximate|affirmed'],
    'The tablet logs which country it was bought in.', [],
  ],
  [
    'a precision word on an area head',
    'We keep the approximate region of your device.', ['location.approximate|affirmed'],
    'We keep the approximate size of your device.', [],
  ],
  [
    'a sensor is a device state only as the subject of its own verb',
    'An icon shows while GPS is on.', [],
    'We record GPS tracks, whatever plan you are on.', ['location.precise|affirmed'],
  ],
  [
    'a contracted negation in a flow row',
    "The location of the vehicle is shared with us by the infotainment system.", ['location|affirmed'],
    "The location of the vehicle isn't shared with us by the infotainment system.", ['location|denied'],
  ],
  [
    'a negative condition that withholds permission for any processing verb conditions the claim',
    "Even if you don't allow us to track your precise location, we may still use your address.",
    ['location.precise|affirmed'],
    "Even if you don't use features that need your precise location, we may still use your address.", [],
  ],
  [
    '"make use of" is the verb "use" under a negation',
    'We currently make use of location tracking in the app.', ['location|affirmed'],
    'We currently do not make use of any kind of location tracking in the app.', ['location|denied'],
  ],
  [
    '"with or without your consent" is no condition',
    'We do not collect your precise location without your consent.', ['location.precise|affirmed'],
    'We do not collect your precise location, with or without your consent.', ['location.precise|denied'],
  ],
  [
    'any subject after an auxiliary inverted by a negative adverbial',
    'At all times the bank accesses the GPS of your phone for card payments.', ['location.precise|affirmed'],
    'At no time does the bank access the GPS of your phone for card payments.', ['location.precise|denied'],
  ],
  [
    'the location of the people a service follows is their whereabouts',
    "The game doesn't track, store or share the location of the children who play it.", ['location|denied'],
    "The game doesn't track, store or share the location of the servers that host it.", [],
  ],
  [
    'which court hears a dispute is law, not a claim',
    'The courts of your country shall have jurisdiction over disputes about your biometric data.', [],
    'Our agents in your country shall have access to your biometric data in disputes.', ['biometric|affirmed'],
  ],
  [
    'what a law classes data as is a definition',
    'Under the GDPR, biometric data used to identify a person is a special category of personal data.', [],
    'Under the GDPR, we use biometric data to identify a person, a special category of personal data.',
    ['biometric|affirmed'],
  ],
  [
    "the policy's precision word wins over the source it names",
    'The app collects coarse location from nearby cell towers.', ['location.approximate|affirmed'],
    'The app collects your location from nearby cell towers.', ['location.precise|affirmed'],
  ],
  [
    'a source that is a second item, not the derivation, keeps its precision',
    'We collect approximate location from GPS data.', ['location.approximate|affirmed'],
    'We collect approximate location and GPS data.', ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'the precision as a predicate of the location',
    'Network location, which is approximate, is gathered when the app is open.', ['location.approximate|affirmed'],
    'Network location, which is stored, is gathered when the app is open.', ['location|affirmed'],
  ],
  [
    "a device's own area as the object of a verb",
    'The car shares its region with our update server.', ['location.approximate|affirmed'],
    'The car shares its model with our update server.', [],
  ],
  [
    "processed in the reader's car and never leaving it is kept on the device",
    "The camera reads your facial expressions; the images are processed only in the car.", ['face|affirmed'],
    "The camera reads your facial expressions; the images are processed only in the car and never leave it.", ['face|denied'],
  ],
  [
    "a device's maker is the company of its policy",
    'The camera reads your facial expressions; the images are transmitted to the manufacturer.', ['face|affirmed'],
    'The camera reads your facial expressions; the images are not transmitted to the manufacturer.', ['face|denied'],
  ],
  [
    'nothing uploaded at all',
    'The app turns your voice recordings into captions on the phone, and everything is uploaded.', ['voice|affirmed'],
    'The app turns your voice recordings into captions on the phone, and nothing is uploaded.', ['voice|denied'],
  ],
  [
    'the company unable to listen',
    'Baby monitor audio is encrypted in transit, so we can listen to it.', ['voice|affirmed'],
    'Baby monitor audio is encrypted end to end, so we cannot listen to it.', ['voice|denied'],
  ],
  [
    'only the outcome reaches the company',
    'Unlocking uses the geometry of your face, and we also learn how it looks.', ['face|affirmed'],
    'Unlocking uses the geometry of your face, and we only learn that it succeeded.', ['face|denied'],
  ],
  [
    'a yes or no from the device',
    'The phone checks your fingerprint and simply tells our app what it is.', ['biometric|affirmed'],
    'The phone checks your fingerprint and simply tells our app yes or no.', ['biometric|denied'],
  ],
  [
    'shared with the company, the device keeps nothing from it',
    'The app processes your voice recordings on your phone and never shares them with our servers.', ['voice|denied'],
    'The app processes your voice recordings on your phone and shares them with our servers.', ['voice|affirmed'],
  ],
  [
    'a participle left out after a clause that has it',
    'Step data are synced, and GPS data is, since the band has a receiver.', ['location.precise|affirmed'],
    'Step data are synced, and GPS data is not, since the band has no receiver.', ['location.precise|denied'],
  ],
  [
    'syncing is data moving to the company',
    'Step data are synced; GPS data is also synced.', ['location.precise|affirmed'],
    'Step data are synced; GPS data is not.', ['location.precise|denied'],
  ],
  [
    'where the reader went, in the past tense',
    'We record where you walked.', ['location|affirmed'],
    'We record how far you walked.', [],
  ],
  [
    'where a player or a device is, an adverb before the verb',
    'None of our games ask for, or work out, where a player is.', ['location|denied'],
    'None of our games ask for, or work out, what a player is called.', [],
  ],
  [
    'a denied whereabouts beside an affirmed country',
    'We only ever receive the country of your account, not where your device actually is.',
    ['location.approximate|affirmed', 'location|denied'],
    'We only ever receive the country of your account, not what your device actually is.',
    ['location.approximate|affirmed'],
  ],
  [
    'where the reader lives as the scope of a claim',
    'Where you live in Illinois or Texas, we do not derive face geometry from your photos.', ['face|denied'],
    'We record where you live, and we do not derive face geometry from your photos.',
    ['face|denied', 'location|affirmed'],
  ],
  [
    'not a part or a feature of what the company does',
    'Iris recognition is a feature of our banking app.', ['biometric|affirmed'],
    'Iris recognition is not and has never been a feature of our banking app.', ['biometric|denied'],
  ],
  [
    'a copy kept on the company\'s servers as well as on secure hardware',
    "A fingerprint template is stored in the card's secure element, and no copy is kept on our servers.",
    ['biometric|denied'],
    "A fingerprint template is stored in the card's secure element, and a copy is kept on our servers for recovery.",
    ['biometric|affirmed'],
  ],
  [
    "what limits a sensor's accuracy is a description",
    'GPS accuracy may be reduced in tunnels and dense city centres.', [],
    'We reduce GPS accuracy in tunnels and dense city centres.', ['location.precise|affirmed'],
  ],
  [
    'what a technique is, with a relative clause, is a definition',
    'Geofencing is a technique that triggers an action when a device enters a defined area.', [],
    'We use geofencing, a technique that triggers an action when a device enters a defined area.',
    ['location|affirmed'],
  ],
  [
    'working out where the reader is infers an approximate location',
    'We work out where you are from your settings.', ['location.approximate|affirmed'],
    'We record where you are from your settings.', ['location|affirmed'],
  ],
  [
    'a resolution stated as "down to"',
    "We use your phone's location services, down to a few metres.", ['location.precise|affirmed'],
    "We use your phone's location services, down to the last detail.", ['location|affirmed'],
  ],
  [
    'a location kept to the nearest area',
    'We keep your location to the nearest city.', ['location.approximate|affirmed'],
    'We keep your location to the nearest second.', ['location|affirmed'],
  ],
  [
    '"not from" a list of sources denies them',
    'The car tells drivers apart by the key fob, and from weight, posture or any other biometric.', ['biometric|affirmed'],
    'The car tells drivers apart by the key fob, not from weight, posture or any other biometric.', ['biometric|denied'],
  ],
  [
    'irises in the plural, asked and answered',
    'Do you scan irises? Yes, at the gate.', ['biometric|affirmed'],
    'Do you scan irises? No, and we have no plans to.', ['biometric|denied'],
  ],
  [
    'data that never passes through the company\'s servers',
    'Voice chat is relayed: your voice recordings pass through our servers.', ['voice|affirmed'],
    'Voice chat is peer-to-peer: your voice recordings never pass through our servers.', ['voice|denied'],
  ],
  [
    'a negation inside a parenthesis negates only in it',
    'We save text (not audio and voiceprints) of your calls.', ['voice|denied'],
    'We save text (not audio) and voiceprints of your calls.', ['voice|affirmed'],
  ],
  [
    'not something the company does',
    'Voice profiles are something we build.', ['voice|affirmed'],
    'Voice profiles are not something we build.', ['voice|denied'],
  ],
  [
    "the company's service with a modifier acts for the company",
    'Our chatbot service receives your approximate location, so responses can reflect local context.',
    ['location.approximate|affirmed'],
    'Our chatbot answers can reflect your approximate location and local context.', [],
  ],
  [
    'the state the reader lives in, as a data item',
    'The state you live in is collected so that we can connect you with a clinician.', ['location.approximate|affirmed'],
    'The state of your account is collected so that we can connect you with a clinician.', [],
  ],
  [
    'rules that depend on an area name a jurisdiction',
    'The records we keep depend on the state in which you reside.', ['location.approximate|affirmed'],
    'The rules that apply depend on the state in which you reside.', [],
  ],
  [
    'an area based on the network connection',
    'The app shows the weather for your area based on your network connection.', ['location.approximate|affirmed'],
    'The app shows the weather for your area based on your saved settings.', [],
  ],
  [
    'the area each login comes from',
    'The bank notes the town where each login comes from.', ['location.approximate|affirmed'],
    'The bank notes the town where each branch is.', [],
  ],
  [
    'radio used to follow the reader\'s movements',
    'We use beacons to follow your movements in our stores.', ['location.precise|affirmed'],
    'We use beacons to follow the stock in our stores.', [],
  ],
  [
    'location drawn from a radio source',
    'We collect location data from the Wi-Fi networks around you.', ['location.precise|affirmed'],
    'We collect usage data from the Wi-Fi networks around you.', [],
  ],
  [
    'precision from the radio source a location is drawn from',
    'We determine your location using the Wi-Fi networks around you.', ['location.precise|affirmed'],
    'We determine your location using the settings on your profile.', ['location|affirmed'],
  ],
  [
    'a satellite receiver noting where the car is',
    "The car's satellite receiver notes where the car is.", ['location.precise|affirmed'],
    "The car's dashboard shows where the car is.", ['location|affirmed'],
  ],
  [
    'precision from the network a location is drawn from',
    'We work out your location from your network connection.', ['location.approximate|affirmed'],
    'We work out your location from your profile.', ['location|affirmed'],
  ],
  [
    'recordings of the reader speaking',
    'We keep recordings of you speaking to the assistant.', ['voice|affirmed'],
    'We keep recordings of you using the app.', [],
  ],
  [
    'a microphone recording what is said',
    "The toy's microphone records the child's questions.", ['voice|affirmed'],
    "The toy's camera records the child's drawings.", [],
  ],
  [
    'recorded answers are speech',
    'We store recorded answers to our screening questions.', ['voice|affirmed'],
    'We store written answers to our screening questions.', [],
  ],
  [
    'messages the reader records',
    'We store the messages you record in the app.', ['voice|affirmed'],
    'We store the messages you write in the app.', [],
  ],
  [
    'an exception to a list of data is no place other than the reader\'s',
    'We do not collect any location information other than the country derived from your IP address.',
    ['location.approximate|affirmed'],
    'Your data may be transferred to places other than your country.', [],
  ],
  [
    'the organisation by its kind neither receiving nor keeping a pronoun for the data',
    'Biometrics collected at the border kiosk are the responsibility of the border authority; the airline both receives and stores them.',
    ['biometric|affirmed'],
    'Biometrics collected at the border kiosk are the responsibility of the border authority; the airline neither receives nor stores them.',
    ['biometric|denied'],
  ],
  [
    'what a report sent to the company leaves out is a denial, not a definition',
    'The crash report you can send us does not include your exact position.', ['location.precise|denied'],
    'The crash report you can send us includes your exact position.', ['location.precise|affirmed'],
  ],
  [
    'the place where the reader did something is where they were',
    'When you upload a picture, we receive the place and time you took it from your phone.', ['location|affirmed'],
    'When you upload a picture, we receive the name and size you gave it from your phone.', [],
  ],
  [
    'a place the reader wants to go is a choice, not where they were',
    'We record the spot where you parked.', ['location|affirmed'],
    'We record the spot where you want to park.', [],
  ],
  [
    'the reader\'s state as what their rights depend on is no data item',
    'Depending on the state you live in, you may have further rights over the data we collect.', [],
    'We record the state you live in and the rights you exercise.', ['location.approximate|affirmed'],
  ],
  [
    'any place at all, for a third person, is no data item',
    'Regardless of their location, members can ask us to delete their data.', [],
    'We record their location when members ask us to delete their data.', ['location|affirmed'],
  ],
  [
    'a device part with an adjective keeps the data on the device',
    'Matching happens entirely inside the secure chip of the lock, and no fingerprint data is sent anywhere.', ['biometric|denied'],
    'Matching happens entirely inside the lock, and the fingerprint data is sent to our servers.', ['biometric|affirmed'],
  ],
  [
    'the company by its name as one of everyone is the company',
    'Your fingerprint is checked on the lock, and no fingerprint data is transmitted to Keyloft or anyone else.', ['biometric|denied'],
    'Your fingerprint is checked on the lock, and fingerprint data is transmitted to Keyloft and its partners.', ['biometric|affirmed'],
  ],
  [
    'neither of two things uploaded is a flow denial, not a denial of sharing',
    'The reader checks your fingerprint, and neither the template nor the scan is ever uploaded.', ['biometric|denied'],
    'The reader checks your fingerprint, and neither the template nor the scan is ever uploaded to third parties.', ['biometric|affirmed'],
  ],
  [
    'a condition naming the reader\'s act on data kept on the device affirms nothing',
    'When you pay with your fingerprint, the check takes place only on your phone.', ['biometric|denied'],
    'When you pay with your fingerprint, the check takes place on our servers.', ['biometric|affirmed'],
  ],
  [
    'an inverted auxiliary before a named subject, and a verb that ends like an adverb ("apply")',
    'At no time will SkyPass apply facial recognition to passengers.', ['face|denied'],
    'At the gate SkyPass will apply facial recognition to passengers.', ['face|affirmed'],
  ],
  [
    'a technique performed on the data is processing',
    'We do not perform fingerprint matching at the door.', ['biometric|denied'],
    'We perform fingerprint matching at the door.', ['biometric|affirmed'],
  ],
  [
    'a template of each finger is a body part by its dimensions',
    'The terminal keeps a mathematical template of each finger.', ['biometric|affirmed'],
    'The terminal keeps a mathematical picture of each finger.', [],
  ],
  [
    'what "only" names after a denial is collected',
    'We do not collect your GPS location, only your city.', ['location.approximate|affirmed', 'location.precise|denied'],
    'We do not collect your GPS location or your city.', ['location.approximate|denied', 'location.precise|denied'],
  ],
  [
    'without any before the data denies it',
    'Indoor workouts are logged without any location data.', ['location|denied'],
    'Indoor workouts are logged with location data.', ['location|affirmed'],
  ],
  [
    'a mode that stops the device from sending the data denies the flow',
    'Private Mode stops the car from sending location to us.', ['location|denied'],
    'Private Mode lets the car keep sending location to us.', ['location|affirmed'],
  ],
  [
    'keeping others out is security, not a denial',
    'Private Mode prevents the app from collecting your location.', ['location|denied'],
    'Encryption prevents unauthorised parties from collecting your location.', ['location|affirmed'],
  ],
  [
    'an elided verb denied in a second place',
    'We collect precise location in the US, but not in the EEA.', ['location.precise|affirmed', 'location.precise|denied'],
    'We collect precise location in the US, but not for advertising.', ['location.precise|affirmed'],
  ],
  [
    'an elided verb denied after a semicolon',
    'Outside Paris we collect your GPS location when you end a ride; in Paris we do not.',
    ['location.precise|affirmed', 'location.precise|denied'],
    'Outside Paris we collect your GPS location when you end a ride; in Paris we do too.', ['location.precise|affirmed'],
  ],
  [
    'a face as a count noun looked for is face detection',
    'The camera looks for a smiling face before it takes the picture.', ['face|affirmed'],
    'The camera looks for a smiling cat before it takes the picture.', [],
  ],
  [
    'what stands for a voice in a comparison is a voiceprint',
    'We keep a mathematical representation of your voice.', ['voice|affirmed'],
    'We keep a mathematical representation of your signature.', [],
  ],
  [
    'a voice that matches someone is compared',
    'The doorbell checks whether the visitor\'s voice matches a household member.', ['voice|affirmed'],
    'The doorbell checks whether the visitor\'s code matches a household member.', [],
  ],
  [
    'any possessor of a face',
    'The app stores a model of the child\'s face to greet them.', ['face|affirmed'],
    'The app stores a model of the child\'s toy to greet them.', [],
  ],
  [
    'the face in an image with an adjective, compared',
    'We compare the face in your new selfie with your passport photo.', ['face|affirmed'],
    'We compare the background in your new selfie with your passport photo.', [],
  ],
  [
    'consent with adjectives is still a condition',
    'We will not collect biometric data without your written consent.', ['biometric|affirmed'],
    'We will not collect biometric data, even with your written consent.', ['biometric|denied'],
  ],
  [
    'a refusal in a condition names no claim',
    'If you deny location access, the app will not work properly.', [],
    'If you allow location access, we record your location.', ['location|affirmed'],
  ],
  [
    'what the reader\'s device offers is its feature',
    'Your device may offer biometric authentication such as Face ID.', [],
    'Our app may offer biometric authentication such as face matching.', ['face|affirmed'],
  ],
  [
    'a sensor that must be on is a device state',
    'Location services must be enabled for this feature to work.', [],
    'Location services must be enabled so that we can record your location.', ['location|affirmed'],
  ],
  [
    'where a feature is offered is no claim',
    'Location-based offers may not be available in all countries.', [],
    'Location-based offers use your location in all countries.', ['location|affirmed'],
  ],
  [
    'not designed to process is no denial (LABELS.md)',
    'Our services are not designed to collect biometric data.', [],
    'Our services do not collect biometric data.', ['biometric|denied'],
  ],
  [
    'not responsible for a practice is no denial of it',
    'We are not responsible for the biometric data practices of your device manufacturer.', [],
    'We are not collecting the biometric data of your device manufacturer.', ['biometric|denied'],
  ],
  [
    'an obligation lifted is no act denied',
    'We do not require you to provide biometric information to use the Services.', [],
    'We do not collect biometric information to provide the Services.', ['biometric|denied'],
  ],
  [
    'a denial except as described elsewhere affirms what is described',
    'We do not collect biometric information other than as described in this section.', ['biometric|affirmed'],
    'We do not collect biometric information, as described in this section.', ['biometric|denied'],
  ],
  [
    'parts of a city and a home town are city-level areas',
    'We record your suburb when you sign up.', ['location.approximate|affirmed'],
    'We record your nickname when you sign up.', [],
  ],
  [
    'an area word modifying another noun is no area',
    'Use the suburb filter to narrow results to the areas you would like to live in.', [],
    'We use your suburb to narrow results to the areas you would like to live in.', ['location.approximate|affirmed'],
  ],
  [
    'locating the reader in any form of the verb',
    'To assist with locating you in an emergency', ['location|affirmed'],
    'To assist with contacting you in an emergency', [],
  ],
  [
    'a position acted on is a location',
    'In a crash, the car sends its position to the emergency centre.', ['location|affirmed'],
    'In a crash, the car sends its airbag status to the emergency centre.', [],
  ],
  [
    'a position that is a job is no location',
    'We share your position with your trusted contacts.', ['location|affirmed'],
    'We keep your CV and the position you applied for.', [],
  ],
  [
    'a position drawn from satellites is precise',
    'The app refreshes your position using satellite signals.', ['location.precise|affirmed'],
    'The app refreshes your position every few minutes.', ['location|affirmed'],
  ],
  [
    'the GPS tags of a photo are GPS data',
    'We read the GPS tags of photos in shared albums.', ['location.precise|affirmed'],
    'We read the hashtags of photos in shared albums.', [],
  ],
  [
    'coordinates stored with a photo are precise',
    'We analyse the coordinates stored with your photos to find trips.', ['location.precise|affirmed'],
    'We analyse the captions stored with your photos to find trips.', [],
  ],
  [
    'where the serving cell places the handset is precise',
    'We receive cell-location information from the host network.', ['location.precise|affirmed'],
    'We receive billing information from the host network.', [],
  ],
  [
    'a geotag with no precision said is a location',
    'Original files, including any embedded geotags, are kept in your library.', ['location|affirmed'],
    'Original files, including any embedded captions, are kept in your library.', [],
  ],
  [
    'what a rule restricts is law',
    'The COPPA Rule restricts collecting geolocation information from children.', [],
    'Under the COPPA Rule, we collect geolocation information only with parental consent.', ['location|affirmed'],
  ],
  [
    'how a technology is regulated is law',
    'Facial recognition technology is regulated differently from one country to another.', [],
    'Facial recognition technology is used at our stores.', ['face|affirmed'],
  ],
  [
    'examples of a kind are a definition',
    'Facial recognition and fingerprint scanning are examples of biometric technologies.', [],
    'Facial recognition and fingerprint scanning are used at our gates.', ['biometric|affirmed', 'face|affirmed'],
  ],
  [
    'what a technique is, with an adjective, is a definition',
    'Gait analysis is a recognised technique in sports science.', [],
    'Gait analysis is a technique we use to spot falls.', ['biometric|affirmed'],
  ],
  [
    'a term as a text uses it is a definition',
    'As used in the ordinance, face recognition covers systems that identify people from images of their faces.', [],
    'As used by our app, face recognition runs on your phone and we never receive your faceprint.', ['face|denied'],
  ],
  [
    'the answer to what a thing is is a definition',
    'It is a set of numbers describing distances between features of a face.', [],
    'It is a set of numbers describing distances between features of a face, which we store.', ['face|affirmed'],
  ],
  [
    'the fingerprint of a file is a checksum',
    'We use the fingerprint of each file to spot duplicate uploads.', [],
    'We use the fingerprint of each employee to open the door.', ['biometric|affirmed'],
  ],
  [
    'a section that applies to some readers is the document speaking of itself',
    'If you are a resident of Illinois, the following section about biometric identifiers applies to you.', [],
    'If you are a resident of Illinois, we collect biometric identifiers as the following section describes.', ['biometric|affirmed'],
  ],
  [
    'the reader keeping the app from an act is a setting',
    'You can stop the app from accessing location at any time through your phone settings.', [],
    'Private Mode stops the app from accessing location at any time.', ['location|denied'],
  ],
  [
    'an instruction after a prompt is the interface',
    'When prompted, tap "Allow While Using App" to turn on geofencing.', [],
    'When you allow it, we use geofencing to turn on your heating.', ['location|affirmed'],
  ],
  [
    'the location and time of a thing is its place',
    'The agent will confirm the location and time of the open home by email.', [],
    'The agent will confirm your location and the time of the viewing by email.', ['location|affirmed'],
  ],
  [
    'where a thing the reader carries was last seen is a location',
    'We keep a record of where the tablet was last seen so that parents can find it.', ['location|affirmed'],
    'We keep a record of when the tablet was last used so that parents can see it.', [],
  ],
  [
    'where the reader\'s session began is where they were',
    'We save the spot where your parking session began.', ['location|affirmed'],
    'We save the time when your parking session began.', [],
  ],
  [
    'the handset\'s location is the reader\'s',
    'Emergency calls transmit your handset\'s location to the emergency services.', ['location|affirmed'],
    'Emergency calls transmit your handset\'s model to the emergency services.', [],
  ],
  [
    'an area acted on in the passive is a data item',
    'Your billing postcode is also used for regional analytics.', ['location.approximate|affirmed'],
    'Your billing name is also used for regional analytics.', [],
  ],
  [
    // Session 9: the dev labels read a time zone alone as a setting of the device ("time zone setting as device
    // data, no location inference stated"); a location inferred from it is approximate (LABELS.md's table).
    'a time zone is a location only where one is inferred from it',
    'We read your device\'s time zone to estimate your location.', ['location.approximate|affirmed'],
    'We read your device\'s time zone to show local departure times.', [],
  ],
  [
    'which region the reader is travelling in',
    'We estimate which region you are travelling in.', ['location.approximate|affirmed'],
    'We estimate which fares you are travelling on.', [],
  ],
  [
    'an area the company derives in a relative clause',
    'Challenges are grouped by region, which we infer from your phone\'s time zone.', ['location.approximate|affirmed'],
    'Challenges are grouped by region, which you choose when you sign up.', [],
  ],
  [
    'the area a vehicle is driven in',
    'The vehicle reports the country it is being driven in.', ['location.approximate|affirmed'],
    'The vehicle reports the speed it is being driven at.', [],
  ],
  [
    'the ends of a trip are where the reader was',
    'Trip data such as start and end locations may be shared with your insurer.', ['location|affirmed'],
    'Trip data such as start and end times may be shared with your insurer.', [],
  ],
  [
    'the exact start point of an activity is precise',
    'Route maps include the exact start point of each activity.', ['location.precise|affirmed'],
    'Route maps include the exact start time of each activity.', [],
  ],
  [
    'locating something by satellite is precise',
    'We will locate it by satellite and pass its position to the police.', ['location.precise|affirmed'],
    'We will pass its position to the police.', ['location|affirmed'],
  ],
  [
    'a passive whose agent is a public authority is no claim of the company',
    'Iris matching is carried out by the border agency.', [],
    'Iris matching is carried out by our staff.', ['biometric|affirmed'],
  ],
  [
    'a fronted reason is not the subject of the claim',
    'Because iris matching is carried out by the border agency, SkyPass itself does not obtain any iris data.', ['biometric|denied'],
    'Because iris matching is carried out by the border agency, SkyPass itself obtains the iris data.', ['biometric|affirmed'],
  ],
  [
    'an authority as the subject acts on its own; as a modifier it names no party',
    'Government agencies may collect your fingerprints at the border.', [],
    'Government-issued cards may hold your fingerprints at the border.', ['biometric|affirmed'],
  ],
  [
    'identifying people in footage by their face',
    'We don\'t identify anyone in your doorbell footage by their face.', ['face|denied'],
    'We don\'t identify anyone in your doorbell footage by their name.', [],
  ],
  [
    'identifying a person by voice, with no possessive',
    'The microphone is never used to identify a child by voice.', ['voice|denied'],
    'The microphone is never used to identify a child by name.', [],
  ],
  [
    'speech as the object of an act on it',
    'We transcribe your speech to text.', ['voice|affirmed'],
    'We support free speech.', [],
  ],
  [
    'the routes the reader travels are where they went',
    'We log the routes you run.', ['location|affirmed'],
    'We route your request to the right team.', [],
  ],
  [
    'check-ins at venues are whereabouts',
    'We log your check-ins at venues.', ['location|affirmed'],
    'We log your sign-ins at venues.', [],
  ],
  [
    'nearness to a place and which store the reader is in',
    'We record which store you are in.', ['location|affirmed'],
    'We record which store you shop at online.', [],
  ],
  [
    'an IP-based region and the area the reader is in are approximate',
    'We see your IP-based region.', ['location.approximate|affirmed'],
    'We see your IP-based browser.', [],
  ],
  [
    'a position shown on the map',
    'The app shows your position on the map.', ['location|affirmed'],
    'The app shows your score on the map.', [],
  ],
  [
    'voice memos, utterances and pronunciation are what the reader says',
    'We analyse your pronunciation in each lesson.', ['voice|affirmed'],
    'We analyse your spelling in each lesson.', [],
  ],
  [
    'the reader\'s voicemails, not a telephone product\'s feature',
    'We store your voicemails.', ['voice|affirmed'],
    'Our phone service, for making calls and managing voicemail.', [],
  ],
  [
    'a device listening for its wake word hears what is said',
    'The speaker listens for the wake word.', ['voice|affirmed'],
    'The speaker waits for the wake word.', [],
  ],
  [
    'a control that lets the reader hide data is a setting',
    'Privacy zones let you hide the start and end of your running routes around your home.', [],
    'Privacy zones still record the start and end of your running routes around your home.', ['location|affirmed'],
  ],
  [
    'a denial of keeping with a use said after a colon is no denial (LABELS.md)',
    'We don\'t keep your audio: each recording is scored and then deleted within seconds.', ['voice|affirmed'],
    'We don\'t keep your audio: nothing is recorded.', ['voice|denied'],
  ],
  [
    'a no under a column of selling or sharing only says nothing of collection',
    'Geolocation data | Sold: No | Shared: No', [],
    'Geolocation data | Collected: No | Shared: No', ['location|denied'],
  ],
  [
    'asking the company to delete data is a rights request',
    'Consumers may request that we delete their geolocation data.', [],
    'We delete their geolocation data after thirty days.', ['location|affirmed'],
  ],
  [
    'face sign-in is recognition, and a named company receiving only a yes-or-no keeps it on the device',
    'Lumo offers face sign-in through your phone, and Lumo only receives a yes-or-no result.', ['face|denied'],
    'Lumo offers face sign-in through your phone, and Lumo receives the face template.', ['face|affirmed'],
  ],
  [
    'a passive whose agent is set against the company is another party\'s act',
    'Lounge check-in by palm scan is operated by the lounge\'s owner, not by Altavia.', [],
    'Lounge check-in by palm scan is operated by Altavia, not by the lounge\'s owner.', ['biometric|affirmed'],
  ],
  [
    'the country an IP address resolves to is approximate',
    'We log the IP address of the connection and the country it resolves to.', ['location.approximate|affirmed'],
    'We log the IP address of the connection and the port it resolves to.', [],
  ],
  [
    'cameras that capture faces',
    'Our kiosks do not contain cameras that capture customers\' faces.', ['face|denied'],
    'Our kiosks do not contain cameras that capture customers\' receipts.', [],
  ],
  [
    'a negated subject after a fronted exception opens its clause',
    'Except for SmartBoard, none of our services use biometric information.', ['biometric|denied'],
    'Except for SmartBoard, all of our services use biometric information.', ['biometric|affirmed'],
  ],
  [
    'where the reader was, in the past',
    'We receive the ATM\'s location, which tells us where you were at the time.', ['location|affirmed'],
    'We receive the ATM\'s name, which tells us what you withdrew at the time.', [],
  ],
  [
    'an area with modifiers of preference is still an area',
    'We collect your preferred departure city from your profile.', ['location.approximate|affirmed'],
    'We collect your preferred departure time from your profile.', [],
  ],
  [
    'whatever the reader says aloud',
    'Your spoken prescription number is converted to text.', ['voice|affirmed'],
    'Your typed prescription number is converted to text.', [],
  ],
  [
    'the reader stripping data is a setting',
    'You can strip location metadata from your photos before uploading them.', [],
    'We strip location metadata from your photos after uploading them.', ['location|affirmed'],
  ],
  [
    'a column first, then the row',
    'Collected in the past 12 months: Precise geolocation | No', ['location.precise|denied'],
    'Sold or shared in the past 12 months: Precise geolocation | No', [],
  ],
  [
    'consent after a first step is still consent',
    'We will not collect facial biometric information without first informing you and obtaining your consent.', ['face|affirmed'],
    'We will not collect facial biometric information, even after informing you and obtaining your consent.', ['face|denied'],
  ],
  // Session 8.
  [
    'the face itself examined is face analysis', 'Our software examines your face to confirm you are a live person.',
    ['face|affirmed'], 'Our software examines your browser to confirm you are a live person.', [],
  ],
  [
    'an attribute read from the face', 'The app estimates your age from your face.', ['face|affirmed'],
    'The app estimates your age from your date of birth.', [],
  ],
  [
    'vocal traits tell one voice from another', 'We analyse the vocal characteristics of callers to detect fraud.',
    ['voice|affirmed'], 'We analyse the account characteristics of callers to detect fraud.', [],
  ],
  [
    'a resolution in kilometres or miles is approximate', 'We store your location, rounded to the nearest mile.',
    ['location.approximate|affirmed'], 'We store your location to show you the nearest store.', ['location|affirmed'],
  ],
  [
    'a location approximated is approximate', 'Your location is approximated when you open the map.',
    ['location.approximate|affirmed'], 'Your location is recorded when you open the map.', ['location|affirmed'],
  ],
  [
    'a country of a document or of citizenship is no location', 'We collect your country of citizenship.', [],
    'We collect your country of residence.', ['location.approximate|affirmed'],
  ],
  [
    'an adverb inside the reader\'s setting', 'You can always switch off location tracking in the app settings.', [],
    'We always switch on location tracking in the app settings.', ['location|affirmed'],
  ],
  [
    'other people keeping a copy act on their own', 'Other participants can record the meeting.', [],
    'Our service can record the meeting.', ['voice|affirmed'],
  ],
  [
    'other people shown the reader\'s data is the company showing it', 'Other participants can record your voice.', [],
    'Other participants can hear your voice.', ['voice|affirmed'],
  ],
  [
    'a quoted term defined', '"Biometric data" includes fingerprints and iris scans.', [],
    'Our records include fingerprints and iris scans.', ['biometric|affirmed'],
  ],
  [
    'the special categories a law names', 'Special categories of data include biometric data and health data.', [],
    'Special categories of data that we hold include biometric data and health data.', ['biometric|affirmed'],
  ],
  [
    'where to ask is no practice', 'If you have questions about biometric data, contact us.', [],
    'If you use the scanner, we keep biometric data; contact us with questions.', ['biometric|affirmed'],
  ],
  [
    'the reader\'s way in beside a denial is no claim', 'We may offer fingerprint sign-in, but we do not collect your fingerprint.',
    ['biometric|denied'], 'We may offer fingerprint sign-in, and we collect your fingerprint.', ['biometric|affirmed'],
  ],
  [
    'a way in denied by a pronoun', 'Our app lets you use your fingerprint to log in; we never obtain a copy of it.',
    ['biometric|denied'], 'Our app lets you use your fingerprint to log in; we never sell a copy of it.',
    ['biometric|affirmed'],
  ],
  [
    'a way in inside a concession', 'We do not collect fingerprints, even when you use fingerprint login.',
    ['biometric|denied'], 'We collect fingerprints when you use fingerprint login.', ['biometric|affirmed'],
  ],
  [
    'checked by the reader\'s own device, not the company', 'Your fingerprint is verified by your device, not by us.',
    ['biometric|denied'], 'Your fingerprint is verified by your bank, not by us.', [],
  ],
  [
    'people told apart in images', 'We do not identify people in your photos.', ['face|denied'],
    'We do not identify people who contact our support team.', [],
  ],
  [
    'faces examined in photos', 'We do not analyse the faces in your photos.', ['face|denied'],
    'We do not analyse the colours in your photos.', [],
  ],
  [
    'speakers told apart', 'We do not identify speakers in your recordings.', ['voice|denied'],
    'We do not identify bugs in your recordings.', [],
  ],
  [
    'calls transcribed', 'We don\'t transcribe your calls.', ['voice|denied'],
    'We don\'t transcribe your invoices.', [],
  ],
  [
    'what the reader says aloud, held', 'We keep the questions you ask out loud.', ['voice|affirmed'],
    'We keep the questions you ask in the form.', [],
  ],
  [
    'saying aloud is no claim when the reader only may', 'You can read the terms aloud to your child.', [],
    'We keep the terms you read aloud to your child.', ['voice|affirmed'],
  ],
  [
    'how the voice sounds', 'We analyse your tone of voice during calls.', ['voice|affirmed'],
    'We analyse your tone of writing during chats.', [],
  ],
  [
    'a video call carries the voice', 'We keep recordings of video calls.', ['voice|affirmed'],
    'We keep records of video purchases.', [],
  ],
  [
    'radio sources around the reader\'s device', 'We collect the Wi-Fi access points near your device.',
    ['location.precise|affirmed'], 'We monitor the Wi-Fi access points of our network.', [],
  ],
  [
    'the reader\'s presence at a place, noticed', 'We detect when you enter one of our stores.', ['location|affirmed'],
    'We detect when you open one of our emails.', [],
  ],
  [
    'presence is not an age', 'We know when you are at home.', ['location|affirmed'],
    'We need to know that you are at least 16.', [],
  ],
  [
    'an area named as such', 'We use your geographic area to show relevant ads.', ['location.approximate|affirmed'],
    'We use your reading history to show relevant ads.', [],
  ],
  [
    'which faces, in one word', 'Our doorbell can recognize familiar faces.', ['face|affirmed'],
    'Our doorbell can recognize familiar parcels.', [],
  ],
  [
    'a heading run into its sentence names the topic', 'Biometric Data – We do not collect biometric data.',
    ['biometric|denied'], 'Biometric Data – We collect biometric data.', ['biometric|affirmed'],
  ],
  [
    'a label answered never collected', 'Face data — never collected.', ['face|denied'],
    'Face data — always collected.', ['face|affirmed'],
  ],
  [
    'a question answered only on a condition', 'Does the app track my location? Only when you are using it.',
    ['location|affirmed'], 'Does the app track my location? Not when you are using it.', [],
  ],
  // Session 8, from review: the same mechanisms kept off ordinary sentences.
  [
    'where to ask, and nothing after it', 'If you have questions about your order, contact us.', [],
    'If you have questions about your order, contact us and we will record the call.', ['voice|affirmed'],
  ],
  [
    'members may be the reader', 'Members can upload voice recordings to their profile.', ['voice|affirmed'],
    'Meeting participants can record the meeting.', [],
  ],
  [
    'a qualified denial by pronoun stays a claim', 'You can use your fingerprint to sign in; we do not keep it longer than needed.',
    ['biometric|affirmed'], 'You can use your fingerprint to sign in; we do not receive it.', ['biometric|denied'],
  ],
  [
    'presence at a place, not a visit to a website', 'We know when you visit one of our stores.', ['location|affirmed'],
    'We know when you visit our website again.', [],
  ],
  [
    'aloud by the reader\'s speaking, not by a device reading', 'We keep the questions you ask aloud.', ['voice|affirmed'],
    'Articles you save are read aloud by your device.', [],
  ],
  [
    'patterns of a voice, not of content audio', 'We analyse the vocal patterns of callers.', ['voice|affirmed'],
    'We analyse the audio patterns of shows playing on your TV.', [],
  ],
  [
    'people in images, not people who upload them', 'We identify people in your photos.', ['face|affirmed'],
    'We identify the customers who upload photos of damaged items.', [],
  ],
  [
    'a tick or a cross after a label', 'Biometric identifiers ✓', ['biometric|affirmed'],
    'Biometric identifiers ✗', ['biometric|denied'],
  ],
  [
    'table cells joined by tabs', 'Face geometry\tYes\tSecurity', ['face|affirmed'],
    'Face geometry\tNo\tSecurity', ['face|denied'],
  ],
  [
    'a device state with an adverb', 'Location services are currently disabled on your device.', [],
    'Location services are currently used by our app on your device.', ['location|affirmed'],
  ],
  [
    'a voice valued is an opinion', 'We value your voice.', [], 'We value your voice recordings.', ['voice|affirmed'],
  ],
  [
    'laws named by what they regulate', 'Facial recognition laws vary from state to state.', [],
    'Facial recognition use varies from store to store.', ['face|affirmed'],
  ],
  [
    'what jurisdictions regulate', 'Some jurisdictions regulate the use of biometric data.', [],
    'Some of our stores regulate entry by biometric data.', ['biometric|affirmed'],
  ],
  [
    "used only on the device is a use; never sent to the company, a denial",
    "Your location is used only on your device.", ['location|affirmed'],
    "Your location is used only on your device and is never sent to us.", ['location|denied'],
  ],
  [
    'without asking is a condition', 'We never collect voice recordings without asking first.', ['voice|affirmed'],
    'We never collect voice recordings, even after asking.', ['voice|denied'],
  ],
  [
    'the microphone reached by the app', 'The app never accesses your microphone.', ['voice|denied'],
    'The app never accesses your contacts.', [],
  ],
  [
    'two adverbs coordinated inside a denial', 'We do not knowingly or intentionally collect precise geolocation.',
    ['location.precise|denied'], 'We knowingly and intentionally collect precise geolocation.', ['location.precise|affirmed'],
  ],
  [
    'an intention denied is the act denied', 'We have no intention of collecting your face geometry.', ['face|denied'],
    'We have every intention of collecting your face geometry.', ['face|affirmed'],
  ],
  [
    'the reader refusing is no denial', 'You can choose not to provide your voice sample.', [],
    'We choose not to collect your voice sample.', ['voice|denied'],
  ],
  [
    'the reader not obliged is no denial', 'You do not have to provide your fingerprint.', [],
    'We do not ask you to provide your fingerprint.', ['biometric|denied'],
  ],
  [
    'what a technology can do, said of it', 'Gaze detection can determine the direction a person is looking.', [],
    'Our gaze detection determines the direction a person is looking.', ['face|affirmed'],
  ],
  // Session 9.
  [
    'a refusal and what follows for the reader', 'If you turn off location services, some features will not work.', [],
    'If you turn off location services, some features will use your IP address to estimate your location.',
    ['location.approximate|affirmed'],
  ],
  [
    "a refusal's consequence beside an act of the company",
    'If you do not allow access, the location-based display of content may not be possible.', [],
    'If you do not allow access, we may still use your approximate location.', ['location.approximate|affirmed'],
  ],
  [
    'a dialling code is no area', 'Account data, including country and language.', ['location.approximate|affirmed'],
    'Your phone number (including country code).', [],
  ],
  [
    "the document's own scope is no claim",
    'These Terms govern your use of the app and any photos, audio or videos you upload.', [],
    'We keep your use of the app and any photos, audio or videos you upload.', ['voice|affirmed'],
  ],
  [
    'the seat of a proceeding is a jurisdiction',
    'Any dispute will be heard by arbitrators seated in the county where you live.', [],
    'Our app will record the county where you live.', ['location.approximate|affirmed'],
  ],
  [
    'what a setting switches the data to is a claim on that data',
    'Your precise location is shared, but you can switch it to your approximate location.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
    'Your precise location is shared, but you can switch it off or delete your approximate location.',
    ['location.precise|affirmed'],
  ],
  [
    "a setting after the company's own act leaves the claim",
    'We share your precise location, but you can switch it off.', ['location.precise|affirmed'],
    'You can switch off sharing your precise location.', [],
  ],
  [
    'a location looked up from the IP address is approximate',
    'We use IP geolocation to show prices in your currency.', ['location.approximate|affirmed'],
    'We use GPS geolocation to show prices in your currency.', ['location.precise|affirmed'],
  ],
  [
    'the later areas of a list governed by laws',
    'We process your data under the laws of any state, country or territory in which you use the app.', [],
    'We record any state, country or territory in which you use the app.', ['location.approximate|affirmed'],
  ],
  [
    "a named party's act beside a device switched off is a claim",
    'Even when location services are off, Acme may still collect your approximate location.',
    ['location.approximate|affirmed'],
    'Even when location services are off, Acme may still show your approximate location.', [],
  ],
  [
    "a possessor shared by a list names another party's place",
    "The list gives each vendor's name and location.", [],
    "The list gives each member's name and location.", ['location|affirmed'],
  ],
  [
    'a further act denied on data the company collects affirms the collection',
    'We do not sell the location data we collect.', ['location|affirmed'],
    'We do not sell the location data advertisers collect.', [],
  ],
  [
    'any place as the end of a movement',
    'We help you travel to or from any location.', [],
    'We record when you check in at any location.', ['location|affirmed'],
  ],
  [
    'a country compared for its laws',
    'We store your data in countries that may not have the same data protection laws as the country in which you live.', [],
    'We store your data together with the country in which you live.', ['location.approximate|affirmed'],
  ],
  [
    'a place unusual for the reader is where they are',
    'We alert you when someone signs in to your account from an unusual location.', ['location|affirmed'],
    'We alert you when someone signs in to your account from any location.', [],
  ],
  [
    "link text that takes the company's use as given is a claim",
    'Learn more about how we use location information.', ['location|affirmed'],
    'Learn more about location information.', [],
  ],
  [
    'the reader finding out more is no claim',
    'You can obtain further information on location-based services.', [],
    'We can obtain further information on your location from your carrier.', ['location|affirmed'],
  ],
  [
    'a lead-in whose verb is in the items',
    'Users who opt in to location sharing may:', [],
    'We may collect your location when you:', ['location|affirmed'],
  ],
  [
    "what the company fits to the reader's area",
    'We show you offers relevant to your country.', ['location.approximate|affirmed'],
    'We show you offers relevant to your interests.', [],
  ],
  [
    "a norm fitted to the reader's area is a jurisdiction",
    'The laws relevant to your country apply.', [],
    'The offers relevant to your country appear first.', ['location.approximate|affirmed'],
  ],
  [
    'the microphone as the instrument of monitoring',
    'We monitor test takers via a webcam, microphone and browser.', ['voice|affirmed'],
    'We list the type of webcam, microphone and browser in the device report.', [],
  ],
  [
    'a pointer elsewhere is no claim',
    'For more about voice recordings, see our Help Center.', [],
    'For more about voice recordings, we keep them for 30 days.', ['voice|affirmed'],
  ],
  [
    'the device sending the company only a result',
    'Your device verifies your fingerprint and sends us only a yes or no answer.', ['biometric|denied'],
    'Your device verifies your fingerprint and sends us a copy of it.', ['biometric|affirmed'],
  ],
  [
    "a named party's act is no claim when it is another's purpose",
    'Developers who use our SDK to collect location data are responsible for obtaining consent.', [],
    'Developers who use our SDK are responsible for consent, and Acme may still collect location data.',
    ['location|affirmed'],
  ],
  [
    "the document's scope with an act in a relative clause is a claim",
    'These Terms govern your use of the location-sharing feature.', [],
    'These Terms govern your use of the location-sharing feature, which collects your precise location.',
    ['location.precise|affirmed'],
  ],
  [
    'the position of what the reader carries',
    'We pass the position of your handset to the emergency services.', ['location|affirmed'],
    'We pass the model of your handset to the emergency services.', [],
  ],
  [
    'the area an address points to',
    'We look up the town your IP address is registered to.', ['location.approximate|affirmed'],
    'We look up the company your IP address is registered to.', [],
  ],
  [
    'a location estimated from the time zone',
    'We read your time zone to guess which country you are in.', ['location.approximate|affirmed'],
    'We read your time zone to show the time of each post.', [],
  ],
  [
    'no way of seeing it',
    'Your live location is encrypted on your phone and we have no way of seeing it.', ['location|denied'],
    'Your live location is encrypted on your phone and we have a way of seeing it.', ['location|affirmed'],
  ],
  [
    "what data is like, said of no one's act",
    'Geolocation data can be sensitive.', [],
    'We collect geolocation data, which can be sensitive.', ['location|affirmed'],
  ],
  [
    "what a sensor's accuracy does",
    'Location accuracy improves when Wi-Fi is turned on.', [],
    'We improve location accuracy with nearby Wi-Fi networks when Wi-Fi is turned on.', ['location.precise|affirmed'],
  ],
  [
    'sound recorded is voice',
    'Cameras on this site do not record sound.', ['voice|denied'],
    'Cameras on this site do not record video.', [],
  ],
  [
    'messages spoken to a machine',
    'Messages left on our out-of-hours answerphone are transcribed.', ['voice|affirmed'],
    'Messages left on our out-of-hours website are answered.', [],
  ],
  [
    'other spoken encounters recorded',
    'Telehealth appointments may be recorded with your consent.', ['voice|affirmed'],
    'Telehealth appointments may be booked with your consent.', [],
  ],
  [
    'one face matched',
    'The gates match your face against the photo stored on your account.', ['face|affirmed'],
    'The gates match your ticket against the photo stored on your account.', [],
  ],
  [
    'a finger on a reader',
    'Members enter by placing a finger on the reader at the turnstile.', ['biometric|affirmed'],
    'Members enter by placing a card on the reader at the turnstile.', [],
  ],
  [
    'what the reader says, recorded',
    'Anything you tell us when you ring the claims line may be recorded.', ['voice|affirmed'],
    'Anything you tell us when you ring the claims line will be kept confidential.', [],
  ],
  [
    'commentary the reader records',
    'Any commentary you record with the video is kept with your claim.', ['voice|affirmed'],
    'Any commentary you write with the video is kept with your claim.', [],
  ],
  [
    'a place past a noun modifier after a locative (where an age limit holds), or the object of a verb',
    'You confirm that you are of legal age in the delivery location.', [],
    'You confirm that you are of legal age and we record the delivery location.', ['location|affirmed'],
  ],
  [
    'a further act denied on recordings a participle with its agent says are collected',
    'The vendor cannot decrypt the audio and screen recordings collected and stored by the vendor.', ['voice|affirmed'],
    'The vendor cannot decrypt the audio and screen recordings that you keep on your laptop.', ['voice|denied'],
  ],
  [
    'a denial of keeping bounded by an event says it is kept until then',
    'We do not keep voice recordings once the call ends.', ['voice|affirmed'],
    'We do not collect voice recordings once the call ends.', ['voice|denied'],
  ],
  [
    'the bounding event after the denial of keeping, or a clause of its own',
    'The audio analysis is not retained after the transcript is generated.', ['voice|affirmed'],
    'The audio analysis is not retained, and the transcript is generated on your device.', ['voice|denied'],
  ],
  [
    'a named party taking in what the reader says, beside a norm word that is no norm statement',
    'Where supported, Acme may accept spoken commands as your signature, with the same legal effect.', ['voice|affirmed'],
    'Where supported, spoken commands count as your signature, with the same legal effect.', [],
  ],
  [
    "the reader's microphone switched on, with a modal, or muted",
    "If selected, the test taker's microphone may be turned on during the session.", ['voice|affirmed'],
    "If selected, the test taker's microphone may be muted during the session.", [],
  ],
  [
    "a participle with its agent: the vendor collects, the reader's device keeps",
    'We cannot view the fingerprint data stored by our vendor.', ['biometric|affirmed'],
    'We cannot view the fingerprint data stored by your device.', ['biometric|denied'],
  ],
  [
    "the clause's own passive with its agent, two participles joined, is the denial itself",
    'No voice recordings are captured and stored by our servers.', ['voice|denied'],
    'Our staff cannot play voice recordings captured and stored by our servers.', ['voice|affirmed'],
  ],
  [
    'a denial of keeping bounded by an event, or at any time around it',
    'We do not keep voice recordings after the call ends.', ['voice|affirmed'],
    'We do not keep voice recordings during or after the call.', [],
  ],
  [
    'a noun modifier makes a place after a locative, a participle does not',
    'Help is sent in the delivery location.', [],
    'Help is sent to the reported location.', ['location|affirmed'],
  ],
  [
    'taking prints of the body, denied or not',
    'The entry gates read your card; they do not take fingerprints.', ['biometric|denied'],
    'The entry gates read your card; they also take fingerprints.', ['biometric|affirmed'],
  ],
  [
    'others shown as near the reader, or shops near them',
    'We show you the profiles of people nearby.', ['location|affirmed'],
    'We show you the profiles of people you follow.', [],
  ],
  [
    'how close the reader is to others',
    'We work out how close you are to other members.', ['location|affirmed'],
    'We work out how often you write to other members.', [],
  ],
  [
    'an act whose purpose is to pick the rules: rights and the controller too',
    'We use the state you live in to determine which offers you see.', ['location.approximate|affirmed'],
    'We use the state you live in to determine which rights you have.', [],
  ],
  [
    'the entity that answers for the data, picked by residence',
    'We use your country of residence to decide which currency you pay in.', ['location.approximate|affirmed'],
    'We use your country of residence to decide which entity is your data controller.', [],
  ],
  [
    'inverted negative adverbials are cues', 'In any event, we collect retina scans or hand geometry.',
    ['biometric|affirmed'], 'In no event do we collect retina scans or hand geometry.', ['biometric|denied'],
  ],
  [
    '"by no means" is a cue, "by all means" is not', 'By all means, we record your voice when you call.',
    ['voice|affirmed'], 'By no means do we record your voice when you call.', ['voice|denied'],
  ],
  [
    'a data word inside another word is none', 'We record the location of your deliveries.', ['location|affirmed'],
    'We record the allocation of your deliveries.', [],
  ],
  [
    'a possessive reaches every item of its list', 'We collect your name, email address, and voice when you call.',
    ['voice|affirmed'], 'We collect your name, email address, and voice assistant when you call.', [],
  ],
  [
    'whose voices, after "of"', 'We never collect the voices of children under 13.', ['voice|denied'],
    'We never collect the voices of our customers.', [],
  ],
  [
    'the policy\'s word wins after its source too',
    'We use the cell tower your phone is connected to, which gives us an exact idea of where you are.',
    ['location.precise|affirmed'],
    'We use the cell tower your phone is connected to, which gives us a rough idea of where you are.',
    ['location.approximate|affirmed'],
  ],
  [
    'faces of anyone, analysed', "Our cameras analyse shoppers' faces.", ['face|affirmed'],
    "Our cameras photograph shoppers' faces.", [],
  ],
  [
    'what a face does, noticed', 'The app detects smiles and frowns in your videos.', ['face|affirmed'],
    'The app collects smiles and frowns in your videos.', [],
  ],
  [
    'the eyes watched', 'The cabin camera monitors whether your eyes are open while you drive.', ['face|affirmed'],
    'The cabin camera reminds you to keep your eyes open while you drive.', [],
  ],
  [
    'where the reader looks, tracked', 'The camera tracks where you are looking on the screen.', ['face|affirmed'],
    'The camera shows where you are looking on the screen.', [],
  ],
  [
    'speech turned into text among coordinated verbs',
    'We may use AI to transcribe and summarise your interactions with our agents.', ['voice|affirmed'],
    'We may use AI to translate and summarise your interactions with our agents.', [],
  ],
  [
    'a part of the calls, with its own determiner', 'We keep recordings of part of the customer calls.',
    ['voice|affirmed'], 'We keep records of part of the customer calls.', [],
  ],
  [
    'the microphone as the last of a list of ways in',
    'We may collect information shared through the screen, webcam or microphone of your device.', ['voice|affirmed'],
    'We may collect information shared through the screen, webcam or keyboard of your device.', [],
  ],
  [
    'a place of residence names no area: a location; a city of residence is one',
    'We keep demographic information such as your gender, age and place of residence.', ['location|affirmed'],
    'We keep demographic information such as your gender, age and city of residence.', ['location.approximate|affirmed'],
  ],
  [
    'a place of residence is where the reader lives, a place of birth is not',
    'We keep demographic information such as your gender, age and place of residence.', ['location|affirmed'],
    'We keep demographic information such as your gender, age and place of birth.', [],
  ],
  [
    'a norm as the subject, saying what a kind of data is',
    'Some state laws treat precise geolocation as sensitive personal information, and we collect it.',
    ['location.precise|affirmed'],
    'Some state laws treat precise geolocation as sensitive personal information.', [],
  ],
  [
    'a copula in a relative clause leaves the item an item',
    'Your device coordinates, which are necessary to show you nearby members.', ['location.precise|affirmed'],
    'Your device coordinates are necessary to show you nearby members.', [],
  ],
  [
    'recordings, from your calls', 'We keep information, including recordings, from your calls with our support team.',
    ['voice|affirmed'], 'We keep information, including ratings, from your calls with our support team.', [],
  ],
  [
    'interviews recorded', 'We keep recordings of interviews with job applicants.', ['voice|affirmed'],
    'We keep records of interviews with job applicants.', [],
  ],
  [
    'one place visited', 'We keep a history of every place that you have visited.', ['location|affirmed'],
    'We keep a history of every page that you have visited.', [],
  ],
  [
    'a place visited online is no place', 'We store the places you visited in Paris.', ['location|affirmed'],
    'We store the places you visited on other websites.', [],
  ],
  [
    'voices in a room, listened for', 'The app monitors whether other voices are in the room.', ['voice|affirmed'],
    'The app asks whether other voices are in the room.', [],
  ],
  [
    'whoever runs the account may switch a practice off',
    'Account owners may choose to require voice transcription for their meetings.', ['voice|affirmed'],
    'Account owners may choose to disable voice transcription for their meetings.', [],
  ],
  [
    'nothing until the reader switches it on is a conditional affirmation',
    'No audio is recorded by the toy until the batteries are replaced.', ['voice|denied'],
    'No audio is recorded by the toy until a parent activates the Talk feature.', ['voice|affirmed'],
  ],
  [
    'a further act denied but for an exception happens in the exception',
    'We do not share biometric data with the vendor that operates our time clocks.', [],
    'We do not share biometric data except with the vendor that operates our time clocks.', ['biometric|affirmed'],
  ],
  // Session 11: other biometrics by the part of the body and how it is taken.
  [
    'a fingerprint by its ridges', 'We capture a map of the ridges on your fingertip.', ['biometric|affirmed'],
    'We capture a map of the ridges on your roof.', [],
  ],
  [
    'signing in by a part of the body', 'You can enable palm login at our gyms.', ['biometric|affirmed'],
    'You can enable email login at our gyms.', [],
  ],
  [
    'a reader that takes a part of the body', 'The scanner at the gate reads your palm.', ['biometric|affirmed'],
    'The guard at the gate reads your palm.', [],
  ],
  [
    'the retina by its blood vessels', 'The kiosk scans the blood vessels at the back of your eye.', ['biometric|affirmed'],
    'The kiosk scans the blood vessels at the back of your hand.', [],
  ],
  [
    'the iris as the coloured part of the eye', 'The kiosk photographs the coloured part of your eye.',
    ['biometric|affirmed'], 'The kiosk photographs the white part of your eye.', [],
  ],
  [
    'a walk profiled', 'The insoles build a profile of the way you walk.', ['biometric|affirmed'],
    'The insoles build a profile of the way you sleep.', [],
  ],
  [
    'typing measured to tell who types',
    'We analyse the rhythm with which you type your password to check it is really you.', ['biometric|affirmed'],
    'We analyse the rhythm with which you type your password to suggest words.', [],
  ],
  [
    "the company's own site is no location of the reader's",
    'Employees based at your Warsaw location report to the Data Protection Officer.', ['location|affirmed'],
    'Employees based at our Warsaw location report to the Data Protection Officer.', [],
  ],
  [
    'precision said of the location as a predicate',
    'Depending on your settings, the location we receive may be precise.', ['location.precise|affirmed'],
    'Depending on your settings, the location we receive may be approximate.', ['location.approximate|affirmed'],
  ],
  [
    'the coordinates the device gives', 'Each photo is stamped with the coordinates reported by the device.',
    ['location.precise|affirmed'], 'Each photo is stamped with the coordinates of the city.', ['location.approximate|affirmed'],
  ],
  [
    'the exact point set on a map', 'Our delivery partners see the exact drop-off pin you place on the map.',
    ['location.precise|affirmed'], 'Our delivery partners see the drop-off pin you place on the map.', [],
  ],
  [
    'the location of people and their things in a bare plural', 'The Company may collect the location of company vehicles.',
    ['location|affirmed'], 'The Company may collect the location of company offices.', [],
  ],
  [
    "turning a feature on is opting in; turning it off is the reader's setting",
    'You can turn on Location History if you want traffic predictions for your commute.', ['location|affirmed'],
    'You can turn off Location History if you want no traffic predictions for your commute.', [],
  ],
  [
    'turning on a switch of the device stays a setting',
    'You can turn on Location History in your account settings.', ['location|affirmed'],
    'You can turn on location services in your device settings.', [],
  ],
  // Session 12.
  [
    'a written-out row whose label has an examples cell: the column answers',
    'Precise geolocation | Examples: GPS coordinates of your phone | Collected: Yes | Disclosed to: carriers',
    ['location.precise|affirmed'],
    'Precise geolocation | Examples: GPS coordinates of your phone | Collected: No | Disclosed to: none',
    ['location.precise|denied'],
  ],
  [
    'a written-out row answering only a further act says nothing of collection',
    'Voice recordings | Examples: calls to our help line | Collected: No', ['voice|denied'],
    'Voice recordings | Examples: calls to our help line | Sold: No', [],
  ],
  [
    'data named back by a demonstrative category, after a label and a colon',
    'Face geometry: We have collected this category of personal information in the past 12 months.',
    ['face|affirmed'],
    'Face geometry: We have not collected this category of personal information in the past 12 months.',
    ['face|denied'],
  ],
  [
    'a label answered by the next sentence', 'Precise geolocation. We collect this category.',
    ['location.precise|affirmed'], 'Precise geolocation. We do not collect this category.',
    ['location.precise|denied'],
  ],
  [
    'only a label is answered back: a claim followed by a denial of a further act stays a claim',
    'We record the GPS position of each delivery. We do not sell this data.', ['location.precise|affirmed'],
    'GPS position of each delivery. We do not collect this data.', ['location.precise|denied'],
  ],
  [
    'location denied beyond a bound is the precise kind',
    'We do not collect location data.', ['location|denied'],
    'We do not collect location data more precise than your city.', ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'location kept within a bound is the approximate kind, and "no more … than" is no negation',
    'The app records location data more precise than your city.', ['location.precise|affirmed'],
    'The app records location data no more precise than your city.', ['location.approximate|affirmed'],
  ],
  [
    'beyond an area level',
    'We do not collect geolocation data at the country level.', ['location.approximate|denied'],
    'We do not collect geolocation data beyond the country level.', ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'an approximation word is a word of its own ("through GPS" is no rough GPS)',
    'We log your location through GPS.', ['location.precise|affirmed'],
    'We log your rough location through GPS.', ['location.approximate|affirmed'],
  ],
  [
    'an IP address gives the location of its own clause, not one across a contrast',
    'We do not collect your precise location, although we may infer your city from your IP address.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'We do not collect your precise location or infer your city from your IP address.',
    ['location.approximate|denied', 'location.precise|denied'],
  ],
  [
    '"US" in capitals is the country, not the company: a law statement stays one',
    'Facial recognition technology is regulated by us in several cities and states.', ['face|affirmed'],
    'Facial recognition technology is regulated in several US cities and states.', [],
  ],
  [
    'a regulator or a named act as the subject describes the law',
    'Our security team has issued guidelines on the use of facial recognition by our staff.', ['face|affirmed'],
    'The European Data Protection Board has issued guidelines on the use of facial recognition by the police.', [],
  ],
  [
    'what the law treats data as is a law statement',
    'Under the laws of some states, we treat precise geolocation as a separate consent.', ['location.precise|affirmed'],
    'Under the laws of some states, precise geolocation is treated as sensitive personal information.', [],
  ],
  [
    'what the law\'s sensitive category includes is a definition',
    'The sensitive personal information we hold includes precise geolocation.', ['location.precise|affirmed'],
    'Under the CPRA, sensitive personal information includes precise geolocation.', [],
  ],
  [
    'an image of the face counts only where something is done to it',
    'The mirror analyses images of your face to track changes in your skin.', ['face|affirmed'],
    'Photos you upload to the mirror may include images of your face.', [],
  ],
  [
    'the policy\'s approximate word wins over a source after a comma',
    'Your approximate location and the cell tower your phone uses help us route your call.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
    'Your approximate location, based on the cell tower your phone uses, helps us route your call.',
    ['location.approximate|affirmed'],
  ],
  [
    'precision said as two predicates states both',
    'Your device\'s location, which may be exact depending on the permission you grant', ['location.precise|affirmed'],
    'Your device\'s location, which may be precise or approximate depending on the permission you grant',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'the reader\'s saved places are locations',
    'Saved searches such as Home Decor are stored with your account.', [],
    'Saved places such as Home and Work are stored with your account.', ['location|affirmed'],
  ],
  [
    'the manner of a walk, analysed, is gait',
    'Your watch counts your steps; we do not analyse how far you walk.', [],
    'Your watch counts your steps; we do not analyse how you walk.', ['biometric|denied'],
  ],
  [
    'nothing more precise than an area denies the precise kind',
    'When you open the app we record the state you are in.', ['location.approximate|affirmed'],
    'When you open the app we record the state you are in, and nothing more precise.',
    ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'an instruction after the reader\'s aim claims nothing',
    'To find a store near you, we use the ZIP code you enter in the store locator.', ['location.approximate|affirmed'],
    'To find a store near you, enter your ZIP code in the store locator.', [],
  ],
  [
    'an IP address checked to confirm where the reader is gives an approximate location',
    'We check your IP address to confirm your account.', [],
    'We check your IP address to confirm where you are.', ['location.approximate|affirmed'],
  ],
  [
    'a practice the company may take up one day is no claim',
    'When we collect biometric data, we will tell you first and ask for your consent.', ['biometric|affirmed'],
    'If we ever collect biometric data, we will tell you first and ask for your consent.', [],
  ],
  [
    'a negative subject whose sending to us comes after other participles',
    'Voice commands are handled by the car; everything you say is saved to your profile, transmitted to us, and used to train models.',
    ['voice|affirmed'],
    'Voice commands are handled by the car; nothing you say is saved to your profile, transmitted to us, or used to train models.',
    ['voice|denied'],
  ],
  [
    'the fingerprint reader by its name, as Face ID is a face term',
    'Touch Bar settings never leave your device.', [],
    'Touch ID data never leave your device.', ['biometric|denied'],
  ],
  [
    'a verb\'s word as the first half of a noun governs nothing ("access times" in a list of data)',
    'Operating system, access to your approximate location data.', [],
    'Operating system, access times, approximate location data.', ['location.approximate|affirmed'],
  ],
  [
    'an act on data before a law named after it is a claim ("recorded in accordance with local laws, which require…")',
    'Local laws, which in some places require consent, govern how calls are recorded.', [],
    'Calls may be recorded in accordance with local laws, which in some places require consent.', ['voice|affirmed'],
  ],
  [
    'spoken commands listened for',
    'The band has a button for the assistant, which waits for your taps only while you hold it.', [],
    'The band has a microphone for the assistant, which listens for your commands only while you hold the button.',
    ['voice|affirmed'],
  ],
  [
    'meetings recorded, in the passive',
    'Sales meetings held on the platform are scheduled automatically.', [],
    'Sales meetings held on the platform are recorded automatically.', ['voice|affirmed'],
  ],
  [
    'street-level imagery is a map\'s, not the reader\'s location',
    'We collect your street-level location while you drive.', ['location.precise|affirmed'],
    'We collect street-level imagery while our cars drive.', [],
  ],
  [
    'faces found, in the passive',
    'Any licence plates captured in the footage are automatically blurred.', [],
    'Any faces captured in the footage are automatically blurred.', ['face|affirmed'],
  ],
  [
    'the face\'s movements watched',
    'The camera tracks the driver\'s hand position and steering movements.', [],
    'The camera tracks the driver\'s head position and eyelid movements.', ['face|affirmed'],
  ],
  [
    'data about whose face, in a list of two',
    'We do not collect any images of, or data about, the driver\'s seat.', [],
    'We do not collect any images of, or data about, the driver\'s face.', ['face|denied'],
  ],
  [
    'the gym the reader checked in at',
    'The app records the routes you complete and the gym you signed up with.', [],
    'The app records the routes you complete and the gym you checked in at.', ['location|affirmed'],
  ],
  [
    'the location of a thing sent is not the reader\'s',
    'Our courier partners may share your real-time location with the recipient.', ['location|affirmed'],
    'Our courier partners may share your parcel\'s real-time location with you.', [],
  ],
  [
    'a viewer\'s age estimated by a camera',
    'Cameras count the people looking at the screen and estimate the viewer\'s dwell time.', [],
    'Cameras count the people looking at the screen and estimate the viewer\'s approximate age.', ['face|affirmed'],
  ],
  [
    'a pointer for the reader to learn more, addressed to them, claims nothing; one that takes the use as given does',
    'You can learn more about how we use your location in our Help Center.', ['location|affirmed'],
    'You can learn more about how location works on your device in its settings.', [],
  ],
  [
    'what the company tells the reader about their area',
    'We use cookies to tell you about interesting events in our history.', [],
    'We use cookies to tell you about interesting events in your area.', ['location.approximate|affirmed'],
  ],
  [
    'places saved to the account',
    'You might choose to save playlists to your account, such as your favourite songs.', [],
    'You might choose to save places to your account, such as your home or your work.', ['location|affirmed'],
  ],
  // Session 12's mends, after a reviewer's counterexamples.
  [
    'checking in to a flight is no place; checking in at a venue is',
    'When you check in to a flight, we record the time.', [],
    'When you check in at a venue, we record the time.', ['location|affirmed'],
  ],
  [
    'an eyelid is face data only as something watched',
    'Our eye drops are tested on the eyelid.', [],
    'Our camera watches eyelid movements.', ['face|affirmed'],
  ],
  [
    'a web session recorded is no voice',
    'Your sessions are recorded using analytics tools.', [],
    'Your calls are recorded using analytics tools.', ['voice|affirmed'],
  ],
  [
    'the reader\'s own drone is theirs, a parcel is not',
    'Your parcel\'s GPS location is sent to us during every delivery.', [],
    'Your drone\'s GPS location is sent to us during every flight.', ['location.precise|affirmed'],
  ],
  [
    'a label is not answered "no" by a denial with a condition',
    'Precise location data. We do not collect this category.', ['location.precise|denied'],
    'Precise location data. We do not collect this category unless you turn on Nearby Stores.',
    ['location.precise|affirmed'],
  ],
  [
    'an instruction followed by the company\'s act is a claim',
    'If you\'d like to stop sharing your location, open Settings and turn off Location Services.', [],
    'If you\'d like to stop sharing your location, open Settings and turn off Location Services; we will stop collecting it.',
    ['location|affirmed'],
  ],
  [
    'a gloss ("meaning any data…") on a claim in the passive leaves the claim',
    'Precise geolocation, meaning data that places your device within 1,850 feet.', [],
    'Precise geolocation, meaning data that places your device within 1,850 feet, is collected when you enable Nearby.',
    ['location.precise|affirmed'],
  ],
  [
    'data collected and treated as sensitive is a claim',
    'Precise geolocation is treated as sensitive personal information.', [],
    'Precise geolocation collected by the app is treated as sensitive personal information and is never sold.',
    ['location.precise|affirmed'],
  ],
  [
    'a sale the company supposes is no claim',
    'When we sell your voice recordings, we notify you first.', ['voice|affirmed'],
    'If we were to sell your voice recordings, we would notify you first.', [],
  ],
  [
    'typing used to identify the reader is a biometric',
    'We use how you type to suggest words.', [],
    'We use how you type to identify you.', ['biometric|affirmed'],
  ],
  [
    'an age among items of data is no norm',
    'The minimum age depends on your place of residence.', [],
    'Demographic information such as your gender, age and place of residence', ['location|affirmed'],
  ],
  [
    'a residence said of the time is an area; as the scope of a law, a jurisdiction',
    'The laws of your current residence govern these terms.', [],
    'The social network sends us your email address and current residence.', ['location.approximate|affirmed'],
  ],
  [
    'a negation brought about by the reader opting out is a condition, not a denial',
    'If you disable location sharing, we will no longer collect your location.', ['location|affirmed'],
    'Since March, we will no longer collect your location.', ['location|denied'],
  ],
  [
    'a negation brought about by the reader withdrawing permission is a condition, not one after an update',
    'Once you revoke permission, we stop collecting GPS data from your device.', ['location.precise|affirmed'],
    'Once you update the app, we stop collecting GPS data from your device.', ['location.precise|denied'],
  ],
  [
    'an opt-out after the negation conditions it too',
    'We do not record your voice when you turn off the microphone.', ['voice|affirmed'],
    'We do not record your voice when you use the microphone.', ['voice|denied'],
  ],
  [
    'a face watched after another part of the body is a face detected',
    'The app does not monitor the driver\'s hands or face.', ['face|denied'],
    'The app does not monitor the driver\'s hands or speed.', [],
  ],
  [
    'a face tracked or followed by a camera is a face detected',
    'Our camera tracks your face to keep you in frame.', ['face|affirmed'],
    'Our camera tracks your pace to keep you in frame.', [],
  ],
  [
    'a coordinated clause with a noun phrase of its own as subject ends the negation before it',
    'We don\'t collect faceprints, and our age-estimation check analyzes a single selfie.', ['face|affirmed', 'face|denied'],
    'We don\'t collect faceprints, or the age-estimation results of a single selfie.', ['face|denied'],
  ],
  [
    'an object noun phrase with its own relative verb is no subject: the negation reaches it',
    'We do not collect your photos or the face templates the app creates.', ['face|denied'],
    'We do not collect your photos, and the face templates are created by the app.', ['face|affirmed'],
  ],
  [
    'an area the device\'s source points to is approximate (the device\'s IP address too)',
    'We check the country your phone\'s IP address points to when an unusual payment is made.', ['location.approximate|affirmed'],
    'We check the country your phone\'s warranty points to when an unusual payment is made.', [],
  ],
  [
    'which area the reader is doing something from is an area they are in',
    'Your answers are used to estimate which country you are applying from.', ['location.approximate|affirmed'],
    'Your answers are used to estimate which country you are applying to.', [],
  ],
  [
    'a SIM card\'s country, possessive too, is approximate',
    'Your SIM card\'s country is used to suggest the right dialling code.', ['location.approximate|affirmed'],
    'Your SIM card\'s carrier is used to suggest the right dialling code.', [],
  ],
  [
    'the area a device connects from is approximate',
    'When you travel abroad, the country your phone connects from is used to apply roaming charges.', ['location.approximate|affirmed'],
    'When you travel abroad, the country your phone connects to is used to apply roaming charges.', [],
  ],
  [
    'off by default is on when the reader opts in: a conditional affirmation, not a denial',
    'We do not keep audio recordings of your requests by default.', ['voice|affirmed'],
    'We do not keep audio recordings of your requests.', ['voice|denied'],
  ],
  [
    'a sentence framed by a law\'s name says what the law says',
    'Under HIPAA, full-face photographs and voice prints must be removed before health information counts as de-identified.', [],
    'Under HIPAA, we remove full-face photographs and voice prints before health information counts as de-identified.', ['voice|affirmed'],
  ],
  [
    'a law by its acronym treating data as a kind is a law statement',
    'COPPA treats a photo, video or audio file containing a child\'s image or voice as personal information.', [],
    'We treat a photo, video or audio file containing a child\'s image or voice as personal information.', ['voice|affirmed'],
  ],
  [
    'a code of practice setting out a use is a norm',
    'The Surveillance Camera Code of Practice sets out how public bodies in England and Wales should use facial recognition.', [],
    'The Surveillance Camera team sets out how our stores in England and Wales use facial recognition.', ['face|affirmed'],
  ],
  [
    'a phone\'s own unlock, two kinds and set up there, is the device\'s feature',
    'You can sign in with the fingerprint or face unlock set up on your phone.', [],
    'You can sign in with the fingerprint or face template we keep on our servers.', ['biometric|affirmed', 'face|affirmed'],
  ],
  [
    'a selfie used to estimate an age is a face analysed',
    'We use your selfie to estimate your age.', ['face|affirmed'],
    'We use your selfie to verify your email.', [],
  ],
  [
    "an active verb of analysis on the reader's device keeps the data there: processing there is the company's software at work (a claim); kept from the company, a denial",
    "The game processes speech on your tablet and discards it at once.", ['voice|affirmed'],
    "The game processes speech on your tablet and discards it at once, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'radio signals used to give directions place the reader precisely',
    'In the terminal, the app uses Wi-Fi and Bluetooth signals to give you turn-by-turn directions to your gate.', ['location.precise|affirmed'],
    'In the terminal, the app uses Wi-Fi and Bluetooth signals to give you faster downloads at your gate.', [],
  ],
  [
    'a condition two clauses after a denial conditions its own clause, not the denial',
    'We do not use these recordings to identify you by your voice, and we delete them after seven years unless a dispute is ongoing.', ['voice|denied'],
    'We do not use these recordings to identify you by your voice unless a dispute is ongoing.', ['voice|affirmed'],
  ],
  [
    'two openers in a row open one clause: the exception is next to the denial',
    'We do not collect precise location, except when you use the store locator.', ['location.precise|affirmed'],
    'We do not collect precise location, and when you use the store locator, we show the nearest stores.', ['location.precise|denied'],
  ],
  [
    'the eyes watched or tracked are facial features detected',
    'A camera behind the steering wheel watches your eyes and head position to warn you when you seem drowsy.', ['face|affirmed'],
    'A camera behind the steering wheel watches your hands and head position to warn you when you seem drowsy.', [],
  ],
  [
    'eye tracking is facial features detected',
    'If you turn on eye tracking, we receive abstracted data about where in a scene you looked.', ['face|affirmed'],
    'If you turn on click tracking, we receive abstracted data about where in a scene you looked.', [],
  ],
  [
    'a check-in named as another kind by the word before it is no place',
    'We keep your check-ins for a year.', ['location|affirmed'],
    'We keep your mental-health check-ins for a year.', [],
  ],
  [
    'anyone\'s voices, as the object of an analysis, are voice data',
    'Our platform does not analyse candidates\' voices to predict job fit.', ['voice|denied'],
    'Our platform does not analyse candidates\' answers to predict job fit.', [],
  ],
  [
    'what the reader and someone else say is speech',
    'Our AI scribe transcribes what you and your clinician say into draft notes.', ['voice|affirmed'],
    'Our AI scribe summarises what you and your clinician type into draft notes.', [],
  ],
  [
    'sound recorded after the images is the voices in it',
    'CCTV cameras on our buses record both video and sound.', ['voice|affirmed'],
    'CCTV cameras on our buses record both video and speed.', [],
  ],
  [
    'sound excepted after the images is denied',
    'CCTV cameras on our buses record video but not sound.', ['voice|denied'],
    'CCTV cameras on our buses record video but not on weekends.', [],
  ],
  [
    'a location beyond an area is finer than it, with or without \'level\'',
    'We do not collect candidates\' location beyond the city they enter in their application.', ['location.approximate|affirmed', 'location.precise|denied'],
    'We do not collect candidates\' location within the city they enter in their application.', ['location|denied'],
  ],
  [
    'a location beyond the area\'s limits is outside it, not finer',
    'We collect your location beyond the city level.', ['location.precise|affirmed'],
    'We collect your location beyond the city limits.', ['location|affirmed'],
  ],
  [
    'a palm by its template or signature is a biometric',
    'If you enrol, we store an encrypted palm signature linked to your payment card.', ['biometric|affirmed'],
    'If you enrol, we store an encrypted card signature linked to your payment card.', [],
  ],
  [
    'the reader bound by terms as the one who stores data makes no claim of the company\'s',
    'You shall not aggregate, cache or store location data contained in the content.', [],
    'We store location data contained in the content.', ['location|affirmed'],
  ],
  [
    'a use permitted to the reader only for a purpose is their duty; the company\'s own use is a claim',
    'You may use location data only to identify the place tagged in a post.', [],
    'You agree to our use of location data to identify the place tagged in a post.', ['location|affirmed'],
  ],
  [
    'a copy asked for by a subject access request is the reader\'s right',
    'You can ask for a copy of call recordings that contain you by making a subject access request.', [],
    'We keep a copy of call recordings that contain you for a year.', ['voice|affirmed'],
  ],
  [
    '\'store\' as a verb before location data is an act, not a shop\'s location',
    'We store location data for 30 days.', ['location|affirmed'],
    'We show store locations for 30 days.', [],
  ],
  [
    'learning of a collection after a denial names what would be deleted, and its condition is its own',
    'We do not knowingly collect voice recordings from children, and if we learn that a child\'s audio has been collected without parental consent, we will delete it.',
    ['voice|denied'],
    'We do not knowingly collect voice recordings from children without parental consent.', ['voice|affirmed'],
  ],
  [
    'what a parent believes was received is no collection',
    'If a parent believes that we have received a recording of their child\'s voice, they should contact us.', [],
    'If a parent asks, we send them the recording of their child\'s voice.', ['voice|affirmed'],
  ],
  [
    'BIPA\'s written release, after informing in writing, is a condition',
    'We will not collect your biometric identifiers without first informing you in writing and obtaining your written release.', ['biometric|affirmed'],
    'We will not collect your biometric identifiers, even after informing you in writing.', ['biometric|denied'],
  ],
  [
    'a trademark notice names no practice',
    'Face ID and Touch ID are trademarks of Apple Inc.', [],
    'Face ID and Touch ID templates are processed by Apple Inc.', ['biometric|affirmed', 'face|affirmed'],
  ],
  [
    'a phone\'s secure hardware keeps the data on the device',
    'Face Unlock data is stored in the secure hardware of your phone.', ['face|denied'],
    'Face Unlock data is stored in the cloud storage of our service.', ['face|affirmed'],
  ],
  [
    'an area linked to a source, after another item, is approximate',
    'Your mobile carrier may provide us with the country and network code associated with your SIM card.', ['location.approximate|affirmed'],
    'Your mobile carrier may provide us with the name and network code associated with your SIM card.', [],
  ],
  [
    'an area set in the account is account data',
    'We keep your name, email address and the country set in your account.', ['location.approximate|affirmed'],
    'We keep your name, email address and the language set in your account.', [],
  ],
  [
    'a sample of the reader humming or singing is their voice',
    'When you use Song ID, the app records a short sample of you humming the tune.', ['voice|affirmed'],
    'When you use Song ID, the app records a short sample of the tune you picked.', [],
  ],
  [
    'interviews not recorded without permission are recorded with it',
    'Interviews are not recorded without your permission.', ['voice|affirmed'],
    'Interviews are not scheduled without your permission.', [],
  ],
  [
    'voice and facial biometrics are both identifiers',
    'We use voice and facial biometrics to verify your identity.', ['face|affirmed', 'voice|affirmed'],
    'We use voice and facial expressions to verify your mood.', ['face|affirmed'],
  ],
  [
    'a secure chip of the device keeps the data on the device',
    'Your phone\'s fingerprint sensor stores an encrypted representation of your fingerprint on the device\'s secure chip.', [],
    'Your fingerprint is stored as an encrypted representation on our secure servers.', ['biometric|affirmed'],
  ],
  [
    'the reader\'s residence picking where to complain is a jurisdiction',
    'You can lodge a complaint with the Information Commissioner or the Privacy Ombudsman, based on your country of residence.', [],
    'You can lodge a complaint with us, and we record your country of residence.', ['location.approximate|affirmed'],
  ],
  [
    'advice after a clause of the company\'s own act leaves that act a claim',
    'We do not apply facial recognition to your photos, and we recommend that you respect the privacy of others.', ['face|denied'],
    'We recommend that you do not apply facial recognition to photos of others.', [],
  ],
  [
    'not accessing a thing of the reader\'s named right after denies that thing, it keeps no other data on the device',
    'We ask you to tell us where you are; we do not access your car\'s GPS.', ['location.precise|denied', 'location|affirmed'],
    'We ask you to tell us where you are; we do not access it.', ['location|denied'],
  ],
  [
    'a concession (\'even if you grant…\') implies no act; a plain condition does',
    'Even if you grant the app location permission, we will never access your device\'s location.', ['location|denied'],
    'Once you grant the app location permission, we will never access your device\'s location.', ['location|affirmed', 'location|denied'],
  ],
  [
    'a prohibition on the reader is their duty; the reader agreeing to the company\'s collection is a claim',
    'You must not collect biometric data from end users.', [],
    'You agree to allow Acme to collect and store your fingerprint template for timekeeping.', ['biometric|affirmed'],
  ],
  [
    'a frame of a law by its name, with no act after it, is a law statement; \'applicable law\' is no name',
    'Under HIPAA, voice prints must be removed before health information counts as de-identified.', [],
    'Under applicable law, the app may share your voice prints with emergency services.', ['voice|affirmed'],
  ],
  [
    'a shop\'s location information is no reader\'s location; \'we store\' before location data is the verb',
    'The app shows store location information and opening hours on the map.', [],
    'We store location information and opening hours on our servers.', ['location|affirmed'],
  ],
  [
    'a plural noun that is also a verb ends no subject: the negation reaches it',
    'We do not collect your photos or your face scans.', ['face|denied'],
    'We do not collect your photos, and your face scans are kept by the reader.', ['face|affirmed'],
  ],
  [
    'a check-in with another word before it is still a place unless the word names another kind',
    'We store your past check-ins so you can revisit them later.', ['location|affirmed'],
    'We store your weekly check-ins so you can revisit them later.', [],
  ],
  [
    'listening to people\'s voices is the idiom; analysing them is voice data',
    'We listen to our customers\' voices and use their feedback to improve our products.', [],
    'We analyse our customers\' voices and use their pitch to improve our products.', ['voice|affirmed'],
  ],
  [
    'interviews recorded in a system are logged, not audio',
    'Interviews and their outcomes are recorded in our applicant tracking system.', [],
    'Interviews and their outcomes are recorded on video for the hiring team.', ['voice|affirmed'],
  ],
  [
    'a face compound is no face watched',
    'We track the face value of every gift card you buy.', [],
    'We track the face of every shopper you serve.', ['face|affirmed'],
  ],
  [
    'eye tracking as a capability is no data; turned on, it is',
    'This version of the app does not support eye tracking.', [],
    'This version of the app does not use eye tracking.', ['face|denied'],
  ],
  [
    'secure hardware keeps data on the device only where it is the reader\'s phone\'s',
    'Face Unlock data is stored in the secure hardware of your phone.', ['face|denied'],
    'Face Unlock data is stored in secure hardware on our servers.', ['face|affirmed'],
  ],
  [
    'learning a thing is collecting it; learning that it was collected is not',
    'If we learn your city from your IP address, we use it to show you local weather.', ['location.approximate|affirmed'],
    'If we learn that we have collected your city without consent, we will delete it.', [],
  ],
  [
    'off by default conditions its own clause, not a denial beside it',
    'By default, the app uses your approximate location, and we never collect your precise location.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'The app uses your approximate location, and we never collect your precise location by default.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'a coverage area of the network is no reader\'s area',
    'We monitor the coverage area and signal strength of the mobile network to plan upgrades.', [],
    'We record the country and network code associated with your SIM card to plan upgrades.', ['location.approximate|affirmed'],
  ],
  [
    'an age estimated from a selfie, in either order',
    'We estimate your age from a selfie you take in the app.', ['face|affirmed'],
    'We estimate your age from the birth date you type in the app.', [],
  ],
  [
    'what varies by location is no collection of it',
    'This banner varies by location, as different regions have different cookie requirements.', [],
    'This banner uses your location, as different regions have different cookie requirements.', ['location|affirmed'],
  ],
  [
    'a location left when the precise kind is denied by name is coarse; a source denied says nothing of it',
    'We collect location data, but not your precise location.', ['location.approximate|affirmed', 'location.precise|denied'],
    'We collect location data, but not your GPS data.', ['location.precise|denied', 'location|affirmed'],
  ],
  [
    'the location of an IP address is approximate',
    'We collect the location of your IP address.', ['location.approximate|affirmed'],
    'We collect the location of your delivery address.', ['location|affirmed'],
  ],
  [
    'the area a device is in is approximate',
    'Weather alerts are sent for the county your phone is in.', ['location.approximate|affirmed'],
    'Weather alerts are sent for the county your phone is set to.', [],
  ],
  [
    'the courier\'s location is not the reader\'s',
    'When your order is out for delivery, we show you the courier\'s live location on a map.', [],
    'When your order is out for delivery, we show the courier your live location on a map.', ['location|affirmed'],
  ],
  [
    'the company\'s fleet\'s location is not the reader\'s',
    'Between rentals, we track the location of our vehicles.', [],
    'During your rental, we track the location of the vehicle you drive.', ['location|affirmed'],
  ],
  [
    'the laws that apply where the reader is are a jurisdiction',
    'We ask you to follow the laws that apply where you are.', [],
    'We ask you to tell us where you are.', ['location|affirmed'],
  ],
  [
    'a switch of the device that can be turned off is the reader\'s recourse',
    'Location services can be turned off at any time in your device settings.', [],
    'Location services are used at any time to update your device settings.', ['location|affirmed'],
  ],
  [
    'asking anyone for a copy is a right; a copy of what we hold is a claim',
    'You can ask any company for a copy of the location data it holds about you.', [],
    'We send a copy of the location data we hold about you to our vendor.', ['location|affirmed'],
  ],
  [
    'the approximate word covers every source in its list',
    'We may determine your approximate location using your IP address, Wi-Fi access points, or cell tower information.', ['location.approximate|affirmed'],
    'We may determine your location using your IP address, Wi-Fi access points, or cell tower information.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'a list item holds no clause of its own',
    'We estimate your approximate location from your IP address, your time zone, or nearby cell towers.', ['location.approximate|affirmed'],
    'We estimate your approximate location from your IP address, and nearby cell towers when you allow it.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'the reader\'s device as a possessive is no subject',
    'Your phone\'s location, which may be derived from GPS, is used to show nearby stores.', ['location.precise|affirmed'],
    'Your phone, which may derive its location from GPS, keeps a record of places you visit.', [],
  ],
  [
    'being told whether the company does it is a question, not an answer',
    'Some states require us to tell you whether we process biometric data.', [],
    'Some states require us to tell you that we process biometric data.', ['biometric|affirmed'],
  ],
  [
    'asking whether the company holds data is a question',
    'You can ask us whether we hold your voice recordings.', [],
    'You can ask us to send you the voice recordings we hold.', ['voice|affirmed'],
  ],
  [
    'the health data of state laws defined is no claim; the company\'s own is',
    'Consumer health data may include biometric data and precise location.', [],
    'The consumer health data we collect may include biometric data and precise location.', ['biometric|affirmed', 'location.precise|affirmed'],
  ],
  [
    'a necessity denied is no denial of collection',
    'Location information is not required to use the Service.', [],
    'Location information is not collected by the Service.', ['location|denied'],
  ],
  [
    'no device needed is no denial of collection',
    'No fingerprint scanner is required to use the app.', [],
    'No fingerprint data is collected by the app.', ['biometric|denied'],
  ],
  [
    'other people keeping their own copy act on their own account',
    'Other users may record your voice during voice chat.', [],
    'Our moderators may record your voice during voice chat.', ['voice|affirmed'],
  ],
  [
    'a condition\'s subject is read after its if',
    'If another player records your voice, report them with the in-game tools.', [],
    'If our moderators record your voice, they keep the clip for 30 days.', ['voice|affirmed'],
  ],
  [
    'signing in with the device\'s own biometrics claims nothing; a denial after it covers it',
    'You can use your device\'s biometric authentication, such as Touch ID or Face ID, to sign in to the app.', [],
    'You can use your device\'s biometric authentication, such as Touch ID or Face ID, to sign in to the app; we do not receive your biometric information.',
    ['biometric|denied', 'face|denied'],
  ],
  [
    'the device\'s key after a denial is the device\'s; an enrolment the company keeps is a claim',
    'Our browser does not collect biometric data; if you use Touch ID to unlock saved passwords, that check is performed by your operating system.',
    ['biometric|denied'],
    'Our browser does not collect biometric data; if you enrol your fingerprint to unlock saved passwords, we store a template of it.',
    ['biometric|affirmed', 'biometric|denied'],
  ],
  [
    'a use governed after data acted on in the passive is a claim; the data governed by law is not',
    'Voice recordings are sent to a transcription vendor, and their use is governed by a contract.', ['voice|affirmed'],
    'Voice recordings are governed by several state laws.', [],
  ],
  [
    'the area excepted from a location is kept; one included is denied with it',
    'We don\'t collect any location information other than the country you select.', ['location.approximate|affirmed', 'location|denied'],
    'We don\'t collect any location information, including the country you select.', ['location.approximate|denied'],
  ],
  [
    'a negation before the following list reaches its items',
    'In the preceding 12 months, we have not collected the following categories of sensitive personal information: biometric information; precise geolocation.',
    ['biometric|denied', 'location.precise|denied'],
    'In the preceding 12 months, we have collected the following categories of sensitive personal information: biometric information; precise geolocation.',
    ['biometric|affirmed', 'location.precise|affirmed'],
  ],
  [
    'an item of the list with a subject of its own is its own clause',
    'We have not collected the following categories: biometric information; we collect precise geolocation only in the app.',
    ['biometric|denied', 'location.precise|affirmed'],
    'We have not collected the following categories: biometric information; precise geolocation.', ['biometric|denied', 'location.precise|denied'],
  ],
  [
    'not requiring data is no denial of collecting it',
    'We do not require biometric data to open an account.', [],
    'We do not collect biometric data to open an account.', ['biometric|denied'],
  ],
  [
    'a category defined with an aside is still a definition',
    'Sensitive personal information, as defined in the CPRA, includes precise geolocation and biometric information.', [],
    'Sensitive personal information, which we collect only with your consent, includes precise geolocation and biometric information.',
    ['biometric|affirmed', 'location.precise|affirmed'],
  ],
  [
    'places found from an IP address are approximate, in the plural too',
    'We use your IP address and device information to detect logins from unusual locations.', ['location.approximate|affirmed'],
    'We use your IP address and device information to detect logins from unusual devices.', [],
  ],
  [
    'a voicemail kept is the reader\'s voice; one answered is not',
    'If you leave us a voicemail, we will store the recording and a transcript of it for 90 days.', ['voice|affirmed'],
    'If you leave us a voicemail, we will call you back within a day.', [],
  ],
  [
    'the reader\'s TV is a device data can stay on',
    'Face templates are stored on your TV and never leave your TV.', ['face|denied'],
    'Face templates are stored on your TV and uploaded to our servers.', ['face|affirmed'],
  ],
  [
    'a denial until an event denies before it and affirms after it',
    'No audio is sent to us until the wake word has been detected.', ['voice|affirmed', 'voice|denied'],
    'No audio is sent to us when the wake word has been detected.', ['voice|denied'],
  ],
  [
    'a necessity denied beside a collection denied still denies',
    'No location data is required or collected by the app.', ['location|denied'],
    'No location data is required to use the app.', [],
  ],
  [
    'a law regulating data acted on in its own subject is a statement of law',
    'In some states, biometric information that is collected by businesses is regulated by specific laws.', [],
    'Biometric information is collected by the app, and its use is regulated by a contract.', ['biometric|affirmed'],
  ],
  [
    'the device\'s key sent to the company is the company\'s',
    'Your device\'s face scan is uploaded to our servers to authenticate you.', ['face|affirmed'],
    'You can use your device\'s face scan to authenticate to the app.', [],
  ],
  [
    'telling whether needs a listener: a purpose is no question',
    'Voice recordings are reviewed by our staff to tell whether we understood your request correctly.', ['voice|affirmed'],
    'Some states require us to tell you whether we process voice recordings.', [],
  ],
  [
    'only a definitional aside keeps a category a definition',
    'Personal data, collected through the App, includes your precise location.', ['location.precise|affirmed'],
    'Personal data, as defined in the GDPR, includes your precise location.', [],
  ],
  [
    'a trigger ends only its own clause\'s denial',
    'We do not create voiceprints, and audio is not sent to us until the wake word is detected.', ['voice|affirmed', 'voice|denied'],
    'We do not create voiceprints, and audio is not sent to us.', ['voice|denied'],
  ],
  [
    'a voicemail kept needs a verb of keeping, not a shop',
    'Voicemail is not available on weekends, so please visit your nearest store.', [],
    'Voicemail is stored for 30 days.', ['voice|affirmed'],
  ],
  [
    'another party\'s act in a condition, then the company\'s own use of it',
    'If your carrier shares your precise location, the app uses it to route emergency calls.', ['location.precise|affirmed'],
    'If your carrier shares your precise location, contact your carrier.', [],
  ],
  [
    'a list item with a verb of its own is its own clause',
    'We have not collected the following categories: biometric information; precise geolocation is collected only in the mobile app.',
    ['biometric|denied', 'location.precise|affirmed'],
    'We have not collected the following categories: biometric information; precise geolocation.', ['biometric|denied', 'location.precise|denied'],
  ],
  [
    'an area excepted before the location, or after a comma, is kept',
    'Except for your country, we do not collect any location information.', ['location.approximate|affirmed', 'location|denied'],
    'Except for your email address, we do not collect any location information.', ['location|denied'],
  ],
  [
    'an area excepted after a comma is kept; one excepted from contact data is not a location',
    'We do not track your location, apart from the city you enter in your profile.', ['location.approximate|affirmed', 'location|denied'],
    'Except for your country, we do not collect any contact information.', [],
  ],
  [
    'a clause of contrast that keeps data on the device denies it, whatever another clause sends',
    'Viewing data is sent to us, but voice commands never leave your phone.', ['voice|denied'],
    'Viewing data is sent to us, and voice commands are sent to us too.', ['voice|affirmed'],
  ],
  [
    'a reason opens a clause of its own and ends the negation before it',
    'No GPS permission is required, as your approximate location is estimated from your IP address.', ['location.approximate|affirmed'],
    'No GPS permission is required, and your approximate location is not estimated from your IP address.', ['location.approximate|denied'],
  ],
  [
    'a pointer elsewhere, with no "more", is not a claim',
    'For geolocation information for OnStar, see below.', [],
    'For OnStar, we collect geolocation information, see below.', ['location|affirmed'],
  ],
  [
    'a pointer\'s fronted phrase holds no comma: a claim before the pointer stays',
    'For information about voice recordings in the Assistant, see the Assistant section.', [],
    'For the Assistant, we keep voice recordings, see the Assistant section.', ['voice|affirmed'],
  ],
  [
    'what the reader\'s device could be used for is a capability, not an act',
    'Your device may have sensors that can be used to better understand your location and movement.', [],
    'Your device may have sensors that we use to better understand your location and movement.', ['location|affirmed'],
  ],
  [
    'the places the reader goes, through an assistant, are where they are; places searched for are not',
    'Depending on how you use the assistant, this may include places you ask it to navigate to.', ['location|affirmed'],
    'Depending on how you use the assistant, this may include places you ask it to search for.', [],
  ],
  [
    'destinations the reader drives to are their location',
    'We keep the destinations you drive to in your trip history.', ['location|affirmed'],
    'We keep the destinations you search for in your trip history.', [],
  ],
  [
    'a visit to a physical store measured is a location; a visit to an online store is not',
    'We use this data to measure whether an ad resulted in a visit to a physical store.', ['location|affirmed'],
    'We use this data to measure whether an ad resulted in a visit to our online store.', [],
  ],
  [
    'what the company presents as available in the reader\'s region says it knows the region',
    'When you browse, we will present product feeds that are available in your region.', ['location.approximate|affirmed'],
    'When you browse, our product feeds are available in your region.', [],
  ],
  [
    'a receiver the device lacks denies a capability: the location it cannot record is the generic one denied',
    'At present, the fitness band has no GPS and cannot record your location.', ['location|denied'],
    'At present, the fitness band does not collect GPS data and cannot record your location.', ['location.precise|denied'],
  ],
  [
    'a contrast (", not the audio,") separates a denied mention from the affirmed one of its clause: two claims',
    'Only the text of your spoken request, not the audio, is sent to our servers.', ['voice|affirmed', 'voice|denied'],
    'Only the text of your spoken request and the audio are sent to our servers.', ['voice|affirmed'],
  ],
  [
    'another party\'s handling, with only a result reaching the company, denies the company the data',
    'Fingerprint unlock is handled entirely by your phone\'s operating system; we only receive a yes-or-no answer.', ['biometric|denied'],
    'Fingerprint unlock is handled entirely by your phone\'s operating system; see your phone\'s settings to turn it on.', [],
  ],
  [
    '"other biometric technologies" after one named names the class too: a second claim, of generic biometrics',
    'We do not use facial recognition or other biometric technologies on our websites.', ['face|denied', 'biometric|denied'],
    'We do not use facial recognition technology on our websites.', ['face|denied'],
  ],
  [
    'the company\'s part named beside the device\'s ("and by our cloud service") reaches the company: not kept on the device',
    'If you use voice commands on your watch, the command is processed by your watch and by our cloud service.', ['voice|affirmed'],
    'If you use voice commands on your watch, the command is processed only by your watch.', ['voice|denied'],
  ],
  [
    'a stride\'s length is a fitness figure; a person recognised from the way they walk is gait biometrics',
    'The App uses motion sensor data to estimate your stride length, and we also use this data to recognise you from the way you walk.', ['biometric|affirmed'],
    'The App uses motion sensor data to estimate your stride length, and we also use this data to show you the way you walk.', [],
  ],
  [
    'identification by gait denied is a biometric denial',
    'We do not use this data to identify you from the way you walk.', ['biometric|denied'],
    'We do not use this data to identify you from the way you log in.', [],
  ],
  [
    'another party set against the company in its subject (", not us,") acts on its own',
    'In an emergency, your mobile carrier, not us, may share your location with emergency responders.', [],
    'In an emergency, your mobile carrier and we may share your location with emergency responders.', ['location|affirmed'],
  ],
  [
    'any kind defined as a law defines it (", as defined by applicable law, include") is a definition, not a claim',
    'Biometric identifiers, as defined by applicable law, include a retina or iris scan, fingerprint, voiceprint, or scan of hand or face geometry.', [],
    'Biometric identifiers, which we collect when you enrol, include a retina or iris scan, fingerprint, voiceprint, or scan of hand or face geometry.',
    ['face|affirmed', 'voice|affirmed', 'biometric|affirmed'],
  ],
  [
    'advice to other readers ("Parents should…") is no claim; what they can do in the service is',
    'Parents should talk to their children about the risks of sharing their location with strangers online.', [],
    'Parents can see their children\'s location on the map.', ['location|affirmed'],
  ],
  [
    'a promise withheld ("we do not guarantee that…") asserts nothing of what it would have promised',
    'We do not guarantee that location-based search results will be accurate or complete.', [],
    'We do not use location data to make search results accurate or complete.', ['location|denied'],
  ],
  [
    'the reader\'s country as what decides which terms apply is a jurisdiction; as what decides what is shown, it is known',
    'The country you select during sign-up determines which terms of service apply to you.', [],
    'The country you select during sign-up determines which products we show you.', ['location.approximate|affirmed'],
  ],
  [
    'the area the reader is in, learned by the company, is approximate',
    'The country code of your phone number tells us which country you are likely to be in.', ['location.approximate|affirmed'],
    'The country code of your phone number tells us which country your number was issued in.', [],
  ],
  [
    'cell towers as the network (their performance) place no one',
    'Our network engineers monitor cell-tower performance across the country.', [],
    'Our network engineers monitor cell-tower signals from your phone across the country.', ['location.precise|affirmed'],
  ],
  [
    'a person recognised by their heartbeat is biometrics; a heartbeat shown is not',
    'The wristband recognises you by the unique shape of your heartbeat, so you do not need a password.', ['biometric|affirmed'],
    'The wristband shows you the unique shape of your heartbeat, so you can see your fitness.', [],
  ],
  [
    'a short label ending in a topic of the document (policy, choices, rights) is a heading; one ending in data is an item',
    'Our facial recognition policy', [],
    'Our facial recognition templates', ['face|affirmed'],
  ],
  [
    'a topic of the document after the data word is a heading too',
    'Your location choices', [],
    'Your location history', ['location|affirmed'],
  ],
  [
    'an instruction to drag, pinch or swipe is a step of the interface, not a claim',
    'Drag the location pin to move the map to a different neighbourhood.', [],
    'Dragging the location pin shares your location with us.', ['location|affirmed'],
  ],
  [
    'a feature named as not offered at all is denied; offered, it is affirmed',
    'Voice authentication is not offered: we identify you with a PIN when you call.', ['voice|denied'],
    'Voice authentication is offered: we identify you with your voice when you call.', ['voice|affirmed'],
  ],
  [
    'the area the reader is in, picked for them, is approximate; the law of that area is a jurisdiction',
    'We suggest the parking zone you are in when you open the app.', ['location.approximate|affirmed'],
    'We suggest the parking zone you used last when you open the app.', [],
  ],
  [
    'the answer to "What is X?" defines X; an answer that says what the company does is a claim',
    'What is precise location? It is your device\'s exact position, for example as determined by GPS.', [],
    'What is precise location? We collect your device\'s exact position, for example as determined by GPS.', ['location.precise|affirmed'],
  ],
  [
    'an area listed as a part of an address is the address\'s field, not a location; listed beside it, an item',
    'We collect your shipping address (e.g., city, state and zip code).', [],
    'We collect your shipping address, your city, state and zip code.', ['location.approximate|affirmed'],
  ],
  [
    'parts of an address after "including" are its fields too',
    'We collect your billing address, including city and country.', [],
    'We collect your billing address, and including city and country.', ['location.approximate|affirmed'],
  ],
  [
    '"e.g." leads a list as "such as" does, in the normal form whose periods are look-alikes',
    'We use information in your profile (e.g., your country if recorded) to show you ads.', ['location.approximate|affirmed'],
    'We use information in your profile (e.g., your language if recorded) to show you ads.', [],
  ],
  [
    'a wish the reader may not have presupposes the company\'s act: a conditional affirmation',
    'If you don\'t want us to use your voice recordings, you can delete them.', ['voice|affirmed'],
    'If you don\'t want to use your voice recordings, you can delete them.', [],
  ],
  [
    '"Please be aware that" gives notice of a claim; "please be careful" is advice',
    'Please be aware that we collect your precise location.', ['location.precise|affirmed'],
    'Please be careful when we collect your precise location.', [],
  ],
  [
    '"their" stands for the nearest plural noun: organisations\' location is a place, people\'s is data',
    'Institutions can store the data in a data center close to their location.', [],
    'Students can store the data in a data center close to their location.', ['location|affirmed'],
  ],
  [
    'a generic term yields to a named kind only in the same stance: a denied generic beside an affirmed kind stands',
    'We do not collect biometric data from riders; however, our provider uses facial recognition to compare drivers\' selfies.',
    ['biometric|denied', 'face|affirmed'],
    'We collect biometric data from riders; for example, our provider uses facial recognition to compare their selfies.', ['face|affirmed'],
  ],
  [
    'the company by its name is the first party beside the reader\'s rights',
    'Acme will not collect your biometric information without your consent, and you may ask us to delete it.', ['biometric|affirmed'],
    'Parents will not know your biometric information without your consent, and you may ask us to delete it.', [],
  ],
  [
    'kept on the device, then sent to a party by its name: the device does not keep it from the company',
    'Voice commands are processed locally in your car, and if you use online features, your voice recordings may be sent to Acme.', ['voice|affirmed'],
    'Voice commands are processed locally in your car, and if you use online features, your voice recordings are never sent to Acme.', ['voice|denied'],
  ],
  [
    '"X, not Y" takes its clause\'s verb: shown to others, the contrast denies only a further action',
    'We share your city, not your precise location, with advertisers.', ['location.approximate|affirmed'],
    'We collect your city, not your precise location, for advertisers.', ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'encrypted so the company cannot read it: the data does not reach the company',
    'If you share your location in a chat, it is sent as an end-to-end encrypted message that we cannot access.', ['location|denied'],
    'If you share your location in a chat, it is sent as an end-to-end encrypted message that we can access.', ['location|affirmed'],
  ],
  [
    '"please be aware of" is advice; "please be aware that" gives notice',
    'Please be aware of your surroundings and do not post your precise location.', [],
    'Please be aware that we post your precise location.', ['location.precise|affirmed'],
  ],
  [
    'an image of the face given as an example of biometric data names the face\'s kind',
    'We collect biometric data, including photos of your face, to verify your identity.', ['face|affirmed'],
    'We collect profile data, including photos of your face, to verify your identity.', [],
  ],
  [
    'a law that allows the company to act states the company\'s act',
    'State law allows us to use your location information in emergencies.', ['location|affirmed'],
    'State law allows companies to use location information in emergencies.', [],
  ],
  [
    'speech among sounds is voice data; among kinds of expression it is not',
    'You may share speech, audio and music in your streams, and we record them.', ['voice|affirmed'],
    'You may share speech, imagery and emotes in your streams, and we record them.', [],
  ],
  [
    'an area after a participle, governed by a locative, is a place; after the company\'s act, it is data',
    'Partners use the results to improve their services in a determined region.', [],
    'Partners use the results after we determined your region.', ['location.approximate|affirmed'],
  ],
  [
    '"precise" before another modifier of location still states its precision',
    'Parents can see their child\'s precise, real-time location on a map.', ['location.precise|affirmed'],
    'Parents can see their child\'s rough, real-time location on a map.', ['location|affirmed'],
  ],
  [
    'the cell sites the reader\'s phone connects to place it; the sites themselves are the network\'s',
    'We may disclose the cell sites your phone connected to in response to a warrant.', ['location.precise|affirmed'],
    'We may disclose the cell sites we lease in response to a warrant.', [],
  ],
  [
    'the postal code the reader enters, as the object of a processing verb, is an area item',
    'We record the postal code you enter in your profile to show you people near you.', ['location.approximate|affirmed'],
    'We print the postal code you enter in your profile on your invoices.', [],
  ],
  [
    'pausing a practice negates it',
    'We have paused the use of facial recognition technology in our stores.', ['face|denied'],
    'We have expanded the use of facial recognition technology in our stores.', ['face|affirmed'],
  ],
  [
    'places that were recorded are where the reader was',
    'We store the locations recorded along your tours with an accuracy of about ten metres.', ['location.precise|affirmed'],
    'We store the locations of our depots with an accuracy of about ten metres.', [],
  ],
  [
    'a precise location of premises is a place',
    'The store finder shows the exact location of the nearest store.', [],
    'The store finder uses the exact location of your phone.', ['location.precise|affirmed'],
  ],
  [
    'the stated precision wins past whose location it is',
    'We use the approximate location of your device, derived from the nearest cell tower, to show nearby hotels.', ['location.approximate|affirmed'],
    'We use the location of your device, derived from the nearest cell tower, to show nearby hotels.', ['location.precise|affirmed'],
  ],
  [
    '"any other form of biometric" keeps the generic kind beside the named one',
    'We do not use facial recognition, or any other form of biometric analysis, on your claim videos.', ['biometric|denied', 'face|denied'],
    'We do not use facial recognition on your claim videos.', ['face|denied'],
  ],
  [
    '"but never X" after a verb of showing denies only the showing',
    'Your profile shows other members your distance, but never your exact location.', [],
    'We collect your city, but never your exact location.', ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    '"which means that" gives a consequence, not a definition',
    'The speaker processes your voice commands in the cloud, which means that audio recordings are sent to us.', ['voice|affirmed'],
    'Voice data means audio recordings that are sent to us.', [],
  ],
  [
    'an area after an IP address is where the address places the reader; after a postal address, a field',
    'We log your IP address (e.g., country) for security purposes.', ['location.approximate|affirmed'],
    'We log your shipping address (e.g., country) for security purposes.', [],
  ],
  [
    'a plural capitalised subject names people, not the company: the reader\'s rights stay no claim',
    'Subscribers may access or delete their precise location data, and may ask us to delete it.', [],
    'Acme may collect your precise location data, and you may ask us to delete it.', ['location.precise|affirmed'],
  ],
  [
    'only the company kept out by encryption keeps the data from it',
    'We store your precise location on servers that attackers cannot access.', ['location.precise|affirmed'],
    'We send your precise location in a message that we cannot access.', ['location.precise|denied'],
  ],
  [
    'a purpose\'s verb of showing is not the contrast\'s verb',
    'To show you nearby offers, we use your city, not your precise location.', ['location.approximate|affirmed', 'location.precise|denied'],
    'We show other members your city, not your precise location.', ['location.approximate|affirmed'],
  ],
  [
    'kept on the device: what is sent to a named party is the data only when the sentence says so',
    'Your fingerprint is verified only on your device, and the payment token it generates is then transmitted to Visa.', ['biometric|denied'],
    'Your fingerprint is verified on your device, and the fingerprint data is then transmitted to Visa.', ['biometric|affirmed'],
  ],
  [
    '"their" after an organisation in a locative phrase still stands for the people',
    'When students use the app at schools, we collect their location.', ['location|affirmed'],
    'Schools can store the data in a data center close to their location.', [],
  ],
  [
    'places visited by someone else are not the reader\'s',
    'We publish the locations visited by our mobile clinics each week.', [],
    'We publish the locations visited by you each week.', ['location|affirmed'],
  ],
  [
    'a gerund subject is the reader\'s act, not the company pausing',
    'Pausing location history does not stop us from collecting your location.', ['location|affirmed'],
    'We paused location history, and we do not collect your location.', ['location|denied'],
  ],
  [
    'the company by its name denying receipt keeps the data on the device',
    'Your fingerprint is verified by your device, and Fenwick does not receive your fingerprint data.', ['biometric|denied'],
    'Your fingerprint is verified by your device, and Fenwick does receive your fingerprint data.', ['biometric|affirmed'],
  ],
  [
    'a party named with an article is not the company',
    'Your fingerprint is verified by your device, and Fenwick does not receive your fingerprint data.', ['biometric|denied'],
    'Your fingerprint is verified by your device, and the merchant does not receive your fingerprint data.', ['biometric|affirmed', 'biometric|denied'],
  ],
  [
    'a party word that names a document\'s kind is no party',
    'Acme may capture an image of your government ID and a selfie and compare the facial features in your selfie with the photo on your ID.', ['face|affirmed'],
    'Acme may capture an image of your passport and a selfie and the government may compare the facial features in your selfie with the photo on your ID.', [],
  ],
  [
    'the hand\'s parts named by what is taken of them',
    'Our time clocks use finger scanning.', ['biometric|affirmed'],
    'Our time clocks use finger guards.', [],
  ],
  [
    'a face scanned is a face identifier, also second of two nouns',
    'Your fingerprint or face is scanned by our servers.', ['biometric|affirmed', 'face|affirmed'],
    'Your fingerprint or face is visible to our staff.', ['biometric|affirmed'],
  ],
  [
    'controlling whether apps may access is the reader\'s choice, not an act',
    'Your phone lets you control whether apps can access your location.', [],
    'Your phone lets us access your location.', ['location|affirmed'],
  ],
  [
    'the mention\'s own predicate affirmed before a coordinated denial of keeping it',
    'Your geolocation is used to suggest stations and is not stored.', ['location|affirmed'],
    'Your geolocation is not used to suggest stations and is not stored.', ['location|denied'],
  ],
  [
    'the company by its name without access keeps the data on the device',
    'You can log in with your fingerprint through your phone; Fenwick doesn\'t have access to this biometric data.', ['biometric|denied'],
    'You can log in with your fingerprint through your phone; Fenwick has access to this biometric data.', ['biometric|affirmed'],
  ],
  [
    'only keeping denied after an affirmed act leaves the act standing; not sending it still denies',
    'Your voice commands are processed by our provider and are not stored.', ['voice|affirmed'],
    'Your voice commands are processed by our provider and are never transmitted to Sonos.', ['voice|denied'],
  ],
  [
    'the company by its name denies receipt for the device\'s part only where the reader\'s device is named',
    'Your fingerprint is checked by your phone and Fenwick never receives it.', ['biometric|denied'],
    'We collect your precise location to show nearby stores, and Fenwick never receives it.', ['location.precise|affirmed'],
  ],
  [
    'a face verified by a person is no face identifier',
    'Your fingerprint or face is scanned at the gate.', ['biometric|affirmed', 'face|affirmed'],
    'At check-in, your ID and face are verified by a member of our staff.', [],
  ],
  [
    'keeping denied with another act after it is not keeping only',
    'Your voice commands are processed by our provider and are never stored.', ['voice|affirmed'],
    'Your voice commands are processed by our provider and are never stored or transmitted.', ['voice|denied'],
  ],
  [
    'precision said as the manner of the act, not a time',
    'We determine your location only approximately, based on your postal code.', ['location.approximate|affirmed'],
    'We collect your location approximately every five minutes.', ['location|affirmed'],
  ],
  [
    'a category\'s label and its items is a list, not a norm statement',
    'Sensitive personal information: biometric information (if you enroll in palm entry); precise geolocation (if you enable location services).',
    ['biometric|affirmed', 'location.precise|affirmed'],
    'Sensitive personal information under state law means biometric information (if used for identification) and precise geolocation (within 1,850 feet).', [],
  ],
  [
    'the face as the first of two coordinated modifiers',
    'We use facial and iris recognition at the gate.', ['biometric|affirmed', 'face|affirmed'],
    'We use iris recognition at the gate.', ['biometric|affirmed'],
  ],
  [
    'the manner adverb ends the clause or leads to its basis; a comma and a time is a frequency',
    'We determine your location only approximately, based on your postal code.', ['location.approximate|affirmed'],
    'We sample your location roughly, every 10 seconds.', ['location|affirmed'],
  ],
  [
    'a label\'s items are a list, but a norm after the label is still a norm',
    'Sensitive personal information: biometric information (if you enroll in palm entry); precise geolocation (if you enable location services).',
    ['biometric|affirmed', 'location.precise|affirmed'],
    'Sensitive personal information: state privacy laws treat precise geolocation and biometric data as sensitive personal information.', [],
  ],
  [
    'a location word second of two modifiers is a mention of its own, not the face\'s',
    'We use facial and voice data.', ['face|affirmed', 'voice|affirmed'],
    'We use facial and location data.', ['location|affirmed'],
  ],
  [
    'a code by its section as the subject is a norm; the company\'s act inside it is a claim',
    'Texas Business and Commerce Code § 503.001 governs the capture of biometric identifiers.', [],
    'Texas Business and Commerce Code § 503.001 governs how we capture biometric identifiers.', ['biometric|affirmed'],
  ],
  [
    'the right to request is the reader\'s right, not a claim',
    'You have the right to request access to your voice recordings.', [],
    'You have the right to request access to the voice recordings we collect.', ['voice|affirmed'],
  ],
  [
    'a finger reader is a fingerprint device',
    'Employees clock in with a finger reader.', ['biometric|affirmed'],
    'Employees clock in with a badge reader.', [],
  ],
  [
    'purpose-exception: a purpose excepted from a denial of use is a use for it',
    'We do not use trip location data to rate your driving, except to recover a car that has been stolen.', ['location|affirmed'],
    'We do not use trip location data to rate your driving.', ['location|denied'],
  ],
  [
    'purpose-exception: \'for any purpose other than\' restricts a use, it does not deny it',
    'We do not process your voice samples for any purpose other than confirming that it is you on the line.', ['voice|affirmed'],
    'We do not process your voice samples for marketing or for confirming that it is you on the line.', ['voice|denied'],
  ],
  [
    'purpose-exception: an -ing purpose after \'besides\'',
    'The app does not analyse your voice recordings besides transcribing them for you.', ['voice|affirmed'],
    'The app does not analyse your voice recordings, nor does it transcribe them for you.', ['voice|denied'],
  ],
  [
    'purpose-exception: a datum excepted is a claim of its own; the denied datum stays denied',
    'We do not collect precise location, except for attendance purposes.', ['location.precise|affirmed'],
    'We do not collect precise location, except for your city.', ['location.precise|denied', 'location.approximate|affirmed'],
  ],
  [
    'purpose-exception: a time excepted is no purpose',
    'Our app does not collect your location other than to show stores near you.', ['location|affirmed'],
    'Our app does not collect your location other than during the trip.', ['location|denied'],
  ],
  [
    'kept-on-device: the reader named in the third person (\'the User\'s device\')',
    'The User\'s palm scan used for entry is kept only on the User\'s device.', ['biometric|denied'],
    'The User\'s palm scan used for entry is kept on the Company\'s server.', ['biometric|affirmed'],
  ],
  [
    'sends-us-only-a-result: \'only\' before the verb',
    'When you sign in with your fingerprint, your tablet checks it and only sends us a pass or fail signal.', ['biometric|denied'],
    'When you sign in with your fingerprint, your tablet checks it and sends us the fingerprint image.', ['biometric|affirmed'],
  ],
  [
    'name-denies-receipt: the name as the receiver of a denied passive send, beside the reader\'s device',
    'Location tags are added to photos by your phone and are never uploaded to Lumora.', ['location|denied'],
    'Location tags are added to photos by your phone and are then uploaded to Lumora.', ['location|affirmed'],
  ],
  [
    'voice heads: the first of two coordinated modifiers, as for the face',
    'No voice or text data ever leaves your phone.', ['voice|denied'],
    'No location or text data ever leaves your phone.', ['location|denied'],
  ],
  [
    'negation: \'No.\' before a number is the number\'s abbreviation',
    'Under Regulation No. 45 of the Ministry, your voice recordings are kept for one year.', ['voice|affirmed'],
    'Under the Ministry\'s rules, no voice recordings are collected.', ['voice|denied'],
  ],
  [
    'inline answer: a spaced hyphen between a label and its answer, as app-store labels are copied',
    'Precise location - Not collected', ['location.precise|denied'],
    'Precise location - Collected', ['location.precise|affirmed'],
  ],
  [
    'head: a preposition of place after a data word leaves it the head',
    'The bus camera records audio inside the cabin.', ['voice|affirmed'],
    'The bus camera records audio equipment inside the cabin.', [],
  ],
  [
    'call recording: one more modifier after the caller\'s word',
    'We keep recordings of telephone intake calls for quality review.', ['voice|affirmed'],
    'We keep logs of telephone intake calls for quality review.', [],
  ],
  [
    'jurisdiction: the reader\'s country as what something varies with, whatever the reader does there',
    'Depending on the country in which you work, a different Acme entity employs you and holds your payroll records.', [],
    'We record the country in which you work, and a different Acme entity holds your payroll records.', ['location.approximate|affirmed'],
  ],
  [
    'heading: a section named by an act on the data, in sentence case',
    'Processing of location data and voice recordings', [],
    'Processing of location data and voice recordings for navigation and dictation.', ['location|affirmed', 'voice|affirmed'],
  ],
  [
    'ui-label: a button\'s words',
    'Unlock with your fingerprint', [],
    'We unlock the door with your fingerprint', ['biometric|affirmed'],
  ],
  [
    'gps: a device\'s coordinates named with the head\'s own word before them',
    'The app sends your location coordinates to the forecast service.', ['location.precise|affirmed'],
    'The app sends your location to the forecast service.', ['location|affirmed'],
  ],
  [
    'matched-face-image: an image of the face, with the article, compared with an ID',
    'We match an image of the face with the photo in your passport to verify your identity.', ['face|affirmed'],
    'We compare your signature with the one in your passport to verify your identity.', [],
  ],
  [
    'inline answer: the answer\'s own cell after a dash names the kind',
    'Biometric information | Collected: Yes — voiceprints, if you enrol in caller verification', ['voice|affirmed'],
    'Biometric information | Collected: Yes — if you enrol in caller verification', ['biometric|affirmed'],
  ],
  [
    'clauses: a plural subject with \'do\' starts a coordinated clause, so a condition in the first does not reach it',
    'Our cameras store clips only after a fall is detected, and our systems do not perform facial recognition.', ['face|denied'],
    'Our cameras store clips only after a fall is detected by our systems that perform facial recognition.', ['face|affirmed'],
  ],
  [
    'data flow: a clause where the company receives only a result is no second flow to the company',
    'You can sign in with your fingerprint; we receive only a confirmation from your phone that it matched.', ['biometric|denied'],
    'You can sign in with your fingerprint; we receive a copy of the fingerprint from your phone.', ['biometric|affirmed'],
  ],
  [
    'used-after: what was made of the data, as a participle, says it was processed',
    'We do not keep the face geometry generated during the fitting session.', ['face|affirmed'],
    'We do not generate face geometry during the fitting session.', ['face|denied'],
  ],
  [
    'area-you-are-in: where the reader\'s connection comes from',
    'Your IP address may show us the city or region you are connecting from.', ['location.approximate|affirmed'],
    'Your IP address may show us the browser or device you are connecting from.', [],
  ],
  [
    'call recording: an app that uses the microphone to record',
    'The sleep app uses your microphone to record sounds during the night.', ['voice|affirmed'],
    'The sleep app uses your alarm clock to record wake times during the night.', [],
  ],
  [
    'further-only: the company\'s own act on it in a later clause',
    'We do not sell voice recordings, and we use them only to answer your request.', ['voice|affirmed'],
    'We do not sell voice recordings, and we never use them for ads.', [],
  ],
  [
    'law: a section number\'s point is no sentence end',
    'Laws such as Washington\'s RCW 19.375 regulate how biometric identifiers may be collected.', [],
    'Under Washington\'s RCW 19.375, biometric identifiers are collected only with consent.', ['biometric|affirmed'],
  ],
  [
    'gps-word: the trail of points it leaves',
    'The app records GPS breadcrumbs during your shift.', ['location.precise|affirmed'],
    'The app records breadcrumbs during your shift.', [],
  ],
  [
    'ip-location: an IP address later in the list of a location\'s sources',
    'We use location data, including GPS coordinates, Wi-Fi signals and IP address, to show ads.',
    ['location.precise|affirmed', 'location.approximate|affirmed'],
    'We use location data, including GPS coordinates and Wi-Fi signals, to show ads; we log your IP address for security.', ['location.precise|affirmed'],
  ],
  [
    'call recording: a meeting with its article',
    'The assistant does not record a meeting unless you start it.', ['voice|affirmed'],
    'The assistant does not schedule a meeting unless you start it.', [],
  ],
  [
    "data flow: some kept on the device is not all of it",
    "Some voice commands are processed in the car and never leave it.", ['voice|affirmed'],
    "All voice commands are processed in the car and never leave it.", ['voice|denied'],
  ],
  [
    'data flow: the end user\'s device',
    'Voice templates are stored only on the end user\'s device.', ['voice|denied'],
    'Voice templates are stored only on the end user\'s account.', ['voice|affirmed'],
  ],
  [
    'data flow: the reader\'s own hardware',
    'Face templates are stored only on your own hardware.', ['face|denied'],
    'Face templates are stored on our hardware.', ['face|affirmed'],
  ],
  [
    'rights request: the request named by its object',
    'To request access to your voice recordings, email privacy@example.com.', [],
    'We keep your voice recordings; email privacy@example.com for access.', ['voice|affirmed'],
  ],
  [
    'voice: what is measured of it',
    'We analyse vocal signals such as pitch during calls.', ['voice|affirmed'],
    'We analyse network signals such as latency during calls.', [],
  ],
  [
    'voiceprint: voice templates',
    'We create voice templates when you enrol.', ['voice|affirmed'],
    'We create email templates when you enrol.', [],
  ],
  [
    'inline answer: empty cells between the label and its answer',
    'Biometric information | — | Not collected', ['biometric|denied'],
    'Biometric information | — | Collected', ['biometric|affirmed'],
  ],
  [
    'face parts: found or measured, the face itself may close the list',
    'The app detects the position of your teeth, lips and face in each photo.', ['face|affirmed'],
    'Our whitening kit is gentle on your teeth, lips and face.', [],
  ],
  [
    'area item: the ZIP with the other name sharing its head',
    'We use the ZIP or postal code you enter to show people near you.', ['location.approximate|affirmed'],
    'We use the code you enter to show people near you.', [],
  ],
  [
    'company places: where its servers are, not a clause that merely follows them',
    'Your IP address is logged by our servers and may reveal the region you are in.', ['location.approximate|affirmed'],
    'Your IP address is logged by our servers in the region you are in.', [],
  ],
  [
    'ip-derived: a location and an IP address in clauses of their own',
    'We do not collect precise location data, and we work out only your country from your IP address.',
    ['location.precise|denied', 'location.approximate|affirmed'],
    'We do not collect precise location data derived from your IP address.', ['location.approximate|denied', 'location.precise|denied'],
  ],
  [
    'storage only: the use first, the keeping denied after the semicolon',
    'With your consent we use your phone\'s location to show nearby branches; this location is not stored on our servers.', ['location|affirmed'],
    'With your consent we show nearby branches; your phone\'s location is not stored on our servers.', [],
  ],
  [
    'voice: answers given by voice',
    'Your audio answers to the interview questions are stored and reviewed by our recruiters.', ['voice|affirmed'],
    'Your written answers to the interview questions are stored and reviewed by our recruiters.', [],
  ],
  [
    'area you are in: any verb of moving or staying, or of connecting',
    'We check which time zone you are staying in.', ['location.approximate|affirmed'],
    'We check which time zone you are staying with.', [],
  ],
  [
    'heading: a section numbered in levels, whatever its case',
    '2.4 Voice recordings and location data', [],
    '2.4 We keep voice recordings and location data', ['voice|affirmed', 'location|affirmed'],
  ],
  [
    'microphone: a way in, not its button',
    'You can pause the speaker using the microphone button.', [],
    'The speaker listens using the microphone.', ['voice|affirmed'],
  ],
  [
    'participle-by: a participle of another noun is not the mention\'s',
    'The city does not carry out biometric processing of images captured by its cameras.', ['biometric|denied'],
    'The city does not carry out processing of the biometric templates captured by its cameras.', ['biometric|affirmed'],
  ],
  [
    'call recording: whose calls, with a possessive',
    'We do not record the content of your child\'s phone calls.', ['voice|denied'],
    'We do not record the length of your child\'s phone calls.', [],
  ],
  [
    'ip-derived: an area looked up from the address',
    'We look up the region of your IP address to pick a server.', ['location.approximate|affirmed'],
    'We look up the owner of your IP address to pick a server.', [],
  ],
  [
    'advice: a community rule in the negative imperative',
    'Don\'t post another member\'s precise location.', [],
    'Members post their precise location.', ['location.precise|affirmed'],
  ],
  [
    'ui-path: one step after Settings',
    'Choose who sees the location of your runs in Settings > Privacy.', [],
    'We record the location of your runs; change it in Settings > Privacy.', ['location|affirmed'],
  ],
  [
    'purpose-exception: only in the mention\'s own clause',
    'We do not collect biometric data, and we do not disclose personal information except to provide the services you request.', ['biometric|denied'],
    'We do not collect biometric data except to provide the services you request.', ['biometric|affirmed'],
  ],
  [
    'sentences: a bullet after a list\'s lead stays in its sentence',
    'We do not collect the following data.   *   Biometric information', ['biometric|denied'],
    'We do not sell your data.   *   Biometric information', ['biometric|affirmed'],
  ],
  [
    'used-after: not what another agent made',
    'We never store face templates created by Face ID.', ['face|denied'],
    'We never store face templates created during setup.', ['face|affirmed'],
  ],
  [
    'data flow: uploaded to the Company\'s servers as well',
    'The voice sample is stored on the User\'s device and uploaded to the Company\'s servers.', ['voice|affirmed'],
    'The voice sample is stored only on the User\'s device.', ['voice|denied'],
  ],
  [
    'heading: a section named by an act, not a sentence with its verb',
    'Collection of precise geolocation occurs only with your consent', ['location.precise|affirmed'],
    'Collection of precise geolocation', [],
  ],
  [
    'ip-derived: the reader\'s whereabouts tested as a clause',
    'We check your IP address to work out whether you are in Canada before showing the catalogue.', ['location.approximate|affirmed'],
    'We check your IP address to work out whether you are eligible before showing the catalogue.', [],
  ],
  [
    'face-recognition: the face matching, in the active',
    'To finish the check, the app confirms that your face matches the photo on your driving licence.', ['face|affirmed'],
    'To finish the check, the app confirms that your name matches the photo on your driving licence.', [],
  ],
  [
    'face-recognition: the face taken, then compared as \'it\'',
    'At the lounge door a camera captures your face and compares it with the photo in your booking.', ['face|affirmed'],
    'At the lounge door a camera captures your face and stores it with the photo in your booking.', [],
  ],
  [
    'voice heads: voice communications recorded',
    'Moderators may record in-game voice communications when a player is reported.', ['voice|affirmed'],
    'Moderators may record in-game text communications when a player is reported.', [],
  ],
  [
    'a word of a registered company name is no data',
    'We share contact details with our affiliate Nimbus Voice Communications, Inc. to run the service.', [],
    'We share contact details and voice communications with our affiliate Nimbus Cloud Services, Inc. to run the service.', ['voice|affirmed'],
  ],
  [
    'an act named as a noun and carried out is the company\'s act',
    'The geolocation of visitors is carried out by means of their IP address.', ['location.approximate|affirmed'],
    'The geolocation of visitors is explained by means of a short video.', [],
  ],
  [
    'ip-derived: a location by means of the address',
    'The geolocation of visitors is carried out by means of their IP address.', ['location.approximate|affirmed'],
    'The geolocation of visitors is carried out by means of their device\'s GPS receiver.', ['location.precise|affirmed'],
  ],
  [
    'a table row\'s cell after its answer names the kind',
    'Geolocation data | Yes | Approximate location, to the city', ['location.approximate|affirmed'],
    'Geolocation data | Yes | Used for fraud checks, to the city', ['location|affirmed'],
  ],
  [
    'precision from the source: a cell tower by its antennas',
    'We may use the location of your phone, calculated from the antennas of our network, to offer local services.', ['location.precise|affirmed'],
    'We may use the location of your phone, calculated from the settings of our network, to offer local services.', ['location|affirmed'],
  ],
  [
    'a face followed by \'to\' is still a face (only \'face to face\' is the idiom)',
    'During sign-up, the app analyses each customer\'s face to confirm that a live person is present.', ['face|affirmed'],
    'During sign-up, the app analyses each customer\'s card to confirm that a live person is present.', [],
  ],
  [
    'a dated event\'s where: a time or date listed before the location',
    'The reader logs the date, time and location of each card tap.', ['location|affirmed'],
    'The reader logs the location of each card tap.', [],
  ],
  [
    'a dated event\'s where: the of-complement no longer decides',
    'Our kiosks keep the time and location of every check-in.', ['location|affirmed'],
    'Our kiosks keep the location of every check-in desk.', [],
  ],
  [
    'a dated event\'s where: not a place of birth',
    'The form asks for the date and location of the appointment.', ['location|affirmed'],
    'The form asks for the date and location of birth.', [],
  ],
  [
    'faces found in the passive, after a modal',
    'Faces appearing in uploaded videos may be detected and indexed.', ['face|affirmed'],
    'Faces appearing in uploaded videos may be shown and indexed.', [],
  ],
  [
    'a geofence states no precision of its own',
    'When you allow it, we use geofencing and your GPS position to turn on your heating.', ['location.precise|affirmed'],
    'When you allow it, we use geofencing and your position to turn on your heating.', ['location|affirmed'],
  ],
  [
    'a dated event\'s where: only after an act on data (a listing is no record)',
    'Each reader logs the date, time and location of each tap.', ['location|affirmed'],
    'Each listing shows the date, time and location of each tap.', [],
  ],
  [
    'faces found in the passive: not by the reader',
    'Faces may be blurred by us before the clip is posted.', ['face|affirmed'],
    'Faces may be blurred by you before the clip is posted.', [],
  ],
  [
    'faces found in the passive, after any modal',
    'Faces will be detected in the images you upload.', ['face|affirmed'],
    'Faces will be shown in the images you upload.', [],
  ],
  [
    'a radio source for geofencing is a precise source',
    'We use Wi-Fi signals for geofencing in our stores.', ['location.precise|affirmed'],
    'We use Wi-Fi signals for checkout in our stores.', [],
  ],
  [
    'the area you are in, also in the past tense',
    'The IP address may indicate the city or region you were in at the time.', ['location.approximate|affirmed'],
    'The IP address may indicate the city or region you were born in.', [],
  ],
  [
    'a feature not available in a stated place is denied there',
    'Facial recognition is not available in Illinois or Texas.', ['face|denied'],
    'Facial recognition is available in Illinois or Texas.', ['face|affirmed'],
  ],
  [
    'the place the reader\'s rights depend on: two area nouns coordinated',
    'Depending on the country or region in which you bought the device, a local affiliate may be the controller.', [],
    'We record the country or region in which you bought the device.', ['location.approximate|affirmed'],
  ],
  [
    'a document topic after a colon is a heading',
    'Biometric, audio and location information: we collect it with consent',
    ['biometric|affirmed', 'location|affirmed', 'voice|affirmed'],
    'Biometric, audio and location information: your rights and choices',
    [],
  ],
  [
    'a document topic with what it is about is a heading',
    'Section 7: We use location tracking and in-store beacons',
    ['location.precise|affirmed'],
    'Section 7: Your choices about location tracking and in-store beacons',
    [],
  ],
  [
    'a topic, a colon, then a question phrase is a heading',
    'Location data: we collect it, we use it, and you choose',
    ['location|affirmed'],
    'Location data: what we collect, why we collect it, and your choices',
    [],
  ],
  [
    'a law\'s long name as the subject that restricts',
    'Our Texas stores (Austin, Dallas and Houston) capture, sell and retain biometric identifiers.',
    ['biometric|affirmed'],
    'The Texas Capture or Use of Biometric Identifier Act (Tex. Bus. & Com. Code § 503.001) restricts how businesses capture, sell and retain biometric identifiers.',
    [],
  ],
  [
    'a regulator\'s warning is the regulator\'s word, not a practice',
    'Our stores have deployed facial recognition systems that can produce false matches.',
    ['face|affirmed'],
    'The Federal Trade Commission has warned that facial recognition systems can produce false matches.',
    [],
  ],
  [
    'an area level written with a hyphen',
    'We may collect geolocation data to determine which state or ZIP-code taxes apply.',
    ['location|affirmed'],
    'We may collect geolocation data at the state or ZIP-code level to determine which taxes apply.',
    ['location.approximate|affirmed'],
  ],
  [
    'an area level of geolocation',
    'We may collect geolocation data at the street level.',
    ['location.precise|affirmed'],
    'We may collect geolocation data at the state level.',
    ['location.approximate|affirmed'],
  ],
  [
    'a Wi-Fi network named is no radio source of a location',
    'We collect the Wi-Fi networks near the device and the location of the device.',
    ['location.precise|affirmed'],
    'We collect the Wi-Fi network name and the location of the device.',
    ['location|affirmed'],
  ],
  [
    'a document named by its data topic is no mention of the data',
    'Our facial recognition system is available on request from Human Resources.',
    ['face|affirmed'],
    'Our facial recognition policy is available on request from Human Resources.',
    [],
  ],
  [
    'the company\'s nearest site is a place, not the reader\'s location',
    'We show your location and its opening hours on the map.',
    ['location|affirmed'],
    'We show your nearest location and its opening hours on the map.',
    [],
  ],
  [
    'a place paired with a time is where something happened',
    'We may obtain the time and cause of any collision.',
    [],
    'We may obtain the time and place of any collision.',
    ['location|affirmed'],
  ],
  [
    'where and when, not of birth',
    'We record your name, and the date and place of birth.',
    [],
    'We record your name, and the date and place of each purchase.',
    ['location|affirmed'],
  ],
  [
    'where and when something was done, not when and where the law requires',
    'We will share your photos when and where required by law.',
    [],
    'We will read where and when your photos were taken.',
    ['location|affirmed'],
  ],
  [
    'a device key handled by the device claims nothing; denied only where what the company gets is said',
    'If you choose to use Face ID to unlock the app, that authentication is handled by your device\'s operating system.',
    [],
    'If you choose to use Face ID to unlock the app, that authentication is handled by your device\'s operating system; we only receive a yes-or-no result.',
    ['face|denied'],
  ],
  [
    'a setting in a relative clause qualifies a noun, it is not the sentence\'s own',
    'With your explicit consent, you may withdraw at any time the audio recordings we save.',
    [],
    'With your explicit consent, which you may withdraw at any time, we will save full-night audio recordings.',
    ['voice|affirmed'],
  ],
  [
    'a person recorded speaking is a voice recording',
    'We keep recordings of the child\'s reading scores.',
    [],
    'We keep recordings of the child reading aloud.',
    ['voice|affirmed'],
  ],
  [
    'a spoken encounter recorded is a voice recording',
    'We keep summaries of video visits you ask us to save.',
    [],
    'We keep recordings of video visits you ask us to save.',
    ['voice|affirmed'],
  ],
  [
    'what people say, as the thing recorded',
    'The hearing aids process sound without recording what you or the people around you hear.',
    [],
    'The hearing aids process sound without recording what you or the people around you say.',
    ['voice|denied'],
  ],
  [
    'the reader\'s own voice',
    'The text of the page is read aloud, but your own device is never captured.',
    [],
    'The text of the page is read aloud, but your own voice is never captured.',
    ['voice|denied'],
  ],
  [
    'the coordinates of where a photo was taken',
    'The files, with the time and the caption of where they were taken, are synced to your cloud library.',
    [],
    'The files, with the time and the coordinates of where they were taken, are synced to your cloud library.',
    ['location.precise|affirmed'],
  ],
  [
    'a long question-word heading without its mark',
    'How we use voice recordings and transcripts in the TV voice remote, and how long we keep them.',
    ['voice|affirmed'],
    'How We Use Voice Recordings and Transcripts in the Kinescope TV Voice Remote',
    [],
  ],
  [
    'a denial of keeping only, beside a claim of the same type, is no denial',
    'We do not collect fingerprints, but we use hand geometry.',
    ['biometric|affirmed', 'biometric|denied'],
    'We do not store fingerprints, but we use hand geometry.',
    ['biometric|affirmed'],
  ],
  [
    'a negation inside a clause that says where or when denies no practice',
    'Proctoring captures webcam images and flags instances, but no face is detected.',
    ['face|denied'],
    'Proctoring captures webcam images and flags instances where no face is detected.',
    ['face|affirmed'],
  ],
  [
    'what a technology is, with no article',
    'Facial recognition is used by our app to identify a person by comparing features of their face.',
    ['face|affirmed'],
    'Facial recognition is technology that identifies a person by comparing features of their face.',
    [],
  ],
  [
    'the sound a screen plays is no voice',
    'Our TVs capture snippets of the audio from your microphone.',
    ['voice|affirmed'],
    'Our TVs capture snippets of the audio displayed on your screen.',
    [],
  ],
  [
    'handing data over is a flow verb, negated by without + -ing',
    'You can track your cycle by providing your device location to us.',
    ['location|affirmed'],
    'You can track your cycle without providing your device location to us.',
    ['location|denied'],
  ],
  [
    'negation passes through a process verb (involve + -ing)',
    'Entry to the gym works with a key card and does not involve scanning or storing fingerprints.',
    ['biometric|denied'],
    'Entry to the gym works with a key card and involves scanning and storing fingerprints.',
    ['biometric|affirmed'],
  ],
  [
    'build is a processing verb: a negation over build reaches coordinated acts',
    'Our photo app does not build face templates or try to recognize the people in your albums.',
    ['face|denied'],
    'Our photo app builds face templates and tries to recognize the people in your albums.',
    ['face|affirmed'],
  ],
  [
    'location of children (irregular plural) is a person\'s whereabouts',
    'The tracker app does not collect the location of children under 10.',
    ['location|denied'],
    'The tracker app does not collect the location of schools near you.',
    [],
  ],
  [
    'a subject with a contact relative opens its own clause after \', and\'',
    'We do not collect precise location data, and the areas we use are limited to the country associated with your IP address.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'We do not collect precise location data or the country associated with your IP address.',
    ['location.approximate|denied', 'location.precise|denied'],
  ],
  [
    "kept on the device: what speech becomes there (converted to text on the phone): processing there is the company's software at work (a claim); kept from the company, a denial",
    "Voice notes are converted to text only on your phone and the audio is deleted right away.", ['voice|affirmed'],
    "Voice notes are converted to text only on your phone and the audio is deleted right away, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'a law named with numbers and small words governs (norm, not claim)',
    'Article 9 of the General Data Protection Regulation governs the processing of biometric data.',
    [],
    'Article 9 of the General Data Protection Regulation governs how we process your biometric data.',
    ['biometric|affirmed'],
  ],
  [
    'a body named head first publishes guidance (norm)',
    'The Ministry of Health publishes guidance on the use of fingerprint scanners in clinics.',
    [],
    'The Ministry of Health publishes guidance, and we use fingerprint scanners in our clinics.',
    ['biometric|affirmed'],
  ],
  [
    'laws with an aside impose requirements (norm)',
    'Several state laws, including those in Colorado and Virginia, impose consent requirements on firms that process precise geolocation.',
    [],
    'Several state laws, including those in Colorado and Virginia, require us to process your precise geolocation only with consent.',
    ['location.precise|affirmed'],
  ],
  [
    'what makes the company act is its act: requires us to',
    'Illinois law requires us to keep your fingerprint templates for one year.',
    ['biometric|affirmed'],
    'Illinois law requires employers to keep fingerprint templates for one year.',
    [],
  ],
  [
    'a kind defined by its genus, both indefinite (definition)',
    'A faceprint is a map of the distances between features of a face that can single out one person.',
    [],
    'A faceprint is a map of the distances between features of your face that we use to single you out.',
    ['face|affirmed'],
  ],
  [
    'a heading after its section number (Section 4:)',
    'Section 4: Fingerprint Scans and Location Data in Our Stores',
    [],
    'Section 4: we scan fingerprints and collect location data in our stores.',
    ['biometric|affirmed', 'location|affirmed'],
  ],
  [
    'an imperative after the reader\'s aim (hold, swipe, toggle) is an instruction',
    'To stop sending voice messages in a match, hold the talk key and toggle off the voice chat panel.',
    [],
    'To deliver voice messages in a match, we record your voice while you hold the talk key.',
    ['voice|affirmed'],
  ],
  [
    'a location named by its radio source (X-based) takes the source\'s precision',
    'We receive your phone\'s Bluetooth-based location while you are in the stadium.',
    ['location.precise|affirmed'],
    'We receive your phone\'s IP-based location while you are in the stadium.',
    ['location.approximate|affirmed'],
  ],
  [
    'a rough word before an area noun is approximate location',
    'We keep the approximate city we work out from your network connection.',
    ['location.approximate|affirmed'],
    'We keep the approximate cost we work out from your network connection.',
    [],
  ],
  [
    'the location of people\'s devices (plural possessive, coordinated) is data',
    'We share the live location of the chaperones\' and guides\' phones with the trip leader.',
    ['location|affirmed'],
    'We share the live location of the chaperones\' and guides\' hotels with the trip leader.',
    [],
  ],
  [
    'a voice named by -ing modifiers after the reader\'s possessive',
    'We record your singing and speaking voice during karaoke sessions.',
    ['voice|affirmed'],
    'We record your singing and speaking scores during karaoke sessions.',
    [],
  ],
  [
    'the reader\'s possessive reaches a list\'s last item without a comma',
    'We may record your image, likeness and voice at our events.',
    ['voice|affirmed'],
    'We may record your image, likeness and pose at our events.',
    [],
  ],
  [
    'an app asking for access is a permission, not a reader\'s rights request',
    'The Tidy Tots app does not request access to your child\'s location.',
    ['location|denied'],
    'You can request access to your child\'s location history.',
    [],
  ],
  [
    'audio footage of premises is not a voice',
    'The venue collects audio and video footage through cameras at its entrances.',
    [],
    'The venue collects audio and video recordings of your calls to the box office.',
    ['voice|affirmed'],
  ],
  [
    'an image of the face is face data only in the act\'s own clause',
    'The kiosk analyses images of your face to estimate your age.',
    ['face|affirmed'],
    'The kiosk checks that items are scanned, and captures images of your face.',
    [],
  ],
  [
    'an inverted negation denies the company\'s later act too',
    'We do not sell your precise location, nor do we use it to target ads.',
    [],
    'We do not sell your precise location, but we use it to target ads.',
    ['location.precise|affirmed'],
  ],
  [
    "a comparison on the reader's device stays there: processing there is the company's software at work (a claim); kept from the company, a denial",
    "The facial verification feature compares your selfie with your ID on your phone.", ['face|affirmed'],
    "The facial verification feature compares your selfie with your ID on your phone, and it never leaves your device.", ['face|denied'],
  ],
  [
    'a result written with a slash is only a result',
    'Fingerprint matching happens in the door lock, and only a pass/fail result is sent to us.',
    ['biometric|denied'],
    'Fingerprint matching happens on our server, and a pass/fail result is sent to the door lock.',
    ['biometric|affirmed'],
  ],
  [
    'an area the reader gives, whatever governs it',
    'We show stores near the postcode you enter.',
    ['location.approximate|affirmed'],
    'We show stores near the postcode of our warehouse.',
    [],
  ],
  [
    'places the reader visited, named by more kinds of place',
    'The wristband log gives us a record of the stages and food areas you visited.',
    ['location|affirmed'],
    'The wristband log gives us a record of the stages and food areas we set up.',
    [],
  ],
  [
    'which part of a venue the reader is in',
    'The app detects which hall you are in to show nearby offers.',
    ['location|affirmed'],
    'The app detects which plan you are in to show nearby offers.',
    [],
  ],
  [
    'a denial of every kind keeps the location beside the kind it names',
    'We do not collect location data of any kind, including IP-based location.',
    ['location.approximate|denied', 'location|denied'],
    'We do not collect location data, including IP-based location.',
    ['location.approximate|denied'],
  ],
  [
    'neither/nor subject never accessible to the company: a denial by data flow',
    'Voice notes are end-to-end encrypted, so neither the audio nor any transcript of it is ever accessible to us.',
    ['voice|denied'],
    'Voice notes are stored on our servers, so both the audio and any transcript of it are accessible to us.',
    ['voice|affirmed'],
  ],
  [
    'typing rhythm to tell a person from a bot, the purpose said first',
    'To stop bots, we measure the rhythm and speed with which you type.',
    ['biometric|affirmed'],
    'To improve autocorrect, we measure the rhythm and speed with which you type.',
    [],
  ],
  [
    'typing rhythm with coordinated manners before \'of your keystrokes\'',
    'Our fraud checks measure the rhythm and speed of your keystrokes.',
    ['biometric|affirmed'],
    'Our fraud checks measure the size and speed of your downloads.',
    [],
  ],
  [
    'an area the company works out, in its relative clause',
    'We log your IP address and the city we infer from it.',
    ['location.approximate|affirmed'],
    'We log your IP address and the currency we infer from it.',
    [],
  ],
  [
    'coordinates of a moment are a precise location',
    'We process your real-time coordinates while the chat is open.',
    ['location.precise|affirmed'],
    'We process your real-time messages while the chat is open.',
    [],
  ],
  [
    'a recording of anyone\'s voice, with an article',
    'We may collect a recording of a child\'s voice to turn it into text.',
    ['voice|affirmed'],
    'We may collect a recording of a child\'s drawing to turn it into text.',
    [],
  ],
  [
    'an imperative after the platform it is done on is an instruction',
    'On iPhone, open Settings and turn off Location Services for the app.',
    [],
    'On iPhone, the app reads your location from Location Services.',
    ['location|affirmed'],
  ],
  [
    'an imperative after a short label is advice',
    'Safety tip: turn off location sharing before you post photos.',
    [],
    'Safety tip: we collect your location before you post photos.',
    ['location|affirmed'],
  ],
  [
    'a question embedded by a verb of knowing does not end the negation\'s scope',
    'We never record which friend you called or where you were at the time.',
    ['location|denied'],
    'We never record which friend you called, and we record where you were at the time.',
    ['location|affirmed'],
  ],
  [
    'not ... without first giving notice, obtaining consent: a conditional claim',
    'We will not scan your fingerprint without first giving notice, obtaining your consent.',
    ['biometric|affirmed'],
    'We will not scan your fingerprint, and we give notice of this.',
    ['biometric|denied'],
  ],
  [
    'biometric registration is biometric data',
    'We keep records of biometric registration at each gym.',
    ['biometric|affirmed'],
    'We keep records of biometric policy changes at each gym.',
    [],
  ],
  [
    'a person\'s face enrolled in a system',
    'We enrol each member\'s face in our door system.',
    ['face|affirmed'],
    'We enrol each member\'s card in our door system.',
    [],
  ],
  [
    'a generic term yields to a named kind only in its own clause',
    'We do not collect biometric data from shoppers, and we do not use face recognition in our stores.',
    ['biometric|denied', 'face|denied'],
    'We do not collect biometric data such as face recognition data from shoppers.',
    ['face|denied'],
  ],
  [
    'people who refuse something themselves deny nothing of the company',
    'Members who do not wish to use fingerprint entry may ask for a key card.',
    [],
    'We do not use fingerprint entry; members may ask for a key card.',
    ['biometric|denied'],
  ],
  [
    "locally on the company's own equipment is not the reader's device: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Your voice commands are processed only locally on your phone.", ['voice|affirmed'],
    "Your voice commands are processed only locally on your phone, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'a document for the reader that will not include data says nothing of collection',
    'Your bill will not include the location from which you made each call.',
    [],
    'We will not collect the location from which you made each call.',
    ['location|denied'],
  ],
  [
    'a permission prompt asks for what the app would do',
    'Allow Daily Bugle to use your location to show local news?',
    ['location|affirmed'],
    'Do you want to learn more about how location services work?',
    [],
  ],
  [
    'recordings of lectures transcribed are speech',
    'Lecture recordings are transcribed to provide captions.',
    ['voice|affirmed'],
    'Lecture slides are transcribed to provide captions.',
    [],
  ],
  [
    'map coordinates of a property are a precise location',
    'We collect the address of your property and its map coordinates.',
    ['location.precise|affirmed'],
    'We collect the address of your property and its map reference.',
    [],
  ],
  [
    'how you type, analysed to tell someone else from you',
    'A fraud service analyses how you type to spot when someone else is using your account.',
    ['biometric|affirmed'],
    'A writing service analyses how you type to suggest better words for your account.',
    [],
  ],
  [
    'a location typed into the reader\'s profile is their data, not a search',
    'Job matches are based on the location you type into your profile.',
    ['location|affirmed'],
    'Search results are based on the location you type into the search box.',
    [],
  ],
  [
    'flow to someone other than the company is a further act',
    'We do not provide your location data to advertisers.',
    [],
    'We do not provide your location data to our servers.',
    ['location|denied'],
  ],
  [
    'an instruction opening with its verb and its object',
    'Find the nearest store by entering a ZIP code on the store page.',
    [],
    'We find the nearest store by reading your ZIP code from your profile.',
    ['location.approximate|affirmed'],
  ],
  [
    'a table of contents names sections, not data',
    'Table of contents: location data and biometric data',
    [],
    'Our records contain location data and biometric data.',
    ['biometric|affirmed', 'location|affirmed'],
  ],
  [
    'a technology subject to restrictions under law is a norm',
    'Face recognition is subject to strict restrictions under the laws of some cities.',
    [],
    'Face recognition is used at our stores in some cities.',
    ['face|affirmed'],
  ],
  [
    'an imperative after \'before you …\' is advice',
    'Before you mount a camera, check whether local laws restrict recording your neighbours\' voices.',
    [],
    'Before you mount a camera, we record your voice to set up voice control.',
    ['voice|affirmed'],
  ],
  [
    'linking is a further act: denying it says nothing of collection',
    'We do not link your location to your name.',
    [],
    'We do not collect your location or your name.',
    ['location|denied'],
  ],
  [
    'a passive claim keeps its claim though a settings path follows',
    'Precise location is collected only with your consent, which you can withdraw in Settings > Privacy.',
    ['location.precise|affirmed'],
    'You can manage precise location access in Settings > Privacy.',
    [],
  ],
  [
    'neither the company nor its host can listen: a denial by data flow',
    'Neither Acme nor its cloud host can listen to the audio of your clips.',
    ['voice|denied'],
    'Both Acme and its cloud host can listen to the audio of your clips.',
    ['voice|affirmed'],
  ],
  [
    'a recording of what the reader asks is voice',
    'The speaker sends the recording of your request to our servers.',
    ['voice|affirmed'],
    'The speaker sends the record of your request to our servers.',
    [],
  ],
  [
    'voices captured in a recording',
    'Your camera clips, including any voices captured in them, are stored for 30 days.',
    ['voice|affirmed'],
    'Your camera clips, including any motion captured in them, are stored for 30 days.',
    [],
  ],
  [
    'the pattern of blood vessels in a palm is a vein pattern',
    'The reader scans the pattern of blood vessels in your palm.',
    ['biometric|affirmed'],
    'The reader scans the pattern of lines on your ticket.',
    [],
  ],
  [
    'places the reader often visits',
    'The assistant may store frequently visited places to suggest routes.',
    ['location|affirmed'],
    'The assistant may store frequently asked questions to suggest routes.',
    [],
  ],
  [
    'a table of contents needs its colon: \'Contents of…\' is a subject',
    'Contents of your voice recordings may be shared with our partners.',
    ['voice|affirmed'],
    'Contents: voice recordings; location data; your choices',
    [],
  ],
  [
    'an instruction opening with its verb is no instruction when a passive claim follows',
    'Make sure the app has location permission; your precise location is collected every five minutes.',
    ['location.precise|affirmed'],
    'Make sure the app has location permission before you post a photo.',
    [],
  ],
  [
    'restrictions are a norm only under a law',
    'Location data is subject to strict limits under state laws.',
    [],
    'Your location data is subject to the retention limits described below.',
    ['location|affirmed'],
  ],
  [
    'a genus definition is no definition when the app acts in it',
    'A voice recording is an audio file that a phone can store.',
    [],
    'A voice recording is an audio file that the app uploads to Acme servers.',
    ['voice|affirmed'],
  ],
  [
    'a location typed (past tense) into the reader\'s profile',
    'Job matches use the location you typed into your profile.',
    ['location|affirmed'],
    'Search results use the location you typed into the search box.',
    [],
  ],
  [
    'precision from a radio source that works out which part of a place the reader is in',
    'The app uses Bluetooth beacons placed around the museum to detect which hall you are in.',
    ['location.precise|affirmed'],
    'The app uses ticket scans at the museum doors to detect which hall you are in.',
    ['location|affirmed'],
  ],
  [
    'a part of a named place the reader is on',
    'The app uses your position to work out which floor of the hospital you are on.',
    ['location|affirmed'],
    'The app uses your booking to work out which floor of the hospital your doctor is on.',
    [],
  ],
  [
    'signal strengths of radio sources used to place the reader are precise',
    'We collect the Wi-Fi network names and signal strengths visible to your phone to determine which floor you are on.',
    ['location.precise|affirmed'],
    'We collect the Wi-Fi network names visible to your phone to determine which floor you are on.',
    ['location|affirmed'],
  ],
  [
    'access to a part of the device is a permission, whoever asks',
    'Our web version of Coinwise does not request access to your device\'s location.',
    ['location|denied'],
    'You may request access to your location data at any time.',
    [],
  ],
  [
    'the company switching a capability off denies it',
    'In Germany, Fleetfox disables audio recording on its dashcams.',
    ['voice|denied'],
    'In Germany, Fleetfox enables audio recording on its dashcams.',
    ['voice|affirmed'],
  ],
  [
    'a reader switching a capability off is a setting, not the company\'s denial',
    'In Germany, Fleetfox disables audio recording on its dashcams.',
    ['voice|denied'],
    'In Germany, you can disable audio recording on the Fleetfox dashcam.',
    [],
  ],
  [
    'a transcript that reaches the company is voice data, even when made on the device',
    'Spoken destinations are converted to text on your device and only the resulting text is transmitted to our servers.',
    ['voice|affirmed'],
    'Spoken destinations are converted to text on your device and only a confirmation is transmitted to our servers.',
    ['voice|denied'],
  ],
  [
    'a denial of storing only, with a use in a passive clause of its own after a semicolon',
    'We do not store your voice recordings; spoken commands are converted to text.',
    ['voice|affirmed'],
    'We do not store your voice recordings; spoken commands are not converted to text.',
    [],
  ],
  [
    'what a party the company passes data to cannot see is a denial of sharing, not of collection',
    'Neither our couriers nor our partner restaurants can see your precise location.',
    [],
    'Neither we nor our partner restaurants can see your precise location.',
    ['location.precise|denied'],
  ],
  [
    'a law conferring rights over kinds of data is a norm, not a claim',
    'The Washington My Health My Data Act gives consumers rights regarding health data, which can include biometric data and precise location.',
    [],
    'The Washington Health app gives consumers offers regarding health data, which can include biometric data and precise location.',
    ['biometric|affirmed', 'location.precise|affirmed'],
  ],
  [
    'where the reader gets on, off or stops is their whereabouts',
    'We do not track where you tap in or out.',
    ['location|denied'],
    'We do not track when you tap in or out.',
    [],
  ],
  [
    'said by voice with a possessive among the words before it',
    'When you ask Cedarline\'s assistant a question by voice, we receive the recording.',
    ['voice|affirmed'],
    'When you ask Cedarline\'s assistant a question by email, we receive the message.',
    [],
  ],
  [
    'precise before a noun that modifies the head of a location',
    'Precise trip location data is kept for 7 years after the trip.',
    ['location.precise|affirmed'],
    'Trip location data is kept for 7 years after the trip.',
    ['location|affirmed'],
  ],
  [
    'a location the reader visits as premises',
    'You can visit any Cedarline Pharmacy location to ask for a copy.',
    [],
    'We record any Cedarline Pharmacy location you visit to offer you a coupon.',
    ['location|affirmed'],
  ],
  [
    'participating locations are premises',
    'Members may use palm-scan check-in at participating locations.',
    ['biometric|affirmed'],
    'Members may use palm-scan check-in, and we record their locations.',
    ['biometric|affirmed', 'location|affirmed'],
  ],
  [
    'the location of the company\'s own people is data, past a modifier',
    'We process the location of our delivery drivers during working hours.',
    ['location|affirmed'],
    'We process the location of our delivery depots during working hours.',
    [],
  ],
  [
    'the last of a list of sources may be the IP address',
    'We receive your location from the address you provide, your device\'s GPS, and from your IP address.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We receive your location from the address you provide, your device\'s GPS, and from your answers.',
    ['location.precise|affirmed'],
  ],
  [
    'a second predicate of the same subject, negated after a comma, is its own clause',
    'We process your location during working hours, and do not track your location outside active shifts.',
    ['location|affirmed', 'location|denied'],
    'We process your location during working hours, and track your location outside active shifts.',
    ['location|affirmed'],
  ],
  [
    'a phrasal verb first among coordinated negated verbs',
    'The app does not look up, store or share your location.',
    ['location|denied'],
    'The app does look up, store and share your location.',
    ['location|affirmed'],
  ],
  [
    'the company by a name of two words acting on data defined by law',
    'Kestrel Live does not collect biometric information, as that term is defined under BIPA.',
    ['biometric|denied'],
    'Kestrel Live notes that biometric information is defined under BIPA.',
    [],
  ],
  [
    'doing something without keeping the data processes it',
    'We provide live captions without storing the audio of your stream.',
    ['voice|affirmed'],
    'We provide live captions without recording the audio of your stream.',
    ['voice|denied'],
  ],
  [
    'without keeping one thing and making another is not keeping only',
    'We verify your identity without storing your voice recording.',
    ['voice|affirmed'],
    'We verify your identity without storing your voice recording or extracting a voiceprint from it.',
    ['voice|denied'],
  ],
  [
    'two parties that do not keep the data after an event keep it until then',
    'Neither Boomtide nor its service providers retain your voice commands after the requested action has been completed.',
    ['voice|affirmed'],
    'Neither Boomtide nor its service providers receive your voice commands after the requested action has been completed.',
    ['voice|denied'],
  ],
  [
    'nearby beacons that tell which part of a place the reader is in are precise',
    'We scan for nearby beacons to determine which store department you are in.',
    ['location.precise|affirmed'],
    'We scan your loyalty card to determine which store department you are in.',
    ['location|affirmed'],
  ],
  [
    'a stated resolution within the legal radius of precise geolocation is precise',
    'We keep location accurate to within 1,850 feet.',
    ['location.precise|affirmed'],
    'We keep location accurate to within 2 kilometres.',
    ['location.approximate|affirmed'],
  ],
  [
    'a section numbered in levels with a dash is a heading',
    'Section 4.3 — Voice Recordings',
    [],
    'Section 4.3 — We store voice recordings.',
    ['voice|affirmed'],
  ],
  [
    'a law named with its citation as an aside is a norm',
    'The Texas Capture or Use of Biometric Identifier Act, Tex. Bus. & Com. Code § 503.001, governs how businesses in Texas capture, sell and retain biometric identifiers.',
    [],
    'Acme, under Tex. Bus. & Com. Code § 503.001, captures biometric identifiers.',
    ['biometric|affirmed'],
  ],
  [
    'a regulator\'s enforcement is a norm',
    'The Federal Trade Commission has taken enforcement action against data brokers that sold location data.',
    [],
    'Acme has taken location data from data brokers.',
    ['location|affirmed'],
  ],
  [
    'the rules for what users post are no claim',
    'Our Community Guidelines prohibit posting anyone\'s live location without their consent.',
    [],
    'Our app shows anyone\'s live location without their consent.',
    ['location|affirmed'],
  ],
  [
    'a How-to heading before interface steps',
    'How to turn off Location Services: open Settings, tap Privacy, then Location Services.',
    [],
    'How we use Location Services: we read your GPS position when you open the map.',
    ['location.precise|affirmed'],
  ],
  [
    'the reader\'s device unlocked by their body is the device\'s feature',
    'Many phones let you unlock the device with your face or fingerprint.',
    [],
    'Many phones let you unlock our app with your fingerprint.',
    ['biometric|affirmed'],
  ],
  [
    'the country in which someone other than the reader does something is a place',
    'We record the country in which you use the app.',
    ['location.approximate|affirmed'],
    'We list the country in which each sub-processor stores data.',
    [],
  ],
  [
    'what the microphone picks up is voice data, also as a coordinated modifier',
    'The SDK does not access microphone or camera data.',
    ['voice|denied'],
    'The SDK does not access camera data.',
    [],
  ],
  [
    'facial reactions are face data',
    'We record your facial reactions during the study.',
    ['face|affirmed'],
    'We record your written reactions during the study.',
    [],
  ],
  [
    'faces an image is checked to contain',
    'We analyze your photos to detect whether they contain faces.',
    ['face|affirmed'],
    'We analyze your photos to detect whether they contain nudity.',
    [],
  ],
  [
    'a negative condition after a semicolon restates the condition',
    'We record your spoken query; if voice search is turned off, no audio is collected.',
    ['voice|affirmed'],
    'We record your spoken query; no other audio is collected.',
    ['voice|affirmed', 'voice|denied'],
  ],
  [
    'face as the first of two coordinated modifiers',
    'Wavelet uses the face and voice data it collects to authenticate you.',
    ['face|affirmed', 'voice|affirmed'],
    'Wavelet uses the voice data it collects to authenticate you.',
    ['voice|affirmed'],
  ],
  [
    'the coordinates a device reports, in a relative clause',
    'We record the coordinates your phone reports.',
    ['location.precise|affirmed'],
    'We record the steps your phone reports.',
    [],
  ],
  [
    'the area a device reports',
    'We log the country your device reports.',
    ['location.approximate|affirmed'],
    'We log the language your device reports.',
    [],
  ],
  [
    'an area inferred from something',
    'We keep the school district inferred from your address.',
    ['location.approximate|affirmed'],
    'We keep the school name inferred from your address.',
    [],
  ],
  [
    'the area around the reader\'s home',
    'We consider the area you live in.',
    ['location.approximate|affirmed'],
    'We consider the house style you like.',
    [],
  ],
  [
    'a transcript with a relative clause reaching the company',
    'Your spoken notes are converted to text on your device and only the text you choose to save is synced.',
    ['voice|affirmed'],
    'Your spoken notes are converted to text on your device and only a confirmation is synced.',
    ['voice|denied'],
  ],
  [
    'a name and a gerund are a compound noun, not a party acting',
    'To stop Android from using Wi-Fi and Bluetooth scanning to improve location accuracy, go to Settings and turn off Bluetooth scanning.',
    [],
    'To improve location accuracy, we use Wi-Fi and Bluetooth scanning.',
    ['location|affirmed'],
  ],
  [
    'a choice the device offers',
    'Some phones let you choose between precise and approximate location for each app.',
    [],
    'Some phones send us your approximate location for each app.',
    ['location.approximate|affirmed'],
  ],
  [
    'a topic then a question run in as a heading',
    'Face and voice — why we don\'t need them: the app works with the dates you enter.',
    [],
    'We keep your voice recordings: the app works with the dates you enter.',
    ['voice|affirmed'],
  ],
  [
    'a denial, then another product that may do so',
    'The web dashboard does not collect your geolocation, although the mobile app may do so.',
    ['location|affirmed', 'location|denied'],
    'The web dashboard does not collect your geolocation, and neither does the mobile app.',
    ['location|denied'],
  ],
  [
    'records of calls are call logs',
    'We keep records of calls made on company telephones.',
    [],
    'We keep recordings of calls made on company telephones.',
    ['voice|affirmed'],
  ],
  [
    'a statute by its code\'s citation',
    'RCW 19.375 applies to the enrollment of biometric identifiers.',
    [],
    'We enroll biometric identifiers under RCW 19.375.',
    ['biometric|affirmed'],
  ],
  [
    'a label pointing to its section',
    'Geolocation and Biometrics — see Section 4 for our practices.',
    [],
    'Geolocation and biometrics are collected as described in Section 4.',
    ['biometric|affirmed', 'location|affirmed'],
  ],
  [
    'an inverted clause after nor has its own subject',
    'We do not use facial recognition, nor do we collect biometric identifiers.',
    ['biometric|denied', 'face|denied'],
    'We do not use facial recognition, nor the biometric identifiers it creates.',
    ['face|denied'],
  ],
  [
    'a clause whose verb in -s stands before an adverb',
    'We do not use your precise location, and any search by distance relies solely on the postcode you type in.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'We do not use your precise location, and any search by distance relies solely on the keyword you type in.',
    ['location.precise|denied'],
  ],
  [
    'a denial in a stated scope is a denial (LABELS.md); what is done within the scope is unsaid',
    'The badge does not record your location outside of the door readers.',
    ['location|denied'],
    'The badge records your location outside of the door readers.',
    ['location|affirmed'],
  ],
  [
    'monitoring calls past a modifier',
    'We monitor live calls for quality.',
    ['voice|affirmed'],
    'We monitor live chats for quality.',
    [],
  ],
  [
    'a radio signal detected by beacons places the reader',
    'Your phone\'s Bluetooth signal is detected by beacons in our clinics.',
    ['location.precise|affirmed'],
    'Your phone\'s Bluetooth signal is detected by your headphones in our clinics.',
    [],
  ],
  [
    'radio signals counted for footfall place the reader',
    'Our sensors detect the Bluetooth signals from mobile devices to measure footfall.',
    ['location.precise|affirmed'],
    'Our sensors detect the Bluetooth signals from mobile devices to measure interference.',
    [],
  ],
  [
    'mapped routes are whereabouts',
    'We receive your fitness activity, including mapped routes.',
    ['location|affirmed'],
    'We receive your fitness activity, including step counts.',
    [],
  ],
  [
    'movement followed is whereabouts',
    'Our cameras follow your movement around the store.',
    ['location|affirmed'],
    'Our cameras follow your purchases around the store.',
    [],
  ],
  [
    'a trip\'s ends are whereabouts',
    'We share trip data, including start and end points.',
    ['location|affirmed'],
    'We share trip data, including start and end times.',
    [],
  ],
  [
    'the second of two precisions in parentheses',
    'We collect geolocation data (approximate and precise).',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We collect geolocation data (approximate).',
    ['location.approximate|affirmed'],
  ],
  [
    'a denial at times the reader is off is a denial in that scope',
    'We do not track your location when you are clocked out.',
    ['location|denied'],
    'We track your location when you are clocked out.',
    ['location|affirmed'],
  ],
  [
    'a definition, then the company\'s act in a clause of its own',
    'Biometric information means a person\'s physiological characteristics; Tidewater Residences collects this category as fingerprint templates.',
    ['biometric|affirmed'],
    'Biometric information means a person\'s physiological characteristics; it includes fingerprint templates.',
    [],
  ],
  [
    'a label pointing to a table',
    'Geolocation: Precise | Approximate — see the table below.',
    [],
    'Geolocation: we collect your precise location, as the table below shows.',
    ['location.precise|affirmed'],
  ],
  [
    'a second law by its citation',
    'The My Health My Data Act and RCW 19.375 impose obligations on businesses regarding biometric identifiers.',
    [],
    'We impose obligations on our vendors regarding the biometric identifiers we collect.',
    ['biometric|affirmed'],
  ],
  [
    'devices in general act on their own',
    'Some smart speakers can record audio when they mistakenly hear a wake word.',
    [],
    'Our smart speakers can record audio when they mistakenly hear a wake word.',
    ['voice|affirmed'],
  ],
  [
    'spoken feedback is voice',
    'The microphone records your spoken feedback.',
    ['voice|affirmed'],
    'The app records your written feedback.',
    [],
  ],
  [
    'beacons near a door tell which entrance the reader stands at',
    'Beacons near each door let us determine which entrance you are standing at.',
    ['location.precise|affirmed'],
    'Your badge lets us determine which entrance you are standing at.',
    ['location|affirmed'],
  ],
  [
    'access points that tell where in a building',
    'Access point logs indicate where in the building you were working.',
    ['location.precise|affirmed'],
    'Badge logs indicate where in the building you were working.',
    ['location|affirmed'],
  ],
  [
    'not ... any spans a list',
    'The cameras are not connected to any facial recognition or face analysis software.',
    ['face|denied'],
    'The cameras are connected to facial recognition and face analysis software.',
    ['face|affirmed'],
  ],
  [
    'a denial bounded by an area keeps the area',
    'We do not use your IP address to determine your location beyond the country level.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'We do not use your IP address to determine your location.',
    ['location.approximate|denied'],
  ],
  [
    'data as the topic of norms',
    'Experts discuss emerging regulations on biometrics and location tracking.',
    [],
    'Experts discuss our collection of biometrics and location tracking.',
    ['biometric|affirmed', 'location|affirmed'],
  ],
  [
    'an image of the face compared without saying how is no face data (LABELS.md)',
    'We compare a photo of your face with your ID.',
    [],
    'We match a photo of your face with your ID.',
    ['face|affirmed'],
  ],
  [
    '\'means\' the noun is no definition',
    'No GPS data is collected by the toy, which has no means of telling where it is.',
    ['location.precise|denied'],
    'GPS data means the coordinates your device\'s receiver reports.',
    [],
  ],
  [
    'a part of the reader\'s thing keeps the data on the device',
    'All speech recognition happens on the toy\'s own chip, and the audio is never sent to us.',
    ['voice|denied'],
    'All speech recognition happens on our servers, which receive the audio.',
    ['voice|affirmed'],
  ],
  [
    'designed to work without is a design, not a denial',
    'Our games are designed to work without accessing your microphone.',
    [],
    'Our games work without accessing your microphone.',
    ['voice|denied'],
  ],
  [
    'places people of the reader\'s have been',
    'We keep a history of the places your family members have been.',
    ['location|affirmed'],
    'We keep a history of the places your family members have rated.',
    [],
  ],
  [
    'the member state where the reader lives, as a forum',
    'You may complain to the authority in the EU member state where you live.',
    [],
    'We record the EU member state where you live.',
    ['location|affirmed'],
  ],
  [
    'commands spoken to a device are voice',
    'We receive transcripts of the commands spoken to the toy.',
    ['voice|affirmed'],
    'We receive transcripts of the commands typed into the toy.',
    [],
  ],
  [
    'Wi-Fi positioning after whereabouts named before it',
    'We obtain information about where your device is from Wi-Fi positioning services.',
    ['location.precise|affirmed'],
    'We obtain information about where your device is from our partners.',
    ['location|affirmed'],
  ],
  [
    'route information is whereabouts',
    'We collect speed and route information.',
    ['location|affirmed'],
    'We collect speed and battery information.',
    [],
  ],
  [
    'two coordinated modifiers of a call still name the calls recorded',
    'Lakeshore Support records inbound and outbound calls for training.',
    ['voice|affirmed'],
    'Lakeshore Support records inbound and outbound invoices for training.',
    [],
  ],
  [
    'the pitch or tone of the people speaking is their voice',
    'We measure the pitch of speakers during a session to score engagement.',
    ['voice|affirmed'],
    'We measure the number of speakers during a session to score engagement.',
    [],
  ],
  [
    'acoustic features of a voice or recording are voice data; of a room they are not',
    'The model reads acoustic features of the recording to estimate mood.',
    ['voice|affirmed'],
    'The model reads acoustic features of the room to estimate echo.',
    [],
  ],
  [
    'vocal cues are voice data',
    'We analyse vocal cues to estimate how stressed a caller is.',
    ['voice|affirmed'],
    'We analyse visual cues to estimate how stressed a caller is.',
    [],
  ],
  [
    'the voices and another thing of people speaking into the service',
    'We record the voices and faces of participants.',
    ['voice|affirmed'],
    'We record the names and roles of participants.',
    [],
  ],
  [
    'the words the reader spoke, by a verb of speaking',
    'We keep the words you spoke to our phone assistant.',
    ['voice|affirmed'],
    'We keep the words you typed to our chat assistant.',
    [],
  ],
  [
    'a person served by the company possesses a location that is data; an organisation\'s is a place',
    'We log the caller\'s location.',
    ['location|affirmed'],
    'We log the processor\'s location.',
    [],
  ],
  [
    'cell-site location is read from the serving cell: precise',
    'We collect cell-site location information from our network.',
    ['location.precise|affirmed'],
    'We collect country-level location information from our network.',
    ['location.approximate|affirmed'],
  ],
  [
    'a face coordinated with a document\'s ID is no face ID',
    'We store an image of your face and government ID.',
    [],
    'We store a template of your face and voice ID.',
    ['face|affirmed', 'voice|affirmed'],
  ],
  [
    'the time and place the reader did something is where they were',
    'The app logs the time and place you made each request.',
    ['location|affirmed'],
    'The app logs the time and way you made each request.',
    [],
  ],
  [
    'a denial over two coordinated acts reaches the send to the company',
    'Audio is never written to disk or transmitted to our servers.',
    ['voice|denied'],
    'Audio is written to disk and transmitted to our servers.',
    ['voice|affirmed'],
  ],
  [
    'the company\'s servers by a two-word name',
    'Voice recordings are never sent to Olio Transcribe\'s servers.',
    ['voice|denied'],
    'Voice recordings are sent to Olio Transcribe\'s servers.',
    ['voice|affirmed'],
  ],
  [
    'a coordinated clause with a noun subject of its own keeps the generic biometric denial',
    'We do not collect biometric data from callers, and recordings made for training are not used to create voiceprints.',
    ['biometric|denied', 'voice|denied'],
    'We do not collect biometric data from callers, such as voiceprints created from recordings made for training.',
    ['voice|denied'],
  ],
  [
    'the company\'s postal or email address is no claim',
    'Contact us by post at Lumen Voice ID, 12 High Street, Leeds.',
    [],
    'We keep your Lumen Voice ID at 12 High Street, Leeds.',
    ['voice|affirmed'],
  ],
  [
    'an identifier denied beside the plain data it would be made from is a second claim',
    'Your recorded calls are kept for a year and no voiceprint is generated from them.',
    ['voice|affirmed', 'voice|denied'],
    'Your recorded calls are kept for a year and no summary is generated from them.',
    ['voice|affirmed'],
  ],
  [
    'an IP-level location is a word of its own, not the end of \'trip-level\'',
    'We share trip-level location data with insurers.',
    ['location|affirmed'],
    'We share IP-level location data with insurers.',
    ['location.approximate|affirmed'],
  ],
  [
    'a rough word before a contrast sharing its head names the rough kind',
    'We may collect approximate rather than precise location.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'We may collect precise rather than approximate location.',
    ['location.approximate|denied', 'location.precise|affirmed'],
  ],
  [
    'a selfie matched says how it is compared: face data',
    'Our partner tells us whether your selfie matched the photo on your ID.',
    ['face|affirmed'],
    'Our partner tells us whether your selfie was uploaded with the photo on your ID.',
    [],
  ],
  [
    'the voices of passengers in a vehicle',
    'Dashcams may record the voices of passengers.',
    ['voice|affirmed'],
    'Dashcams may record the number of passengers.',
    [],
  ],
  [
    'answers transcribed were spoken',
    'Your responses are recorded and transcribed.',
    ['voice|affirmed'],
    'Your responses are recorded and scored.',
    [],
  ],
  [
    'interview recordings hold the voices of the interview',
    'We keep interview recordings for a year.',
    ['voice|affirmed'],
    'We keep interview notes for a year.',
    [],
  ],
  [
    'voice analytics are worked out from the voice',
    'We provide voice analytics to employers.',
    ['voice|affirmed'],
    'We provide hiring analytics to employers.',
    [],
  ],
  [
    'tips for something are advice',
    'Tips for your interview: find a quiet location and test your microphone.',
    [],
    'Before your interview we check your location.',
    ['location|affirmed'],
  ],
  [
    'any area the reader enters is a choice, not where they are',
    'You can enter any city or postal code to search for jobs.',
    [],
    'You enter your city or postal code to search for jobs.',
    ['location.approximate|affirmed'],
  ],
  [
    'a negation in the relative clause of an option describes it, and denies nothing',
    'You may choose a sign-in method that does not use your fingerprint.',
    [],
    'You may choose a sign-in method, and we do not use your fingerprint.',
    ['biometric|denied'],
  ],
  [
    'a location denied in a clause of its own stands beside a denied source, unless it is only the device\'s permission',
    'We do not track your location, and we never request access to your device\'s GPS.',
    ['location.precise|denied', 'location|denied'],
    'We never request access to your device\'s GPS, and we do not ask for location permissions.',
    ['location.precise|denied'],
  ],
  [
    'the GDPR\'s list of special categories written out is a law\'s list, not a claim',
    'Consent for special category data (racial or ethnic origin, political opinions, trade union membership, biometric data used to identify you).',
    [],
    'We collect biometric data used to identify you, with your consent.',
    ['biometric|affirmed'],
  ],
  [
    'opting out said of the reader impersonally is the reader\'s setting',
    'It is possible to opt out of sharing your location at sign up.',
    [],
    'It is necessary to share your location at sign up.',
    ['location|affirmed'],
  ],
  [
    'where the reader is as what something depends on, or does not, is a condition, not data',
    'Depending on your place of residence, you can exercise certain rights.',
    [],
    'Based on your place of residence, we show you local prices.',
    ['location|affirmed'],
  ],
  [
    'regardless of location is no location',
    'We tailor the range to your interests, regardless of location and device.',
    [],
    'We tailor the range to your interests, your location and device.',
    ['location|affirmed'],
  ],
  [
    'an area among an organisation\'s details is where the business is',
    'We keep seller information, such as seller name, industry and postal code.',
    [],
    'We keep buyer information, such as buyer name, industry and postal code.',
    ['location.approximate|affirmed'],
  ],
  [
    'audio features of a product are a capability, not what it hears',
    'This update describes our enhanced audio and video features.',
    [],
    'This update describes our enhanced audio and video recordings.',
    ['voice|affirmed'],
  ],
  [
    'the location associated with an IP address is approximate',
    'We show the IP addresses that accessed your account and the associated location.',
    ['location.approximate|affirmed'],
    'We show the devices that accessed your account and the associated location.',
    ['location|affirmed'],
  ],
  [
    'what people say in writing or about someone is no voice',
    'We analyse what people say on our forums.',
    [],
    'We analyse what people say to our assistant.',
    ['voice|affirmed'],
  ],
  [
    'how two technologies differ is an explanation, not a claim',
    'The difference between face detection and facial recognition is that detection does not identify anyone.',
    [],
    'We use face detection, and facial recognition does not identify anyone.',
    ['face|affirmed'],
  ],
  [
    'an imperative after a circumstance is advice',
    'When precise data is not needed, consider collecting only your city.',
    [],
    'When precise data is not needed, we collect only your city.',
    ['location.approximate|affirmed'],
  ],
  [
    'where something has been shared is no whereabouts; where the reader\'s thing has been is',
    'We treat media differently depending on where it has been shared.',
    [],
    'We keep a record of where your phone has been.',
    ['location|affirmed'],
  ],
  [
    'a place where others do something is a place',
    'Threats against a location where people would gather are removed.',
    [],
    'We record a location where you parked.',
    ['location|affirmed'],
  ],
  [
    'the location at which something other than the reader appeared is a place',
    'Tell us the location at which the material appeared.',
    [],
    'We log the location at which your device connected.',
    ['location|affirmed'],
  ],
  [
    'where the reader lives named as a jurisdiction, with its parts, picks the rules',
    'Your request must state the jurisdiction where you live (city and state).',
    [],
    'Your profile states the city and state where you live.',
    ['location|affirmed'],
  ],
  [
    'a choice whether the company acts is an opt-in to its act; a choice over the device\'s setting is the reader\'s',
    'You can choose whether you want us to save an audio recording of your requests.',
    ['voice|affirmed'],
    'You can choose whether your audio recordings are kept on your device by adjusting its settings.',
    [],
  ],
  [
    'a bare two-word receiver is no name of the company; a two-word name with its possessive is',
    'We collect your precise location to show drivers, and it is never shared with any advertising platform.',
    ['location.precise|affirmed'],
    'We collect your precise location to show drivers, and it is never sent to Olio Transcribe\'s servers.',
    ['location.precise|denied'],
  ],
  [
    'where the reader\'s photo was taken is data; where content appeared is a place',
    'We store the location at which each photo was taken.',
    ['location|affirmed'],
    'We store the location at which each post appeared.',
    [],
  ],
  [
    '\'this means that\' is no option described',
    'This means that no biometric information is collected by us.',
    ['biometric|denied'],
    'You may choose a method that does not use biometric information.',
    [],
  ],
  [
    'a subject that refers back to the data named is no clause of its own',
    'We extract face geometry from your photos, and the resulting biometric data is stored for three years.',
    ['face|affirmed'],
    'We extract face geometry from your photos, and fingerprint scans are stored for three years.',
    ['biometric|affirmed', 'face|affirmed'],
  ],
  [
    '\'when\' after \'where you have been\' is no participle',
    'We keep a record of where you have been when the app was open.',
    ['location|affirmed'],
    'We keep a record of where it has been shared when the app was open.',
    [],
  ],
  [
    'an imperative after a circumstance is advice only with no act of the company\'s after it',
    'When you close your account, consider deleting your voice recordings.',
    [],
    'When you close your account, consider that we keep your voice recordings.',
    ['voice|affirmed'],
  ],
  [
    'people served possess a location only as possessors',
    'We log the caller\'s location.',
    ['location|affirmed'],
    'We are evaluating candidate locations for new stores.',
    [],
  ],
  [
    'a device that lacks a part and collects nothing denies the data',
    'The smart lamp does not include a microphone and collects no audio.',
    ['voice|denied'],
    'The smart lamp does not include a microphone and plays no audio.',
    [],
  ],
  [
    'a location-based use denied adds no location denial beside a denied precision',
    'We do not collect the precise location of your device, and we do not show location-based ads.',
    ['location.precise|denied'],
    'We do not collect the precise location of your device, and we do not track your location.',
    ['location.precise|denied', 'location|denied'],
  ],
  [
    'a coordinated clause whose named subject denies a verb of its own keeps its own denial',
    'We do not track your location, and the Corebolt app does not request access to GPS.',
    ['location.precise|denied', 'location|denied'],
    'We do not track your location with the Corebolt app or request access to GPS.',
    ['location.precise|denied'],
  ],
  [
    'how accurate data is, of no one\'s act, describes it',
    'The accuracy of location information varies with the signal strength.', [],
    'We collect location information whose accuracy varies with the signal strength.', ['location|affirmed'],
  ],
  [
    "another party's own policy is a cross-reference, not the company's practice",
    'Apple Maps and Google Maps have their own privacy policies that govern location data.', [],
    'We share location data with Apple Maps, which has its own privacy policy.', ['location|affirmed'],
  ],
  [
    'the device letting the reader choose which apps may use a sensor is a setting',
    "Your phone's settings let you choose which apps can use your location.", [],
    "Your phone's settings let you choose which apps can use your location, and our app uses it to find nearby stores.",
    ['location|affirmed'],
  ],
  [
    'the place that picks which text of the policy applies is a jurisdiction',
    'Where you are located determines which version of this policy applies to you.', [],
    'Where you are located determines which stores we show you.', ['location|affirmed'],
  ],
  [
    'a position drawn on a map is where someone is; one in a queue is not',
    'Drivers can see your pickup point and your position on the map while they are on the way.', ['location|affirmed'],
    'Drivers can see your pickup point and your position in the queue while they are on the way.', [],
  ],
  [
    "the reader's aim opening with a capitalised 'To' is no party acting",
    'To use dictation, tap the microphone icon on the keyboard.', [],
    'To use dictation, we record the audio from the microphone.', ['voice|affirmed'],
  ],
  [
    'a negated passive after a modal alone denies the act',
    'Your voice will not be recorded.', ['voice|denied'],
    'Your voice will be recorded.', ['voice|affirmed'],
  ],
  [
    'a further act denied in the passive after a modal alone says nothing of collection',
    'Your location will never be shared with third parties.', [],
    'Your location will be shared with third parties.', ['location|affirmed'],
  ],
  [
    "an instruction keeps its reading behind a list item's marker",
    '- Turn off location sharing unless a feature truly requires it.', [],
    '- Location sharing is used only when a feature truly requires it.', ['location|affirmed'],
  ],
  [
    "a headline's 'when' has no main clause after a comma",
    'Background Location: When we collect it and why', [],
    'Background Location: When you start a run, location data continues to be collected.', ['location|affirmed'],
  ],
  [
    "a copula inside a 'while' clause does not make a list item a copula between names",
    'Real-time GPS location while the app is active', ['location.precise|affirmed'],
    'Real-time GPS location is active', [],
  ],
  [
    'apps in general needing data are no party of the company',
    'Most weather apps need your location.', [],
    'Our weather app needs your location.', ['location|affirmed'],
  ],
  [
    'putting a technique in place is an act on data, denied or not',
    'We do not implement facial recognition, fingerprint scanning, or voice recognition.',
    ['biometric|denied', 'face|denied', 'voice|denied'],
    'We implement facial recognition, fingerprint scanning, or voice recognition.',
    ['biometric|affirmed', 'face|affirmed', 'voice|affirmed'],
  ],
  [
    'keeping denied past the act it served says it is kept for that act',
    'We do not retain your fingerprint beyond this verification.', ['biometric|affirmed'],
    'We do not retain your fingerprint.', [],
  ],
  [
    "keeping denied after a bare event in a list item's shorthand says it is kept until then",
    '- Location history is not retained after session ends', ['location|affirmed'],
    '- Location history is not retained', [],
  ],
  [
    'the reader declining to give data to us is a condition on which the company has it',
    'If you do not share your location with us, we cannot show nearby stores.', ['location|affirmed'],
    'If you do not share your location with other users, they cannot see it.', [],
  ],
  [
    "the precision in brackets, abbreviated",
    "Device data: location (approx), OS version, telemetry.", ['location.approximate|affirmed'],
    "Device data: location, OS version, telemetry.", ['location|affirmed'],
  ],
  [
    "a plural between items of a list of data is data; between venues, places",
    "Flight data: flight logs, locations, dates, times.", ['location|affirmed'],
    "We serve ads through websites, locations, platforms and services.", [],
  ],
  [
    "a stand-in location is no one's whereabouts",
    "If you deny location permission, the app will use a default location.", [],
    "If you deny location permission, the app will use your last known location.", ['location|affirmed'],
  ],
  [
    "the reader weighing a permission is their choice",
    "This may help when deciding whether to allow the app to use your location.", [],
    "This may help when we decide whether to use your location.", ['location|affirmed'],
  ],
  [
    "a step recommended by its gerund is advice",
    "We recommend switching off location tracking for apps you rarely use.", [],
    "We use location tracking for apps you rarely use.", ['location|affirmed'],
  ],
  [
    "a refusal as a gerund subject, then only its consequence",
    "Denying access to location data means that you will not get accurate results.", [],
    "Denying access to location data means that we will use your IP address instead.", ['location|affirmed'],
  ],
  [
    "websites in general, a bare plural subject, act on their own",
    "Websites can request your location if you visit them in a browser.", [],
    "Our websites can request your location if you visit them in a browser.", ['location|affirmed'],
  ],
  [
    "a definition that also says the company collects it is a claim",
    "\"Personal information\" is information that identifies you and includes your biometrics, that we collect.", ['biometric|affirmed'],
    "\"Personal information\" is information that identifies you and includes your biometrics.", [],
  ],
  [
    "the second of two areas after 'regardless of' names no data",
    "This policy applies to all users, regardless of their country or region of residence.", [],
    "We use your country or region of residence to show local offers.", ['location.approximate|affirmed'],
  ],
  [
    "several question words in a row make a heading",
    "How, when, and why we use your location data", [],
    "We use your location data to show nearby stores.", ['location|affirmed'],
  ],
  [
    "a list marker makes a short line in sentence case an item; in title case, a contents entry",
    "• GPS location", ['location.precise|affirmed'],
    "• GPS Location", [],
  ],
  [
    "two precisions joined by a slash state both",
    "We collect precise/approximate location.", ['location.approximate|affirmed', 'location.precise|affirmed'],
    "We collect approximate location.", ['location.approximate|affirmed'],
  ],
  [
    "a purpose excepted from a denied further act is one the data serves",
    "We do not share your facial data with anyone or use it for any other purpose than providing the App.", ['face|affirmed'],
    "We do not share your facial data with anyone.", [],
  ],
  [
    "a list item opening with a verb of the service is a purpose, not a button",
    "- Provide live location updates to users", ['location|affirmed'],
    "- Turn off live location updates", [],
  ],
  [
    "an area after a list item's dash is an item",
    "- City and country derived from your coordinates", ['location.approximate|affirmed', 'location.precise|affirmed'],
    "- Route derived from your coordinates", ['location.precise|affirmed'],
  ],
  [
    "a use after the keeping denied, with a contracted copula, keeps the claim",
    "Location data is not stored on our servers; it's only used temporarily to find nearby courses.", ['location|affirmed'],
    "Location data is not stored on our servers.", [],
  ],
  [
    "an age of consent set by the reader's country names a jurisdiction",
    "We do not knowingly collect data from children under the age of digital consent in the user's country of residence.", [],
    "We do not knowingly collect the user's country of residence.", ['location.approximate|denied'],
  ],
  [
    "data on the device as the object of the app's access reaches it",
    "The app requests access to information stored on your device, such as your location.", ['location|affirmed'],
    "Information stored only on your device, such as your location, stays there.", ['location|denied'],
  ],
  [
    "places named by the reader's use of them are data; a store's, places",
    "• Saved delivery addresses and frequent locations", ['location|affirmed'],
    "• Saved delivery addresses and store locations", [],
  ],
  [
    "where a photo was taken is data",
    "The app reads photo locations from your photo library.", ['location|affirmed'],
    "The app reads store locations from our catalogue.", [],
  ],
  [
    "a GPS path is the device's track",
    "GPS paths you record are saved with your account.", ['location.precise|affirmed'],
    "GPS units you rent are saved with your booking.", [],
  ],
  [
    "two permission levels in brackets state both precisions",
    "The app requests your location (fine and coarse).", ['location.approximate|affirmed', 'location.precise|affirmed'],
    "The app requests your location (fine).", ['location.precise|affirmed'],
  ],
  [
    "generic biometric data as an item beside named kinds is kept; as their name, absorbed",
    "We do not collect biometric data, facial geometry, or voiceprints.", ["biometric|denied", "face|denied", "voice|denied"],
    "We do not collect biometric data, such as facial geometry or voiceprints.", ["face|denied", "voice|denied"],
  ],
  [
    "'without your knowledge' is a condition on a denial, as 'without your consent'",
    "No audio recordings are transmitted to our servers without your knowledge.", ["voice|affirmed"],
    "No audio recordings are transmitted to our servers.", ["voice|denied"],
  ],
  [
    "keeping denied beyond what is necessary says it is kept until then",
    "We do not retain voice data beyond what is necessary for the app to work.", ["voice|affirmed"],
    "We do not retain voice data.", [],
  ],
  [
    "a subject negated by 'no' with a keeping limit says it is kept until then",
    "No face data is kept longer than necessary.", ["face|affirmed"],
    "No face data is kept.", [],
  ],
  [
    "the reader's places past one word of their own are data",
    "The app shows your found locations on a map.", ["location|affirmed"],
    "The app shows your store locations on a map.", [],
  ],
  [
    "precise with a second modifier before the head stays precise",
    "We collect precise and real-time background location data.", ["location.precise|affirmed"],
    "We collect real-time background location data.", ["location|affirmed"],
  ],
  [
    "coordinates sent from the device are its point",
    "Coordinates are sent directly from your device to our weather partner.", ["location.precise|affirmed"],
    "Forecasts are sent directly from our partner to your device.", [],
  ],
  [
    "location coordinates are a point",
    "Optional profile data: name, birthday, location coordinates.", ["location.precise|affirmed"],
    "Optional profile data: name, birthday, location history.", ["location|affirmed"],
  ],
  [
    "'without verified parental consent' conditions a denial",
    "We do not collect exact location without verified parental consent.", ["location.precise|affirmed"],
    "We do not collect exact location.", ["location.precise|denied"],
  ],
  [
    "data that never leaves the reader's local network stays with them",
    "Camera and microphone data never leaves your local network.", ["voice|denied"],
    "Camera and microphone data is sent over your local network to us.", ["voice|affirmed"],
  ],
  [
    "audio named with video by a slash is the reader's audio",
    "We upload your audio/video file to our servers.", ["voice|affirmed"],
    "We upload your document file to our servers.", [],
  ],
  [
    "a use coordinated with a denied keeping, with no subject of its own, keeps the claim",
    "Location information is not stored permanently and is used only for the search.", ["location|affirmed"],
    "Location information is not stored permanently.", [],
  ],
  [
    "a label run into a denial of its own is what the denial is about",
    "Location data — We do not collect or store your geographic location.", ["location|denied"],
    "Location data — We collect and store your geographic location.", ["location|affirmed"],
  ],
  [
    "a pause for a while is no end of the practice",
    "We will stop the call recording when you give your payment card details.", ["voice|affirmed"],
    "We stopped recording calls in 2022.", ["voice|denied"],
  ],
  [
    "where a photo was taken is the reader's location",
    "We keep information about your content, such as the location of a photo.", ["location|affirmed"],
    "We keep information about our content, such as the location of a store.", [],
  ],
  [
    "an age confirmation is a data item, not an age that picks the law",
    "Profile data, such as username, age confirmation, gender, and country.", ["location.approximate|affirmed"],
    "The minimum age in your country applies.", [],
  ],
  [
    "opting out with a hyphen is the reader's setting",
    "You may opt-out of these location services via the settings on your device.", [],
    "We may use these location services via the settings on your device.", ["location|affirmed"],
  ],
  [
    "data that cannot by itself locate anyone is a definition",
    "Information that cannot by itself be used to identify or locate you.", [],
    "Your IP address cannot be used to locate you.", ["location.approximate|denied"],
  ],
  [
    "showing data to others is a further act",
    "We don't expose your exact coordinates to other users.", [],
    "We show your exact coordinates to other users.", ["location.precise|affirmed"],
  ],
  [
    'a refusal as the condition of a denial is a condition on which the company collects',
    'If a parent withdraws consent, we will not collect their biometric data.', ['biometric|affirmed'],
    'If a parent asks, we will not collect their biometric data.', ['biometric|denied'],
  ],
  [
    'a "where" clause with the company as its subject denies for that place; the reader\'s own is a condition',
    'In the EEA, where we do not collect precise location, we use your IP address.', ['location.precise|denied'],
    'In the EEA, where you do not allow precise location, we use your IP address.', ['location.precise|affirmed'],
  ],
  [
    'a negation in a relative clause set off by commas ends with the clause',
    'Our kiosks, which do not have cameras, record your voice when you speak to them.', ['voice|affirmed'],
    'Our kiosks, which have cameras, do not record your voice when you speak to them.', ['voice|denied'],
  ],
  [
    'a relative clause\'s list of objects stays under its negation',
    'Our app, which does not collect your location, voice or face data, shows local news.',
    ['face|denied', 'location|denied', 'voice|denied'],
    'Our app, which collects your location, voice or face data, shows local news.',
    ['face|affirmed', 'location|affirmed', 'voice|affirmed'],
  ],
  [
    'a location derived from an IP address is read within its clause',
    'For EEA users, who are not asked for precise location, we infer your country from your IP address.',
    ['location.approximate|affirmed', 'location.precise|denied'],
    'For EEA users, who are not asked for precise location or for a location derived from your IP address, we show news.',
    ['location.approximate|denied', 'location.precise|denied'],
  ],
  [
    'a possessive shared by a list names the voice alone, and the items before it are mentions of their own',
    'We collect your location, voice recordings and photos.', ['location|affirmed', 'voice|affirmed'],
    'We collect your name, voice recordings and photos.', ['voice|affirmed'],
  ],
  [
    'what turning a sensor off costs the reader is a consequence, not an act of the company',
    'Turning off location services may limit the functionality of the app.', [],
    'Turning off location services may limit how often we collect your location.', ['location|affirmed'],
  ],
  [
    'a regional level of detail is an area',
    'Your location is determined at a regional level.', ['location.approximate|affirmed'],
    'Your location is determined at a granular level.', ['location|affirmed'],
  ],
  [
    'the rhythm of typing after another measure of it is keystroke dynamics',
    'We analyze the way you type, including your typing speed and rhythm.', ['biometric|affirmed'],
    'We analyze the way you type, including your typing speed and accuracy.', [],
  ],
  [
    'what the reader may ask the company not to do, it does otherwise',
    'You can ask us not to record your call.', ['voice|affirmed'],
    'You can expect us not to record your call.', ['voice|denied'],
  ],
  [
    "the reader's wish that the company not act says it acts otherwise",
    'If you do not want your call to be recorded, please tell the agent.', ['voice|affirmed'],
    'If you do not have your call recorded, please tell the agent.', [],
  ],
  [
    'a passive in lower case makes a line of capitalised names a sentence',
    'Calls to the Monitoring Centre are recorded', ['voice|affirmed'],
    'Calls To The Monitoring Centre', [],
  ],
  [
    'a determiner before "stops" makes it a noun, not a negating verb',
    'Our app shows you the stops nearest your location.', ['location|affirmed'],
    'Our app shows you the map and stops tracking your location.', ['location|denied'],
  ],
  [
    'not all of a kind says some are',
    'We do not record all conversations.', ['voice|affirmed'],
    'We do not record conversations at all.', ['voice|denied'],
  ],
  [
    'latitude and longitude abbreviated are a point',
    'We send the lat/lng of your current location to the API.', ['location.precise|affirmed'],
    'We send the name of your current location to the API.', ['location|affirmed'],
  ],
  [
    'a location from Wi-Fi is precise',
    'We keep your WiFi location data confidential.', ['location.precise|affirmed'],
    'We keep your home location data confidential.', ['location|affirmed'],
  ],
  [
    'precision said of the information about a location',
    'This app does not collect precise information about the location of your device.', ['location.precise|denied'],
    'This app does not collect information about the location of your device.', ['location|denied'],
  ],
  [
    "a data word in a document's or an office's name is no data",
    'The terms of this Facial Scan Privacy Notice prevail over our other notices.', [],
    'The terms of this notice cover the facial scans we take.', ['face|affirmed'],
  ],
  [
    "a regulator's name holds no data",
    'We operate CCTV under the code issued by the Biometrics and Surveillance Camera Commissioner.', [],
    'We operate CCTV with biometrics and surveillance cameras that recognise visitors.', ['biometric|affirmed'],
  ],
  [
    'preventing a thing is no negation of the act that follows it',
    'To prevent fraud we may record your calls.', ['voice|affirmed'],
    'To prevent this we avoid recording your calls.', ['voice|denied'],
  ],
  [
    'a possible failure is no refusal',
    'We may not be able to recognise your voice if the line is bad.', ['voice|affirmed'],
    'We are not able to recognise your voice if the line is bad.', ['voice|denied'],
  ],
  [
    'a template that cannot be turned back into a fingerprint is kept',
    'There is no way to generate a fingerprint from your template.', ['biometric|affirmed'],
    'We do not generate a fingerprint from your template.', ['biometric|denied'],
  ],
  [
    'identifiers of a face are a face template',
    'Our vendor creates biometric identifiers of your face from your selfie.', ['face|affirmed'],
    'Our vendor creates biometric identifiers from your selfie.', ['biometric|affirmed'],
  ],
  [
    'a present-tense stop at an event ends the practice there: it runs until then, and not after (both stances)',
    'The app stops collecting location as soon as you end your shift.', ['location|affirmed', 'location|denied'],
    'The app stopped collecting location as soon as the law changed.', ['location|denied'],
  ],
  [
    'the area the reader is accessing from, one of two areas',
    'Information about the country or region you are accessing the Services from.', ['location.approximate|affirmed'],
    'Information about the country or region you are asking about.', [],
  ],
  [
    'a non-specific location is approximate',
    'We collect non-specific geolocation data.', ['location.approximate|affirmed'],
    'We collect specific geolocation data.', ['location|affirmed'],
  ],
  [
    'a spaced dash before a subject and its verb opens a clause of its own',
    "Your biometric data is processed only by your device's operating system - Emblem does not collect your biometric information.",
    ['biometric|denied'],
    "Your biometric data is processed only by your device's operating system, which does not collect your biometric information.",
    [],
  ],
  [
    "the document's scope, said as an addition, is no claim",
    'This notice also applies to sensitive personal data, a category of personal data that includes biometric information.', [],
    'This app also collects sensitive personal data, a category of personal data that includes biometric information.',
    ['biometric|affirmed'],
  ],
  [
    "a norm in an aside is not the sentence's",
    'Your face geometry data, which may be considered biometric data in some jurisdictions, is deleted within 24 hours.',
    ['face|affirmed'],
    'Your face geometry data may be considered biometric data in some jurisdictions.', [],
  ],
  [
    'a device that reads bodies, in use, is biometric processing; a lock is not',
    'We use a biometric time clock system to record attendance.', ['biometric|affirmed'],
    'We use a biometric lock system to record attendance.', [],
  ],
  // Session 29: real notices of small app makers, schools and employers (pages sets P14, P15).
  [
    'a kind as the bare subject of what it holds is a definition; the reader\'s own is a claim',
    'Biometric information includes fingerprints, voiceprints and face geometry.', [],
    'Biometric information includes your fingerprints, voiceprints and face geometry.',
    ['biometric|affirmed', 'face|affirmed', 'voice|affirmed'],
  ],
  [
    'a document named by its topic says what it holds; the company\'s acts as its object are taken as given',
    "This Biometric Privacy Policy explains Acme's approach to biometric data.", [],
    "This Biometric Privacy Policy explains Acme's storage of biometric data.", ['biometric|affirmed'],
  ],
  [
    'sent on, and only recording denied, is sent (recording is keeping)',
    'Voice chat is transmitted live and is not recorded.', ['voice|affirmed'],
    'Voice chat is not transmitted and is not recorded.', ['voice|denied'],
  ],
  [
    'the regions of a face in a picture are face data (detection)',
    'The app processes the facial regions of your photos.', ['face|affirmed'],
    'The app processes the colour regions of your photos.', [],
  ],
  [
    "a question inside Markdown's emphasis is a question",
    '**What facial data does the app collect?**', [],
    '**The app collects facial data.**', ['face|affirmed'],
  ],
  [
    "a question's words in title case, with a period, are a heading",
    'How We Use Your face data.', [],
    'We Use Your face data.', ['face|affirmed'],
  ],
  [
    'what other users see, against a spaced dash, is shown, not collected',
    'Other users see your approximate distance — never your exact coordinates.', [],
    'We use your approximate distance — never your exact coordinates.', ['location.precise|denied'],
  ],
  [
    'an answer "No," leaves the denial to its clause',
    'No, face data is not shared with any third parties.', [],
    'No, face data is not collected by us.', ['face|denied'],
  ],
  [
    'kept until a step is completed is kept until then',
    'Your face scan is not stored after verification is completed.', ['face|affirmed'],
    'Your face scan is not stored.', [],
  ],
  [
    'what a thing is not classed as denies no act',
    'Voice recordings are not biometric data.', [],
    'Voice recordings are not collected.', ['voice|denied'],
  ],
  [
    'what may count as biometric data, on its condition, is no claim',
    'Face scans may be considered biometric data if they are used to identify you.', [],
    'Face scans may be used to identify you.', ['face|affirmed'],
  ],
  [
    'what a thing does not constitute denies no act',
    'A voice recording does not constitute biometric data.', [],
    'A voice recording does not leave your phone.', ['voice|denied'],
  ],
  [
    "a control in the passive, with where it is done, is the reader's setting",
    'Location access can be controlled through your device settings.', [],
    'Location access can be shared with partners through your device settings.', ['location|affirmed'],
  ],
  [
    "a country among a document's fields is the document's",
    'ID card (type, country, number, date of issue)', [],
    'Account data (type, country, number, date of sign-up)', ['location.approximate|affirmed'],
  ],
  [
    'a kind defined by its genus, both bare plurals, is a definition',
    'Biometric identifiers are digital representations of unique anatomical characteristics.', [],
    'Our biometric identifiers are digital representations of your anatomical characteristics.', ['biometric|affirmed'],
  ],
  [
    'a term defined in another place of the text is a definition',
    'In general, biometric data is "biometric identifiers" and "biometric information" as defined below.', [],
    'In general, biometric data is "biometric identifiers" and "biometric information" as stored below.', ['biometric|affirmed'],
  ],
  [
    "common examples of a kind are a definition; the reader's own are a claim",
    'Common examples include fingerprints, voiceprints and scans of face geometry.', [],
    'Common examples include your fingerprints, voiceprints and scans of face geometry.',
    ['biometric|affirmed', 'face|affirmed', 'voice|affirmed'],
  ],
  [
    'geodata is location',
    'Geodata will be transmitted only if this function has been activated.', ['location|affirmed'],
    'Metadata will be transmitted only if this function has been activated.', [],
  ],
  [
    'what varies with where the reader is says no location is collected',
    'The categories of data we collect can vary in some cases based on your location.', [],
    'The categories of data we collect include in some cases your location.', ['location|affirmed'],
  ],
  [
    'a virtual location is not where the reader is',
    'The VPN lets users choose their virtual location.', [],
    'The VPN lets us see their location.', ['location|affirmed'],
  ],
  [
    "players muting or disabling voice chat is the players' own setting",
    'Players can mute others or disable voice chat at any time.', [],
    'We can mute others or record voice chat at any time.', ['voice|affirmed'],
  ],
  [
    "processing that occurs on the device stays there (speech processing is voice data): processing there is the company's software at work (a claim); kept from the company, a denial",
    "Speech processing occurs only locally on your device.", ['voice|affirmed'],
    "Speech processing occurs only locally on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    "the reader's device by its maker's name",
    'Your voice recordings never leave your iPhone.', ['voice|denied'],
    'Your voice recordings never leave our office.', ['voice|affirmed'],
  ],
  [
    'kept and sent both denied beside a local use is no denial of keeping only',
    'No audio data is stored or transmitted outside of the device, and the audio is processed locally.', ['voice|denied'],
    'No audio data is stored, and the audio is processed locally.', ['voice|affirmed'],
  ],
  [
    'a cross before a label answers it',
    '- ❌ Location data', ['location|denied'],
    '- Location data', ['location|affirmed'],
  ],
  [
    'recordings with their transcripts are speech',
    'Recordings and transcripts are used solely for internal training.', ['voice|affirmed'],
    'Recordings and photos are used solely for internal training.', [],
  ],
  [
    "a GPS device's location is precise",
    'The extension does not collect live GPS device location.', ['location.precise|denied'],
    'The extension does not collect live device location.', ['location|denied'],
  ],
  [
    'not kept permanently is a denial of keeping only',
    'We do not permanently store your audio files.', [],
    'We do not store your audio files, not even temporarily.', ['voice|denied'],
  ],
  [
    'the raw form not kept (a derived one is) is a denial of keeping only', 'We do not store your raw audio files.', [],
    'We do not store your audio files, not even briefly.', ['voice|denied'],
  ],
  [
    'nor kept persistently or beyond temporary use', 'We do not persistently store camera images or audio.', [],
    'We do not store camera images or audio, even temporarily.', ['voice|denied'],
  ],
  [
    "the reader's phone or tablet offering a feature, after a run-in label, is the device's state",
    'Device features: Your phone or tablet may offer face unlock.', [],
    'Device features: Your phone or tablet may send us your face data.', ['face|affirmed'],
  ],
  [
    'a cue in a fronted concession denies only there',
    'While we do not sell it, your precise location is part of your profile.', ['location.precise|affirmed'],
    'We do not sell it, your precise location or your profile.', [],
  ],
  [
    "a term in single quotes is the term",
    "The information that we use is referred to as 'biometric information'.", ['biometric|affirmed'],
    "The information that we use is referred to as 'account information'.", [],
  ],
  [
    "a finger presented to a reader is biometric",
    "Pupils use their finger to pay for lunch.", ['biometric|affirmed'],
    "Pupils use their card to pay for lunch.", [],
  ],
  [
    "an image of a fingerprint not kept is a denial of keeping a copy only",
    "We collect no data, and an image of your child's fingerprint is not stored.", [],
    "We collect no data, and your child's fingerprint is not stored.", ['biometric|denied'],
  ],
  [
    "a topic and a question joined by and is a heading",
    "Biometric information and how it will be used", [],
    "We use biometric information and keep it for a year.", ['biometric|affirmed'],
  ],
  [
    "a row's last cell answers it",
    "| Audio information | Call recordings | NO |", ['voice|denied'],
    "| Audio information | Call recordings | YES |", ['voice|affirmed'],
  ],
  [
    "the device's operating system is the device",
    "Your fingerprint is handled by the Android system.", ['biometric|denied'],
    "Your fingerprint is handled by the support team.", ['biometric|affirmed'],
  ],
  [
    "what an act as a noun requires is a norm",
    "Sales of biometric data require explicit notice.", [],
    "Sales of biometric data require us to tell you.", ['biometric|affirmed'],
  ],
  [
    "treated as regulated data is a class",
    "Biometric data is treated as regulated PII.", [],
    "Biometric data is treated as you would expect.", ['biometric|affirmed'],
  ],
  [
    "regardless of location names no location",
    "This policy is applied to all users regardless of geographic location.", [],
    "This policy is applied to all users based on geographic location.", ['location|affirmed'],
  ],
  [
    "a face that produces an embedding is a face template",
    "Your face produces a numeric embedding.", ['face|affirmed'],
    "Your face produces a numeric score.", [],
  ],
  [
    "a recording with a call in its clause is the call's",
    "All recordings can be used to verify what was agreed during a call.", ['voice|affirmed'],
    "All recordings can be used to verify what was agreed during the event.", [],
  ],
  [
    "we referring to a thing is no definition; to a quoted term is",
    "We may refer to the recording of our conversation to clarify details.", ['voice|affirmed'],
    "When we refer to “voice recordings”, we mean recordings of our conversations.", [],
  ],
  [
    '"No" before a gerund takes the gerund\'s verdict',
    '- No selling voiceprints.', [],
    '- No voiceprints.', ['voice|denied'],
  ],
  [
    "what a kind is by its genus is a definition",
    "Biometric data is a type of information that helps identify an individual.", [],
    "Biometric data is a type of information that we collect at the door.", ['biometric|affirmed'],
  ],
  [
    "what one of a kind reflects by nature is a definition",
    "A voiceprint reflects the unique properties of your voice.", [],
    "Our voiceprint of you reflects the unique properties of your voice.", ['voice|affirmed'],
  ],
  [
    "a notice's title naming its topic is a heading",
    "Privacy notice for call recordings", [],
    "Privacy notice: we record calls.", ['voice|affirmed'],
  ],
  [
    "laws governing an act are norms",
    "Certain states have enacted laws governing the collection of biometric data.", [],
    "Certain stores have enacted rules for the collection of biometric data.", ['biometric|affirmed'],
  ],
  [
    "an end user changing their permissions is their setting",
    "The End User can change their location permissions in their device settings.", [],
    "The End User's location is shared with their employer.", ['location|affirmed'],
  ],
  [
    "sent only between the reader's own devices stays with them",
    "Audio streams directly between your own devices.", ['voice|denied'],
    "Audio streams directly between your devices and our servers.", ['voice|affirmed'],
  ],
  [
    "local whenever possible is not always local (beside a statement that the data never leaves the device)",
    "Your location is processed only locally on your device whenever possible, and it never leaves your device.", ['location|affirmed'],
    "Your location is processed only locally on your device, and it never leaves your device.", ['location|denied'],
  ],
  [
    "faces pixelated are faces detected",
    "The app pixelates faces in your videos.", ['face|affirmed'],
    "The app pixelates plates in your videos.", [],
  ],
  [
    "where a car is driven is location",
    "We use it to build a profile of where your car is driven.", ['location|affirmed'],
    "We use it to build a profile of how your car is driven.", [],
  ],
  [
    "no data passing through our servers stays away from us",
    "No audio ever passes through or is stored on our servers.", ['voice|denied'],
    "Audio often passes through our servers.", [],
  ],
  [
    "calls recorded past three modifiers are call recordings",
    "Our call centre automatically records all inbound and outbound calls.", ['voice|affirmed'],
    "Our call centre automatically records all inbound and outbound emails.", [],
  ],
  [
    "recordings of someone's meetings are speech",
    "We introduced the recording of parish council meetings.", ['voice|affirmed'],
    "We introduced the minutes of parish council meetings.", [],
  ],
  [
    "a meeting recorded, in the passive, is speech",
    "The meeting will be recorded.", ['voice|affirmed'],
    "The meeting will be minuted.", [],
  ],
  [
    "voice-to-text is voice data",
    "The app offers real-time voice-to-text transcription.", ['voice|affirmed'],
    "The app offers real-time text-to-text translation.", [],
  ],
  [
    "a reflexive after the data word is no head noun",
    "The audio itself never touches our servers.", ['voice|denied'],
    "The audio settings never touch our servers.", [],
  ],
  [
    "a biometric clock in use is biometric processing",
    "Employees clock in with a biometric clock.", ['biometric|affirmed'],
    "Employees clock in with a digital clock.", [],
  ],
  [
    "geo-tracking is location",
    "The programme includes geo-tracking of participants.", ['location|affirmed'],
    "The programme includes surveys of participants.", [],
  ],
  [
    '"and/or" between two precisions states both',
    'We collect precise and/or approximate location data.', ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We collect approximate location data.', ['location.approximate|affirmed'],
  ],
  [
    "a part of a picture is no place",
    "We store the region of each photo you crop.", [],
    "We store the region of each user.", ['location.approximate|affirmed'],
  ],
  [
    "a data word in a company's name is no data",
    "We share these records with Voice Biometrics Group.", [],
    "We share these records with voice biometrics vendors.", ['voice|affirmed'],
  ],
  [
    "a verb after the data word is no head noun",
    "Audio flows through our relay to your phone.", ['voice|affirmed'],
    "Audio settings are stored on your phone.", [],
  ],
  [
    "a declaration announced about a topic is a lead-in",
    "Please review the following regarding Face Data:", [],
    "We collect the following Face Data:", ['face|affirmed'],
  ],
  [
    "what a kind could be used for is what it is",
    "Biometric information is a form of personal information which may be used to identify an individual.", [],
    "Biometric information is a form of personal information which we use to identify you.", ['biometric|affirmed'],
  ],
  [
    "a fingerprint as a comparison is no data",
    "Like a fingerprint, your voice is unique to you.", [],
    "We collect your fingerprint, and your voice is unique to you.", ['biometric|affirmed', 'voice|affirmed'],
  ],
  [
    "how a method compares, said of the method, is a description",
    "Voice verification is more secure than passwords.", [],
    "Voice verification is used when you call us.", ['voice|affirmed'],
  ],
  [
    "the benefits of a practice titled are a heading",
    "Benefits of enrolling your voiceprint", [],
    "We keep your voiceprint for enrolling.", ['voice|affirmed'],
  ],
  [
    "a definition taken from a law is a definition",
    "This policy incorporates the definition of biometric identifier used by BIPA.", [],
    "This policy incorporates the biometric identifier we collect.", ['biometric|affirmed'],
  ],
  [
    "a kind that specifically includes another is a definition",
    "Biometric data specifically includes fingerprints.", [],
    "Biometric data specifically includes your fingerprints.", ['biometric|affirmed'],
  ],
  [
    "some of a kind, by what they use, are a description",
    "Some biometrics use finger printing and iris scanning.", [],
    "Our systems use finger printing and iris scanning.", ['biometric|affirmed'],
  ],
  [
    "what it is, as a representation, is a definition",
    "It is the digital representation of the patterns of your voice.", [],
    "It is stored with the patterns of your voice.", ['voice|affirmed'],
  ],
  [
    "cannot be provided without processing is a necessity, not a denial",
    "The service cannot be provided without Acme processing your location data.", ['location|affirmed'],
    "The service cannot be provided, and Acme does not process your location data.", ['location|denied'],
  ],
  [
    "the country a user comes from is approximate",
    "To determine what country the user is coming from, we use the time zone.", ['location.approximate|affirmed'],
    "To determine what product the user is coming from, we use the referrer.", [],
  ],
  [
    "a building, floor and room is a precise position",
    "We collect the building, floor, and room of the access point you use.", ['location.precise|affirmed'],
    "We collect the name of the access point you use.", [],
  ],
  // Session 30.
  [
    "the but of including but not limited to keeps the negation's scope",
    "The App does not collect any personal information, including but not limited to names or location data.", ['location|denied'],
    "The App does not collect any personal information, but it collects names or location data.", ['location|affirmed'],
  ],
  [
    "an expressed approval is a condition",
    "We will not collect GPS coordinates without your expressed approval.", ['location.precise|affirmed'],
    "We will not collect GPS coordinates, even with your expressed approval.", ['location.precise|denied'],
  ],
  [
    "no other way than a purpose is a restriction",
    "We do not process your location in any other way than to display a map.", ['location|affirmed'],
    "We do not process your location in any way.", ['location|denied'],
  ],
  [
    "fingerprinting a browser is no biometric",
    "We do not fingerprint your browser.", [],
    "We do not fingerprint your employees.", ['biometric|denied'],
  ],
  [
    "usage of data names a section",
    "Usage of location data", [],
    "Usage data and location data", ['location|affirmed'],
  ],
  [
    "a definition of data names a section",
    "Definition of biometric information", [],
    "Copies of biometric information", ['biometric|affirmed'],
  ],
  [
    "permissions name a section, not data",
    "Location permissions", [],
    "Location coordinates", ['location.precise|affirmed'],
  ],
  [
    "the reader's specific location is precise",
    "We collect your specific location.", ['location.precise|affirmed'],
    "We collect your general location.", ['location.approximate|affirmed'],
  ],
  [
    "the source of location named as such gives its precision",
    "The primary source of location data is the campus Wi-Fi network we run.", ['location.precise|affirmed'],
    "The primary source of location data is the campus network we run.", ['location|affirmed'],
  ],
  [
    "how safe a method is, is a description",
    "Facial recognition is perfectly safe.", [],
    "Facial recognition is performed at the gate.", ['face|affirmed'],
  ],
  [
    "the law's special categories from political views are a definition",
    "- Sensitive data — data revealing health, biometrics, political views, religious or philosophical beliefs.", [],
    "- Sensitive personal data — data revealing health, biometrics, religious beliefs, sexual orientation, or criminal records.",
    ['biometric|affirmed'],
  ],
  [
    "visitors extracting data from published images keep their own copy",
    "Visitors to the website can download and extract any location data from images on the website.", [],
    "We can download and extract any location data from images on the website.", ['location|affirmed'],
  ],
  [
    "calls recorded in part are recorded",
    "We record most of our incoming and outgoing telephone calls.", ['voice|affirmed'],
    "We log most of our incoming and outgoing telephone calls.", [],
  ],
  [
    "recording what phone conversations are among records them",
    "We may record your communications with us, including telephone conversations and emails.", ['voice|affirmed'],
    "We may keep a record of your communications with us, including telephone conversations and emails.", [],
  ],
  [
    "a data word in a product's name is no data",
    "Location Engine is used by our staff.", [],
    "Location data is used by our staff.", ['location|affirmed'],
  ],
  [
    "a data word in an app's name is no data",
    "Fingerprint Lock protects your apps.", [],
    "Fingerprint scanning protects your apps.", ['biometric|affirmed'],
  ],
  [
    "two words of a product's name are no data",
    "Voice Note Pro is used by our staff.", [],
    "Voice notes are used by our staff.", ['voice|affirmed'],
  ],
  [
    "a permission names a section, not data",
    "Background location permission", [],
    "Background location data", ['location|affirmed'],
  ],
  [
    "the reader updating their own data is a setting",
    "You can update your saved home location from your account.", [],
    "We can update your saved home location from your account.", ['location|affirmed'],
  ],
  [
    "a permission withheld by the reader denies nothing",
    "The app works without granting location permission.", [],
    "The app works without collecting location data.", ['location|denied'],
  ],
  [
    "how personal data is, is a description",
    "Your voice recordings are highly personal.", [],
    "Your voice recordings are highly compressed.", ['voice|affirmed'],
  ],
  [
    "information that may hold data is collected information, not a category defined",
    "Information may include device location.", ['location|affirmed'],
    "Information includes device location.", [],
  ],
  [
    "rough regional locations are approximate",
    "We collect rough regional locations of users.", ['location.approximate|affirmed'],
    "We collect regional locations of users.", ['location|affirmed'],
  ],
  [
    "the nation one connects from is approximate",
    "We store the nation from which you access our systems.", ['location.approximate|affirmed'],
    "We store the page from which you access our systems.", [],
  ],
  [
    "an IP location is approximate",
    "IP location data is cached.", ['location.approximate|affirmed'],
    "Location data is cached.", ['location|affirmed'],
  ],
  [
    "GPS telemetry is precise",
    "We collect live GPS telemetry.", ['location.precise|affirmed'],
    "We collect live vehicle telemetry.", [],
  ],
  [
    "the intervals between keystrokes are keystroke dynamics",
    "We record the timing intervals between keystrokes.", ['biometric|affirmed'],
    "We record the timing intervals between page loads.", [],
  ],
  [
    "a data word in a law's name is no data",
    "We comply with the Illinois Biometric Information Privacy Act.", [],
    "We comply with the Illinois rules on biometric information.", ['biometric|affirmed'],
  ],
  [
    "a term named for the text is a definition",
    'Biometric identifiers and biometric information are referred to in this policy as "biometric data."', [],
    'Biometric identifiers and biometric information are stored in this system as "biometric data."', ['biometric|affirmed'],
  ],
  [
    "processing on the device is the device's alone; storing there says where a copy is: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Microphone input is processed locally on your device.", ['voice|affirmed'],
    "Microphone input is processed locally on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    "stored on the device, then said never uploaded, stays there",
    "Your GPS tracks are stored on your phone and are never uploaded.", ['location.precise|denied'],
    "Your GPS tracks are stored on your phone and are uploaded nightly.", ['location.precise|affirmed'],
  ],
  [
    "all of a practice done on the device is done only there: processing there is the company's software at work (a claim); kept from the company, a denial",
    "All voice processing happens locally on your device.", ['voice|affirmed'],
    "All voice processing happens locally on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    "a location from an Internet Protocol address is approximate",
    "Your geographic location, based on your Internet Protocol address, is logged.", ['location.approximate|affirmed'],
    "Your geographic location, based on your Internet search history, is logged.", ['location|affirmed'],
  ],
  [
    "an IP address used for geolocation gives an approximate location",
    "IP addresses are used for geolocation.", ['location.approximate|affirmed'],
    "Device IDs are used for geolocation.", ['location|affirmed'],
  ],
  [
    "a location kept to an area is approximate",
    "Geolocation is limited to country, region, and city approximation.", ['location.approximate|affirmed'],
    "Geolocation is limited to users who opt in.", ['location|affirmed'],
  ],
  [
    "a crossed item with its participle is denied",
    "- ❌ Voice recordings sent to external servers", ['voice|denied'],
    "- ✅ Voice recordings sent to external servers", ['voice|affirmed'],
  ],
  [
    "processed in real time on the device only is denied: processing there is the company's software at work (a claim); kept from the company, a denial",
    "All face data is processed in real time on your device only.", ['face|affirmed'],
    "All face data is processed in real time on your device only, and it never leaves your device.", ['face|denied'],
  ],
  [
    "a practice that runs entirely on the device is denied: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Voice transcription runs entirely on your device.", ['voice|affirmed'],
    "Voice transcription runs entirely on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    "a customer's agreement is a condition",
    "Call recordings are not used to train models without explicit customer agreement.", ['voice|affirmed'],
    "Call recordings are not used to train models, even with explicit customer agreement.", ['voice|denied'],
  ],
  [
    "cannot function without access is a necessity, not a denial",
    "Some features cannot function without access to your location.", ['location|affirmed'],
    "The app works without access to your location.", ['location|denied'],
  ],
  [
    "the device's own biometric check is the device's",
    "The App can use device biometric or PIN mechanisms to unlock access.", [],
    "The App can use your biometric data or PIN to unlock access.", ['biometric|affirmed'],
  ],
  [
    "a Markdown heading names a section",
    "### Location data", [],
    "Location data", ['location|affirmed'],
  ],
  [
    "a heading in capitals names a section",
    "FACE DATA WE COLLECT", [],
    "Face data we collect", ['face|affirmed'],
  ],
  [
    "the security of data names a section",
    "Security of biometric data", [],
    "Copies of biometric data", ['biometric|affirmed'],
  ],
  [
    "a meeting that is recorded is voice",
    "When you attend a meeting that is recorded, we may process your personal data.", ['voice|affirmed'],
    "When you attend a meeting that is booked, we may process your personal data.", [],
  ],
  [
    "a call's content is voice",
    "- Voice call content.", ['voice|affirmed'],
    "- Voice call duration.", [],
  ],
  [
    "examples of a quoted term are a definition",
    'Examples of a "biometric identifier" include fingerprints and iris scans.', [],
    'Examples of the biometric identifiers we use include fingerprints and iris scans.', ['biometric|affirmed'],
  ],
  [
    "an area's field named alone is an item of data, not a section",
    "- Country (mandatory)", ['location.approximate|affirmed'],
    "- Location (mandatory)", [],
  ],
  [
    "a permission to do it, not had, denies the act",
    "We do not have permission to access your location.", ['location|denied'],
    "We have permission to access your location.", ['location|affirmed'],
  ],
  [
    "a rough location with another adjective is approximate",
    "A very imprecise and anonymized location is transmitted.", ['location.approximate|affirmed'],
    "A very anonymized location is transmitted.", ['location|affirmed'],
  ],
  [
    "a biometric process run is biometric data",
    "We offer biometric boarding at the gate.", ['biometric|affirmed'],
    "We offer priority boarding at the gate.", [],
  ],
  [
    "what a template cannot be turned back into keeps it",
    "These voiceprints cannot be used to reconstruct your voice.", ['voice|affirmed'],
    "These voiceprints cannot be used to identify you.", ['voice|denied'],
  ],
  [
    "an inverted auxiliary's subject may be a few words",
    "At no time do Desjardins Group components have access to your fingerprint data.", ['biometric|denied'],
    "At all times Desjardins Group components have access to your fingerprint data.", ['biometric|affirmed'],
  ],
  [
    "the GDPR's definition of an identifiable person is a definition",
    "An identifiable natural person is one who can be identified by location data.", [],
    "A natural person is one whom we identify by location data.", ['location|affirmed'],
  ],
  [
    "how unique a body part is, is a description",
    "Fingerprints are unique to each person.", [],
    "Fingerprints are scanned for each person.", ['biometric|affirmed'],
  ],
  [
    "a statement names a section",
    "Voiceprint privacy statement", [],
    "Voiceprint enrolment records", ['voice|affirmed'],
  ],
  [
    "a kind by what it uses is a description",
    "Biometrics use physical characteristics such as fingerprints to verify identity.", [],
    "Our systems use physical characteristics such as fingerprints to verify identity.", ['biometric|affirmed'],
  ],
  [
    "types of a kind are a definition",
    "Common types of biometrics include fingerprints and iris scans.", [],
    "Common types of biometrics we use include fingerprints and iris scans.", ['biometric|affirmed'],
  ],
  [
    "what a method uses, of anyone, is a description",
    "Biometric verification uses a person's unique physical characteristics.", [],
    "Our biometric verification uses your unique physical characteristics.", ['biometric|affirmed'],
  ],
  [
    "an acronym opens a list item in sentence case",
    "GPS coordinates", ['location.precise|affirmed'],
    "GPS Coordinates", [],
  ],
  [
    "questions about data name a section",
    "Frequently asked questions about biometric payments", [],
    "Frequently used biometric payments", ['biometric|affirmed'],
  ],
  [
    "processed on the device and never received by the company stays there",
    "Your face data is processed on your device and is never received by us.", ['face|denied'],
    "Your face data is processed on your device and is then received by us.", ['face|affirmed'],
  ],
  [
    "what the law places on whoever uses data is a norm",
    "The law places specific requirements on schools when using biometric information.", [],
    "The school places specific requirements on staff when using biometric information.", ['biometric|affirmed'],
  ],
  [
    "the operating system's biometric interface is the device's",
    "We use Android Biometric APIs for app locking.", [],
    "We use your biometric data for app locking.", ['biometric|affirmed'],
  ],
  [
    "a greeting names no practice",
    "Welcome to our speech-to-text application.", [],
    "We run our speech-to-text application.", ['voice|affirmed'],
  ],
  [
    "a notice named by its topic, an abbreviation in brackets within, is a title",
    "Admissions interview recordings (AIR) privacy notice", [],
    "Admissions interview recordings (AIR) are kept", ['voice|affirmed'],
  ],
  [
    "a programme's audio is no one's voice",
    "Podcast episode audio is hosted by each publisher.", [],
    "Your voice audio is hosted by each publisher.", ['voice|affirmed'],
  ],
  [
    "the kinds named in brackets after biometrics are those kinds",
    "The biometrics (face and/or voice) we collect will be stored by us.", ['face|affirmed', 'voice|affirmed'],
    "The biometrics we collect will be stored by us.", ['biometric|affirmed'],
  ],
  [
    "transcribed text is speech's transcription",
    "Transcribed text is sent to our provider for translation.", ['voice|affirmed'],
    "Typed text is sent to our provider for translation.", [],
  ],
  [
    "a face presented to a terminal is read as a finger is",
    "Employees punch in by presenting their face in front of a terminal.", ['face|affirmed'],
    "Employees punch in by presenting their badge in front of a terminal.", [],
  ],
  [
    "the kinds in brackets after a biometric device are those kinds",
    "We use biometric sensors (fingerprint/face) to provide a secure login.", ['biometric|affirmed', 'face|affirmed'],
    "We use biometric sensors to provide a secure login.", [],
  ],
  [
    "face matches are face identifiers",
    "Face matches are processed under strict privacy controls.", ['face|affirmed'],
    "Card matches are processed under strict privacy controls.", [],
  ],
  [
    "the location of a thing that stays put is a place",
    "We collect your accommodation name and accommodation location.", [],
    "We collect your accommodation name and current location.", ['location|affirmed'],
  ],
  [
    'the device\'s own sign-in by name, used to get in, is the device\'s',
    'The mobile app supports Face ID for convenient login.', [],
    'The mobile app supports face matching for convenient login.', ['face|affirmed'],
  ],
  [
    'an unlock by name is the device\'s, and so are the traits beside it',
    'The app supports fingerprint and face unlock.', [],
    'The app supports fingerprint and face matching.', ['biometric|affirmed', 'face|affirmed'],
  ],
  [
    'a key used only to unlock',
    'If enabled, biometric authentication is used only to unlock the app on your device.', [],
    'If enabled, biometric authentication is used only to verify payments on your device.', ['biometric|affirmed'],
  ],
  [
    'a biometric unlock makes the traits it names keys',
    'When you turn on biometric unlock, you can open the app with your fingerprint, face or eyes.', [],
    'When you turn on biometric checks, you can open the app with your fingerprint, face or eyes.', ['biometric|affirmed'],
  ],
  [
    'an unlock\'s data is data',
    'Face Unlock data is stored in the cloud storage of our service.', ['face|affirmed'],
    'Face Unlock is offered in the settings of our service.', [],
  ],
  [
    'a relative clause\'s modal before a list is no lead-in of the sentence',
    'Call recording gives a record of the call which can:', ['voice|affirmed'],
    'Call recording gives a record of the call, and callers can:', [],
  ],
  [
    'people followed live are whereabouts', 'The app does not track riders in real time.', ['location|denied'],
    'The app does not track riders across websites.', [],
  ],
  [
    'continuous tracking of people, not of an order', 'The app does not perform continuous employee tracking.',
    ['location|denied'], 'The app does not perform continuous tracking of your order.', [],
  ],
  [
    'a numbered sentence with a finite verb is no heading', '1.4 The bike does not track riders in real time',
    ['location|denied'], '1.4 The bike and rider tracking in real time', [],
  ],
  [
    'a two-word "can not" denies a passive', 'Your fingerprint can not be collected by us.', ['biometric|denied'],
    'Your fingerprint can now be collected by us.', ['biometric|affirmed'],
  ],
  [
    'what a template can not be used to copy keeps the template',
    'The fingerprint template we keep can not be used to copy your finger image.', ['biometric|affirmed'],
    'The fingerprint template can not be kept by us.', [],
  ],
  [
    'a recipient denied keeping the data is a denial of sharing it, not of the company\'s act',
    'Our servers do not receive any face data.', ['face|denied'],
    'Our service providers do not receive any face data.', [],
  ],
  [
    'none of the recipients', 'No third-party providers keep any face data.', [],
    'No face data is collected by us.', ['face|denied'],
  ],
  [
    'a section named by a gerund is a heading', 'Sharing your call recording', [],
    'We share your call recording', ['voice|affirmed'],
  ],
  [
    'a gerund line a page marks is an item of a list', 'Recording calls', [], '- Recording calls', ['voice|affirmed'],
  ],
  [
    'a preposition in -ing opens no heading', 'Including your GPS coordinates', ['location.precise|affirmed'],
    'Tracking your GPS coordinates', [],
  ],
  [
    'a data head shared with a coordinated modifier', 'We find patterns in the location and motion data.',
    ['location|affirmed'], 'We keep the files in the location and folder you choose.', [],
  ],
  [
    'both precisions said as predicates after "either"',
    'We collect your device\'s location, which can be either precise or imprecise.',
    ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We collect your device\'s location, which can be either shared or hidden.', ['location|affirmed'],
  ],
  [
    'a share of one of two kinds of calls recorded', 'We record all incoming and most of the outgoing calls.',
    ['voice|affirmed'], 'We record the duration of all incoming and outgoing calls.', [],
  ],
  [
    'a feature by its name that uses the reader\'s data is no definition of a technology',
    'Voice ID is a technology that uses your voice to verify your identity.', ['voice|affirmed'],
    'Voice recognition is a technology that uses your voice to verify your identity.', [],
  ],
  [
    'a document defining the company\'s procedures is no definition of a term',
    'This Policy defines the Company\'s procedures for the collection of biometric data.', ['biometric|affirmed'],
    'This Policy defines biometric data as any scan of a fingerprint.', [],
  ],
  [
    'a document describing how the company and its provider collect',
    'This notice describes how Acme and its provider collect biometric data.', ['biometric|affirmed'],
    'This notice describes how you can manage biometric data.', [],
  ],
  [
    'the areas many readers come from', 'We log the regions from which users navigate to our site.',
    ['location.approximate|affirmed'], 'We log the regions from which our partners operate.', [],
  ],
  [
    'a name the text defines as its speaker is no data', 'Voice Match ("we", "the App") respects your privacy.', [],
    'Voice recordings ("Recordings") are kept by us.', ['voice|affirmed'],
  ],
  [
    'the reader sent to another of the company\'s texts', 'Please see our statement on recorded calls below.', [],
    'Please note that we keep recorded calls below.', ['voice|affirmed'],
  ],
  [
    'a notice\'s title before its text', 'Data protection statement on recorded calls:', [],
    'Data protection: we keep recorded calls:', ['voice|affirmed'],
  ],
  [
    'the reader choosing to block, and what follows for the service',
    'If you choose to block location information, some services may not work.', [],
    'If you choose to share location information, some services may work better.', ['location|affirmed'],
  ],
  [
    'what is about the network, listed beside location data, is no source of precision',
    'This includes mobile network information, location data.', ['location|affirmed'],
    'This includes mobile network signals, location data.', ['location.precise|affirmed'],
  ],
  [
    'a service or provider of biometrics handles them', 'Our biometric service providers keep your data confidential.',
    ['biometric|affirmed'], 'Our biometric privacy experts keep your data confidential.', [],
  ],
  [
    '"neither" standing for two recipients named before', 'Neither of them receives your audio.', [],
    'Neither we nor they receive your audio.', ['voice|denied'],
  ],
  // Session 32: the precision word on the source, the data beside a result, a precision pair after a slash.
  [
    'the rough word on the source itself', 'Your approximate GPS coordinates are sent to our servers.', ['location.approximate|affirmed'],
    'Your GPS coordinates are sent to our servers.', ['location.precise|affirmed'],
  ],
  [
    'the rough word over a coordinated pair', 'We collect approximate latitude and longitude.', ['location.approximate|affirmed'],
    'We collect latitude and longitude.', ['location.precise|affirmed'],
  ],
  [
    'the data received beside the result', 'Your phone matches your faceprint and we receive only the result and the faceprint.', ['face|affirmed'],
    'Your phone matches your faceprint and we receive only the result.', ['face|denied'],
  ],
  [
    'both precisions in brackets, with a slash', 'We collect location data (precise/approximate; GPS or cell).',
    ['location.precise|affirmed', 'location.approximate|affirmed'],
    'We collect location data (precise; GPS or cell).', ['location.precise|affirmed'],
  ],
  [
    'the location an IP address reveals', 'We log your IP address, which can reveal your location.', ['location.approximate|affirmed'],
    'We log your device ID, which can reveal your location.', ['location|affirmed'],
  ],
  [
    'without access as the reader\'s refusal', 'The Service remains usable without location access, though some features will be limited.', [],
    'The Service remains usable with location access, though some features will be limited.', ['location|affirmed'],
  ],
  [
    'stopping as the reader\'s setting', 'You can stop location access from iOS Settings.', [],
    'You can allow location access from iOS Settings.', ['location|affirmed'],
  ],
  [
    'any adverb before the reader\'s setting', 'You can temporarily disable location sharing in the app.', [],
    'You can temporarily enable location sharing in the app.', ['location|affirmed'],
  ],
  [
    'revoking as a UI instruction', 'Revoke location permissions at any time.', [],
    'We revoke location permissions at any time.', ['location|affirmed'],
  ],
  [
    'a bulleted run-in heading names the topic of its denial', '- Audio Data: We do not record your microphone audio.', ['voice|denied'],
    '- Audio Data: We do not record your location.', ['voice|affirmed', 'location|denied'],
  ],
  [
    "transcribed in the reader's browser: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Our app transcribes audio entirely in your browser.", ['voice|affirmed'],
    "Our app transcribes audio entirely in your browser, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'an image of the face used to estimate age', 'We analyze your facial image to estimate your age.', ['face|affirmed'],
    'We analyze your facial image to display your age.', [],
  ],
  [
    'the mention\'s own passive act before a denied further act', 'Location data is used to deliver navigation and is not shared with third parties.',
    ['location|affirmed'],
    'Location data is not shared with third parties.', [],
  ],
  [
    'not … all, past the verb and its object, is partial', "We don't track the location of all employees.", ['location|affirmed'],
    "We don't track the location of employees.", ['location|denied'],
  ],
  [
    'face encodings are a template by another name', 'We store face encodings.', ['face|affirmed'],
    'We store file encodings.', [],
  ],
  [
    'the orientation of a face is where it is, detected', 'The app determines the orientation of your face.', ['face|affirmed'],
    'The app determines the orientation of your phone.', [],
  ],
  [
    'geometry in the plural', 'We extract facial geometries.', ['face|affirmed'],
    'We extract facial images.', [],
  ],
  [
    'either precision, with a slash', 'We collect precise/coarse location.', ['location.precise|affirmed', 'location.approximate|affirmed'],
    'We collect coarse location.', ['location.approximate|affirmed'],
  ],
  [
    'a bulleted "not collected" label', '- Data Not Collected: name, precise location, browsing history.', ['location.precise|denied'],
    '- Data Collected: name, precise location, browsing history.', ['location.precise|affirmed'],
  ],
  [
    "performed on the reader's device, in the active: processing there is the company's software at work (a claim); kept from the company, a denial",
    "The app performs real-time motion and face tracking entirely on the user's device.", ['face|affirmed'],
    "The app performs real-time motion and face tracking entirely on the user's device, and it never leaves your device.", ['face|denied'],
  ],
  [
    '"personal" between a data word and its head', 'The bank may use your biometric personal data for authentication.', ['biometric|affirmed'],
    'The bank may use your biometric personal settings for authentication.', [],
  ],
  [
    'a biometric hash is a template by another name', 'We keep your biometric hash.', ['biometric|affirmed'],
    'We keep your biometric policy.', [],
  ],
  [
    'keystroke timing past another word of the pair', 'We may record your keystroke activity and rhythms.', ['biometric|affirmed'],
    'We may record your keystroke activity and history.', [],
  ],
  [
    'an answer "No." before its own sentence', 'No. The extension uses AI to detect the presence of faces in your camera.', ['face|affirmed'],
    'No extension uses AI to detect the presence of faces in your camera.', ['face|denied'],
  ],
  [
    "processed on the device or somewhere else instead, against kept on the device",
    "Face detection is processed locally on your device or through our cloud service.", ['face|affirmed'],
    "Face detection is processed locally on your device, and the images never leave it.", ['face|denied'],
  ],
  [
    'a bulleted label before a claim keeps its precision', '- GPS Location: Real-time location for delivery tracking', ['location.precise|affirmed'],
    '- Location: Real-time location for delivery tracking', ['location|affirmed'],
  ],
  // Session 32, from a review of the session's rules: where the device's own processing stops being a denial.
  [
    'processed on the device, then passed on to others', 'Your location is processed on your device and shared with our advertising partners.',
    ['location|affirmed'],
    'Your location is processed on your device and shared with no one.', ['location|denied'],
  ],
  [
    "processed on the device only in some cases: processing there is the company's software at work (a claim); kept from the company, a denial",
    "In all cases, your voice commands are processed on your device.", ['voice|affirmed'],
    "In all cases, your voice commands are processed on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    "processed on the device where possible (beside a statement that the data never leaves the device)",
    "Where possible, speech recognition happens on your device, and it never leaves your device.", ['voice|affirmed'],
    "Speech recognition happens on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    "processed on the device, and kept by the company in a clause of its own, against kept on the device",
    "Fingerprint matching is performed on your device, and we store the template on our servers.", ['biometric|affirmed'],
    "Fingerprint matching is performed on your device, and the template never leaves it.", ['biometric|denied'],
  ],
  [
    'a watch face is a dial', 'We record your watch face orientation.', [],
    'We record your face orientation.', ['face|affirmed'],
  ],
  [
    'typing history is no timing of keystrokes', 'We record your typing history and patterns.', [],
    'We record your typing speed and patterns.', ['biometric|affirmed'],
  ],
  [
    'what the IP address itself reveals, not another source', 'We collect your IP address, and your GPS receiver indicates your location.',
    ['location.precise|affirmed'],
    'We collect your IP address, which indicates your location.', ['location.approximate|affirmed'],
  ],
  [
    'not … all within its own clause', 'We do not collect biometric data and all photos are deleted after printing.', ['biometric|denied'],
    'We do not collect biometric data from all users.', ['biometric|affirmed'],
  ],
  [
    'an adverb of the reader\'s setting, not any -ly word', 'Members can easily update their location using their phone\'s GPS.', [],
    'Members can automatically update their location using their phone\'s GPS.', ['location.precise|affirmed'],
  ],
  [
    'kept encrypted before a denied further act', 'Biometric data is encrypted and is never shared with third parties.', ['biometric|affirmed'],
    'Biometric data is never shared with third parties.', [],
  ],
  [
    'a verbless line opening with "No" denies, a heading names', 'No location data', ['location|denied'],
    'Location data', ['location|affirmed'],
  ],
  [
    'the head of a list reaches the microphone inside it', 'The app does not request microphone or location permissions.',
    ['voice|denied', 'location|denied'],
    'The app does not request the microphone settings or location permissions.', ['location|denied'],
  ],
  [
    'a list after the permissions reaches the microphone', 'We do not request permissions like camera, microphone, or contacts.', ['voice|denied'],
    'We do not request permissions like camera, contacts, or photos.', [],
  ],
  [
    'a list item, not a verb and its object, before the head', 'We use the camera, microphone, and other sensor data.', ['voice|affirmed'],
    'We sell the microphone and records your data.', [],
  ],
  [
    'a voice recorded, whoever\'s', 'When a voice is recorded, the speaker reads a short passage aloud.', ['voice|affirmed'],
    'When a voice is heard, the speaker reads a short passage aloud.', [],
  ],
  [
    'a voice copied or cloned', 'We create a copy of a voice with the consent of the person speaking.', ['voice|affirmed'],
    'We create a copy of a story with the consent of the person speaking.', [],
  ],
  [
    'an area of the nation as an example of the location', 'We may collect your location information, such as your nation or area.',
    ['location.approximate|affirmed'],
    'We may collect your location information, such as your street or area.', ['location|affirmed'],
  ],
  [
    'a location shown only as an area', 'Location is shown as a province or town at most.', ['location.approximate|affirmed'],
    'Location is shown as a pin on the map.', ['location|affirmed'],
  ],
  [
    'a geographic area listed as an item, not the plural areas a text applies in',
    'We collect your name, email, geographic area, and preferences.', ['location.approximate|affirmed'],
    'This statement applies to our websites, geographic regions, and applications.', [],
  ],
  [
    'GPS marked as a name', 'FunGolf GPS™ can use your location only if you allow it.', ['location|affirmed'],
    'FunGolf GPS can use your location only if you allow it.', ['location.precise|affirmed'],
  ],
  [
    'a purpose listed by the service\'s verb, its mark lost', 'Displaying location history for the last 30 days', ['location|affirmed'],
    'Deleting location history for the last 30 days', [],
  ],
  [
    'a lead-in that denies reaches its list', 'We do not collect:\n- Location history\n- Audio recordings', ['location|denied', 'voice|denied'],
    'We collect:\n- Location history\n- Audio recordings', ['location|affirmed', 'voice|affirmed'],
  ],
  [
    'a lead-in that denies by its verb alone, its items verbs', 'The App does not:\n- Perform facial recognition', ['face|denied'],
    'The App does:\n- Perform facial recognition', ['face|affirmed'],
  ],
  [
    'a lead-in that excepts does not deny its list', 'We do not share your data except:\n- Location history', ['location|affirmed'],
    'We do not collect any of the following:\n- Location history', ['location|denied'],
  ],
  [
    'a lead-in\'s list ends at the first line that is no item', 'What we don\'t collect\n- Account names\nWe store your location history.',
    ['location|affirmed'],
    'What we don\'t collect\n- Account names\n- Your location history.', ['location|denied'],
  ],
  [
    'a rough word with its gloss in brackets', 'With your consent, the App may collect general (coarse) location data.', ['location.approximate|affirmed'],
    'With your consent, the App may collect general (coarse) settings and location data.', ['location|affirmed'],
  ],
  [
    'people\'s sessions recorded, not a web session', 'Online tutoring sessions will only be recorded with consent.', ['voice|affirmed'],
    'Online web sessions will only be recorded with consent.', [],
  ],
  [
    '"Type of" names a heading\'s noun, not the verb of a button', 'Type of Data: Precise GPS-based location.', ['location.precise|affirmed'],
    'Type your precise GPS-based location.', [],
  ],
  [
    'a sensor switched on in an aside of an item', '- Mileage: odometer readings, GPS coordinates (when GPS tracking is enabled), trip purpose',
    ['location.precise|affirmed'],
    '- GPS tracking is enabled', [],
  ],
  [
    'a document that named voice recordings reads its bare recordings as speech', '## Call recording\nRecordings are kept for 90 days.',
    ['voice|affirmed'],
    'Recordings are kept for 90 days.', [],
  ],
  [
    'not a recording the sentence says is of another medium', '## Call recording\nVideo recordings are kept for 90 days.', [],
    '## Call recording\nThe recordings are kept for 90 days.', ['voice|affirmed'],
  ],
  [
    'not a measure of the recording', '## Call recording\nThe time of the recording is logged.', [],
    '## Call recording\nThe recording is logged.', ['voice|affirmed'],
  ],
  [
    'the country a user comes from, named by "the"', 'It only gives us an idea about the country the user is coming from.',
    ['location.approximate|affirmed'],
    'It only gives us an idea about the country the user is moving to.', [],
  ],
  [
    '"voice" as the verb before questions, not a kind of them', 'Employees can voice questions anonymously through the hotline.', [],
    'Employees can send voice messages anonymously through the hotline.', ['voice|affirmed'],
  ],
  [
    'a lead-in that names another act than collecting denies nothing', 'We don\'t keep:\n- raw voice recordings after transcription',
    ['voice|affirmed'],
    'We don\'t collect:\n- raw voice recordings after transcription', ['voice|denied'],
  ],
  [
    'a lead-in that excepts ("other than") denies nothing', 'We do not collect any data other than:\n- voice commands', ['voice|affirmed'],
    'We do not collect any of the following:\n- voice commands', ['voice|denied'],
  ],
  [
    'an item that is a clause of its own keeps its stance', 'What we don\'t collect\n- We store voice recordings for 30 days.', ['voice|affirmed'],
    'What we don\'t collect\n- Voice recordings stored for 30 days.', ['voice|denied'],
  ],
  [
    'the medium named last is the recordings\'', '## Call recording\nOur stores use CCTV.\nRecordings are kept for 31 days.', [],
    '## Call recording\nOur stores use signs.\nRecordings are kept for 31 days.', ['voice|affirmed'],
  ],
  [
    'an area\'s possessive is a law\'s, not an example of the location', 'We collect location information, such as your nation\'s laws require.',
    ['location|affirmed'],
    'We collect location information, such as your nation.', ['location.approximate|affirmed'],
  ],
  [
    'GPS marked as a name, not before a data noun', 'We collect GPS™ coordinates when you record a round.', ['location.precise|affirmed'],
    'Golf Pad GPS™ collects your email when you record a round.', [],
  ],
  [
    'an app\'s message opening with "No" denies nothing', 'No location found', [],
    'No location data', ['location|denied'],
  ],
  [
    'sessions denied their recording', 'Counselling sessions will not be recorded.', ['voice|denied'],
    'Counselling sessions will not be rescheduled.', [],
  ],
  [
    'a generic term yields to a kind it is drawn from, not to another item of a list',
    'We store biometric identifiers derived from facial features.', ['face|affirmed'],
    'We store biometric identifiers, facial features, and photos.', ['face|affirmed', 'biometric|affirmed'],
  ],
  [
    'the microphone accessed among other parts of the device', 'We do not access your camera, microphone, or contacts.', ['voice|denied'],
    'We do not access your camera, speaker, or contacts.', [],
  ],
  [
    'a rough word with a gloss of a few words', 'We collect coarse (network-based) location data.', ['location.approximate|affirmed'],
    'We collect background (network-based) location data.', ['location|affirmed'],
  ],
  [
    'a location shown as a part of a town', 'Location is shown as a neighbourhood at most.', ['location.approximate|affirmed'],
    'Location is shown as a marker at most.', ['location|affirmed'],
  ],
  [
    'coordinates listed as an item of data, not a place\'s beside its address',
    'We store check-in timestamps and coordinates to provide attendance reports.', ['location.precise|affirmed'],
    'We store hotel names, addresses, and coordinates to provide attendance reports.', [],
  ],
  [
    'coordinates named by the geolocation', 'The app collects employee geolocation coordinates during shifts.', ['location.precise|affirmed'],
    'The app collects employee geolocation during shifts.', ['location|affirmed'],
  ],
  [
    'location asked for by the OS so that Bluetooth can scan is no claim', 'Precise BLE scanning requires location services to be enabled.', [],
    'We collect your precise location when you scan for BLE devices.', ['location.precise|affirmed'],
  ],
  [
    'the OS\'s requirement beside the company\'s own act', 'We require your location and Bluetooth to find nearby devices.', ['location|affirmed'],
    'Android requires your location and Bluetooth to find nearby devices.', [],
  ],
  [
    'an IP address is no place\'s address beside coordinates', 'Data we collect: device ID, IP address, coordinates, and crash logs.',
    ['location.precise|affirmed'],
    'Hotels: name, address, coordinates, and ratings.', [],
  ],
  [
    'coordinates beside a name are a translated word for contact details',
    'We process your surname, first name and coordinates to manage your order.', [],
    'We process your timestamps and coordinates to manage your order.', ['location.precise|affirmed'],
  ],
  [
    'a gloss naming the other precision is no gloss of the rough word', 'We collect approximate (or precise) location data.', ['location|affirmed'],
    'We collect approximate (network-based) location data.', ['location.approximate|affirmed'],
  ],
  [
    'a generic term does not yield to a face in a clause of its own', 'We collect biometric identifiers at sites where cameras detect faces.',
    ['face|affirmed', 'biometric|affirmed'],
    'We collect biometric identifiers derived from the faces that cameras detect.', ['face|affirmed'],
  ],
  [
    'an act in the passive beside the OS\'s requirement still claims',
    'Precise BLE scanning requires location services to be enabled, and your location is sent to our servers.', ['location.precise|affirmed'],
    'Precise BLE scanning requires location services to be enabled, and your screen stays on.', [],
  ],
  [
    'a place a person is assigned to is no whereabouts', 'Your address is used to determine your polling location.', [],
    'Your address is used to determine your location.', ['location|affirmed'],
  ],
  [
    'a practice conducted is an act of the lexicon, so its negation denies',
    'We do not conduct continuous device or geolocation tracking.', ['location|denied'],
    'We conduct continuous device or geolocation tracking.', ['location|affirmed'],
  ],
  [
    'passing data to another party is a further act; to the company, a flow',
    'The kiosk does not pass face templates to advertisers.', [],
    'The kiosk does not pass face templates to us.', ['face|denied'],
  ],
  [
    'sent on to another in the passive denies only passing it on',
    'Your precise location is not passed on to any outside organisations.', [],
    'Your precise location is not passed on to our servers.', ['location.precise|denied'],
  ],
  [
    'a recipient named with a modifier of its own is still a recipient',
    'Our analytics provider does not have access to your voice recordings.', [],
    'Our analytics team has access to your voice recordings.', ['voice|affirmed'],
  ],
  [
    'a fuzzed location is a rough one',
    'Your fuzzy location appears on the discovery map.', ['location.approximate|affirmed'],
    'Your location appears on the discovery map.', ['location|affirmed'],
  ],
  [
    'key points of a face are its landmarks', 'Facial key points are detected from these photos.', ['face|affirmed'],
    'Key points are detected from these photos.', [],
  ],
  [
    'audio a machine generates is no one\'s voice', 'We may store generated vocal audio and processing results.', [],
    'We may store recorded vocal audio and processing results.', ['voice|affirmed'],
  ],
  [
    'a country of domicile in account data is approximate',
    'Characteristics data: gender, nationality, country of domicile.', ['location.approximate|affirmed'],
    'Characteristics data: gender, nationality, marital status.', [],
  ],
  [
    'two subjects joined by "and any" share one predicate (a clause with no verb yet is no clause)',
    'Voice samples and any other voice data are never collected.', ['voice|denied'],
    'The app records your voice, and any other voice data is never collected.', ['voice|affirmed', 'voice|denied'],
  ],
  [
    'a coordinated subject passed on to another only', 'Face templates or any other face data are not sent to advertisers.', [],
    'We keep face templates, and any other face data is not sent to advertisers.', ['face|affirmed'],
  ],
  [
    'a generic heading run in before a named kind is the kind\'s',
    'Biometric data: We process facial geometry to confirm that you are the holder of the ID.', ['face|affirmed'],
    'Biometric data: We process fingerprints to confirm that you are the holder of the ID.', ['biometric|affirmed'],
  ],
  [
    'a list run in after "What is not sent:" denies its items',
    'What is not sent: your name, your e-mail address or your precise location.', ['location.precise|denied'],
    'What is sent: your name, your e-mail address or your precise location.', ['location.precise|affirmed'],
  ],
  [
    'without the user\'s awareness is a condition, as without consent',
    'The app does not record audio in the background without user awareness.', ['voice|affirmed'],
    'The app does not record audio in the background.', ['voice|denied'],
  ],
  [
    'a list of three items or more names data, not a section, whatever its last word',
    '- Account preferences, country, timezone, and tax settings', ['location.approximate|affirmed'],
    '- Country and tax settings', [],
  ],
  [
    '"tax" before a data noun is an item of data, not a norm that makes the country a jurisdiction',
    '- Your name, country and tax ID', ['location.approximate|affirmed'],
    '- Your name, country and tax obligations', [],
  ],
  [
    'a table cell\'s end ends an area item', 'Name, email, phone, country |', ['location.approximate|affirmed'],
    'Name, email, phone, country code |', [],
  ],
  [
    'a collection denied before a passing-on keeps its denial',
    'Your precise location is not collected by the app and is not sent to third parties.', ['location.precise|denied'],
    'Your precise location is not sent to third parties.', [],
  ],
  [
    'collecting coordinated after the passing-on is denied too', 'Face scans are not sent to other parties or collected by us.', ['face|denied'],
    'Face scans are not sent to other parties or shown to them.', [],
  ],
  [
    'a base-form verb makes a clause: the second subject after "and" opens one of its own',
    'Our devices record voice commands and the companion website does not record your voice.', ['voice|affirmed', 'voice|denied'],
    'Our devices record voice commands and the companion website records your voice.', ['voice|affirmed'],
  ],
  [
    'audio the machine generated is no voice; recorded audio is', 'We store generated audio.', [],
    'We store recorded audio.', ['voice|affirmed'],
  ],
  [
    'a clause before a colon is no run-in heading', 'We don\'t use biometrics: Voice commands are transcribed on our servers.',
    ['biometric|denied', 'voice|affirmed'],
    'Biometrics: Voice commands are transcribed on our servers.', ['voice|affirmed'],
  ],
  [
    'a run-in list of what is not collected, with an exception, keeps the exception',
    'What we do not collect: precise location, unless you opt in to trip sharing.', ['location.precise|affirmed'],
    'What we do not collect: precise location.', ['location.precise|denied'],
  ],
  [
    'the company\'s own units are no recipients; a provider named by its service is',
    'Our retail stores do not receive faceprints of shoppers.', ['face|denied'],
    'Our analytics partners do not receive faceprints of shoppers.', [],
  ],
  [
    'sending denied after two keeping verbs is no denial of keeping only',
    'Raw face scans are not stored, saved, or transmitted.', ['face|denied'],
    'Raw face scans are not stored.', [],
  ],
  [
    'letting another party act is passing data on; the company\'s own act denied is a denial',
    'The app does not allow third parties to access your voice recordings at any time.', [],
    'The app does not access your voice recordings at any time.', ['voice|denied'],
  ],
  [
    'faces matched are compared, so identified', 'The app is used to match customer faces between selfies and ID cards.', ['face|affirmed'],
    'The app is used to match customer names between forms and ID cards.', [],
  ],
  [
    'a face named by what is measured of it', 'We analyze your facial metrics to recommend products.', ['face|affirmed'],
    'We analyze your sales metrics to recommend products.', [],
  ],
  [
    'a practice conducted in the passive, negated, denies', 'Facial recognition is not conducted on your photos.', ['face|denied'],
    'Facial recognition is conducted on your photos.', ['face|affirmed'],
  ],
  [
    '"not even temporarily" strengthens a denial; "beyond temporary use" keeps the data a while',
    'We do not store your location, not even temporarily.', ['location|denied'],
    'We do not store your location beyond temporary use.', [],
  ],
  [
    'every form denied ("raw or processed") is a denial; the raw form alone is not',
    'We do not store raw or processed face data.', ['face|denied'],
    'We do not store raw face data.', [],
  ],
  [
    'sending denied after "keep" is no denial of keeping only', 'We do not store, keep, or transmit raw face scans.', ['face|denied'],
    'We do not store or keep raw face scans.', [],
  ],
  [
    '"faces" as a verb after a matching noun is no face', 'Our matching engine faces the same limits.', [],
    'Our matching engine matches faces in real time.', ['face|affirmed'],
  ],
  [
    'sent neither to the company nor to another: the company\'s end makes it a denial',
    'We do not transmit microphone data to our servers or to any third party.', ['voice|denied'],
    'We do not transmit microphone data to any third party.', [],
  ],
  [
    'a label answered "Not used" denies, as "Not collected" does', '• Background location: Not used.', ['location|denied'],
    '• Background location: Used.', ['location|affirmed'],
  ],
  [
    'an icon\'s name is no word', 'location_off Turn off the screen.', [],
    'location Turn off the screen.', ['location|affirmed'],
  ],
  [
    'a country as the measure of a protection is a jurisdiction',
    'Recipients may be where laws do not offer as much protection as the country in which you are located.', [],
    'Recipients do not learn the country in which you are located.', ['location.approximate|denied'],
  ],
  [
    'a definition after a leading connective is still a definition',
    'In addition, a voiceprint reflects the unique properties of your voice.', [],
    'In addition, we create a voiceprint that reflects the unique properties of your voice.', ['voice|affirmed'],
  ],
  [
    'what a notice explains, after "Please note that", is still no claim',
    'Please note that this notice explains how the app handles your location information.', [],
    'Please note that the app handles your location information.', ['location|affirmed'],
  ],
  [
    'a definition after "For example," is still a definition',
    'For example, precise geolocation is information that locates a device within a radius of 500 metres.', [],
    'For example, we collect precise geolocation that locates a device within a radius of 500 metres.', ['location.precise|affirmed'],
  ],
  [
    'a definition after "However," is still a definition',
    'However, biometric data includes a scan of face geometry, regardless of how it is captured.', [],
    'However, biometric data we hold includes a scan of face geometry, regardless of how it is captured.', ['face|affirmed'],
  ],
  [
    'an area item ends where a clause of when begins', 'We collect your name and city when you register.', ['location.approximate|affirmed'],
    'We collect your name and city tax number when you register.', [],
  ],
  [
    'an area item ends where a clause of condition begins', 'We collect your email and postcode if you order a delivery.', ['location.approximate|affirmed'],
    'We collect your email and postcode lookup results if you order a delivery.', [],
  ],
  [
    'a hand scanned is biometric, whoever\'s it is', 'The timeclock scans an employee\'s hand to verify identity.', ['biometric|affirmed'],
    'The timeclock scans an employee\'s badge to verify identity.', [],
  ],
  [
    'a word of a registered name with the form "(Pty) Ltd" is no data', 'Acme Fingerprint Services (Pty) Ltd provides background checks.', [],
    'Acme Fingerprint Services provides background checks.', ['biometric|affirmed'],
  ],
  [
    'a list run in after a named subject\'s denial is denied', 'Acme does not collect: email addresses, location data or contacts.', ['location|denied'],
    'Acme does collect: email addresses, location data or contacts.', ['location|affirmed'],
  ],
  [
    'a list run in after "never gathers" is denied', 'The app never gathers: contacts, precise location or photos.', ['location.precise|denied'],
    'The app also gathers: contacts, precise location or photos.', ['location.precise|affirmed'],
  ],
  [
    'a modal\'s verb in lower case makes a sentence, not a heading', 'Acme may collect the following Biometric Data:', ['biometric|affirmed'],
    'Acme Collects the Following Biometric Data', [],
  ],
  [
    'a notice on how the company collects names a claim, whatever occasion follows',
    'This notice explains how Acme collects your voice data when you use the app.', ['voice|affirmed'],
    'This notice explains how you can delete your voice data when you use the app.', [],
  ],
  [
    'a company by its name, an adverb before its verb, acts on data a law defines',
    'Acme does not knowingly collect biometric information, as that term is defined under BIPA.', ['biometric|denied'],
    'Users do not knowingly collect biometric information, as that term is defined under BIPA.', [],
  ],
  [
    '"don\'t generally" hedges a denial as "do not generally" does', "We don't generally collect biometric data.", ['biometric|affirmed'],
    "We don't collect biometric data.", ['biometric|denied'],
  ],
  [
    'a list\'s marker before a sentence of its own leaves its condition read as without it',
    '• If you decline, your location cannot be used by the app at all.', ['location|affirmed'],
    '• Your location cannot be used by the app at all.', ['location|denied'],
  ],
  [
    'an item opening with its verb continues the list\'s lead; without a marker it is an instruction',
    '- Provide location-based services to you and your friends.', ['location|affirmed'],
    'Provide location-based services to you and your friends.', [],
  ],
  [
    'a lecture recorded holds the voices in it, as a meeting does; its attendance does not',
    'We record lectures and make them available to students.', ['voice|affirmed'],
    'We record lecture attendance and make it available to students.', [],
  ],
  [
    'a webinar recorded holds the voices in it; its dates do not',
    'Webinars may be recorded and shared with attendees.', ['voice|affirmed'],
    'Webinar dates may be recorded and shared with attendees.', [],
  ],
  [
    'a microphone reached is whoever\'s it is', "The app turns on the child's microphone.", ['voice|affirmed'],
    "The app turns on the child's flashlight.", [],
  ],
  [
    'a finger measured, past two owners', "The system will take measurements of the user's child's finger.", ['biometric|affirmed'],
    "The system will take measurements of the user's child's height.", [],
  ],
  [
    '"no." in a list is a number\'s abbreviation, not a negation', 'We keep your contact no., country and email.', ['location.approximate|affirmed'],
    'We keep no contact number, country or email.', ['location.approximate|denied'],
  ],
  [
    'mast data are the cell towers\' data', 'Mast data are used to route your call to a local provider.', ['location.precise|affirmed'],
    'Meal data are used to route your call to a local provider.', [],
  ],
  [
    'what a report sent to the company does not contain, the company does not get',
    'These reports do not contain names, email addresses, or precise location.', ['location.precise|denied'],
    'These reports contain names, email addresses, or precise location.', ['location.precise|affirmed'],
  ],
  [
    'data that stays local to the device is kept on it', 'Your GPS data stays local to your device.', ['location.precise|denied'],
    'Your GPS data stays linked to your device.', ['location.precise|affirmed'],
  ],
  [
    'recording denied beside storing is no storage-only denial', 'We do not store, record, or transmit raw audio data to our servers.', ['voice|denied'],
    'We do not store raw audio data on our servers.', [],
  ],
  [
    'a location drawn from Wi-Fi past a long noun phrase is precise',
    'We determine the location of a smartphone or wireless computing device by observing Wi-Fi signals broadcast from it.', ['location.precise|affirmed'],
    'We determine the location of a smartphone or wireless computing device by observing the signals broadcast from it.', ['location|affirmed'],
  ],
  [
    'Wi-Fi used to identify a device\'s location is a precise source',
    'We use Wi-Fi that may communicate with your mobile device to identify its location.', ['location.precise|affirmed'],
    'We use an app that may communicate with your mobile device to identify its location.', ['location|affirmed'],
  ],
  [
    'a short line in lower case is a list\'s item, never a heading', '4. location information.', ['location|affirmed'],
    '4. Location Information', [],
  ],
  [
    "a hedge on another verb hedges nothing collected",
    "Precise location isn't generally needed for the app, and we do not collect it.", ["location.precise|denied"],
    "Precise location isn't generally collected by the app.", ["location.precise|affirmed"],
  ],
  [
    "a lecture word naming another noun is no recording of speech",
    "We record your lecture progress so you can resume later.", [],
    "We record your lectures so you can watch them later.", ["voice|affirmed"],
  ],
  [
    "without another person's permission is a condition, as without the reader's is",
    "We never turn on a student's microphone without the teacher's permission.", ["voice|affirmed"],
    "We never turn on a student's microphone.", ["voice|denied"],
  ],
  [
    "a hand word modifying another noun is no hand scanned",
    "We may scan your child's hand-drawn pictures.", [],
    "We may scan your child's hand to check identity.", ["biometric|affirmed"],
  ],
  [
    "how to do something is an instruction, not the company's act",
    "This section explains how to use voice commands if you have enabled them.", [],
    "This section explains how Acme uses voice commands if you have enabled them.", ["voice|affirmed"],
  ],
  [
    "a modal's verb makes a sentence only where the line ends as one",
    "Precise Geolocation Data Acme may collect", [],
    "Acme may collect the following precise geolocation data:", ["location.precise|affirmed"],
  ],
  [
    "a run-in list after a plural subject's denial names others' acts, not the company's",
    "Advertisers never receive: precise location or voice recordings.", ["location.precise|affirmed", "voice|affirmed"],
    "Acme never receives: precise location or voice recordings.", ["location.precise|denied", "voice|denied"],
  ],
  [
    "an area item ends before a condition on the reader, not on a law",
    "Your data is stored in your region, or country if local law requires it.", [],
    "We keep your email, or country if you provide it.", ["location.approximate|affirmed"],
  ],
  [
    'a microphone muted is no way in', "With a participant's microphone muted, no audio from that participant is captured.", ['voice|denied'],
    "Through a participant's microphone, audio from that participant is captured.", ['voice|affirmed'],
  ],
  [
    'a use denied after a use said of the same subject limits the use: no denial',
    'Location data is used only for navigation and is not used for advertising.', ['location|affirmed'],
    'Location data is not used for navigation and is not used for advertising.', ['location|denied'],
  ],
  [
    'a use denied after the collection said of the same subject: no denial',
    'Location data is collected for navigation and is not used for advertising.', ['location|affirmed'],
    'Location data is not collected for navigation and is not used for advertising.', ['location|denied'],
  ],
  [
    'an ability not had is the act not done',
    'We do not have the technical ability to access your voice recordings.', ['voice|denied'],
    'We have the technical ability to access your voice recordings.', ['voice|affirmed'],
  ],
  [
    'a lack of the means to act denies the act',
    'We lack the ability to see your location.', ['location|denied'],
    'We have the ability to see your location.', ['location|affirmed'],
  ],
  [
    "the company's product leaving out a capability denies it; a category leaving it out defines",
    'The app does not include facial recognition.', ['face|denied'],
    'Personal information does not include facial recognition.', [],
  ],
  [
    'a pronoun denied after a design not meant denies what the design named',
    'The Services are not designed to collect biometric information, and we do not collect it.', ['biometric|denied'],
    'The Services are not designed to collect biometric information, and we do not sell it.', [],
  ],
  [
    "another party's handling with the data kept on the device is no claim of the company's, and denies it",
    "Biometric data is handled by the phone's operating system and never leaves your device.", ['biometric|denied'],
    "Biometric data is handled by the phone's operating system.", [],
  ],
  [
    "a transcription done on-device keeps the audio there: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Your voice recordings are transcribed on-device.", ['voice|affirmed'],
    "Your voice recordings are transcribed on-device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'a capability not switched on, in a relative clause, is not used',
    'Cameras are equipped for sound recording which is not activated.', ['voice|denied'],
    'Cameras are equipped for sound recording which is activated.', ['voice|affirmed'],
  ],
  [
    'a capability not enabled, past a head noun after the mention',
    'Audio recording is not enabled.', ['voice|denied'],
    'Audio recording is enabled.', ['voice|affirmed'],
  ],
  [
    "the reader's current area alone on its line is a field of data",
    'Current city', ['location.approximate|affirmed'],
    'Current city council', [],
  ],
  [
    'a microphone used in the passive is a way in',
    'The microphone may be used.', ['voice|affirmed'],
    'The microphone may be replaced.', [],
  ],
  [
    "the face heads a list of modifiers of one data noun (beside a statement that the data never leaves the device)",
    "Camera, face, body, and microphone data is processed locally on your device, and it never leaves your device.", ['face|denied', 'voice|denied'],
    "Camera, body, and microphone data is processed locally on your device, and it never leaves your device.", ['voice|denied'],
  ],
  [
    'spoken responses are voice data',
    'We collect voice responses you provide.', ['voice|affirmed'],
    'We collect text responses you provide.', [],
  ],
  [
    'preferences listed in parentheses are settings, not data',
    'We send your preferences (duration, voice) to our provider.', [],
    'We send your preferences, duration and voice recordings to our provider.', ['voice|affirmed'],
  ],
  [
    "a Markdown heading's number stays with it",
    '### 1. Location information', [],
    '1. Location information', ['location|affirmed'],
  ],
  [
    "an indirect question after a section's number is a heading",
    '3.2 How we use face data', [],
    '3.2 We use face data', ['face|affirmed'],
  ],
  [
    '"no" before a word that opens with a digit negates; before a number it abbreviates',
    'No 3D face model is created.', ['face|denied'],
    'A 3D face model is created.', ['face|affirmed'],
  ],
  [
    "the reader's home state is an area",
    '- home state / ip', ['location.approximate|affirmed'],
    '- home page / ip', [],
  ],
  [
    'a geographical position is a location',
    'We use your current geographical position.', ['location|affirmed'],
    'We use your current geographical knowledge.', [],
  ],
  [
    'voice as a medium among others the reader sends',
    'We send your input (including text, voice, and images) to the provider.', ['voice|affirmed'],
    'We send your input (including text and images) to the provider.', [],
  ],
  [
    "bare coordinates acted on are the device's, a place's are not",
    'We may send coordinates to the backend.', ['location.precise|affirmed'],
    'We may send coordinates of each store to the backend.', [],
  ],
  [
    'a precision in words, a parenthesis between it and the location',
    'We do not collect precise (GPS-level) location.', ['location.precise|denied'],
    'We do not collect approximate (city-level) location.', ['location.approximate|denied'],
  ],
  [
    '"but not limited to" carves no region out',
    'We use biometric data in line with laws including, but not limited to, the Illinois Act.', ['biometric|affirmed'],
    'We use biometric data, but not in Illinois.', ['biometric|affirmed', 'biometric|denied'],
  ],
  [
    'a hyphenated head is read by its first part',
    'You will be subject to GPS location-tracking.', ['location.precise|affirmed'],
    'You will be subject to GPS unit-testing.', [],
  ],
  [
    'data used only locally and never uploaded stays on the device',
    'Location is used locally only and never uploaded.', ['location|denied'],
    'Location is used by us and uploaded.', ['location|affirmed'],
  ],
  [
    'a review spoken is voice data',
    'We analyse voice reviews.', ['voice|affirmed'],
    'We analyse product reviews.', [],
  ],
  [
    'what is said aloud, recorded, is voice data',
    'Any verbal information that is recorded is kept for 30 days.', ['voice|affirmed'],
    'Any written information that is recorded is kept for 30 days.', [],
  ],
  [
    'questions asked by voice are voice data',
    'We convert voice questions to text.', ['voice|affirmed'],
    'We convert typed questions to text.', [],
  ],
  [
    'what is done by voice uses the voice',
    'We use voice-based assessments.', ['voice|affirmed'],
    'We use web-based assessments.', [],
  ],
  [
    'speech acted on is voice data; text made speech is not',
    'The microphone is used to capture live speech.', ['voice|affirmed'],
    'The app converts typed text into speech.', [],
  ],
  [
    "speech turned into text is voice data; a browser's speech API is not",
    'This data is processed to convert speech to text.', ['voice|affirmed'],
    'Our app uses the Web Speech API.', [],
  ],
  [
    'a denial of keeping alone is no claim (LABELS.md); a denial of collecting is a denial',
    'We do not store your location on our servers.', [],
    'We do not collect your location on our servers.', ['location|denied'],
  ],
  [
    'what the reader gives another party, not kept by the company, is denied it',
    'We do not retain any biometric data provided to third-party verification vendors.', ['biometric|denied'],
    'We do not retain any biometric data.', [],
  ],
  [
    "a product's missing capability is a denial; a missing act of selling is not",
    'Our services do not include voice recognition.', ['voice|denied'],
    'Our services do not include selling your voice recordings.', [],
  ],
  [
    'a relative clause on another noun does not deny the mention',
    'We offer voice recording that is not activated.', ['voice|denied'],
    'We collect voice recordings from devices that are not activated.', ['voice|affirmed'],
  ],
  [
    'a feature not enabled in a condition says when, not that never',
    'We rely on your IP address where location services are not enabled.', ['location|affirmed'],
    'We rely on your IP address; location services are not enabled.', ['location|denied'],
  ],
  [
    'an indirect question with a verb of its own is a sentence',
    'How we use voice features.', [],
    'How we use voice features matters to us.', ['voice|affirmed'],
  ],
  [
    'a name in an indirect question heading is capitalised',
    'How Acme uses voice features.', [],
    'How acme uses voice features.', ['voice|affirmed'],
  ],
  [
    '"no" before a code of letters and digits is a number',
    'Item no 3a lists your precise location.', ['location.precise|affirmed'],
    'No 3D scan lists your precise location.', ['location.precise|denied'],
  ],
  [
    'preferences whose parenthesis names the reader\'s data are data',
    'We collect your preferences (such as your precise location).', ['location.precise|affirmed'],
    'We collect your preferences (duration, voice).', [],
  ],
  [
    '"to voice" comments is the verb',
    'If you wish to voice comments, contact us.', [],
    'If you wish to send voice comments, contact us.', ['voice|affirmed'],
  ],
  [
    "voice among media the company sends back is no one's voice",
    'The assistant may respond with text, voice, or images.', [],
    'We send your input (text, voice, or images) to the provider.', ['voice|affirmed'],
  ],
  [
    'a microphone among many is used in a place, the microphone in the app',
    'A microphone is used in our recording studio.', [],
    'The microphone is used in our app.', ['voice|affirmed'],
  ],
  [
    "another party's use of the microphone is not the company's",
    'Third-party keyboards may use your microphone.', [],
    'Our app may use your microphone.', ['voice|affirmed'],
  ],
  [
    "the reader's live position is a location; buses' live positions are not",
    'The app shows your live position.', ['location|affirmed'],
    'The app shows the live positions of buses.', [],
  ],
  [
    'a GPS compound names its last part: an indicator of signal, or of location tracking',
    'The watch has a GPS signal-strength indicator.', [],
    'The watch has a GPS location-tracking indicator.', ['location.precise|affirmed'],
  ],
  [
    "the current region of a backup is the company's, the reader's current city is data",
    'Backups are kept in the current region.', [],
    'We keep your current city.', ['location.approximate|affirmed'],
  ],
  [
    '"but not limited to" inside a carve-out keeps the carve-out',
    'We collect face geometry, but not in states including, but not limited to, Illinois.', ['face|affirmed', 'face|denied'],
    'We collect face geometry in states including, but not limited to, Illinois.', ['face|affirmed'],
  ],
  [
    "the reader's setting that prevents an act is no claim; the company's act that prevents something is",
    'Users can prevent this by disabling location services.', [],
    'We prevent this by collecting your location.', ['location|affirmed'],
  ],
  [
    "Markdown's bold marks around a cue read as spaces",
    'The App **never** accesses, stores, or transmits your biometric data.', ['biometric|denied'],
    'The App **always** accesses, stores, or transmits your biometric data.', ['biometric|affirmed'],
  ],
  [
    'a noun that shares a verb\'s stem is no other act beside a denial of keeping',
    'We do not store voice recordings on our servers.', [],
    'We do not record or store voice recordings.', ['voice|denied'],
  ],
  [
    'an IP address used for a geographic purpose is an approximate location',
    'We use your IP address for geographic analysis.', ['location.approximate|affirmed'],
    'We use your IP address for security analysis.', [],
  ],
  [
    'a geographic position listed as data is a location, a place chosen for its position is not',
    'Personal data: first name, geographic position, last name.', ['location|affirmed'],
    'Our data centers are chosen for their geographical position.', [],
  ],
  [
    "a place of the reader's choosing for a file is no location of theirs",
    'You can save the backup file in a location of your choosing.', [],
    'You can save the backup file with the location of your choosing.', ['location|affirmed'],
  ],
  [
    'the reader may use the service without granting a permission: no claim',
    'You can use the App without granting location access.', [],
    'You can use the App after granting location access.', ['location|affirmed'],
  ],
  [
    "a location whose parenthesis names an area is approximate; a store's is a place",
    'We show your location (city) to other users.', ['location.approximate|affirmed'],
    'We show the store location (city centre) to other users.', [],
  ],
  [
    "the reader's selected city is an area; a selected item is not",
    '- Selected city', ['location.approximate|affirmed'],
    '- Selected item', [],
  ],
  [
    'an area item ends before an ampersand',
    'current country & system language', ['location.approximate|affirmed'],
    'current country-specific system language', [],
  ],
  [
    "a measure of clicks is analytics data, not a UI instruction",
    'Click count, duration of visit, and location (city or town).', ['location.approximate|affirmed'],
    'Click Allow, then share your location (city or town).', [],
  ],
  [
    'audio downloaded for the reader to hear is content, not a voice',
    'We store downloaded audio files.', [],
    'We store recorded audio files.', ['voice|affirmed'],
  ],
  [
    'a generic term coordinated with a kind is an item of its own',
    'No biometric identifiers or face templates are kept or used by the kiosk.', ['biometric|denied', 'face|denied'],
    'No biometric identifiers such as face templates are kept or used by the kiosk.', ['face|denied'],
  ],
  [
    'a generic term after \'or\' whose examples follow yields to them',
    'We never collect dates of birth, or biometric identifiers such as voiceprints.', ['voice|denied'],
    'We never collect dates of birth, or biometric identifiers, or voiceprints.', ['biometric|denied', 'voice|denied'],
  ],
  [
    'listening with no object but a time is listening to speech', 'The companion app listens only while you hold the talk button.', ['voice|affirmed'],
    'You can listen only while you hold the talk button.', [],
  ],
  [
    'listening denied in the background', 'Our assistant does not listen in the background.', ['voice|denied'],
    'Our assistant does not run in the background.', [],
  ],
  [
    'transcribing with no object but a manner', 'The recorder never transcribes silently.', ['voice|denied'],
    'The recorder never crashes silently.', [],
  ],
  [
    'coordinates attached to what the reader posts are the device\'s', 'Coordinates are saved with each check-in you post.', ['location.precise|affirmed'],
    'Comments are saved with each check-in you post.', [],
  ],
  [
    'a denial of keeping and sharing is of further acts only', 'We never keep or share your precise location.', [],
    'We never collect or share your precise location.', ['location.precise|denied'],
  ],
  [
    'a run-in label before a lower-case denial',
    'Voice data - we do not record your voice.', ['voice|denied'],
    'Voice data - we record your voice.', ['voice|affirmed'],
  ],
  [
    'kept only in the app\'s store on the device',
    'Your location is saved only in the app\'s local database on your phone.', ['location|denied'],
    'Your location is saved only in the app\'s database on our servers.', ['location|affirmed'],
  ],
  [
    'what a device can do is no data',
    'The login works on phones that have fingerprint support.', [],
    'The login works on phones that send us your fingerprint.', ['biometric|affirmed'],
  ],
  [
    'a fingerprint enrolled on the device is the device\'s',
    'Anyone with a registered fingerprint on the phone can open the wallet.', [],
    'Anyone whose fingerprint we register can open the wallet.', ['biometric|affirmed'],
  ],
  [
    'a requirement of the law past a numbered section',
    'Processing precise geolocation (CCPA § 1798.140(ae)) requires consent.', [],
    'We process precise geolocation (CCPA § 1798.140(ae)) with your consent.', ['location.precise|affirmed'],
  ],
  [
    'a denial of revealing only is of a further act',
    'The leaderboard never reveals your location history.', [],
    'The leaderboard never records your location history.', ['location|denied'],
  ],
  [
    'a denial of publishing only is of a further act',
    'We do not publish the voice clips you send us.', [],
    'We do not keep the voice clips you send us, and we do not listen to them.', ['voice|denied'],
  ],
  [
    'the law\'s carve-out after \'unless\' grants no practice',
    'We will not sell or lease your biometric identifiers unless required by law.', [],
    'We will not sell or lease your biometric identifiers unless you ask us to.', ['biometric|affirmed'],
  ],
  [
    'a voice converted into a biometric record is a voiceprint',
    'The bank keeps your call audio and converts it into biometric data.', ['voice|affirmed'],
    'The bank keeps your call audio and your biometric data.', ['voice|affirmed', 'biometric|affirmed'],
  ],
  [
    'a nominal act before an object\'s noun governs nothing',
    'This information includes government identification numbers and location data.', ['location|affirmed'],
    'This information includes government identification numbers but no location data.', ['location|denied'],
  ],
  [
    'a definition after the document\'s own scope',
    'For the purposes of this notice, "biometric data" includes scans of face geometry.', [],
    'For the purposes of this notice, we collect scans of face geometry.', ['face|affirmed'],
  ],
  [
    'a data word modifying a measure or a control of its feature is no data',
    'We log voice chat duration for each room.', [],
    'We log voice chat audio for each room.', ['voice|affirmed'],
  ],
  [
    'a fingerprint of a machine\'s thing is no finger\'s',
    'The app stores certificate fingerprints for the printers you pair with.', [],
    'The app stores the fingerprints you enrol for the printers you pair with.', ['biometric|affirmed'],
  ],
  [
    'a location among another thing\'s fields is its place',
    'We collect club details: club name, website, location, and membership rules.', [],
    'We collect member details: your name, website, location, and membership rules.', ['location|affirmed'],
  ],
  [
    'a document\'s scope is no denial',
    'This notice does not apply to voice recordings made by our call centre.', [],
    'This app does not make voice recordings through our call centre.', ['voice|denied'],
  ],
  [
    'a deletion withheld is no denial',
    'We are not deleting voice recordings when an account closes.', ['voice|affirmed'],
    'We are not making voice recordings when an account closes.', ['voice|denied'],
  ],
  [
    'practices listed after \'engage in\' are denied',
    'We do not engage in background tracking or location sharing.', ['location|denied'],
    'We engage in background tracking or location sharing.', ['location|affirmed'],
  ],
  [
    'a precise location negated in a parenthesis, its source named',
    'We use your general location (not precise GPS location).', ['location.approximate|affirmed', 'location.precise|denied'],
    'We use your general location (and precise GPS location).', ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'a precision pair in a parenthesis after the head',
    'Location data (approximate or precise, if you allow it)', ['location.approximate|affirmed', 'location.precise|affirmed'],
    'Location data (approximate, if you allow it)', ['location.approximate|affirmed'],
  ],
  [
    'a flow off by default is denied',
    'Your voice clips are not uploaded to our servers by default.', ['voice|denied'],
    'Your voice clips are not uploaded to our servers without your consent.', ['voice|affirmed'],
  ],
  [
    'a source named as unavailable is a condition, not a claim',
    'When GPS is unavailable, we use your IP address to estimate your city.', ['location.approximate|affirmed'],
    'When GPS is available, we use it and your IP address to estimate your city.', ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'records of data are a noun, not an act',
    'We do not store records of your location on our servers.', [],
    'We do not record your location on our servers.', ['location|denied'],
  ],
  [
    'a norm for a product is no practice',
    'The map page should never show a member\'s precise location.', [],
    'The map page never shows a member\'s precise location, and we never collect it.', ['location.precise|denied'],
  ],
  [
    'nothing before the reader consents is a conditional affirmation',
    'No voice data is collected before you give your explicit consent.', ['voice|affirmed'],
    'No voice data is collected, even after you give your explicit consent.', ['voice|denied'],
  ],
  [
    'performing an act on the data is more than keeping it',
    'We do not keep the photo, and we do not perform any facial recognition.', ['face|denied'],
    'We do not keep the photo, and we do not keep any facial recognition templates.', [],
  ],
  [
    'the company\'s own app denied access is a denial: not accessible to the app',
    'Your fingerprint template is kept in a secure vault and is not accessible to the app.', ['biometric|denied'],
    'Your fingerprint template is kept in a secure vault and is accessible to the app.', ['biometric|affirmed'],
  ],
  [
    'the reader\'s own computer by its network name keeps the data: never leaves localhost',
    'Your voice never leaves localhost.', ['voice|denied'],
    'Your voice is sent to our servers.', ['voice|affirmed'],
  ],
  [
    'the reader\'s laptop is the reader\'s device',
    'Dictated audio never leaves your laptop.', ['voice|denied'],
    'Dictated audio leaves your laptop for transcription.', ['voice|affirmed'],
  ],
  [
    'an aside that defines a denied identifier makes no claim of its own',
    'We do not build voiceprints, which are mathematical models of your voice, from support calls.', ['voice|denied'],
    'We do not build voiceprints, and we keep mathematical models of your voice from support calls.', ['voice|affirmed', 'voice|denied'],
  ],
  [
    'a defining aside in brackets after a denied kind',
    'We never create faceprints (i.e. maps of your facial geometry) from uploaded photos.', ['face|denied'],
    'We never create faceprints, but we make maps of your facial geometry from uploaded photos.', ['face|affirmed', 'face|denied'],
  ],
  [
    'a fronted gerund with the company as its subject is the company\'s act',
    'By scanning your finger, we measure points that are unique to you.', ['biometric|affirmed'],
    'By scanning your finger, the reader measures points that are unique to you.', [],
  ],
  [
    'which fingers are scanned does not hide the fingers',
    'At enrollment we take two scans of your left and right index fingers.', ['biometric|affirmed'],
    'At enrollment we take two photos of your left and right shoes.', [],
  ],
  [
    'a quoted term then its meaning is a definition, whatever acts its meaning names',
    '"Device Data" means information that we associate with your phone, such as its precise location.', [],
    'Device Data is information that we associate with your phone, such as its precise location.', ['location.precise|affirmed'],
  ],
  [
    'the term named then its meaning is a definition',
    'The term "biometric data" as used in this notice has the meaning given by applicable law.', [],
    'The biometric data we collect in this notice is described by applicable law.', ['biometric|affirmed'],
  ],
  [
    'a sign-in the platform handles is a feature of the phone, not a denial',
    'If you turn on fingerprint login, authentication is handled entirely by your phone\'s operating system.', [],
    'If you turn on fingerprint login, authentication is handled entirely by your phone\'s operating system and your fingerprint never reaches us.', ['biometric|denied'],
  ],
  [
    'the platform\'s sign-in beside the company\'s own clause',
    'Face unlock verification is performed by the Android system.', [],
    'Face unlock verification is performed by the Android system, and we also store your face template.', ['face|affirmed'],
  ],
  [
    'fine is the precise kind before a location noun',
    'The report can include device identifiers and fine geolocation.', ['location.precise|affirmed'],
    'The report can include device identifiers and geolocation.', ['location|affirmed'],
  ],
  [
    'a run-in heading\'s precision is the body\'s where the body says none',
    'GPS Coordinates: When you enable location sharing with your crew.', ['location.precise|affirmed'],
    'Location: When you enable location sharing with your crew.', ['location|affirmed'],
  ],
  [
    'a run-in heading\'s precision does not override the body\'s own',
    'Approximate Location: We use your location to pick a language.', ['location.approximate|affirmed'],
    'Approximate Location: We use your GPS location to pick a language.', ['location.precise|affirmed'],
  ],
  [
    'voice among nouns coordinated before a service is the service',
    'We log usage of voice, text, and data services.', [],
    'We log usage of voice, text, and photos.', ['voice|affirmed'],
  ],
  [
    'the last of a list after depending on names a condition, not data',
    'Features vary depending on your phone model, carrier, or geographic location.', [],
    'Features vary, and we use your phone model, carrier, or geographic location.', ['location|affirmed'],
  ],
  [
    'a keeping denied of data the sentence collects is no denial, in a bracket of its own or not',
    'We collect audio from your microphone (this information will not be stored).', ['voice|affirmed'],
    'Audio from your microphone will not be stored.', [],
  ],
  [
    'a keeping denied after the data is sent to another party denies nothing',
    'Voice data is transmitted to the other caller; no voice data is stored on our servers.', ['voice|affirmed'],
    'Voice data stays with the other caller; no voice data is stored on our servers.', ['voice|denied'],
  ],
  [
    'a time denied after the claim is a second stance',
    'We collect location data only at specific moments, not continuously.', ['location|affirmed', 'location|denied'],
    'We collect location data only at specific moments, continuously.', ['location|affirmed'],
  ],
  [
    'a time denied in brackets after the claim',
    'Drivers share their location during the trip to pickup (not during the ride itself).', ['location|affirmed', 'location|denied'],
    'Drivers share their location during the trip to pickup (and during the ride itself).', ['location|affirmed'],
  ],
  [
    'face images for biometric processing are face data',
    'We collect your face images for biometric processing.', ['face|affirmed'],
    'We collect your face images for printing badges.', [],
  ],
  [
    'a law\'s name with Laws at its end names no data',
    'We store records under these rules (collectively, "Biometric Data Privacy Laws").', [],
    'We store records under these rules (collectively, "Biometric Data Privacy Records").', ['biometric|affirmed'],
  ],
  [
    'collected, and the keeping denied right after it in brackets',
    'We collect audio from your microphone (not stored).', ['voice|affirmed'],
    'Audio from your microphone is not stored.', [],
  ],
  [
    'a subject denied passing to another service is a denial of passing it on, not of collecting',
    'No location coordinates are sent to Esri or any other service.', [],
    'No location coordinates are collected or sent to Esri or any other service.', ['location.precise|denied'],
  ],
  [
    'a feature available on devices named one by one is a description',
    'Fingerprint login is available for iOS and Android devices.', [],
    'Fingerprint login is used for iOS and Android devices.', ['biometric|affirmed'],
  ],
  [
    'a data word before a device\'s capability names the capability',
    'The app checks your phone\'s fingerprint capability before it shows the option.', [],
    'The app checks your phone\'s fingerprint data before it shows the option.', ['biometric|affirmed'],
  ],
  [
    'a scan of the palm, as of a finger',
    'We take two scans of your left palm at enrollment.', ['biometric|affirmed'],
    'We take two scans of your left badge at enrollment.', [],
  ],
  [
    'a descriptor computed for a palm',
    'The service computes a descriptor for your palm.', ['biometric|affirmed'],
    'The service computes a descriptor for your account.', [],
  ],
  [
    'a hand placed on a reader, as a finger is',
    'Each day you place your left hand on the reader to clock in.', ['biometric|affirmed'],
    'Each day you place your badge on the reader to clock in.', [],
  ],
  [
    'the list a condition depends on ends at the comma before the claim',
    'Depending on your settings, we may collect your precise location.', ['location.precise|affirmed'],
    'Depending on your settings and precise location, features may vary.', [],
  ],
  [
    'a quoted term whose meaning is what the company collects is a claim',
    '"Location Data" means the GPS coordinates we collect from your device.', ['location.precise|affirmed'],
    '"Location Data" means the GPS coordinates of a device.', [],
  ],
  [
    'an aside that says what is done with the data is no definition',
    'We do not sell location data, which is collected from your phone\'s GPS, to third parties.', ['location.precise|affirmed'],
    'We do not sell location data, which is data from your phone\'s GPS, to third parties.', [],
  ],
  [
    'the platform\'s sign-in beside the company\'s own denial in other words',
    'Fingerprint login is handled by your device\'s operating system, and fingerprint data is never transmitted to Acme.', ['biometric|denied'],
    'Fingerprint login is handled by your device\'s operating system.', [],
  ],
  [
    'the app\'s other users are not the app',
    'We collect your precise location, but it is not visible to the app\'s other users.', ['location.precise|affirmed'],
    'We collect your precise location, but it is not visible to the app.', ['location.precise|denied'],
  ],
  [
    'a time denied is of the data named last before it',
    'We use your location for directions and record your voice commands (never while the app is in the background).', ['location|affirmed', 'voice|affirmed', 'voice|denied'],
    'We use your location for directions and record your voice commands (also while the app is in the background).', ['location|affirmed', 'voice|affirmed'],
  ],
  [
    'a time\'s manner of keeping is no time denied',
    'We use your location to show your position on the map, not continuously stored on our servers.', ['location|affirmed'],
    'We use your location to show your position on the map, not continuously.', ['location|affirmed', 'location|denied'],
  ],
  [
    'no data shared with another party is a denial of sharing only',
    'No biometric data is shared with third parties.', [],
    'No biometric data is collected or shared with third parties.', ['biometric|denied'],
  ],
  [
    'a thumb scanned, as a finger is',
    'At enrollment we take an image of your right thumb.', ['biometric|affirmed'],
    'At enrollment we take an image of your right shoe.', [],
  ],
  [
    'a palm held over a reader, as on one',
    'You hold your palm over the reader to enroll.', ['biometric|affirmed'],
    'You hold your card over the reader to enroll.', [],
  ],
  [
    'voice: the reader\'s recordings with no other kind named are recordings of sound',
    'Your recordings never leave your phone.', ['voice|denied'],
    'Your screen recordings never leave your phone.', [],
  ],
  [
    'voice: recordings named by a determiner, not a place things are in',
    'The app does not upload or store your recordings on our servers.', ['voice|denied'],
    'The app does not upload or store bugs found in your recordings on our servers.', [],
  ],
  [
    'voice: calls listened in on are calls recorded, not a program\'s calls',
    'Calls to our helpline may be monitored for training purposes.', ['voice|affirmed'],
    'API calls to our servers may be monitored for security purposes.', [],
  ],
  [
    'voice: calls recorded in a relative clause',
    'Customer, vendor, and internal calls that the company chooses to record.', ['voice|affirmed'],
    'Customer, vendor, and internal calls that the company chooses to route.', [],
  ],
  [
    'imperative: a whole word after the verb, not a determiner\'s letters',
    'Keep accurate medical records for you, which might include voice data.', ['voice|affirmed'],
    'Keep a copy of your medical records, which might include voice data.', [],
  ],
  [
    'copula: a denied access is a flow, not a naming',
    'Biometric data itself is handled by Apple and is not accessible to the App.', ['biometric|denied'],
    'Biometric data itself is a category of sensitive data.', [],
  ],
  [
    'platform check: its examples in an aside',
    'Biometric authentication, such as fingerprint or face unlock, is handled by the device operating system.', [],
    'Biometric authentication, such as fingerprint or face unlock, is handled on the device and is never sent to us.', ['biometric|denied', 'face|denied'],
  ],
  [
    'platform lock: Face ID guarding something else',
    'Your notes are protected by your passcode and, if enabled, Face ID.', [],
    'Your notes are linked to your passcode and, if enabled, Face ID.', ['face|affirmed'],
  ],
  [
    'not intended: a design disowned in the mention\'s own predicate',
    'Raw audio is not intended to be collected.', [],
    'Raw audio is not collected.', ['voice|denied'],
  ],
  [
    'ui-label: a service listed with its act on the reader\'s data',
    'Provide voice transcription services (real-time processing of your audio stream)', ['voice|affirmed'],
    'Provide voice transcription services (real-time settings for your audio stream)', [],
  ],
  [
    'storage denied of the raw form, a derived form kept',
    'Fingerprints are not stored, but a one way hash value is.', ['biometric|affirmed'],
    'Fingerprints are not stored, and neither is anything else.', [],
  ],
  [
    'storage denied of raw images, the template kept instead',
    'Raw fingerprint images are never stored; only the mathematical template is kept.', ['biometric|affirmed'],
    'Raw fingerprint images are never stored; only your employee number is kept.', [],
  ],
  [
    'definition: a category named in general, then its kinds',
    'Biometrics include identifiers such as retina or iris scans and fingerprints.', [],
    'Such biometrics include identifiers such as retina or iris scans and fingerprints.', ['biometric|affirmed'],
  ],
  [
    'definition: a kind classed under a category',
    'Your iris pattern is biometric information, a unique identifier that does not change.', [],
    'Your iris pattern is stored as an encrypted template, a unique identifier that does not change.', ['biometric|affirmed'],
  ],
  [
    'denial of a finger\'s picture alone is no denial of biometric data',
    'Images of the physical fingerprint are not taken or stored in our security systems.', [],
    'Templates of the physical fingerprint are not taken or stored in our security systems.', ['biometric|denied'],
  ],
  [
    'technology: a kind of biometrics described against another',
    'In contrast to physical biometrics like a fingerprint, behavioral biometrics provides continuous authentication.', [],
    'In our app, behavioral biometrics provides continuous authentication.', ['biometric|affirmed'],
  ],
  [
    'copula: an existential there-is names nothing',
    'There are no voice recordings in the app.', ['voice|denied'],
    'These are not voice recordings.', [],
  ],
  [
    'voice: recordings beside another medium are that medium\'s',
    'We use a recording app, and these recordings are kept for 30 days.', ['voice|affirmed'],
    'We operate CCTV cameras, and these recordings are kept for 30 days.', [],
  ],
  [
    'voice: calls recorded by the organisation in a relative clause, not a status recorded',
    'Calls that the company chooses to record are kept for 90 days.', ['voice|affirmed'],
    'Calls that the scheduler records as missed are kept for 90 days.', [],
  ],
  [
    'derived form kept: of the data itself, by the company',
    'Fingerprints are not stored on our servers, but a hash value is.', ['biometric|affirmed'],
    'Fingerprints are not stored on our servers, but a hash of your account number is.', [],
  ],
  [
    'platform lock: only the check\'s name, not other data in the sentence',
    'Transactions protected by Face ID are logged with your approximate location.', ['location.approximate|affirmed'],
    'Transactions protected by Face ID are logged with your order number.', [],
  ],
  [
    'not intended: not with an act of the company\'s after it',
    'Voice recordings are not intended to be stored longer than necessary, and we delete them within 30 days.', ['voice|affirmed'],
    'Voice recordings are not intended to be stored longer than necessary.', [],
  ],
  [
    'picture of a finger: not a copy of its template',
    'We do not receive a copy of your fingerprint template at any point.', ['biometric|denied'],
    'We do not receive a picture of your fingerprint at any point.', [],
  ],
  [
    'kind classed: not one then acted on',
    'Your fingerprints are biometric data and are stored on our servers.', ['biometric|affirmed'],
    'Your fingerprints are biometric data and are unique to you.', [],
  ],
  [
    'ui-label: the act in brackets glosses a service; as the label\'s object it is a control',
    'Provide voice transcription (real-time processing of your audio stream)', ['voice|affirmed'],
    'Manage processing of your audio stream', [],
  ],
  [
    'imperative: a pronoun or adverb after the verb',
    'Tap anywhere on the map to share your precise location.', [],
    'We tap into the map to share your precise location.', ['location.precise|affirmed'],
  ],
  [
    'approximate: an area as the modifier of a data noun',
    'Payment providers may send us country and state information with any payment.', ['location.approximate|affirmed'],
    'Payment providers may send us tax and billing information with any payment.', [],
  ],
  [
    'approximate: a ZIP beside a PIN is a postal code, a PIN alone a secret',
    'Zip/Pin code provided for distance-based event searches.', ['location.approximate|affirmed'],
    'PIN code provided for a secure sign-in.', [],
  ],
  [
    'trap: a name ending in a data word and its mark',
    'To use this free Face Mapping® tool, we ask customers to scan their face geometry.', ['face|affirmed'],
    'To use this free Face Mapping® tool, we ask customers to provide their email address.', [],
  ],
  [
    'trap: a list of what does not matter, the area last',
    'The limit applies regardless of device, operating system, or country/region.', [],
    'We record your device, operating system, and country/region.', ['location.approximate|affirmed'],
  ],
  [
    'precision: the finding, its source, then the location',
    'The platform may determine from an IP address the geographic location of the learner.', ['location.approximate|affirmed'],
    'The platform may determine from a survey the geographic location of the learner.', ['location|affirmed'],
  ],
  [
    'precision: location-based services run on their sources',
    'The app uses location-based services, which employ a combination of GPS and cellular triangulation.', ['location.precise|affirmed'],
    'The app uses location-based services, which employ a combination of maps and search history.', ['location|affirmed'],
  ],
  [
    'on device: where the data lives',
    'Your location lives exclusively on your device.', ['location|denied'],
    'Your location lives exclusively on our servers.', ['location|affirmed'],
  ],
  [
    "on device: used locally, on the phone only: processing there is the company's software at work (a claim); kept from the company, a denial",
    "The map uses your current location locally, on your phone only, to center the view.", ['location|affirmed'],
    "The map uses your current location locally, on your phone only, to center the view, and it never leaves your device.", ['location|denied'],
  ],
  [
    'face: a selfie made into a template is matched face data',
    'We analyze your selfie and the image on your driver\'s license and create a unique template for each.', ['face|affirmed'],
    'We analyze your selfie and the image on your driver\'s license and create a support ticket for each.', [],
  ],
  [
    'reader-control: a control the reader is told to use, our act only in what they may not want',
    'If you do not want us to use your location for these purposes, you should turn off location services in your phone settings.', [],
    'If you do not want us to use your location for these purposes, you should know that we collect it anyway.', ['location|affirmed'],
  ],
  [
    'approximate: an area modifier only of the reader\'s or given to the company',
    'Payment providers may send us country information with any payment.', ['location.approximate|affirmed'],
    'Country information for our regional offices is listed in the Contact Us section.', [],
  ],
  [
    'trap regardless: a list, not a clause before the claim',
    'Regardless of the platform, your location is shared with our mapping partner.', ['location|affirmed'],
    'The limit applies regardless of the platform, the device, or your country.', [],
  ],
  [
    'trap marked name: not a mark on the data acted on',
    'We store your Face Scan™ data for up to three years.', ['face|affirmed'],
    'We store your Face Scan™ preferences for up to three years.', [],
  ],
  [
    "on device: used locally only if said so: processing there is the company's software at work (a claim); kept from the company, a denial",
    "The app uses your location locally on your phone only.", ['location|affirmed'],
    "The app uses your location locally on your phone only, and it never leaves your device.", ['location|denied'],
  ],
  [
    'face: a template of a person, not one for a card',
    'We analyze your selfie and create a unique biometric template from it.', ['face|affirmed'],
    'Upload a selfie and we will generate a template for your personalized birthday card.', [],
  ],
  [
    'reader-control: not with a clause that says what happens anyway',
    'You should disable voice recording before meetings.', [],
    'You should disable voice recording before meetings, because the assistant uploads every recording to the cloud.', ['voice|affirmed'],
  ],
  [
    'reader in the third person: a choice about a permission',
    'Users can choose whether to allow or deny location permission.', [],
    'Users can choose whether to allow us to collect their location.', ['location|affirmed'],
  ],
  [
    'reader in the third person: a control',
    'Patients can turn off location sharing in the app settings.', [],
    'Patients can turn off location sharing in the app settings, but we still log their location.', ['location|affirmed'],
  ],
  [
    'what the reader can do without a permission',
    'Riders can enter addresses by hand without granting location permission.', [],
    'Riders can enter addresses by hand without granting location permission, but we still collect their location.', ['location|affirmed'],
  ],
  [
    'without a permission: a company act in it keeps the claim',
    'You can search for stores without granting location access.', [],
    'You can search for stores without granting location access, and we will then estimate your city from your IP address.', ['location.approximate|affirmed'],
  ],
  [
    'a control withheld keeps what it controls',
    'The app does not turn off location tracking when it is closed.', ['location|affirmed'],
    'The app does not use location tracking when it is closed.', ['location|denied'],
  ],
  [
    'a company named by a data word: a plural ending the name',
    'Your data is stored on servers run by Acme Biometrics.', [],
    'Your biometrics are stored on servers run by Acme.', ['biometric|affirmed'],
  ],
  [
    'a company named by a data word: "At <name>, we"',
    'At Gait, we value your privacy and your control over your data.', [],
    'At Acme, we value your privacy and measure your gait.', ['biometric|affirmed'],
  ],
  [
    'roughly where readers in the third person are',
    'We use analytics to learn roughly where visitors come from.', ['location.approximate|affirmed'],
    'We use analytics to learn which pages visitors come from.', [],
  ],
  [
    'bare coordinates are a point',
    'The backend may process coordinates to serve the forecast.', ['location.precise|affirmed'],
    'The backend may process coordinates of weather stations to serve the forecast.', [],
  ],
  [
    'bare coordinates: the contact sense',
    'Coordinates stay on your device and are never sent to us.', ['location.precise|denied'],
    'Your contact coordinates stay on your device and are never sent to us.', [],
  ],
  [
    'emotions read from a picture of the face',
    'Images are sent to our servers for emotion analysis.', ['face|affirmed'],
    'Texts are sent to our servers for emotion analysis.', [],
  ],
  [
    'a picture of the face acted on, in the passive after it',
    'Facial images are scanned to check for excluded persons.', ['face|affirmed'],
    'Facial images are stored to check for excluded persons.', [],
  ],
  [
    'a movement history is whereabouts over time',
    'We do not collect any movement history.', ['location|denied'],
    'We do not collect any purchase history.', [],
  ],
  [
    'movements tracked, an adjective between',
    'We do not track your continuous movement.', ['location|denied'],
    'We do not track your continuous progress.', [],
  ],
  [
    'records of the movements of a user',
    'The operator keeps no records of the movements of any particular rider.', ['location|denied'],
    'The operator keeps no records of the payments of any particular rider.', [],
  ],
  [
    'the OS requiring location for Wi-Fi scans is no claim',
    'Android requires location permission to perform Wi-Fi scanning.', [],
    'Android requires location permission to perform Wi-Fi scanning, and the app uploads your location to our servers.', ['location.precise|affirmed'],
  ],
  [
    'grouping photos by face is face data',
    'We keep face clustering results for 30 days.', ['face|affirmed'],
    'We keep file clustering results for 30 days.', [],
  ],
  [
    '"their" coordinated with a plural of things is the things\'',
    'This list of stations and their location is kept only on your device.', [],
    'This list of users and their location is kept only on your device.', ['location|denied'],
  ],
  [
    'a preference about location is no location',
    'We store your location preferences to show the weather.', [],
    'We store your location data to show the weather.', ['location|affirmed'],
  ],
  [
    'the generic as the object of a verb of its own after the kind is kept',
    'We do not use facial recognition or store biometric data.', ['face|denied', 'biometric|denied'],
    'We do not use facial recognition or store biometric data such as faceprints.', ['face|denied'],
  ],
  [
    'coordinates beside a face\'s points are the face\'s',
    'The app reads facial landmarks and coordinates to place the filter.', ['face|affirmed'],
    'The app reads timestamps and coordinates to place the pin.', ['location.precise|affirmed'],
  ],
  [
    'a device key whose processing stays on the device is denied with it',
    'If you enable sign-in with Face ID, all biometric processing happens entirely on your device.', ['face|denied'],
    'If you enable sign-in with Face ID, authentication is handled entirely by your device\'s operating system.', [],
  ],
  [
    'people followed continuously, the adverb before the verb or in the background after',
    'The app does not continuously track users in the background.', ['location|denied'],
    'The app does not continuously sync users in the background.', [],
  ],
  [
    'a ride\'s two ends are where the rider goes',
    'Rider pickup and drop-off details are shared with matched drivers.', ['location|affirmed'],
    'Rider payment and rating details are shared with matched drivers.', [],
  ],
  [
    'which countries the readers come from',
    'We can see what countries the users are from.', ['location.approximate|affirmed'],
    'We can see what pages the users are from.', [],
  ],
  [
    'the reader\'s own audio footage is their voice',
    'We retain your uploaded video and audio footage for two years.', ['voice|affirmed'],
    'We retain the store\'s CCTV video and audio footage for two years.', [],
  ],
  [
    'a generic location as its own item beside an area keeps its label',
    'We collect your current country and location.', ['location.approximate|affirmed', 'location|affirmed'],
    'We collect your current location, such as your country.', ['location.approximate|affirmed'],
  ],
  [
    'list items between the area and the location',
    'We collect your country, email address, phone number and geolocation.', ['location.approximate|affirmed', 'location|affirmed'],
    'We collect your geolocation, such as your country.', ['location.approximate|affirmed'],
  ],
  [
    'coordinates made coarse are approximate',
    'Our partners receive rounded coordinates.', ['location.approximate|affirmed'],
    'Our partners receive exact coordinates.', ['location.precise|affirmed'],
  ],
  [
    'a picture of the face processed to tell who it is',
    'The purpose of facial image processing is to identify the person at the gate.', ['face|affirmed'],
    'The purpose of facial image processing is to improve the picture quality.', [],
  ],
  [
    'how someone signs, measured',
    'We record the dynamics of your handwritten signature.', ['biometric|affirmed'],
    'We record the date of your handwritten signature.', [],
  ],
  [
    'how a device is held, to tell who holds it',
    'We analyse how you hold your phone to detect fraud.', ['biometric|affirmed'],
    'We analyse how you hold your phone to improve the layout.', [],
  ],
  [
    'a body by its dimensions',
    'We collect your body measurements to recommend sizes.', ['biometric|affirmed'],
    'We collect your shoe brand to recommend sizes.', [],
  ],
  [
    'a thumbprint is a fingerprint',
    'We store a hash of your thumbprint.', ['biometric|affirmed'],
    'We store a hash of your password.', [],
  ],
  [
    'the head modelled in three dimensions',
    'We derive a 3D model of your head to fit the glasses.', ['face|affirmed'],
    'We derive a 3D model of your room to fit the furniture.', [],
  ],
  [
    'trips tracked are whereabouts over time',
    'We track your trips while the app is running.', ['location|affirmed'],
    'We track your orders while the app is running.', [],
  ],
  [
    'what the reader may choose in place of it',
    'If you do not want to use device location, you can search for a city instead.', [],
    'If you do not want to use device location, you can search for a city instead, and we will estimate your location from your IP address.', ['location.approximate|affirmed'],
  ],
  [
    'a precision the reader grants rather than another',
    'You can grant an approximate location rather than a precise one.', [],
    'We collect an approximate location rather than a precise one.', ['location.approximate|affirmed'],
  ],
  [
    'review 40: a reader noun outside the first list (shoppers)',
    'Shoppers can enter addresses without granting location permission.', [],
    'Shoppers can enter addresses without granting location permission, but we still collect their location.', ['location|affirmed'],
  ],
  [
    'review 40: the reader\'s alternative said first',
    'Instead of using face unlock, you can sign in with a password.', [],
    'Instead of a password, we use face recognition to sign you in.', ['face|affirmed'],
  ],
  [
    'review 40: a stop withheld keeps what it would stop',
    'The app does not stop location tracking when you close it.', ['location|affirmed'],
    'The app does not use location tracking when you close it.', ['location|denied'],
  ],
  [
    'review 40: coordinates made coarse, said after them',
    'We only keep coordinates truncated to two decimal places.', ['location.approximate|affirmed'],
    'We only keep coordinates from your device.', ['location.precise|affirmed'],
  ],
  [
    'review 40: coordinates from the reader\'s device, denied',
    'We do not collect coordinates from your device.', ['location.precise|denied'],
    'We do not collect coordinates from public map datasets.', [],
  ],
  [
    'review 40: a facial image past who gave it',
    'Facial images submitted by users are analysed to estimate age.', ['face|affirmed'],
    'Facial images submitted by users are stored to estimate age.', [],
  ],
  [
    'review 40: journeys tracked, in the passive',
    'Your journeys are tracked by the app.', ['location|affirmed'],
    'Your orders are tracked by the app.', [],
  ],
  [
    'review 40: "as well as" between list items',
    'We collect your country as well as your location.', ['location.approximate|affirmed', 'location|affirmed'],
    'We collect your country as well as your name.', ['location.approximate|affirmed'],
  ],
  [
    'the reader unable to switch it off: what it controls goes on',
    'You cannot turn off precise location while navigation is active.', ['location.precise|affirmed'],
    'You can turn off precise location while navigation is active.', [],
  ],
  [
    'a ride\'s two ends as locations are where the rider goes',
    'We collect pickup and drop-off locations for each ride.', ['location|affirmed'],
    'We collect pickup and drop-off times for each ride.', [],
  ],
  [
    'a fronted instead-of phrase denies only to its comma',
    'Instead of asking for your location, we use your IP address to estimate your city.', ['location|denied', 'location.approximate|affirmed'],
    'Instead of asking for your location or using your IP address to estimate your city, we show every store.', ['location.approximate|denied'],
  ],
  [
    'a fronted rather-than phrase denies only to its comma',
    'Rather than tracking your GPS location, the app asks for your postcode.', ['location.precise|denied', 'location.approximate|affirmed'],
    'Rather than tracking your GPS location or asking for your postcode, the app shows every store.', ['location.precise|denied', 'location.approximate|denied'],
  ],
  [
    'the routes of the reader\'s trips are where they went',
    'We record your trip routes.', ['location|affirmed'],
    'We record your trip receipts.', [],
  ],
  [
    'the reader\'s bare routes, kept on the device, are denied',
    'Your routes never leave your phone.', ['location|denied'],
    'Your routes are uploaded from your phone.', ['location|affirmed'],
  ],
  [
    'a label before a dash and a subjectless denial is the denial\'s topic',
    'Voice data - no audio is recorded or uploaded.', ['voice|denied'],
    'Voice data - all audio is recorded and uploaded.', ['voice|affirmed'],
  ],
  [
    'a label before a dash with no space and a denial',
    'Location data -no GPS coordinates or IP-based location.', ['location.precise|denied', 'location.approximate|denied'],
    'Location data -GPS coordinates and IP-based location.', ['location.precise|affirmed', 'location.approximate|affirmed'],
  ],
  [
    'neither opening its clause after a short fronted adverbial',
    'As a result, neither we nor any third party can decrypt or read the contents of your Location Data.', ['location|denied'],
    'As a result, both we and any third party can decrypt and read the contents of your Location Data.', ['location|affirmed'],
  ],
  [
    'none of opening its clause after a short fronted adverbial',
    'In practice, none of our features use or collect your fingerprints.', ['biometric|denied'],
    'In practice, all of our features use and collect your fingerprints.', ['biometric|affirmed'],
  ],
  [
    'out of others\' sight is a sharing denied, out of ours a denial',
    'Your location is never visible to other members.', [],
    'Your location is never visible to us.', ['location|denied'],
  ],
  [
    'an option to leave the data out of what the reader exports',
    'The app includes an option to exclude GPS coordinates from your exports.', [],
    'The app includes an option to include GPS coordinates in your exports.', ['location.precise|affirmed'],
  ],
  [
    'a part of the face between it and what is measured',
    'The camera reads your facial muscle movements.', ['face|affirmed'],
    'The camera reads your arm muscle movements.', [],
  ],
  [
    'the face\'s build and surface measured',
    'We analyze your facial skin texture.', ['face|affirmed'],
    'We analyze your fabric texture.', [],
  ],
  [
    'a rough precision before a slash and a precise one',
    'We collect approximate/precise location.', ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We collect precise location.', ['location.precise|affirmed'],
  ],
  [
    'a proximity beacon by its protocol\'s name',
    'The app reacts to iBeacons around the site.', ['location.precise|affirmed'],
    'The app reacts to icons around the site.', [],
  ],
  [
    'readers told to do something in the passive are advised',
    'Users are encouraged to protect their devices with fingerprint authentication.', [],
    'Users are required to verify their identity with fingerprint authentication.', ['biometric|affirmed'],
  ],
  [
    'a technology defined past two modifiers',
    'Face recognition is a biometric recognition technology that verifies a person\'s identity.', [],
    'Face recognition is the recognition technology that we use to verify your identity.', ['face|affirmed'],
  ],
  [
    'a numbered heading with a condition in brackets',
    '3.6 Audio (if you use voice)', [],
    '3.6 Audio is recorded (if you use voice)', ['voice|affirmed'],
  ],
  [
    'premises as the modifier of location are a place',
    'We collect the restaurant location and opening hours.', [],
    'We collect your location and opening hours.', ['location|affirmed'],
  ],
  [
    'maintaining a store of the data denied is a keeping denied',
    'We do not maintain a database of your location history.', [],
    'We do not collect or maintain a database of your location history.', ['location|denied'],
  ],
  [
    'a source in a clause after a contrast is not the location\'s',
    'We ask for location permission to use Bluetooth, but we never use it to know where you are.', ['location|affirmed', 'location|denied'],
    'We ask for location permission, and we use Bluetooth to know where you are.', ['location.precise|affirmed'],
  ],
  [
    'a permission the platform makes the company ask for, then denied',
    'Android forces us to ask for location permission to scan for Bluetooth devices, but we never use it.', ['location|denied'],
    'We ask for location permission to scan for Bluetooth devices, but we never sell it.', ['location|affirmed'],
  ],
  [
    'a selfie used to search for matches says how it is compared',
    'The app uses your selfie to search the gallery for photo matches.', ['face|affirmed'],
    'The app uses your selfie to decorate the gallery.', [],
  ],
  [
    'selfie matching names the matching',
    'We use selfie matching to verify your identity.', ['face|affirmed'],
    'We use selfie filters to decorate your profile.', [],
  ],
  [
    'out of others\' reach is a sharing denied, out of ours a denial',
    'Your location is never accessible to other users.', [],
    'Your location is never accessible to us.', ['location|denied'],
  ],
  [
    'a permission the platform requires, then the data denied',
    'The app is required by Android to have the location permission, but the location information is never used.', ['location|denied'],
    'The app asks for the location permission, but the location information is never sold.', ['location|affirmed'],
  ],
  [
    'an operating system by its name is a party of its own',
    'iOS uses Wi-Fi and GPS to determine your location.', [],
    'Our iOS app uses Wi-Fi and GPS to determine your location.', ['location.precise|affirmed'],
  ],
  [
    'a plea to the reader after a condition of theirs is advice',
    'If you are under 13, please do not use the voice features.', [],
    'If you are under 13, we do not use your voice.', ['voice|denied'],
  ],
  [
    'a setting that can be turned either way is the reader\'s',
    'Location services can be turned on or off in your phone\'s settings.', [],
    'Location services are turned on by the app to collect your location.', ['location|affirmed'],
  ],
  [
    'live classes recorded carry their voices',
    'We record all live classes.', ['voice|affirmed'],
    'We record class attendance.', [],
  ],
  [
    'interviews recorded and transcribed',
    'We record and transcribe interviews.', ['voice|affirmed'],
    'We record and transcribe invoices.', [],
  ],
  [
    'calls retained are their recordings',
    'Calls are retained for 4 weeks.', ['voice|affirmed'],
    'Call logs are retained for 4 weeks.', [],
  ],
  [
    'a call analysed, not its volumes',
    'We may analyse the call to improve our service.', ['voice|affirmed'],
    'We may analyse call volumes to improve our service.', [],
  ],
  [
    'telephony recordings are the calls\'',
    'Telephony recordings are kept for 2 years.', ['voice|affirmed'],
    'Telephony invoices are kept for 2 years.', [],
  ],
  [
    'audio segments are audio',
    'Short audio segments may be recorded for quality analysis.', ['voice|affirmed'],
    'Short audio levels may be recorded for quality analysis.', [],
  ],
  [
    'a developer in the singular who never receives it',
    'The app gets your location, but I never receive it.', ['location|denied'],
    'The app gets your location, and I receive it.', ['location|affirmed'],
  ],
  [
    'getting the data denied',
    'We do not get your exact location.', ['location.precise|denied'],
    'We get your exact location.', ['location.precise|affirmed'],
  ],
  [
    'a reader who can avoid it has a setting',
    'You can avoid location tracking through your device settings.', [],
    'We use location tracking through your device settings.', ['location|affirmed'],
  ],
  [
    'feature points of the face\'s parts',
    'The app finds feature points such as the eye, nose and mouth points.', ['face|affirmed'],
    'The app finds feature points such as the roof, door and window points.', [],
  ],
  [
    'the face\'s parameters',
    'The request sends structured facial parameters.', ['face|affirmed'],
    'The request sends structured filter parameters.', [],
  ],
  [
    'a definition whose meaning is what the company\'s equipment stores',
    'Biometric data refers to the fingerprint templates that our timeclocks store.', ['biometric|affirmed'],
    'Biometric data refers to fingerprint templates, which employers store.', [],
  ],
  [
    'the company by its name destroying the data holds it until then',
    'Consistent with applicable law, Acme will permanently destroy your biometric data within one year.', ['biometric|affirmed'],
    'Under applicable law, a private entity must permanently destroy biometric data within one year.', [],
  ],
  [
    'an adverb of place ends the noun phrase',
    'The app itself does not record or transmit your audio anywhere.', ['voice|denied'],
    'The app itself does not record or transmit your audio settings anywhere.', [],
  ],
  [
    'a latitude and longitude made coarse are approximate',
    'We collect your latitude and longitude rounded to two decimal places.', ['location.approximate|affirmed'],
    'We collect your latitude and longitude accurate to five decimal places.', ['location.precise|affirmed'],
  ],
  [
    'a precise source\'s coordinates made coarse are approximate',
    'We collect your GPS coordinates, rounded to two decimal places.', ['location.approximate|affirmed'],
    'We collect your GPS coordinates, accurate to two metres.', ['location.precise|affirmed'],
  ],
  [
    'a handprint is a print of the hand',
    'We take your handprint at the gate.', ['biometric|affirmed'],
    'We take your handbag at the gate.', [],
  ],
  [
    'some meetings recorded',
    'We use Microsoft Teams to record some meetings.', ['voice|affirmed'],
    'We use Microsoft Teams to schedule some meetings.', [],
  ],
  [
    'recordings of an appointment are a consultation\'s',
    'Recordings of your appointment are kept for 6 months.', ['voice|affirmed'],
    'Records of your appointment are kept for 6 months.', [],
  ],
  [
    'a thumb to pay with, at the end of its phrase',
    'Pupils pay for lunch using their thumb.', ['biometric|affirmed'],
    'Pupils pay for lunch using their card.', [],
  ],
  [
    'a fingertip read by a terminal',
    'The terminal reads your fingertip.', ['biometric|affirmed'],
    'The terminal reads your fare card.', [],
  ],
  [
    'kept on the device and not at the company\'s side is kept there only',
    'Your biometric template is stored on the device, not on our servers.', ['biometric|denied'],
    'Your biometric template is stored on the device and on our servers.', ['biometric|affirmed'],
  ],
  [
    'a slash offers either medium before one head, and none after the pair',
    'We collect audio/video and usage data from your sessions.', ['voice|affirmed'],
    'We collect video and usage data from your sessions.', [],
  ],
  [
    'a slash pair with no head after it leaves the first word the data',
    'We collect audio/video of each lesson.', ['voice|affirmed'],
    'We collect video of each lesson.', [],
  ],
  [
    'the verb upload takes a finger\'s print; a file upload\'s fingerprint is a checksum',
    'The app does not upload fingerprint images to our servers.', ['biometric|denied'],
    'The app does not keep each upload fingerprint on our servers.', [],
  ],
  [
    'voice as a medium beside text is the reader\'s voice',
    'We log your search queries (text or voice).', ['voice|affirmed'],
    'We log your search queries (text only).', [],
  ],
  [
    'voice beside text, not a kind of call offered',
    'The voice and text you enter into the translator are sent to our provider.', ['voice|affirmed'],
    'The voice and video calls you make in the translator are sent to our provider.', [],
  ],
  [
    'voice in brackets names what a content is',
    'Conversation content (voice) is stored for 30 days.', ['voice|affirmed'],
    'Conversation content (text) is stored for 30 days.', [],
  ],
  [
    'interviews recorded, with a participle of the event after them',
    'The platform records and transcribes interviews conducted on it.', ['voice|affirmed'],
    'The platform records and ranks applications submitted on it.', [],
  ],
  [
    'kept on no place outside the device, past a place named first (a time limit instead says it is kept)',
    'Your fingerprint data will not be stored on the cloud server or anywhere else outside of your device.', ['biometric|denied'],
    'Your fingerprint data will not be stored on the cloud server for more than a day.', ['biometric|affirmed'],
  ],
  [
    'a country code of the reader\'s is an approximate location; a card\'s is none',
    'We record the country code detected from your device\'s locale.', ['location.approximate|affirmed'],
    'We record the card issuer and country code of your payment card.', [],
  ],
  [
    'a telephone number\'s country code is no location',
    'We store your country code and language preference.', ['location.approximate|affirmed'],
    'We store your phone number with its country code and your language preference.', [],
  ],
  [
    'faces compared, named as faces, are matched (a selfie and a photo compared say no how)',
    'We compare your selfie to the face on your ID.', ['face|affirmed'],
    'We compare your selfie to the photo on your ID.', [],
  ],
  [
    'the numbers a face is turned into',
    'We keep an encrypted copy of your facial math on our servers.', ['face|affirmed'],
    'We keep an encrypted copy of your account math on our servers.', [],
  ],
  [
    'a check run on a face',
    'Our providers run face checks for us.', ['face|affirmed'],
    'Our providers run card checks for us.', [],
  ],
  [
    'face as a verb after a subject is no face',
    'We may keep face data for a day.', ['face|affirmed'],
    'We may face data limits for a day.', [],
  ],
  [
    'a microphone in a list of what is accessed is the microphone alone: the items before it keep their own claim',
    'The app does not request access to your location, contacts, camera, microphone, or photos.', ['location|denied', 'voice|denied'],
    'The app does not request access to your contacts, camera, microphone, or photos.', ['voice|denied'],
  ],
  [
    'a denied verb whose object a colon opens reaches every item of the list',
    'We do not collect through our crash reporter: your name; precise geolocation; voice data.', ['location.precise|denied', 'voice|denied'],
    'We collect through our crash reporter: your name; precise geolocation; voice data.', ['location.precise|affirmed', 'voice|affirmed'],
  ],
  [
    'a slashed pair in a run-in heading is one word of it: the heading names the topic of the denial after it',
    'Face/Biometric Data Retention – Acme does not capture or store any biometric data.', ['biometric|denied'],
    'Face/Biometric Data Retention – Acme captures and stores biometric data.', ['biometric|affirmed'],
  ],
  [
    'not without the reader\'s own act is a conditional affirmation',
    'No audio is collected without your direct action.', ['voice|affirmed'],
    'No audio is collected by the app.', ['voice|denied'],
  ],
  [
    'never without the user\'s interaction is a conditional affirmation',
    'Audio is never recorded without user interaction.', ['voice|affirmed'],
    'Audio is never recorded during user interaction.', ['voice|denied'],
  ],
  [
    'local as what the data is, is where it stays',
    'Voiceprints are local.', ['voice|denied'],
    'Voiceprints are unique.', [],
  ],
  [
    'local to the reader\'s device, not to a region',
    'Your recordings stay local to your device.', ['voice|denied'],
    'Your recordings stay local to our region.', ['voice|affirmed'],
  ],
  [
    'both precision words before one location name both kinds',
    'We collect approximate and precise location of the device.', ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We collect approximate and anonymized location of the device.', ['location.approximate|affirmed'],
  ],
  [
    'both precision words joined by an ampersand',
    'We use precise & approximate location for check-in.', ['location.approximate|affirmed', 'location.precise|affirmed'],
    'We use precise location for check-in.', ['location.precise|affirmed'],
  ],
  [
    'the policy\'s word over its source: approximate GPS coordinates',
    'Your approximate device GPS coordinates are used to calculate distances.', ['location.approximate|affirmed'],
    'Your device GPS coordinates are used to calculate distances.', ['location.precise|affirmed'],
  ],
  [
    'an exact location found from an IP address is the policy\'s word',
    'We use your IP address to determine the exact location where you signed.', ['location.precise|affirmed'],
    'We use your IP address to determine the location where you signed.', ['location.approximate|affirmed'],
  ],
  [
    'an IP address used, past a time, for a geographic purpose among others',
    'Your IP address is used temporarily during your visit for bot detection and geolocation lookup.', ['location.approximate|affirmed'],
    'Your IP address is used temporarily during your visit for bot detection and rate limiting.', [],
  ],
  [
    'transcripts beside a call are the call\'s',
    'Transcripts and call metadata are retained for 30 days.', ['voice|affirmed'],
    'Transcripts and grade metadata are retained for 30 days.', [],
  ],
  [
    'a call as the verb, or a school\'s transcripts, are no call\'s transcripts',
    'We will call you about your transcripts.', [],
    'We keep transcripts of your calls with us.', ['voice|affirmed'],
  ],
  [
    'voice listened to as it is spoken',
    'Moderators may monitor voice chat live.', ['voice|affirmed'],
    'Moderators may monitor text chat live.', [],
  ],
  [
    'the box a face is found in',
    'The app derives a face bounding rectangle from your photo.', ['face|affirmed'],
    'The app derives a text bounding rectangle from your photo.', [],
  ],
  [
    'the age of majority where the reader lives is a jurisdiction',
    'If you are under the age of majority where you live, a parent must accept this policy.', [],
    'If you are under 18, we record where you live so a parent can accept this policy.', ['location|affirmed'],
  ],
  [
    'a glossary entry\'s data relating to anyone defines; the reader\'s data relating is a list of what is kept',
    'Farm Data: data related to farming operations, including field locations (GPS).', [],
    'Farm Data: data related to your farming operations, including field locations (GPS).', ['location.precise|affirmed'],
  ],
  [
    'a kind of data named as what it measures of people defines it',
    'Biometrics are measurements of people\'s physical characteristics, such as your fingerprint.', [],
    'We collect measurements of your physical characteristics, such as your fingerprint.', ['biometric|affirmed'],
  ],
  [
    'what a kind of data tells, said of the data, is no one\'s act',
    'Location data reveals where you have been.', [],
    'Our app shows where you have been.', ['location|affirmed'],
  ],
  [
    'verbs joined by a slash share the negation: only a further act denied',
    'We do not resell / provide location information to third parties.', [],
    'We do not collect / provide location information to third parties.', ['location|denied'],
  ],
  [
    'a concession conditions no denial under it',
    'Even if you have disabled location services, we determine your city from your IP address, but not your exact location.', ['location.approximate|affirmed', 'location.precise|denied'],
    'If you have disabled location services, we determine your city from your IP address, but not your exact location.', ['location.approximate|affirmed', 'location.precise|affirmed'],
  ],
  [
    'a precision denied in a bracket after the location',
    'We keep your general location (city-level, never precise).', ['location.approximate|affirmed', 'location.precise|denied'],
    'We keep your general location (city-level, never shared).', ['location.approximate|affirmed'],
  ],
  [
    'a region\'s code is an approximate location',
    'We only send the resulting region code to our servers.', ['location.approximate|affirmed'],
    'We only send the resulting error code to our servers.', [],
  ],
  [
    'what is said of a voice memo is no voice',
    'We keep voice memo metadata such as title and duration.', [],
    'We keep voice memos such as your notes to self.', ['voice|affirmed'],
  ],
  [
    'tracking of a body part named before is not whereabouts tracked',
    'This face tracking data is used to generate real-time tracking parameters for animation.', ['face|affirmed'],
    'This usage data is used to generate real-time tracking of our couriers.', ['location|affirmed'],
  ],
  [
    'a picture compared with the one on an identity document, biometrically, is the face matched',
    'Biometric data is compared between the photo taken and the photo of your ID document.', ['face|affirmed'],
    'The photo taken is compared with the photo of your ID document.', [],
  ],
  [
    'a live image matched with a reference photo is the face matched',
    'We match the live image captured at signing with a reference photo.', ['face|affirmed'],
    'We store the live image captured at signing with a reference photo.', [],
  ],
  [
    'a quoted term, then the kind of information it is, defines it',
    '“Voice Data” is a form of personal information that comprises recordings which may be used to identify you.', [],
    '“Voice Data” is collected by us as a form of personal information that comprises recordings which may be used to identify you.', ['voice|affirmed'],
  ],
  [
    'a kind that includes a genus of characteristics is a definition; one that includes the company\'s records is not',
    'Biometric data includes unique physical or behavioural characteristics, such as fingerprints or iris scans.', [],
    'Biometric data we hold includes unique physical or behavioural characteristics, such as fingerprints or iris scans.', ['biometric|affirmed'],
  ],
  [
    'a kind that is based on a source is no definition',
    'Location data is based on satellite positioning methods, such as GPS.', ['location.precise|affirmed'],
    'Location data is a category of information, such as GPS coordinates.', [],
  ],
  [
    'that a kind has many members is no practice',
    'There are many kinds of biometrics, including fingerprints, palm veins and iris patterns.', [],
    'We use many kinds of biometrics, including fingerprints, palm veins and iris patterns.', ['biometric|affirmed'],
  ],
  [
    'examples of any kind are a definition, not the company\'s examples',
    'Examples of machine learning include speech recognition and handwriting recognition.', [],
    'Examples of the machine learning we apply include speech recognition and handwriting recognition.', ['voice|affirmed'],
  ],
  [
    'the law\'s special categories in any words are the law\'s list',
    'Special category data relates to race, politics, religion, trade union membership, biometric data and health.', [],
    'We collect special category data relating to race, politics, religion, trade union membership, biometric data and health.', ['biometric|affirmed'],
  ],
  [
    'local processing offered beside the company\'s servers, after a comma, is not local only',
    'If voice recognition is used, it is either processed locally on the device, or processed securely through our servers.', ['voice|affirmed'],
    'If voice recognition is used, it is processed locally on the device and never sent to our servers.', ['voice|denied'],
  ],
  [
    'a denial of the picture only, beside a claim of the data, keeps the claim alone',
    'The canteen system stores a measurement taken from a finger, but not a fingerprint image.', ['biometric|affirmed'],
    'The canteen system stores a measurement taken from a finger, but not a fingerprint.', ['biometric|affirmed', 'biometric|denied'],
  ],
  [
    'the reader stopping their own sharing is a control, not a claim',
    'You can stop sharing your location at any time by closing the app.', [],
    'We keep sharing your location at any time until you close the app.', ['location|affirmed'],
  ],
  [
    '\'it\' after a verb of permission is its object, not an app acting',
    'You can also use the app without ever giving it access to your location.', [],
    'You can also use the app, and it will access your location.', ['location|affirmed'],
  ],
  [
    'a switch the reader is told to turn off is an instruction',
    'Deactivate the location function in the app if you no longer wish to use this service.', [],
    'The app deactivates the location function and deletes your location if you no longer wish to use this service.', ['location|affirmed'],
  ],
  [
    'an IP address used for something geographic is an approximate location',
    'IP address: used for fraud checks and geographic personalisation.', ['location.approximate|affirmed'],
    'IP address: used for fraud checks and session personalisation.', [],
  ],
  [
    'an IP address matched to the countries it comes from is an approximate location',
    'We use IP addresses to match error reports to the countries they come from.', ['location.approximate|affirmed'],
    'We use IP addresses to match error reports to the sessions they come from.', [],
  ],
  [
    'the countries and cities a service is used in, as usage data, are approximate locations',
    'Our reports show which countries and cities users are accessing the service from.', ['location.approximate|affirmed'],
    'Our reports show which devices and browsers users are accessing the service from.', [],
  ],
  [
    'a part of the face tracked as it moves is face data',
    'The camera tracks the movement of your mouth to animate the avatar.', ['face|affirmed'],
    'The camera tracks the movement of your cursor to animate the avatar.', [],
  ],
  [
    'the angle of the head is face data; the head of a bed is not',
    'The image is used only to measure the angle of the head.', ['face|affirmed'],
    'The image is used only to measure the angle of the head of the bed.', [],
  ],
  [
    'a device placed relative to the face is face tracking, not whereabouts',
    'The camera tracks the position of your phone relative to your face.', ['face|affirmed'],
    'The app tracks the position of your phone relative to the nearest store.', ['location|affirmed'],
  ],
  [
    'blinking and smiling checked for as signs of life are the face read',
    'Our system checks for signs of life through natural movements such as blinking and smiling.', ['face|affirmed'],
    'The tutorial video shows natural movements such as blinking and smiling.', [],
  ],
  [
    'a face found as it appears in the camera\'s view is a face detected',
    'The app warns you by noticing when a different face appears in the camera\'s view.', ['face|affirmed'],
    'The app warns you by noticing when a different device appears on your network.', [],
  ],
  [
    'a receiver shared by two verbs is still the receiver of the send denied',
    'Your location is used only in the app; it is never transmitted to or stored on our servers.', ['location|denied'],
    'Your location is used in the app, and it is transmitted to and stored on our servers.', ['location|affirmed'],
  ],
  [
    "'as part of' names what the data belongs to, not a share of it processed locally: processing there is the company's software at work (a claim); kept from the company, a denial",
    "Location data, as part of the trip log, are processed locally on your device.", ['location|affirmed'],
    "Location data, as part of the trip log, are processed locally on your device, and it never leaves your device.", ['location|denied'],
  ],
  [
    'the reader\'s terminal is their device',
    'Location data never leave your terminal.', ['location|denied'],
    'Location data never leave the check-in terminal.', ['location|affirmed'],
  ],
  [
    'audio passed through and never recorded is not collected; a transcript made of it is',
    'Audio from the microphone is processed instantly and is never recorded.', ['voice|denied'],
    'Audio from the microphone is processed instantly for transcription and is never recorded.', ['voice|affirmed'],
  ],
  [
    'speech passed through and never recorded is not collected; one whose transcript is kept is',
    'No audio is ever recorded or uploaded; speech is processed in real time and discarded immediately.', ['voice|denied'],
    'No audio is ever recorded or uploaded; speech is processed in real time and the transcript is kept.', ['voice|affirmed', 'voice|denied'],
  ],
  [
    'an IP address spelled out in brackets after its short form is an IP address',
    'Logs include your IP (Internet Protocol) address (and associated geographic information).', ['location.approximate|affirmed'],
    'Logs include your IP (Internet Protocol) address (and unrelated geographic information).', ['location|affirmed'],
  ],
  [
    'an IP address which, past an aside and a modal, can be matched to geography is an approximate location',
    'We log the IP address of the device being used, which can sometimes be matched to broad geographic data.', ['location.approximate|affirmed'],
    'We log the IP address of the device being used, which can sometimes be matched to broad usage data.', [],
  ],
  [
    'a quality said before the data\'s own passive act keeps the act',
    'Your voice data will be confidential and stored securely and will not be shared with any third party.', ['voice|affirmed'],
    'Your voice data will be confidential and will not be shared with any third party.', [],
  ],
  [
    'recordings of discussions are of voices',
    'Recordings of telephone discussions you have had with our support team are kept for a year.', ['voice|affirmed'],
    'Summaries of forum threads you have posted with our support team are kept for a year.', [],
  ],
  [
    'voice as an item of a list of personal data, with no possessive, is the person\'s voice',
    'We may collect data such as name, e-mail address and voice.', ['voice|affirmed'],
    'We may collect data such as name, e-mail address and vote.', [],
  ],
  [
    'a voice that modifies a channel in a list is no item',
    'We may collect data such as name, e-mail address and voice.', ['voice|affirmed'],
    'We may contact you by email, voice calls, and messaging platforms.', [],
  ],
  [
    'the use of biometric technology, as a noun, is processing biometrics; their sale is not',
    'Our clients may enable the use of biometric technologies to identify users.', ['biometric|affirmed'],
    'Our clients may enable the sale of biometric technologies to airports.', [],
  ],
  [
    'audio passed through but recorded past a scope or an exception is collected',
    'Audio is processed in real time to detect the wake word and is never recorded until the wake word is heard, at which point the recording is uploaded to our cloud.', ['voice|affirmed'],
    'Audio is processed in real time to detect the wake word and is never recorded or uploaded to our cloud.', ['voice|denied'],
  ],
  [
    'an IP address which does not reveal a location is no location',
    'We log your IP address, which does not reveal your location.', [],
    'We log your IP address, which may reveal your location.', ['location.approximate|affirmed'],
  ],
  [
    'an IP address which reveals an exact geographic location is the policy\'s own precision',
    'We log your IP address, which may reveal your exact geographic location.', ['location.precise|affirmed'],
    'We log your IP address, which may reveal your broad geographic location.', ['location.approximate|affirmed'],
  ],
  [
    'the country the reader picks to use the app in is no usage data',
    'You can choose which country you use the app in, which sets the terms that apply to you.', [],
    'Our analytics record which country you use the app in.', ['location.approximate|affirmed'],
  ],
  [
    'IP addresses kept in the company\'s geographic regions are no geography of the reader',
    'IP addresses are logged on servers in several geographic regions.', [],
    'IP addresses are logged for geographic personalisation.', ['location.approximate|affirmed'],
  ],
  [
    'a face appearing in someone\'s photo is a picture; one appearing in the camera\'s view is a face detected',
    'If your face appears in a photo another user uploads, you can ask them to remove it.', [],
    'The app alerts you if another face appears in the camera\'s view.', ['face|affirmed'],
  ],
  [
    'smiling in a picture checked for something else is no face read; smiling checked for is',
    'Moderators check that photos of smiling children follow the content rules.', [],
    'The camera checks for smiling children before the shutter fires.', ['face|affirmed'],
  ],
  [
    'examples of a kind of data acted on are the company\'s examples',
    'Types of biometric data collected include fingerprint templates and facial geometry.', ['face|affirmed', 'biometric|affirmed'],
    'Types of biometric data include fingerprint templates and facial geometry.', [],
  ],
  [
    'a kind sent to systems is an act, not a genus',
    'Voice recordings are sent to third-party transcription systems.', ['voice|affirmed'],
    'Voiceprints are digital representations used by speaker recognition systems.', [],
  ],
  [
    'the occasions of an act are no kinds of a kind',
    'There are several situations in which the Company collects voice recordings of users.', ['voice|affirmed'],
    'There are several kinds of voice data, such as voice recordings and voiceprints.', [],
  ],
  [
    'the company by its name denying special categories denies them',
    'Acme does not collect information about race, religion or biometric data.', ['biometric|denied'],
    'Special category data covers race, religion and biometric data.', [],
  ],
  [
    'the head unit of a car is no head',
    'The app records the movement of the head unit to calibrate navigation.', [],
    'The app records the movement of the head to animate the avatar.', ['face|affirmed'],
  ],
  [
    'data kept on the device or erased is local only; on the device or processed on servers is not',
    'Face data stays on your device, or is erased in full when you delete the app.', ['face|denied'],
    'Face data stays on your device, or is processed in full on our servers when you opt in.', ['face|affirmed'],
  ],
  [
    'a device held relative to the face, as told, is no reading of the face',
    'Hold the camera at arm\'s length relative to your face when taking a selfie.', [],
    'The camera measures the distance of the phone relative to your face when taking a selfie.', ['face|affirmed'],
  ],
  [
    'kept on the phone, then the company denied getting it: the phone\'s alone',
    'Your voice notes are stored locally on your phone. We do not access or transmit audio data.', ['voice|denied'],
    'Your voice notes are stored locally on your phone. We do not sell audio data.', ['voice|affirmed'],
  ],
  [
    'the denial first, then kept on the phone',
    'We never upload your audio. Your voice notes are saved on your device.', ['voice|denied'],
    'We never sell your audio. Your voice notes are saved on your device.', ['voice|affirmed'],
  ],
  [
    'kept on the phone and on the company\'s servers: not the phone\'s alone',
    'Your voice notes are stored locally on your phone. We do not access audio data.', ['voice|denied'],
    'Your voice notes are stored locally on your phone and on our servers. We do not access audio data.', ['voice|affirmed'],
  ],
  [
    'the two sentences about one family of data',
    'Trip routes are kept on your phone. We never receive location data.', ['location|denied'],
    'Trip routes are kept on your phone. We never receive voice data.', ['location|affirmed', 'voice|denied'],
  ],
  [
    'the location permission asked for a Bluetooth scan, not for the location',
    'Location permission may be requested so that Bluetooth pairing works.', [],
    'Location permission may be requested so that the map shows nearby shops.', ['location|affirmed'],
  ],
  [
    'the OS needing the permission, the app asking for it',
    'The app asks for location permission because Android needs it to find Bluetooth speakers.', [],
    'The app asks for location permission because it needs it to find nearby speakers.', ['location|affirmed'],
  ],
  [
    'asked for Bluetooth, and used too: a claim',
    'The app asks for location permission because Android needs it to find Bluetooth speakers.', [],
    'The app asks for location permission because Android needs it to find Bluetooth speakers, and we also use it to show nearby shops.', ['location|affirmed'],
  ],
  [
    'people followed over their work: whereabouts',
    'We never track sitters when they are off an active job.', ['location|denied'],
    'We never track sitters when they visit our website.', [],
  ],
  [
    'you followed during a shift, not while browsing',
    'The app tracks you only during your shift.', ['location|affirmed'],
    'The app tracks you only while you browse our site.', [],
  ],
  [
    'used and moved nowhere beside a denial that it is sent: the device\'s',
    'We never upload your voice. Speech is processed in real time and thrown away.', ['voice|denied'],
    'We never store your voice. Speech is processed in real time and thrown away.', ['voice|affirmed'],
  ],
  [
    'used, then sending denied to others only: still a claim',
    'Speech is processed in real time and thrown away. Your voice is never sent anywhere.', ['voice|denied'],
    'Speech is processed in real time and thrown away. Your voice is never sent to advertisers.', ['voice|affirmed'],
  ],
  [
    'used by someone named: not moved nowhere',
    'We never upload your voice. Speech is processed in real time and thrown away.', ['voice|denied'],
    'We never upload your voice. Speech is processed by our partner in real time and thrown away.', ['voice|affirmed'],
  ],
  [
    'a genus of a kind, its adjective a compound in -ed',
    'Biometric timeclocks are computer-based systems that scan a person\'s finger.', [],
    'Our biometric timeclocks are computer-based systems that scan your finger.', ['biometric|affirmed'],
  ],
  [
    'the platform\'s maker requiring location for Bluetooth',
    'Google requires location to be on when the app scans for Bluetooth tags.', [],
    'We require location to be on when the app scans for Bluetooth tags.', ['location|affirmed'],
  ],
  [
    'a permission set to a value: the reader\'s device, not a claim',
    'Location services must be set to Always for the alerts to work.', [],
    'Location services must be switched on so that we can record your location for the alerts.', ['location|affirmed'],
  ],
  [
    'an option of the permission prompt explained',
    'While Using the App: allows access to your location only when the app is open.', [],
    'While you use the app, we access your location only when the app is open.', ['location|affirmed'],
  ],
  [
    'data named back by a pronoun that is never sent: the devices\'',
    'Call audio travels directly between the two phones. It is never routed through our servers.', ['voice|denied'],
    'Call audio travels directly between the two phones. It is never stored on our servers.', ['voice|affirmed'],
  ],
  [
    'named back after the company acts on it: still its claim',
    'Call audio travels directly between the two phones. It is never uploaded anywhere.', ['voice|denied'],
    'We record call audio on your phone. It is never uploaded anywhere.', ['voice|affirmed'],
  ],
  [
    'named back and sent only to others denied: still a claim',
    'Call audio travels directly between the two phones. It is never sent to us.', ['voice|denied'],
    'Call audio travels directly between the two phones. It is never sent to advertisers.', ['voice|affirmed'],
  ],
  [
    'working without the data: denied',
    'The app works entirely without your location.', ['location|denied'],
    'The app works best with your location.', ['location|affirmed'],
  ],
  [
    'cannot work without the data: a necessity, not a denial',
    'The app cannot work without your location.', ['location|affirmed'],
    'The app can work without your location.', ['location|denied'],
  ],
  [
    'a recording of calls names the act, recordings of calls the data',
    'Recording of calls to our help desk', [],
    'Recordings of calls to our help desk', ['voice|affirmed'],
  ],
  [
    'a method described with a person, or with the service\'s user',
    'Liveness verification uses biometric data to confirm that a person is present.', [],
    'Liveness verification uses biometric data to confirm that the user is present.', ['biometric|affirmed'],
  ],
  [
    'the special categories under a denied collection: a denial, not the law\'s list',
    'There will be no collection of data on racial or ethnic origin, political opinions, religion, health or biometric data.', ['biometric|denied'],
    'There will be no change to data on racial or ethnic origin, political opinions, religion, health or biometric data.', [],
  ],
  [
    'a law restricting the data, beside a denial of its own: the denial',
    'Voice recording is restricted under federal wiretap law and will not be used.', ['voice|denied'],
    'Voice recording is restricted under federal wiretap law in some states.', [],
  ],
  [
    'access restricted to people: the company\'s control, not a law',
    'Access to location data is restricted to staff who need it.', ['location|affirmed'],
    'Access to location data is restricted by law.', [],
  ],
  [
    'a feature not available in a region: denied there',
    'Voice cloning is not available in Illinois.', ['voice|denied'],
    'Voice cloning is available in Illinois.', ['voice|affirmed'],
  ],
  [
    'review: a denial of another precision beside a use on the device is no denial of it',
    'Your approximate location is kept on your device. We never receive location data.', ['location.approximate|denied'],
    'Your approximate location is kept on your device. We never receive your precise location.', ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'review: a denial in a scope beside data kept on the device',
    'Your route history is stored on your device. We do not collect location data.', ['location|denied'],
    'Your route history is stored on your device. We do not collect location data when the app is closed.', ['location|affirmed'],
  ],
  [
    'review: voiceprints denied beside voice notes kept on the device',
    'Your voice notes are saved on your device. We do not access or transmit audio data.', ['voice|denied'],
    'Your voice notes are saved on your device. We do not collect voiceprints.', ['voice|affirmed'],
  ],
  [
    'review: collected is not moved nowhere',
    'We never upload your voice. Speech is processed in real time and thrown away.', ['voice|denied'],
    'Audio clips are retained for 30 days to improve the service. Audio is never uploaded from children\'s accounts.', ['voice|affirmed'],
  ],
  [
    'review: a setting given its value beside a passive act is a claim',
    'Location services must be set to Always for the alerts to work.', [],
    'When Location History is set to On, your precise location is recorded every few minutes.', ['location.precise|affirmed'],
  ],
  [
    'review: the permission asked for a Bluetooth scan and for another purpose of ours',
    'We request location permission to scan for Bluetooth beacons.', [],
    'We request location permission to scan for Bluetooth beacons and to record the stores you visit.', ['location.precise|affirmed'],
  ],
  [
    'review: people tracked over a job by cookies are visitors of a page',
    'We never track sitters when they are off an active job.', ['location|denied'],
    'We use cookies to track visitors when they return to our job listings page.', [],
  ],
  [
    'review: a hyphenated participle is a passive, not a genus',
    'Biometric timeclocks are computer-based systems that scan a person\'s finger.', [],
    'Fingerprint scans are cloud-processed through secure verification systems.', ['biometric|affirmed'],
  ],
  [
    'a refusal as a gerund, then what it does to a feature',
    'Disabling location permissions on your phone immediately deactivates the nearby-shops feature.', [],
    'Enabling location permissions on your phone immediately activates the nearby-shops feature.', ['location|affirmed'],
  ],
  [
    'a refusal as a gerund that may impact a feature',
    'Revoking location permissions may impact the attendance feature.', [],
    'Granting location permissions lets the attendance feature record your location.', ['location|affirmed'],
  ],
  [
    'what data may be considered, said of no one\'s act',
    'Location data may be considered personal data.', [],
    'Location data may be collected and considered personal data.', ['location|affirmed'],
  ],
  [
    'a note about a kind of data is a heading; a voice note is data',
    'A Note about Location Data', [],
    'Voice notes', ['voice|affirmed'],
  ],
  [
    'places whose laws require something: a norm',
    'Some countries and US states require that everyone on a call be told that the call is being recorded.', [],
    'Some of our call centres record calls so that everyone on a call can be told what was said.', ['voice|affirmed'],
  ],
  [
    'a kind described by what it captures, three words before the verb',
    'A handwritten biometric signature captures the rhythm of the signer.', [],
    'Our app\'s handwritten biometric signature captures the rhythm of your signing.', ['biometric|affirmed'],
  ],
  [
    'advice after a label: the reader told what to avoid',
    'Photos: avoid uploading images with embedded GPS data.', [],
    'Photos: we avoid uploading images with embedded GPS data.', ['location.precise|denied'],
  ],
  [
    'the coordinates of an airport, not of the reader',
    'The service looks up the geographical coordinates of an airport.', [],
    'The service looks up the geographical coordinates of your phone.', ['location.precise|affirmed'],
  ],
  [
    'the start of a transfer abroad, not the reader\'s whereabouts',
    'Your information may be transferred from your current location to our offices in other countries.', [],
    'Your current location may be transferred to our offices in other countries.', ['location|affirmed'],
  ],
  [
    'what is kept after a dash and \'only\' ends the denial',
    'We do not upload the photos themselves—only the embedded GPS coordinates.', ['location.precise|affirmed'],
    'We do not upload the photos themselves or the embedded GPS coordinates.', ['location.precise|denied'],
  ],
  [
    'the second of two precisions in brackets after a permission',
    'The app asks for location permission (coarse and fine).', ['location.approximate|affirmed', 'location.precise|affirmed'],
    'The app asks for location permission (coarse only).', ['location.approximate|affirmed'],
  ],
  [
    'a template made from the face named after it',
    'We create a template from your face image.', ['face|affirmed'],
    'We create a template from your document photo.', [],
  ],
  [
    'a face image converted into a feature code',
    'Your facial image is converted into an irreversible feature code.', ['face|affirmed'],
    'Your facial image is converted into an irreversible file format.', [],
  ],
  [
    'the face second of two things something recognises you by',
    'The system can recognize you in meeting rooms by your voice and face.', ['face|affirmed', 'voice|affirmed'],
    'The system can greet you in meeting rooms by your voice and face.', ['voice|affirmed'],
  ],
  [
    'a norm in an aside of some of them is not the sentence\'s',
    'Pictures and facial scans, some of which may be considered biometric data', ['face|affirmed'],
    'Facial scans may be considered biometric data', [],
  ],
  [
    'data pointed at that leaves something out: a denial, not a definition',
    'It does not include your name, contact details, precise device location, or payment details.', ['location.precise|denied'],
    'The category does not include your name, contact details, precise device location, or payment details.', [],
  ],
  [
    'a label, then the product denying the data: the label\'s precision denied',
    'Precise GPS location — the app never requests location permission.', ['location.precise|denied'],
    'Precise GPS location — the app requests location permission.', ['location.precise|affirmed'],
  ],
  [
    'review: a pronoun denying a send names back only data left on the device or nowhere',
    'The Company collects GPS location data from drivers. It is never transmitted to anyone.', ['location.precise|affirmed'],
    'GPS location data stays on the driver\'s phone. It is never transmitted to anyone.', ['location.precise|denied'],
  ],
  [
    'review: a pronoun\'s denial of a send in a scope says nothing of the rest',
    'Call audio travels directly between the two phones. It is never uploaded while you are on mobile data.', ['voice|affirmed'],
    'Call audio travels directly between the two phones. It is never uploaded to any server.', ['voice|denied'],
  ],
  [
    'review: a pronoun that sends something else is the app, not the data',
    'Acme uses facial recognition to tag photos. It does not send marketing emails.', ['face|affirmed'],
    'Acme uses facial recognition to tag photos. It is not sent to our servers.', ['face|denied'],
  ],
  [
    'review: working without a bare noun is no denial of the verbs after it',
    'Our kiosk operates without staff and uses facial recognition to verify your age.', ['face|affirmed'],
    'Our kiosk operates without facial recognition and verifies your age by ID.', ['face|denied'],
  ],
  [
    'review: working without a setting of the reader\'s is no denial of the data',
    'The app functions without location services enabled, but we still estimate your city from your IP address.', ['location.approximate|affirmed'],
    'The app functions without your GPS location, but we still estimate your city from your IP address.',
      ['location.approximate|affirmed', 'location.precise|denied'],
  ],
  [
    'review: a necessity\'s "without" is in the clause of its "cannot"',
    'We cannot access your fingerprint data, and you can sign in without the fingerprint sensor.', ['biometric|denied'],
    'We cannot verify your identity without the fingerprint sensor.', ['biometric|affirmed'],
  ],
  [
    'review: what a technology can do to customers is said of the technology',
    'Facial recognition technology can identify customers in a store from camera footage.', [],
    'Our facial recognition technology can identify customers in our store from camera footage.', ['face|affirmed'],
  ],
  [
    'review: the special categories under a collection denied save an exception are the law\'s list',
    'Under the GDPR there can be no collection of data on racial or ethnic origin, political opinions, religion or biometric data unless an exception applies.',
      [],
    'There will be no collection of data on racial or ethnic origin, political opinions, religion, health or biometric data.', ['biometric|denied'],
  ],
  [
    'review: a use restricted to some purposes is the law\'s restriction; only access restricted to people is the company\'s',
    'The use of facial recognition by police is restricted to investigations of serious crimes in some states.', [],
    'Access to facial recognition data is restricted to investigators who need it.', ['face|affirmed'],
  ],
  [
    'review: beside a law, only an act on the data denied is a denial of its own',
    'Voice recording is restricted under federal wiretap law, and violations will not be tolerated.', [],
    'Voice recording is restricted under federal wiretap law and will not be used.', ['voice|denied'],
  ],
  [
    'review: a feature (not) available on a version or device is no region\'s denial',
    'Location history is not available on the web version.', [],
    'Location history is not available in Illinois.', ['location|denied'],
  ],
  [
    'a pronoun denying the data is sent, after a sentence that uploads it: the manner, not receipt',
    'Voice recordings are processed in real time on the phone. They are never sent anywhere.', ['voice|denied'],
    'The app uploads voice recordings for transcription. They are never sent unencrypted.', ['voice|affirmed'],
  ],
  [
    'a pronoun denying a send for a time only: no denial of receipt',
    'The app records your voice commands. They are never uploaded.', ['voice|denied'],
    'The app records your voice commands. They are never uploaded while you are on a cellular connection.', ['voice|affirmed'],
  ],
  [
    'a pronoun denying a send to brokers: a further act',
    'The device logs your precise location. It is never transmitted anywhere.', ['location.precise|denied'],
    'The device logs your precise location. It is never transmitted to data brokers.', ['location.precise|affirmed'],
  ],
  [
    'a business customer\'s own systems keep the data: the vendor\'s denial',
    'With the self-hosted edition, call recordings stay on your own infrastructure.', ['voice|denied'],
    'With the hosted edition, call recordings stay on our infrastructure.', ['voice|affirmed'],
  ],
  [
    'the company never getting the data named back: the device\'s',
    'Your fingerprint is checked by the smart lock. We never see it.', ['biometric|denied'],
    'We check your fingerprint at the door. We never see it.', ['biometric|affirmed'],
  ],
  [
    'only a result of the data reaching the company, said after',
    'The app scores your voice on the phone. Only the score is sent to us.', ['voice|denied'],
    'The app scores your voice on the phone. The recording is sent to us.', ['voice|affirmed'],
  ],
  [
    "the product working though the reader withholds a permission says nothing of collection",
    "The app works without location permission.", [],
    "The app works without location permission, and we collect your location when you grant it.", ['location|affirmed'],
  ],
  [
    "a line under a heading that denies collecting is one of its items",
    "What we never collect\nYour precise location.", ['location.precise|denied'],
    "What we collect\nYour precise location.", ['location.precise|affirmed'],
  ],
  [
    "the document saying how data is acted on in the passive describes a practice",
    "This section describes how your face data is collected.", ['face|affirmed'],
    "This section describes how you can delete your face data.", [],
  ],
  [
    "on the law's condition, the document says how the company treats the data",
    "Where the laws of Illinois apply, this policy describes how Acme treats facial scan data.", ['face|affirmed'],
    "Where the laws of Illinois apply, this policy describes how you can delete facial scan data.", [],
  ],
  [
    "a domain name's dots do not end what the document says the company does",
    "This notice explains how Acme (“acme.com”) collects your voice data.", ['voice|affirmed'],
    "This notice explains how you can delete your voice data (“acme.com”).", [],
  ],
  [
    "a biometric machine as the subject of a denial is no claim of its own",
    "Our biometric time clocks do not collect fingerprints.", ['biometric|denied'],
    "Our biometric time clocks collect fingerprints.", ['biometric|affirmed'],
  ],
  [
    "an act that stops at a time runs until then and not after: both stances",
    "Location collection stops when you close the app.", ['location|affirmed', 'location|denied'],
    "Location collection continues when you close the app.", ['location|affirmed'],
  ],
  [
    "the company stopping an act at a time is both stances; the reader stopping is a setting",
    "We stop collecting your location when you close the app.", ['location|affirmed', 'location|denied'],
    "You can stop sharing your location when you close the app.", [],
  ],
  [
    "what is spoken, with what it is about between",
    "We keep your spoken search requests.", ['voice|affirmed'],
    "We keep your typed search requests.", [],
  ],
  [
    "persisting is keeping: its denial alone is a denial of storing",
    "We persist your voice recordings.", ['voice|affirmed'],
    "We do not persist your voice recordings.", [],
  ],
  [
    "a premises word after a subject is the verb",
    "We store location for analytics.", ['location|affirmed'],
    "We show the store location on the map.", [],
  ],
  [
    "places named by what the reader did there are the reader's",
    "We record activity locations.", ['location|affirmed'],
    "We record other locations.", [],
  ],
  [
    "no system there to receive the data denies it",
    "We do not operate servers that receive your location history.", ['location|denied'],
    "We operate servers that receive your location history.", ['location|affirmed'],
  ],
  [
    "the reader's wish to refuse, then what stops working, claims nothing",
    "Should you want to withdraw your location data, the app cannot function.", [],
    "Should you want to withdraw your location data, we will estimate your location from your IP address.", ['location.approximate|affirmed'],
  ],
  [
    "'cannot' is a negated consequence of the reader's refusal",
    "If you withdraw your location data, the app cannot function.", [],
    "If you withdraw your location data, the app can still use your IP address to estimate your city.", ['location.approximate|affirmed'],
  ],
  [
    "an adjective of time before another's locations makes them no one's whereabouts",
    "The map shows live bus locations.", [],
    "The map shows your bus locations.", ['location|affirmed'],
  ],
  [
    "keeping the reader's device from sharing is a setting",
    "You can prevent your device from sharing location information.", [],
    "We prevent your device from sharing location information with advertisers, but we collect it.", ['location|affirmed'],
  ],
  [
    "a kind defined by what it generally includes, with an aside, is a definition",
    "Biometrics generally include, among other things, fingerprints and voice prints.", [],
    "We collect, among other things, fingerprints and voice prints.", ['voice|affirmed', 'biometric|affirmed'],
  ],
  [
    "an area word modifying a flag is no place of the reader's",
    "We collect your country flag.", [],
    "We collect your country.", ['location.approximate|affirmed'],
  ],
  [
    "routes taken by the people served are where they went",
    "We study the routes taken by our passengers.", ['location|affirmed'],
    "We study the routes served by our buses.", [],
  ],
  [
    "where the reader drops off a vehicle is where they were",
    "We need to know where you drop off the scooter.", ['location|affirmed'],
    "We need to know when you drop off the scooter.", [],
  ],
  [
    "approximating a location, as a verb, is approximate location",
    "We may use your IP address to approximate your location.", ['location.approximate|affirmed'],
    "We may use your IP address to approximate your language.", [],
  ],
  [
    "geographic tracking is location",
    "We use geographic tracking technologies.", ['location|affirmed'],
    "We use fraud tracking technologies.", [],
  ],
  [
    "'means' as a noun after 'by' defines nothing",
    "You consent to our collection of your biometric data by similar means.", ['biometric|affirmed'],
    "Biometric data means your fingerprints.", [],
  ],
  [
    "activating the device's own check is an instruction",
    "Activate Face ID for your device.", [],
    "We activate Face ID matching for your account.", ['face|affirmed'],
  ],
  [
    "the countries a user browses from are where they are",
    "We log the different countries a user was browsing from.", ['location.approximate|affirmed'],
    "We log the different pages a user was browsing from.", [],
  ],
  [
    "activities recorded by GPS are precise location",
    "We record your GPS activities.", ['location.precise|affirmed'],
    "We record your fitness activities.", [],
  ],
  [
    "an area word modifying pricing is no place",
    "We show your country pricing.", [],
    "We collect your country.", ['location.approximate|affirmed'],
  ],
  [
    "the control wished for, then 'you may do so', is a setting",
    "If you would like to stop location tracking, you may do so in your device settings.", [],
    "If you would like to stop location tracking, we will delete your location history.", ['location|affirmed'],
  ],
  [
    "what is excluded from a recording is not recorded",
    "Video data (excluding audio) is recorded by our cameras.", ['voice|denied'],
    "Video data (including audio) is recorded by our cameras.", ['voice|affirmed'],
  ],
  [
    "a kind of data left out of an act just named is denied",
    "We record video data without audio data.", ['voice|denied'],
    "We record video data with audio data.", ['voice|affirmed'],
  ],
  [
    "tracking by Wi-Fi is precise location",
    "We never engage in Wi-Fi tracking.", ['location.precise|denied'],
    "We never engage in price tracking.", [],
  ],
  [
    "listening in on conversations is voice",
    "We don't listen into personal conversations.", ['voice|denied'],
    "We don't intrude into personal conversations.", [],
  ],
  [
    "an act named as a noun after 'no' says what is denied: selling only, or collecting",
    "No sale of biometric data.", [],
    "No collection of biometric data.", ['biometric|denied'],
  ],
  [
    "what a permission option enables is the setting's meaning",
    "“Always” enables background reminders.", [],
    "“Always” enables background reminders, and we collect your location in the background.", ['location|affirmed'],
  ],
  [
    "granting a permission option is an instruction",
    "Location permissions: grant “When In Use” in iOS Settings.", [],
    "Location permissions: we collect your location when in use.", ['location|affirmed'],
  ],
  [
    "the reader's home, approximate, is approximate location",
    "We keep your approximate home location.", ['location.approximate|affirmed'],
    "We keep your home location.", ['location|affirmed'],
  ],
  [
    "only the act itself ending at a time is both stances, not an event it happens during",
    "Our collection of your GPS location ends when the customer signs for the package.", ['location.precise|affirmed', 'location.precise|denied'],
    "We collect your GPS location during each delivery, which ends when the customer signs for the package.", ['location.precise|affirmed'],
  ],
  [
    "what is excluded denies only beside a recording act",
    "Video is recorded, excluding audio.", ['voice|denied'],
    "Video is deleted, excluding audio.", ['voice|affirmed'],
  ],
  [
    "how data is used by another party is no practice the document describes",
    "This section explains how location data is used by advertisers.", [],
    "This section explains how location data is used by us.", ['location|affirmed'],
  ],
  [
    "after a denying lead-in, a line that is a clause of its own is not one of its items",
    "Information we do not collect:\nLocation data helps us show nearby stores.", ['location|affirmed'],
    "Information we do not collect:\nLocation data.", ['location|denied'],
  ],
  [
    "sounds recorded are the audio of a person's surroundings; sounds played are not",
    "The app records sounds in your bedroom while you sleep.", ['voice|affirmed'],
    "The app plays sounds in your bedroom while you sleep.", [],
  ],
  [
    "a permission option that enables us to collect is a claim",
    "“Always” enables us to collect your location in the background.", ['location|affirmed'],
    "“Always” enables background reminders.", [],
  ],
  [
    "a trip's two ends are where the reader went",
    "We record the origin and destination of each trip.", ['location|affirmed'],
    "We record the origin and destination of each data transfer.", [],
  ],
  [
    "a data word before a subordinating word is the head (closed word class)",
    "The device captures audio after it hears the wake word.", ['voice|affirmed'],
    "The device captures audio metadata after it hears the wake word.", [],
  ],
  [
    "a place named by the reader being in it",
    "We log the zone you ride in to apply parking rules.", ['location|affirmed'],
    "We log the zone you choose to apply parking rules.", [],
  ],
  [
    "a place the reader passes through, not one they look for",
    "We record the stations you pass through.", ['location|affirmed'],
    "We record the stations you search for.", [],
  ],
  [
    "the sound of the surroundings holds the voice, not its level",
    "The app records ambient sound to measure your snoring.", ['voice|affirmed'],
    "The app records ambient noise levels to measure your snoring.", [],
  ],
  [
    "a route gone, not one planned",
    "We collect information about your trips, including the route taken.", ['location|affirmed'],
    "We collect information about your trips, including the route planned.", [],
  ],
  [
    "an exception in a parenthesis ends no denial outside it",
    "We do not collect precise location, photos (except avatars), browsing history, or biometric identifiers.", ['biometric|denied', 'location.precise|denied'],
    "We do not collect precise location, photos except avatars, browsing history, or biometric identifiers.", ['biometric|affirmed', 'location.precise|denied'],
  ],
  [
    "'stop' after a determiner or a slash is a noun, not a negating verb",
    "We log your start/stop time and your location.", ['location|affirmed'],
    "We stop logging time and your location.", ['location|denied'],
  ],
  [
    "examples after a colon in a parenthesis stay under the denial outside it",
    "We do not create biometric identifiers (for example: faceprints, facial templates).", ['face|denied'],
    "We create biometric identifiers (for example: faceprints, facial templates).", ['face|affirmed'],
  ],
  [
    "a geolocation database by its product name (GeoIP2) places by IP",
    "We query the GeoIP2 database with your IP address.", ['location.approximate|affirmed'],
    "We query the postal database with your IP address.", [],
  ],
  [
    "a geographic position as the last item of a list",
    "We collect your name, email address and geographic position.", ['location|affirmed'],
    "We collect your name, email address and geographic preferences.", [],
  ],
  [
    "facial evaluations are analysis of a face",
    "No biometric facial evaluations are carried out.", ['face|denied'],
    "No staff performance evaluations are carried out.", [],
  ],
  [
    "what is said on a call is its content",
    "We do not collect what is said on phone calls.", ['voice|denied'],
    "We do not collect who is called on phone calls.", [],
  ],
  [
    "a face match identifies",
    "Members enter the gym with a face match.", ['face|affirmed'],
    "Members enter the gym with a face mask.", [],
  ],
  [
    "a parenthesis with a subject of its own is a clause: its contrast ends the denial",
    "We do not use device fingerprinting (but we collect your precise location).", ['location.precise|affirmed'],
    "We do not use device fingerprinting (or collect your precise location).", ['location.precise|denied'],
  ],
  [
    "a long contrast in a parenthesis is a clause of its own (review)",
    "We do not track your GPS location (although your device may share approximate location with us).", ['location.approximate|affirmed', 'location.precise|denied'],
    "We do not track your GPS location (or share approximate location with us).", ['location.approximate|denied', 'location.precise|denied'],
  ],
  [
    "a sentence in brackets still opens clauses at its contrast (review)",
    "(We do not record your voice, but if you call support, the call may be recorded.)", ['voice|affirmed', 'voice|denied'],
    "(We do not record your voice or the calls you make to support.)", ['voice|denied'],
  ],
  [
    "web sites the reader visits are no place they are in (review)",
    "We collect the sites you visit and the ads you click.", [],
    "We collect the stations you visit and the ads you click.", ['location|affirmed'],
  ],
  [
    "background sound played is no sound recorded (review)",
    "We collect which background sounds you play while you sleep.", [],
    "We record the background sound while you sleep.", ['voice|affirmed'],
  ],
  [
    "a legal route is no route travelled (review)",
    "We document the legal route taken to resolve each complaint.", [],
    "We document the route taken to reach each complaint.", ['location|affirmed'],
  ],
  [
    "'stop' before a noun is a noun (review)",
    "Stop locations and your GPS position are recorded.", ['location.precise|affirmed'],
    "We stop recording your GPS position.", ['location.precise|denied'],
  ],
  [
    "analysis on calls is about them, analysis of calls is of their content (review)",
    "We provide analysis on calls handled by each agent.", [],
    "We provide analysis of calls handled by each agent.", ['voice|affirmed'],
  ],
  [
    "a microphone's feed is what it hears",
    "Your webcam and microphone feed are monitored during the exam.", ['voice|affirmed'],
    "Your webcam and microphone settings are checked before the exam.", [],
  ],
  [
    "'like' after biometric data gives examples; elsewhere it is a simile",
    "We collect biometric identifiers like your fingerprints.", ['biometric|affirmed'],
    "Like your fingerprints, these traits are unique.", [],
  ],
  [
    "a clause that opens with 'no' and has no verb of its own is a headline's denied passive",
    "No location data collected.", ['location|denied'],
    "No location data used for ads is ever sold.", ['location|affirmed'],
  ],
  [
    "an image of someone's face with an act said after it that says how is face data",
    "The app captures images of the user's face for recognition.", ['face|affirmed'],
    "The app captures images of the user's face for your profile.", [],
  ],
  [
    "a photo of the face analysed for its attributes is face data",
    "We analyze a photo of your face to detect acne and wrinkles.", ['face|affirmed'],
    "We store a photo of your face for your profile.", [],
  ],
  [
    "a headline's participle is no verb phrase that goes on to a verb of its own (review)",
    "No voice recordings captured while you use the assistant are sold.", ['voice|affirmed'],
    "No voice recordings captured.", ['voice|denied'],
  ],
  [
    "an act after an image of the face counts only in its clause (review)",
    "We collect images of your face when you upload a profile photo, but we never analyze them.", [],
    "We collect images of your face when you upload a profile photo to analyze your skin.", ['face|affirmed'],
  ],
  [
    "'like a fingerprint' after data is still a simile (review)",
    "Behavioural data like a fingerprint can identify you.", [],
    "We collect biometric data like fingerprints.", ['biometric|affirmed'],
  ],
  [
    "a bare location among a plural entity's fields is the entity's",
    "We collect your appointments (date, time, location).", [],
    "We collect your details (date of birth, location).", ['location|affirmed'],
  ],
  [
    "'like' lifts the simile only after biometric data (second review)",
    "We collect device information like fingerprints and IP addresses to prevent fraud.", [],
    "We collect biometric information like fingerprints.", ['biometric|affirmed'],
  ],
  [
    "an entity's run-in heading before the company's clause is no field list (second review)",
    "Events: we use location to recommend events near you.", ['location|affirmed'],
    "Events (title, date, location) are listed in the app.", [],
  ],
  [
    "an act after an image of the face is the act, not a word sharing its stem (second review)",
    "Pictures of your face that you post publicly can be viewed by anyone, including data analysts.", [],
    "Pictures of your face that you post publicly are analyzed to suggest tags.", ['face|affirmed'],
  ],
  [
    "a receipt denied beside a sentence that moves the data nowhere (data flow over two sentences)",
    "Your fingerprint is checked on the phone to unlock the app. We never receive your fingerprint.", ['biometric|denied'],
    "Your fingerprint is checked on the phone to unlock the app. We never sell your fingerprint.", ['biometric|affirmed'],
  ],
  [
    "the platform handles it and the company's app never accesses it",
    "Face data is handled by your phone's operating system and is never accessed by the app.", ['face|denied'],
    "Face data is handled by your phone's operating system and is never accessed by other apps.", [],
  ],
  [
    "a data word naming a sign-in check (head noun) used as a lock",
    "Your vault is protected by a PIN or biometric authentication.", [],
    "Your vault is protected by a PIN or biometric data that we keep on our servers.", ['biometric|affirmed'],
  ],
  [
    "'store' as the last of coordinated verbs, not a shop",
    "We do not collect or store location data.", ['location|denied'],
    "We do not publish restaurant or store location data.", [],
  ],
  [
    "a denying lead-in with coordinated verbs before its colon",
    "The app does not collect, transmit, or store: location data.", ['location|denied'],
    "The app collects, transmits, and stores: location data.", ['location|affirmed'],
  ],
  [
    "a practice said to be switched off now",
    "Sound recording is disabled on all cameras.", ['voice|denied'],
    "Sound recording is enabled on all cameras.", ['voice|affirmed'],
  ],
  [
    "processed on the device: a passing to others denied is no denial of the company's (review of 1d4b0d7)",
    "Face data is processed only on your device and is not shared with third parties.", ['face|affirmed'],
    "Face data is processed only on your device and is not shared with us.", ['face|denied'],
  ],
  [
    "processed on the device beside the company's own denial in the same sentence",
    "Face detection happens entirely on your device.", ['face|affirmed'],
    "We do not collect face data; face detection happens entirely on your device.", ['face|denied'],
  ],
  [
    "processed on the device is on the device for the next sentence's denial",
    "Your location is processed on your device. We do not collect location data.", ['location|denied'],
    "Your location is processed on your device. We do not sell location data.", ['location|affirmed'],
  ],
  [
    "the company's side named as where it is not",
    "Your voice is analysed on your device, not on our servers.", ['voice|denied'],
    "Your voice is analysed on your device.", ['voice|affirmed'],
  ],
  [
    "done locally by the company's app, against by the device itself",
    "Speech recognition is performed locally by the app.", ['voice|affirmed'],
    "Speech recognition is performed locally by your phone.", ['voice|denied'],
  ],
  [
    "latitude and longitude for an area-level purpose are still the device's point",
    "We use your latitude and longitude for country-specific content.", ['location.precise|affirmed'],
    "We use the latitude and longitude of your country to pick content.", ['location.approximate|affirmed'],
  ],
  [
    "the company having no access to what a sentence processed on the device",
    "Face data is processed only on your device. We have no access to it.", ['face|denied'],
    "Face data is processed only on your device. Advertisers have no access to it.", ['face|affirmed'],
  ],
  [
    "an app-store label's lead names the act, in title case too",
    "Data Collected: Location", ['location|affirmed'],
    "Data Not Collected: Location", ['location|denied'],
  ],
  [
    "a tick or a cross after a lead of its own",
    "Data Collected: ✅ Audio recordings", ['voice|affirmed'],
    "Data Collected: ❌ Audio recordings", ['voice|denied'],
  ],
];

/**
 * Review of e2076ea..91f702d: sentences the new rules misread. In each pair the first sentence is misread today and
 * the second is its passing contrast. Labels per LABELS.md.
 */
const REVIEW_PAIRS: Pair[] = [
  [
    'reader-notified: what the reader is shown can be a use of the data',
    'You will see ads based on your approximate location.', ['location.approximate|affirmed'],
    'You will see the location of each store on the map.', [],
  ],
  [
    'reader-notified: what the reader is prompted to give is collected',
    'You may be prompted to re-scan your fingerprint at the time clock each morning.', ['biometric|affirmed'],
    'You may be prompted to restart the time clock each morning.', [],
  ],
  [
    'document-scope: a relative clause after the carve-out still denies',
    'This policy does not apply to voice recordings, which we do not collect.', ['voice|denied'],
    'This policy does not apply to voice recordings made by other companies.', [],
  ],
  [
    'opt-out with its want first: a practice stated after the instruction is still a claim',
    "If you don't want us to collect your voice recordings, please disable the microphone; otherwise we keep recordings for 30 days.",
    ['voice|affirmed'],
    'If you do not want to share your location, you can turn off location services.', [],
  ],
  [
    'opt-out with its want first: a face template in use until consent is withdrawn',
    'If you do not want your face data used for tagging, you can disable face grouping, although we keep face templates for 90 days.',
    ['face|affirmed'],
    'If you do not want to be tagged, you can disable tagging.', [],
  ],
  [
    'not-precise before a hyphenated GPS degree is still a bound, not a denial',
    'We collect location data that is not precise GPS-level data.', ['location.approximate|affirmed'],
    'We collect location information that is not precise.', ['location.approximate|affirmed'],
  ],
  [
    'entity-record: a list of the reader\'s data received from a business is the reader\'s',
    'We receive information from our business partners, such as your name, email address and location.', ['location|affirmed'],
    'We collect club details: club name, website, location, and membership rules.', [],
  ],
  [
    'fingerprint checksum words: deduplication of people is a biometric use',
    'We collect fingerprints from all applicants for deduplication, so that no one can enrol twice.', ['biometric|affirmed'],
    'We store the fingerprint of each file for deduplication.', [],
  ],
  [
    'fingerprint checksum words: a template protected by a checksum is still a template',
    'We store your fingerprint template with a checksum to detect tampering.', ['biometric|affirmed'],
    'We store a checksum of each file to detect tampering.', [],
  ],
  [
    'listening with a time or manner: software listening for signals is not speech',
    'Our SDK listens in the background for nearby Bluetooth beacons to determine which store you are in.',
    ['location.precise|affirmed'],
    'Our assistant listens in the background for its wake word.', ['voice|affirmed'],
  ],
  [
    'recordings beside a transcript: a chat transcript makes no recording speech',
    'We use a session replay tool that keeps visitor recordings, and chat transcripts from our support widget.', [],
    'We keep call recordings and transcripts from our support line.', ['voice|affirmed'],
  ],
  [
    'a deletion withheld is no denial, in a finite verb as in a gerund',
    'We do not delete voice recordings when an account closes.', ['voice|affirmed'],
    'We are not deleting voice recordings when an account closes.', ['voice|affirmed'],
  ],
  [
    'measure heads: expressions counted are facial expressions detected',
    'We compute facial expression statistics for each viewer of the ad.', ['face|affirmed'],
    'We log voice chat duration for each room.', [],
  ],
  [
    'converted into a biometric record: a unique transcript format is no biometric, and a generic claim elsewhere stands',
    'We record calls and convert the data into a unique transcript format, and we collect biometric information at our branches.',
    ['biometric|affirmed', 'voice|affirmed'],
    'The bank keeps your call audio and converts it into biometric data.', ['voice|affirmed'],
  ],
];

describe('review findings (e2076ea..91f702d): contrast pairs', () => {
  // The misread sentence and its contrast apart, so that a failure names the side that fails.
  for (const [rule, a, aLabels, b, bLabels] of REVIEW_PAIRS) {
    it(`${rule}: "${a}"`, () => expect(labels(a)).toEqual([...aLabels].sort()));
    it(`${rule} (contrast): "${b}"`, () => expect(labels(b)).toEqual([...bLabels].sort()));
  }
  it('identifiers: a unique request ID is no voiceprint', () =>
    expect(voiceId('We record your voice commands and convert them into a unique request ID for troubleshooting.')).toBe(false));
  it('identifiers: finding a segment of customers is no speaker identification', () =>
    expect(voiceId('We analyze call recordings to identify our customers who are most likely to cancel.')).toBe(false));
});

describe('negation cues inside a condition, contracted or not', () => {
  it('skips a contracted cue after "when you" as it skips the full one', () => {
    expect(negationsIn("When you don't use the app, we collect your location.")).toEqual([]);
    expect(negationsIn('When you do not use the app, we collect your location.')).toEqual([]);
    expect(negationsIn("We don't use the app, and we collect your location.")).not.toEqual([]);
  });
});

describe('contrast pairs', () => {
  for (const [rule, a, aLabels, b, bLabels] of PAIRS) {
    it(`${rule}: "${a}" vs "${b}"`, () => {
      expect(labels(a)).toEqual([...aLabels].sort());
      expect(labels(b)).toEqual([...bLabels].sort());
    });
  }
});

describe('a leading connective', () => {
  it('leaves the evidence where the words stand in the sentence as written', () => {
    const sentence = 'In addition, we may collect your precise location.';
    const [p] = classifyText(sentence);
    const e = p!.evidence[0]!;
    expect(sentence.slice(e.start, e.end)).toBe(e.text);
    expect(e.text.toLowerCase()).toContain('precise location');
  });
  it('is read through more than once ("Also, for example, …")', () => {
    expect(labels('Also, for example, a faceprint is a map of the geometry of a face.')).toEqual([]);
    expect(labels('Also, for example, we keep a faceprint, a map of the geometry of your face.')).toEqual(['face|affirmed']);
  });
});

describe('a regional carve-out', () => {
  it('scopes the denial to the region it names', () => {
    const denial = classifyText('We keep voiceprints of callers (not for callers in the EEA).')
      .find((p) => p.stance === 'denied');
    expect(denial?.scope).toBe('EEA');
  });
});

describe('on-device flow is told to the reader', () => {
  it('marks a denial because the data stays on the device', () => {
    const [p] = classifyText('Your fingerprint template is stored only on your device.');
    expect(p?.flow).toBe('on-device');
  });
  it('does not mark a plain denial', () => {
    const [p] = classifyText('We do not collect your fingerprint.');
    expect(p?.stance).toBe('denied');
    expect(p?.flow).toBeUndefined();
  });
});

describe('category labels answered in the next table cell', () => {
  const table = (answer: string): PolicyText => {
    const cells = ['Category', 'Collected', 'Geolocation data', answer, 'Identifiers', 'Yes'];
    let text = '';
    const blocks: PolicyText['blocks'] = [];
    for (const cell of cells) {
      blocks.push({
        kind: 'table-cell', start: text.length, end: text.length + cell.length,
        headingPath: ['Notice for California residents'],
      });
      text += cell + '\n';
    }
    return { text, blocks };
  };
  it('reads "Yes" as collected and "No" as not collected', () => {
    expect(analyzePolicy(table('Yes')).summary.location).toBe('collects');
    expect(analyzePolicy(table('No')).summary.location).toBe('denies');
    expect(analyzePolicy(table('No')).practices[0]!.scope).toBe('US-state');
  });
  it('leaves a label with no answer a label', () => {
    expect(analyzePolicy(table('Sometimes')).summary.location).toBe('silent');
  });
});

describe('items under a heading that denies collecting', () => {
  const section = (heading: string): PolicyText => {
    const items = ['Your precise location or GPS data.', 'Biometric data of any kind.'];
    let text = '';
    const blocks: PolicyText['blocks'] = [];
    for (const item of items) {
      blocks.push({ kind: 'list-item', start: text.length, end: text.length + item.length, headingPath: ['Privacy', heading] });
      text += item + '\n';
    }
    return { text, blocks };
  };
  it('reads paragraphs under such a heading on their own', () => {
    const text = 'Location data helps us show nearby stores.';
    const policy: PolicyText = { text, blocks: [{ kind: 'paragraph', start: 0, end: text.length, headingPath: ['What we never collect'] }] };
    expect(analyzePolicy(policy).summary.location).toBe('collects');
  });
  it('reads the items as denied under "What we never collect" and as collected under "What we collect"', () => {
    expect(analyzePolicy(section('3. What we never collect')).summary).toMatchObject({ 'location.precise': 'denies', biometric: 'denies' });
    expect(analyzePolicy(section('What we collect')).summary).toMatchObject({ 'location.precise': 'collects', biometric: 'collects' });
  });
});

describe('identifier contrast pairs (face and voice)', () => {
  it('reads comparison as identifying and blurring as not', () => {
    expect(faceId('We match your selfie to your ID photo using face comparison.')).toBe(true);
    expect(faceId('We hide bystanders in street images using face blurring.')).toBe(false);
  });
});

describe('identifiers of session 4', () => {
  const identifier = (text: string, type: string, stance: string) =>
    classifyText(text).find((p) => p.type === type && p.stance === stance)?.identifier;
  it('reads a denied purpose of identifying as an identifier', () => {
    const text = 'We do not use your voice to identify you; however, we do keep recordings of your calls.';
    expect(identifier(text, 'voice', 'denied')).toBe(true);
    expect(identifier(text, 'voice', 'affirmed')).toBe(false);
  });
  it('does not count faces in photos as matched when recognising them is denied', () => {
    expect(identifier('We detect faces in your photos, and we recognise who they are.', 'face', 'affirmed')).toBe(true);
    expect(identifier('We detect faces in your photos, but we do not recognise who they are.', 'face', 'affirmed'))
      .toBe(false);
  });
});

describe('identifiers of session 8', () => {
  it('reads checking that it is the same person as identifying', () => {
    expect(voiceId('We offer an optional feature that uses your voice to verify you.')).toBe(true);
    expect(voiceId('We offer an optional feature that uses your voice to search.')).toBe(false);
  });
});

describe('identifiers of session 5', () => {
  const identifier = (text: string) => classifyText(text).find((p) => p.type === 'face' || p.type === 'voice')?.identifier;
  it('reads grouping by the same person and saying which person it is as identifying', () => {
    expect(identifier('Our library groups pictures of the same person by building a numerical model of each face.')).toBe(true);
    expect(identifier('Our library sorts pictures by date after building a numerical model of each face.')).toBe(false);
    expect(identifier('The camera identifies which driver is at the wheel from the shape of their face.')).toBe(true);
    expect(identifier('The camera measures how tired the driver is from the shape of their face.')).toBe(false);
  });
  it('reads telling several people apart as identifying', () => {
    expect(identifier('The speaker uses your voice commands to tell the members of your household apart.')).toBe(true);
    expect(identifier('The speaker uses your voice commands to turn the lights on.')).toBe(false);
  });
});

describe('identifiers of session 12', () => {
  it('reads recognising members, customers or staff as identifying', () => {
    expect(faceId('Our cameras measure the shape of your jaw and other facial features to recognise members at the door.')).toBe(true);
    expect(faceId('Our cameras measure the shape of your jaw and other facial features to count members at the door.')).toBe(false);
  });
  it('reads a face scanned to check an age as not identifying', () => {
    expect(faceId('A provider compares a scan of your face with your ID to check your age.')).toBe(false);
    expect(faceId('A provider compares a scan of your face with your ID to check your identity.')).toBe(true);
  });
});

describe('identifiers of session 12, templates', () => {
  it('reads a face made into a template as an identifier', () => {
    expect(faceId('The system converts an image of the member\'s face into a numerical template.')).toBe(true);
    expect(faceId('The system converts an image of the member\'s face into a cartoon sticker.')).toBeUndefined();
  });
  it('reads familiar faces as recognised', () => {
    expect(faceId('The camera tells you when a familiar face is detected at the door.')).toBe(true);
    expect(faceId('The camera tells you when a face is detected at the door.')).toBe(false);
  });
});

describe('identifiers of session 12, an age and an identity', () => {
  it('reads a face scanned for an age and an identity as identifying', () => {
    expect(faceId('A provider scans your face to check your age and to verify your identity.')).toBe(true);
    expect(faceId('A provider scans your face to check your age.')).toBe(false);
  });
});

describe('identifiers of session 11', () => {
  it('reads telling one person from another as identifying', () => {
    expect(faceId('We train our models on embeddings derived from the faces in shared photos, which let the system tell one person from another.')).toBe(true);
    expect(faceId('We train our models on embeddings derived from the faces in shared photos, which let the system tell one mood from another.')).toBe(false);
  });
  it('reads a person identified by their speech, in the passive, as identifying', () => {
    expect(voiceId('Callers may be identified by the characteristics of their speech rather than by a PIN.')).toBe(true);
    expect(voiceId('Callers may be greeted by the characteristics of their speech rather than by a PIN.')).toBe(false);
    expect(voiceId('Callers may be identified by their account number, and calls are recorded.')).toBe(false);
  });
  it('reads speakers told apart in one recording as not identifying (who spoke when, not who)', () => {
    expect(voiceId('We analyse the audio recording to tell one person from another.')).toBe(true);
    expect(voiceId('We analyse the audio recording to distinguish one speaker from another in the transcript.')).toBe(false);
  });
});

describe('identifiers of session 29', () => {
  it("reads a person's ID after a voice as the person's, not a voice ID", () => {
    expect(voiceId('Your voice and player ID may be recorded for moderation.')).toBe(false);
    expect(voiceId('Your voice ID may be recorded for moderation.')).toBe(true);
  });
  it('reads voice recognition that understands what is said as not identifying', () => {
    expect(voiceId('We use voice recognition to understand your spoken requests.')).toBe(false);
    expect(voiceId('We use voice recognition to tell members of your household apart.')).toBe(true);
  });
});

describe('identifiers of session 29, effects', () => {
  it('reads facial geometry measured to draw an effect as not identifying', () => {
    expect(faceId('The app reads your facial geometry solely to position and render AR filter effects.')).toBe(false);
    expect(faceId('The app reads your facial geometry solely to sign you in.')).toBe(true);
  });
  it('reads geometry said to identify no one as not identifying', () => {
    expect(faceId('The app collects non-identifiable facial geometry.')).toBe(false);
    expect(faceId('The app collects facial geometry.')).toBe(true);
  });
});

describe('identifiers of session 29, voices', () => {
  // Session 33: a clone speaks as the person and recognises no one (LABELS.md: voiceprints, recognition, speaker
  // identification); the fresh labels read it so, six rows to none.
  it('reads a voice clone as speech, not an identifier', () => {
    expect(voiceId('We collect samples for voice cloning.')).toBe(false);
    expect(voiceId('We collect samples for voice verification.')).toBe(true);
  });
});

describe('identifiers of session 29, edits', () => {
  it('reads a face measured to compose a photo as not identifying', () => {
      expect(faceId('The app uses your face geometry only to compose an ID photo.')).toBe(false);
    expect(faceId('The app uses your face geometry only to check your ID.')).toBe(true);
  });
});

describe('identifiers of session 30', () => {
  it('reads an identifier made for the voice as a voice identifier, not the id of a voice note', () => {
    expect(voiceId('We create a unique identifier for your voice.')).toBe(true);
    expect(voiceId('We keep the id of your voice note.')).toBe(false);
  });
  it('reads voice recognition that turns speech into text as not identifying', () => {
    expect(voiceId('We use voice recognition to turn your speech into text.')).toBe(false);
    expect(voiceId('We use voice recognition to tell who is speaking.')).toBe(true);
  });
});

describe('recordings named back by the document', () => {
  it('highlights the page\'s own word, not the one it was read as', () => {
    const [voice] = classifyText('## Call recording\nRecordings are kept for 90 days.');
    expect(voice?.evidence.map((e) => e.text)).toEqual(['Recordings']);
  });
});

describe('an identifier told by what the face or voice is used for or turned into', () => {
  const identifierOf = (s: string) => classifyText(s).find((p) => p.type === 'voice')?.identifier;
  it('reads a voice converted into a biometric record as a voiceprint', () => {
    expect(identifierOf('The bank keeps your call audio and converts it into biometric data.')).toBe(true);
    expect(identifierOf('The bank keeps your call audio and converts it into text.')).toBe(false);
  });
  it("reads speech used to identify the clients' customers as a voiceprint", () => {
    expect(identifierOf('Lenders use our tool to analyse speech samples to identify their customers.')).toBe(true);
    expect(identifierOf("Lenders use our tool to analyse speech samples to identify their customers' needs.")).toBe(false);
  });
});

describe('identifiers of session 40', () => {
  it('reads faces grouped by face as telling faces apart, the modifier shared with a detection before it', () => {
    expect(faceId('We run face detection and clustering on your photo library.')).toBe(true);
    expect(faceId('We run face detection and blurring on your photo library.')).toBe(false);
  });
  it('reads a face scanned only to tell that a live person is there as not identifying, a match beside it as identifying', () => {
    expect(faceId('We scan your face to confirm that you are a real, live person.')).toBe(false);
    expect(faceId('We scan your face to confirm that you are the account holder.')).toBe(true);
    expect(faceId('We use face matching and liveness detection against your ID photo.')).toBe(true);
  });
});

describe('identifiers of session 41', () => {
  it('reads facial features named as identification data, or as what tells people apart, as identifying', () => {
    expect(faceId('We collect biological identification information including facial feature data.')).toBe(true);
    expect(faceId('We collect facial feature data to apply makeup effects.')).toBe(false);
    expect(faceId('The software can distinguish the unique facial features of natural persons.')).toBe(true);
    expect(faceId('The software can distinguish the facial features of cartoon characters.')).toBe(false);
  });
  it('reads a face photo made into a biometric template as a face template', () => {
    expect(faceId('The app captures face photos and derives biometric templates.')).toBe(true);
    expect(faceId('The app captures face photos and derives brightness levels.')).toBe(undefined);
  });
});

describe('identifiers of session 42', () => {
  it('reads the numbers a face is turned into as identifying, and a check run on a face as not', () => {
    expect(faceId('We keep an encrypted copy of your facial math on our servers.')).toBe(true);
    expect(faceId('Our providers run face checks for us.')).toBe(false);
  });
  it('reads faces compared, named as faces, as matched', () => {
    expect(faceId('We compare your selfie to the face on your ID.')).toBe(true);
  });
});

describe('identifiers of session 42, matching', () => {
  it('reads a picture matched with a reference photo as identifying', () => {
    expect(faceId('We match the live image captured at signing with a reference photo.')).toBe(true);
    expect(faceId('Biometric data is compared between the photo taken and the photo of your ID document.')).toBe(true);
  });
});

describe('identifiers of session 43', () => {
  it('reads a face scanned to clock in or by a time clock as identifying, and one scanned for an effect as not', () => {
    expect(faceId('The time clock uses data obtained by scanning an employee’s face.')).toBe(true);
    expect(faceId('Staff clock in by scanning their face at the terminal.')).toBe(true);
    expect(faceId('The filter uses data obtained by scanning a user’s face to add sparkles.')).toBe(false);
  });
});

describe('identifiers of session 46', () => {
  it('reads working out who is speaking as identifying, but not speakers labelled in a transcript', () => {
    expect(voiceId('Your voice is used to recognise who is speaking in the household.')).toBe(true);
    expect(voiceId('Your voice is used to recognise who is speaking in the transcript.')).toBe(false);
  });
});
