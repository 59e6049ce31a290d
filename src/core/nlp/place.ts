/**
 * "Location" has two readings: data about where the user is ("your location", "location data", "the location of
 * your device") and a place ("any location", "other locations where we keep servers", "the delivery location",
 * "the Institution's location"). Only the first is location data (LABELS.md: the places of the company, its
 * stores or processors are traps). The reading is decided by the noun phrase around the bare word "location":
 * its determiner or possessor, the noun that modifies it, the noun it modifies, its number and its "of"
 * complement — a handful of closed word classes, not a list of phrases.
 *
 * Every pattern here is anchored to a few words before or after the mention, so the cost is constant per mention.
 */

import { actsIn } from './acts';
import { alternatives, cased, charsAfter, charsBefore, lastMatch, re, rx, words } from '../text/pattern';
import { EG, IE } from './abbreviations';
import { AREA_WORD } from './vocabulary';
import { verbKind } from './verbs';
/** Things the user carries, wears or looks after, and people the service locates: "the dog's location". */
const OWNED = rx`tablets?|watch(?:es)?|bikes?|scooters?|trackers?|collars?|pets?|dogs?|cats?|kids?|employees?` +
  rx`|workers?|patients?|pupils?|students?|wearables?|laptops?|headsets?`;
/** People a service serves or follows, besides its users: "the caller's stated location", "each guest's". */
const PEOPLE = rx`callers?|participants?|attendees?|travell?ers?|passengers?|visitors?|guests?|candidates?` +
  rx`|applicants?|players?|couriers?|learners?|wearers?|subscribers?`;
/** Nouns "location" modifies that make it data: "location data", "location services", "location-based". */
const DATA_HEAD =
  words(
    rx`data|information|info|history|histor(?:y|ies)|services?|sharing|tracking|permissions?|settings?`,
    rx`features?|accuracy|technolog(?:y|ies)|signals?|coordinates|updates?|records?|details|access`,
    rx`[- ]?based|[- ]?aware|[- ]?enabled|[- ]?dependent`,
  ) + rx`\b`;
// Also a head shared with a coordinated modifier: "the location and motion data".
const DATA_HEAD_AFTER = re(rx`^s?(?:-|\s)*(?:(?:and|or|&|\/)\s*[\w-]+\s+)?${DATA_HEAD}`);

/** Possessors and modifiers that make it the user's: "your", "the device's", "current", "real-time". */
const USER_WORDS = alternatives([
  rx`your|you|my|their|his|her|its|users?'?s?|members?'?s?|customers?'?s?|drivers?'?s?|riders?'?s?|child'?s`,
  rx`children'?s|persons?'?s?|device'?s?|devices'|phone'?s?|mobile|smartphone'?s?|vehicle'?s?|car'?s?|handset'?s?`,
  // The ends of a trip: "start and end locations", "pick-up location" is left to the traps.
  rx`start(?:ing)?|end(?:ing)?|departure|arrival`,
  // What the user carries, wears or looks after, and people whose whereabouts the service follows.
  // People only as possessors: "the caller's location", not "candidate locations for new stores".
  rx`(?:${OWNED})'?s?|(?:${PEOPLE})'s?|anyone'?s|current|present|real[- ]time|live|actual|physical|geographic(?:al)?|background`,
  rx`last[- ]known|network|wireless|gps|ip|home|approximate|precise|exact|general|estimated`,
]);
/** Determiners and quantifiers that make it a place: "any location", "certain locations", "that location". */
const PLACE_DETERMINERS = alternatives([
  rx`certain|other|specific|select|selected|multiple|different|various|several|many|numerous|same|single|public`,
  rx`appropriate|particular|given|another|our`,
]);

/** The words before the mention, at most three, innermost first. */
function wordsBefore(sentence: string, start: number): string[] {
  const before = charsBefore(sentence, start, 60);
  // Stop at a list separator or a bracket: "…, location" is a list item, bare.
  const words = before.split(/[,;(:]/).pop()!.trim().split(/\s+/).filter(Boolean);
  return words.slice(-3).reverse();
}

const USER_WORD = re(`^(?:${USER_WORDS})$`);
const PLACE_WORD = re(`^(?:${PLACE_DETERMINERS})$`);
/**
 * A possessor that is not the user (tried after the user's words): "the Institution's location", "Proctorio's
 * locations", "a hotel's location".
 */
const OTHER_POSSESSOR = /^(?:[A-Z][\w-]*['’]s?|[\w-]+['’]s)$/;
/** Words that end the noun phrase to the left: prepositions, conjunctions, verbs seen before a bare noun. */
const PHRASE_EDGE = re(
  '^' +
    words(
      'and|or|of|to|in|at|for|from|with|by|on|about|as|including|includes?|like|than|via|your?|the',
      'is|are|was|were|be',
      rx`collect\w*|use[sd]?|using|receive[sd]?|process\w*|obtain\w*|share[sd]?|sharing|track\w*|access\w*`,
      rx`determine[sd]?|infer\w*|estimate[sd]?|store[sd]?|record\w*|log\w*|get|gets|provide[sd]?`,
      rx`such|${EG}|${IE}|•|●|\*|-|–|—`,
    ) +
    '$',
);

/** What "location" is complemented by, when followed by "of": "the location of your device" vs "of birth". */
// Also past a coordinated head: "the location and time of the open home".
const OF_COMPLEMENT = re(rx`^s?(?:\s+(?:and|or)\s+(?:time|date|name|address|hours|size|price)s?)?\s+of\s+((?:\w+['’]?s?\s+){0,2}\w+)`);
/** People's own devices after "of": "the location of chaperones' and students' devices", "of the drivers' phones". */
const OF_PEOPLES_DEVICES =
  re(rx`^s?\s+of\s+(?:the\s+)?(?:\w+['’]s?\s+(?:and|or)\s+)?\w+['’]s?\s+(?:devices?|phones?|smartphones?|handsets?|tablets?|watches)\b`);
/** Someone or something the user is or owns: "the registered user", "a member", "your device". */
const USER_NOUN = words(
  rx`users?|members?|customers?|persons?|individuals?|devices?|phones?|vehicles?|cars?|computers?|handsets?`,
  rx`smartphones?`, OWNED,
  // The people a service follows: "the location of the children who play", "of each driver".
  rx`children|child|kids?|players?|drivers?|riders?|couriers?|employees?|workers?|staff|patients?|pupils?|students?`,
  PEOPLE,
);
const OF_USER = re(
  // "the location of the group's tablet", "of anyone's phone", "of each pupil".
  // A bare plural too, after one modifier: "the location of company vehicles assigned to employees", "of children".
  // The company's own people too, past a modifier: "the location of our delivery drivers".
  rx`^(?:(?:${USER_WORDS})\b|(?:the|a|an|each|every|any|our)\s+(?:[\w-]+(?:['’]s)?\s+)?${USER_NOUN}\b|you\b` +
    rx`|(?:[\w-]+\s+)?(?=[\w-]+s\b|children\b)${USER_NOUN}\b|(?:anyone|someone|everyone)['’]s\s+(?:[\w-]+\s+)?${USER_NOUN}\b)`,
);
/** The user's words that say when or what kind, not whose: "live", "current", "gps". */
const TIME_OR_KIND_WORD = re(rx`^(?:current|present|real[- ]time|live|actual|physical|background|network|wireless|gps|ip|home)$`);
/** A subject or an auxiliary, after which a word that can be a noun or a verb is the verb. */
const SUBJECT_OR_AUXILIARY = re(rx`^(?:we|i|they|you|it|may|might|will|would|can|could|also|only|to|not|never|do|does|then|and)$`);
/** What is stored, not who moves: "the location of your personal data" is where it is kept. */
const STORED_THING = re(
  rx`\b${words('data|information|info|records?|files?|content|accounts?|backups?|servers?|copies')}$`,
);
/** Going somewhere makes the place the user's whereabouts: "visits to public locations", "check in at a location". */
const MOTION_BEFORE = re(
  rx`\b(?:visit(?:s|ed|ing)?|check(?:s|ed|ing)?[- ]?in(?:s)?|go(?:es)?|went|gone|travel(?:s|led|ling)?|been` +
    rx`|arriv(?:e|es|ed|ing)|mov(?:e|es|ed|ing))\b[^.;,]{0,30}$`,
);

/** A time or a date listed just before: "date, time and ", "time and the " (not "real-time"). */
const WHEN_BEFORE = re(rx`(?<![\w-])(?:time|date)s?,? (?:and |or )?(?:the )?$`);

// Not by someone else: "the locations visited by our mobile clinics".
const RECORDED_AFTER = re(rx`^s?\s+(?:(?:that|which) (?:were|are|was|is) )?(?:recorded|tracked|logged|visited|captured)\b(?! by (?!you\b))`);

/** A relative clause whose subject is the reader makes it the reader's: "the location you share", "where you are". */
const MOTION_AFTER = /^s?\s+(?:(?:that|which|where)\s+)?you\b/i;
/** Where content appeared, not where the reader did something: "the location at which the material appeared". */
const AT_WHICH_OTHERS = re(rx`^\s+(?:at|in|on) which\s+(?!you\b|your\b)[^.;]{0,40}\b(?:appeared|was (?:posted|published|displayed))\b`);
const WHERE_OTHERS = re(rx`^\s+where\s+(?!you\b|your\b|(?:the )?(?:user|device|phone|vehicle|car)\b)`);
/** A place the reader looks for or picks: "the location you search for" is a query, not where they are. */
// Not one entered as the reader's own: "the location you type into your profile".
const CHOSEN_AFTER =
  re(rx`^s?\s+(?:(?:that|which)\s+)?you\s+(?:search|look|choose|select|enter|type|pick|want|plan|book)\w*\b(?!(?:\s+\w+)?\s+(?:in|into|on` +
    rx`|to)\s+your\s+(?:profile|account|settings))`);
/** The place where proceedings are held: "the location for dispute resolution", "the location of arbitration". */
const FOR_PROCEEDINGS = re(
  rx`^s?\s+(?:for|of) (?:the |any )?` +
    words('disputes?|dispute resolution|arbitration|hearings?|proceedings?|mediation|trials?') +
    rx`\b`,
);
/** "to a location outside the EU", "from any location": a place as the end of a movement or a setting. */
const LOCATIVE_BEFORE = re(rx`^(?:in|into|to|from|outside|within|across|at|between|among|throughout|around)$`);
const PLACE_ARTICLE = re(rx`^(?:a|an|any|another|the|this|that|each|every|one)$`);

/**
 * An organisation or a name as possessor: "the sub-processor's", "each vendor's", "Acme's". Not a person, who may
 * be the reader ("the caller's name and location", "each participant's").
 */
/** Organisations by their nouns, singular or plural. */
const ORGANISATIONS =
  rx`(?:sub-?)?processors?|vendors?|providers?|partners?|suppliers?|compan(?:y|ies)|organi[sz]ations?` +
  rx`|business(?:es)?|merchants?|stores?|shops?|entit(?:y|ies)|affiliates?|contractors?|servers?|offices?` +
  rx`|institutions?|recipients?|retailers?|sellers?|advertisers?|schools?|employers?|banks?|hotels?|restaurants?`;
const ORGANISATION_POSSESSOR = cased(rx`^(?:${ORGANISATIONS}|[A-Z][\w-]*)['’]s?$`);
/** The possessor of a list's first item, the list running up to the mention: "the vendor's name, address and ". */
const LIST_POSSESSOR = cased(rx`\b([\w-]+['’]s?) [\w-]+(?: [\w-]+)?(?:, [\w-]+(?: [\w-]+)?){0,4},? (?:(?:and|or) )?$`);

/**
 * "Their" stands for the nearest plural noun before it: organisations' location is a place ("Institutions can
 * store the data in a data centre near their location"), people's is data ("users can share their location").
 */
// Plural, as "their" is: not the verb in "can store the data".
const THEIR_ANTECEDENT = re(rx`\b(?:((?<!\b(?:at|from|in|to|with|by|of|for|on) (?:(?:the|our|a|your|partner|local) )?)(?:${ORGANISATIONS})(?<=s))` +
  rx`|${USER_NOUN}|people|friends|contacts|you)\b`, 'gi');
/** A plural coordinated with "their": "stations and their location" is the stations'. */
const AND_THEIR = re(rx`\b([a-z][\w-]*s) and their $`);
const PERSON_PLURAL = re(rx`^(?:${USER_NOUN}|${PEOPLE}|people|friends|contacts|families|parents|guardians|you)$`);
const theirIsOrganisations = (sentence: string, start: number) => {
  const coordinated = AND_THEIR.exec(charsBefore(sentence, start, 40));
  // Of things, not people: "the list of stations and their location", not "users and their location".
  if (coordinated) return !PERSON_PLURAL.test(coordinated[1]!);
  return lastMatch(THEIR_ANTECEDENT, charsBefore(sentence, start, 150))?.[1] !== undefined;
};

/**
 * Whether the word "location" ending at `end` is complemented by premises: "the exact location of the nearest store"
 * is a place, however precise; "the exact location of your device" is not.
 */
export const ofPremises = (sentence: string, end: number) => OF_PREMISES.test(charsAfter(sentence, end, 60));
/** Premises by their nouns: a store, an office, a server (LABELS.md's traps), after "of". */
const PREMISES = words(rx`stores?|shops?|offices?|branch(?:es)?|restaurants?|hotels?|facilit(?:y|ies)|servers?|venues?|dealerships?`,
  rx`buildings?|businesses|merchants?|data cent(?:er|re)s?|warehouses?|headquarters|premises|outlets?|caf(?:e|é)s?|clinics?`);
const OF_PREMISES = re(rx`^s?\s+of\s+(?:the|our|a|an|each|every|any|this|that)\s+(?:[\w-]+\s+){0,2}?${PREMISES}\b`);
/** The same premises as the noun's modifier: "the hotel location", "restaurant locations". */
const PREMISES_WORD = re(rx`^${PREMISES}$`);

export type LocationReading = 'data' | 'place';
const OF_PHOTO = re(rx`^(?:(?:the|a|an|each|your) )?(?:photo|image|picture|video)s?\b`);

/** Venues beside a plural in a list: the list is of places, not of data. */
const VENUES_AROUND = re(
  rx`\b${words('websites|sites|platforms|services|apps|applications|stores|shops|offices|countries|venues|premises|channels')}\b`,
);

/**
 * How the bare word "location" at [start, end) reads in the sentence. Callers pass only generic location
 * mentions whose text is "location" or "locations" (not "location data", "geolocation", "where you live").
 */
/** Words that make places the reader's own by how they use them or what they did there. */
const OWN_PLACE_WORD = re(rx`^(?:frequent|recent|past|previous|usual|regular|favou?rite|saved|visited|photo|image|unusual|unfamiliar|unrecogni[sz]ed|atypical|activity|workout|trip)$`);
/** A stand-in, no one's whereabouts: "a default location". */
const STAND_IN_WORD = re(rx`^(?:default|fallback|placeholder|dummy|sample|example|fictional)$`);
export function readingOfLocation(sentence: string, start: number, end: number): LocationReading {
  const after = charsAfter(sentence, end, 40);
  if (DATA_HEAD_AFTER.test(after)) return 'data';
  const plural = /^s\b/i.test(after);
  // Places that were recorded are where the reader was: "the locations recorded along your tours".
  if (RECORDED_AFTER.test(after)) return 'data';
  // The where of a dated event, as a record keeps it: "we log the date, time and location of each tap". Only after
  // an act on data (a verb before it; "hearing" after it is a noun): a notice, a listing or an invitation is no
  // record ("the notice will state the date, time and location of the hearing", "we publish the dates and locations
  // of our clinics"). Not a place of birth, an attribute like a nationality.
  if (
    WHEN_BEFORE.test(charsBefore(sentence, start, 16)) &&
    actsIn(sentence).some((a) => a.at < start) &&
    !/^ of birth/i.test(after)
  ) {
    return 'data';
  }
  if (OF_PEOPLES_DEVICES.test(after)) return 'data';
  const of = OF_COMPLEMENT.exec(after);
  // Where a photo was taken is the reader's too: "the location of a photo".
  if (of) return (OF_USER.test(of[1]!.trim()) || OF_PHOTO.test(of[1]!.trim())) && !STORED_THING.test(of[1]!.trim()) ? 'data' : 'place';
  // A relative clause of someone or something else: "the location at which the material appeared".
  if (FOR_PROCEEDINGS.test(after) || CHOSEN_AFTER.test(after) || AT_WHICH_OTHERS.test(after)) return 'place';
  const before = wordsBefore(sentence, start);
  // The three words before, innermost first; '' where there are fewer (no word pattern below matches '').
  const [w1 = '', w2 = '', w3 = ''] = before;
  // Any place where others do something: "near a location where an electoral process is conducted", "a location where
  // people would gather" (not "a location where you parked").
  if (/^(?:a|an|any|another)$/i.test(w1) && WHERE_OTHERS.test(after)) return 'place';
  // The reader's own places by how they use them ("frequent locations", "recent locations"), or where a photo was
  // taken ("photo locations"); or unusual for the reader, which takes knowing where they usually are: "a sign-in from
  // an unusual location".
  // Or where they did something: "activity locations", "workout locations".
  if (OWN_PLACE_WORD.test(w1)) {
    return 'data';
  }
  // A stand-in, no one's whereabouts: "the app will use a default location".
  if (STAND_IN_WORD.test(w1)) return 'place';
  if (MOTION_AFTER.test(after)) return 'data';
  // Any place at all as an end of a movement: "travel to or from any location" names no one's whereabouts (not a
  // presence: "when you check in at any location" is where the reader is; nor "any location you visit", above).
  if (/^(?:any|every|another)$/i.test(w1) && /^(?:to|from|into|across|between)$/i.test(w2)) return 'place';
  if (MOTION_BEFORE.test(charsBefore(sentence, start, 50))) return 'data';
  if (PLACE_ARTICLE.test(w1) && LOCATIVE_BEFORE.test(w2)) return 'place';
  // The same past one noun modifier: "of legal age in the delivery location", "stored in the server location".
  // Not past a possessor ("in your delivery location") nor a motion to it, read above.
  if (
    // A noun, not a participle or an adjective ("the detected location", "the nearest location").
    /^[a-z][a-z-]*$/i.test(w1) && !/(?:ed|est)$/i.test(w1) &&
    !USER_WORD.test(w1) &&
    !PHRASE_EDGE.test(w1) &&
    PLACE_ARTICLE.test(w2) &&
    LOCATIVE_BEFORE.test(w3)
  ) {
    return 'place';
  }
  // A possessor shared by a list: "the sub-processor's name, location, and processing purpose".
  const listed = /(?:,|\band|\bor) $/i.test(charsBefore(sentence, start, 5))
    ? LIST_POSSESSOR.exec(charsBefore(sentence, start, 80))
    : null;
  if (listed && ORGANISATION_POSSESSOR.test(listed[1]!)) return 'place';
  // The reader's, past one word of their own: "your found locations", "your last locations" (not "your store
  // locations": a premises word is read in the loop below first). A precision is theirs too: "your specific location".
  if (
    // A possessor, not an adjective of time or kind: "live bus locations" are the buses'.
    USER_WORD.test(w2) && !TIME_OR_KIND_WORD.test(w2) && /^[a-z]+$/.test(w1) &&
    (!PLACE_WORD.test(w1) || /^(?:specific|particular)$/i.test(w1)) && !OTHER_POSSESSOR.test(w1) && !PHRASE_EDGE.test(w1)
  ) {
    return 'data';
  }
  for (const [i, word] of before.entries()) {
    const w = word.replace(/[“”"']+$/g, '');
    if (/^their$/i.test(w) && theirIsOrganisations(sentence, start)) return 'place';
    // A premises word that is the verb of a subject or an auxiliary before it: "we store location for analytics".
    // Or the second of two verbs: "we do not collect or store location data", "collect, transmit, or store location".
    if (
      /^(?:store|shop)$/i.test(w) &&
      (SUBJECT_OR_AUXILIARY.test(before[i + 1] ?? '') ||
        (/^(?:or|and)$/i.test(before[i + 1] ?? '') && verbKind((before[i + 2] ?? '').replace(/,$/, '')) !== undefined))
    ) {
      break;
    }
    if (USER_WORD.test(w)) return 'data';
    if (PLACE_WORD.test(w) || OTHER_POSSESSOR.test(w) || PREMISES_WORD.test(w)) return 'place';
    // A noun modifier ("delivery location") is left to the traps: a pick-up location is the user's whereabouts,
    // a server location is not, and that is the modifier's meaning, not its grammar.
    if (PHRASE_EDGE.test(w) || !/(?:ly|ed|al)$/.test(w)) break;
  }
  // A bare plural is places ("in locations outside the EEA"); a bare singular is a list item ("age, location"), and
  // so is a plural between two items of a list ("Flight logs, drone information, locations, dates, times").
  // Not in a list of venues: "through websites, locations, platforms and services".
  if (
    plural && /,\s*$/.test(charsBefore(sentence, start, 3)) && /^s\s*(?:,|(?:and|or)\b)/i.test(after) &&
    !VENUES_AROUND.test(`${charsBefore(sentence, start, 30)}|${after}`)
  ) {
    return 'data';
  }
  return plural ? 'place' : 'data';
}

/**
 * An area named as where something happens or goes ("outside of your state, province, country", "the laws in
 * your country", "warnings from your country of residence") is a place, not a data item about the user: only an
 * area that is the object of a verb or a list item ("we collect your country, city") is approximate location.
 * Read backwards over the list of areas and determiners to the word that governs the list.
 */
const AREA_DET = rx`(?:your|the|their|a|an|that|each|any|local|home|own|other|governmental|same|given|certain|particular|specific|[\w-]+ing|[\w-]+ed)`;
// Not "as" ("as well as your country"), "by" ("location by country") or "for" ("country for billing").
const LOCATIVE = alternatives([
  rx`in|into|to|from|outside|within|across|than|upon|throughout|between|among|beyond|inside|under`,
]);
const GOVERNED_AREA = re(
  rx`\b(?:${LOCATIVE})\s+(?:of\s+)?(?:${AREA_DET}\s+){0,2}(?:${AREA_WORD}\s*(?:,|\/|\band\b|\bor\b)\s*(?:${AREA_DET}\s+){0,2}){0,4}$`,
);

/**
 * An area listed as a part of an address ("your shipping address (e.g., city, state, country)", "billing address,
 * including city and zip code"): the address's fields, not a location (an address is no location type in
 * LABELS.md). Only after a word that opens its parts: "your address, city and country" lists three items.
 */
const ADDRESS_PART = re(
  rx`(?<!\b(?:ip|protocol|network|mac|e-?mail|web|url|wallet) )\baddress(?:es)?\s*(?:\(\s*(?:${EG}|${IE}|such as|including)?|,?\s*(?:including|such as` +
    rx`|${EG}|${IE}|like)|:)` +
    rx`[\s,]*(?:(?:street|house|number|${AREA_WORD})\s*(?:,|\/|\band\b|\bor\b)\s*){0,6}$`,
);

/**
 * Whether the area word at `start` is governed by a locative preposition, or is a part of an address: a place or
 * a field, not a data item about where the user is.
 */
export function isAreaInPlacePhrase(sentence: string, start: number): boolean {
  const before = charsBefore(sentence, start, 120);
  return GOVERNED_AREA.test(before) || ADDRESS_PART.test(before) || ANY_AREA_CHOSEN.test(before) ||
    ORGANISATION_DETAILS.test(before);
}

/**
 * An area among an organisation's details: "seller information, such as seller name, industry and postal code",
 * "merchant details including the city". Where the business is, not the reader.
 */
const ORGANISATION_DETAILS = re(
  // Not the reader's own among them ("partner data, such as your name, postal code").
  rx`\b(?:${ORGANISATIONS}) (?:information|details|data),? (?:such as|including|like|e\.g\.,?|i\.e\.,?) (?:(?!\byour\b)[^.;:()]){0,100}$`,
);

/**
 * Any area the reader picks is a choice, not where they are: "you can enter any city or postal code" for job alerts,
 * "search any region". (Their own, "enter your postcode", is left to the rest.)
 */
const ANY_AREA_CHOSEN = re(
  rx`\b(?:enter|type|search(?: for| by)?|choose|select|pick|specify)\s+any\s+(?:${AREA_WORD}\s*(?:,|\/|\band\b|\bor\b)\s*){0,4}$`,
);

/** Whether the area word at `start` is listed as a part of an address. */
export const isAddressPart = (sentence: string, start: number) => ADDRESS_PART.test(charsBefore(sentence, start, 120));
