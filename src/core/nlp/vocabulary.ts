/**
 * The analyzer's vocabulary, as data. Each entry has an example it must match and a counterexample it must
 * not, in vocabulary.test.ts. Patterns are flat regular-expression sources, matched case-insensitively.
 * Definitions of the types follow shared/eval/LABELS.md; legal references are in the explanations table.
 */
import {
  APPROXIMATE_MANNER, APPROXIMATE_OF, APPROXIMATE_PREDICATE, APPROXIMATE_WORD, BODY_DIMENSIONS, CALL_RECORDING, DATA, FACE, IP_LOCATION,
  LIST_MARKER_CHARS, NOUN_ENDS, PRECISE_PREDICATE, PRECISE_WORD, PROGRAM_CALL_BEFORE, ROUGH, ROUGH_WORD, VOICE,
  headThenModifier, modifierOfHead,
} from './terms';
import { EG } from './abbreviations';
import { alternatives, rx, words, type Alternatives, type NamedSources } from '../text/pattern';
import { EVERY_VERB, participleSource, PROCESSING_OR_FLOW_VERB, PROCESSING_OR_FURTHER_VERB, PROCESSING_VERB } from './verbs';
import { DATA_TYPES, type Action, type ConditionKind, type DataType, type Purpose, type Source } from './types';

/**
 * The areas a person lives in, one table for both readings of an area word: a data item ("we collect your city",
 * `item`) and a place ("the laws of your country", place.ts, which also reads plurals and legal areas). "State"
 * alone is no item: "the state of the device".
 */
interface AreaName {
  name: string;
  plural?: string;
  item?: true;
}
/** An area word that is also a data item, and one that is only a place (rows as calls: no property names). */
const item = (name: string, plural?: string): AreaName => ({ name, plural, item: true });
const place = (name: string): AreaName => ({ name });
const AREA_NAMES: AreaName[] = [
  item('city', 'cities'),
  item('town'),
  item('country', 'countries'),
  item('region'),
  item('province'),
  place('territory'),
  item('county', 'counties'),
  // Parts of a city and a home town: city-level, as LABELS.md's table has it.
  item('suburb', 'suburbs'),
  item(rx`neighbou?rhood`, rx`neighbou?rhoods`),
  item(rx`home ?town`),
  item('municipality', 'municipalities'),
  item('district', 'districts'),
  place('state'),
  item(rx`post(?:al)? ?code`),
  // Also with the other name sharing its head: "the ZIP or postal code you enter".
  item(rx`zip(?: (?:or|and|\/) post(?:al)?)? ?code`),
  // A time zone alone is a setting of the device, not a location (the dev labels' settled reading): only a location
  // inferred from it is (AREA_SOURCE).
  place(rx`time ?zone`),
  place(rx`country\/region`),
  place('jurisdiction'),
];
/** Fitted to something: "specific to", "relevant to", "tailored to" (area-relevance). */
const FITTED = rx`(?:specific|relevant|appropriate|tailored|locali[sz]ed|adapted|customi[sz]ed)`;
/** What the reader carries or drives, whose position is theirs. */
const CARRIED = rx`handset|phone|smartphone|device|vehicle|car`;
/** An area a connection or a login is placed in. */
const AREA_ONE = rx`(?:country|region|city|area|town)`;
/** Sources that place a device in an area, not at a point (LABELS.md location.approximate). */
const AREA_SOURCE =
  rx`(?:sim(?: card)?|ip(?: address)?|(?:internet |network |mobile )?connection|(?:mobile )?network|carrier|time ?zone)`;
/** What comes from an area: "a login", "each connection". */
const CONNECTION_EVENT = rx`(?:login|connection|request|visit|session)s?`;
/** People a service may follow: "where field employees are". */
/** What a face is made into for matching: "a numerical template", "a 512-dimension embedding", "a feature code". */
const FACE_CODE = rx`(?:templates?|embeddings?|vectors?|feature cod(?:e|es|ing))`;
/** What follows people across pages for ads or statistics, not where they are: "we use cookies to track visitors…". */
const AD_TECH = rx`cookies?|pixels?|ads?|advertis\w*|analytics`;
const FOLLOWED_PEOPLE = words(
  'employees|staff|workers|drivers|couriers|riders|patients|pupils|students|children|kids|members|visitors|users|customers',
  // Those a platform sends to jobs: "we never track walkers when they are not on an active job".
  'walkers|sitters|carers|caregivers|cleaners|technicians|contractors|agents|shoppers',
);
/** What makes coordinates coarse before they are kept or passed on: "rounded coordinates", "truncated to two decimals". */
export const COARSENED = rx`(?:rounded|truncated|coarsened|fuzzed)`;
/** The kinds of the reader's routes: "your commute route", "your trip routes". */
const ROUTE_KIND =
  rx`commute|commuting|running|cycling|walking|driving|daily|recorded|past|tracked|gps|activity|trip|ride|journey|workout|hike`;
/** Levels of detail of a place: a point on the map, or an area around it. */
const POINT_LEVELS = words(rx`(?:street )?address|street|building|rooftop|house(?:hold)?|door|parcel|met(?:re|er)`);
const AREA_LEVELS = words(
  rx`neighbou?rhood|district|suburb|municipality|county|city|town|state|country|region(?:al)?|province|continent`,
  // Also hyphenated before "level": "at the ZIP-code level".
  rx`post(?:al)?[ -]?code|zip[ -]?code|metro(?:politan)? area`,
);
/** "<level>-level" or "<level> level" with a location word within the clause, before or after. */
// The look-behind follows the literal "level", so it is tried only where one matched.
function levelOfDetail(levels: string): string {
  // The look-behinds follow the literal "level": two literals for the prefilter, not one per level.
  // "Geolocation" too: "geolocation data at the state level".
  return rx`[- ]level\b(?<=\b${levels}[- ]level)(?:(?=[^.;]{0,60}\b(?:geo)?locat)|(?<=\b(?:geo)?locat[^.;]{0,80}))`;
}
/** An area word as a place (place.ts): any area, singular or plural, "of residence" or "of origin". */
export const AREA_WORD =
  words(AREA_NAMES.flatMap((a) => (a.plural ? [a.name, a.plural] : [a.name])).join('|')) +
  rx`(?: of (?:residence|origin))?`;

/**
 * An area named as a data item ("city, country", "time zone", "postcode"): where it follows a list separator
 * or an article and ends an item. Laws, courts, transfers and the company's own places are traps below.
 */
const AREA = words(
  AREA_NAMES.filter((a) => a.item).map((a) => a.name).join('|'),
  // A state only as the reader's: "home state" (a "state" alone may be a device's).
  rx`city and state|city\/state|state\/province|home states?`,
);
/** What may come right before an area named as an item: a list separator or a listing phrase. */
// A list item's dash or star too: "- City and country name derived from your coordinates".
const AREA_ITEM_START = rx`(?:^|^\s*[${LIST_MARKER_CHARS}]|[,;:(•●/]|\band|\bor|such as|including|${EG},?)`;
/** What may come right after it: the end of the item, or words that keep it a data item. */
const AREA_ITEM_END = words(
  // A table's cell ends an item too: "| Name, email, country |"; so does a clause of when or on what condition
  // ("name and city when you register", "postcode if you order"; not "country if local law requires it", a server's).
  rx`$|[,;:)./(|&]|\band\b|\bor\b|\bin which\b|\bassociated\b|\bwhere you\b|[- ]level\b|\bfrom\b|\bderived\b|` +
    rx`\b(?:when|if you|once|upon|during|while|at the time)\b`,
);
const AREA_LEVEL = alternatives([
  // An area as the modifier of a data noun, wherever it stands: "country and state information"; a code named by two
  // names, "Zip/Pin code" (a PIN alone is a secret number; a postcode alone is an item only as area-level reads it).
  // Not a "country code", which is often a card's or a network's ("card type, country code", "mobile country code").
  // The reader's, or given to the company: "your country information", "send us country and state information" (not
  // "country information for our regional offices", "cloud region data centers", "city data from open-data portals").
  rx`\b(?<=\b(?:your|their|the user'?s|users'|us) )(?:country|city|region|province|county)` +
    rx`(?: (?:and|or|\/) (?:state|province|region|city|country))? (?:information|info|data|details)\b(?! cent(?:er|re)s?\b)` +
    rx`|\b(?:zip|post(?:al)?) ?\/ ?(?:pin|zip|post(?:al)?) ?codes?\b`,
  // The look-behind follows the area word, so it is tried only where one matched.
  // An item may have the user's possessive: "Your country, inferred from…, is stored".
  // Or "current", "home": "- Current city", "home state / ip".
  rx`\b${AREA}(?<=${AREA_ITEM_START}\s{0,3}(?:your |their )?(?:(?:current|home|selected) (?=(?:city|town|country)\b))?${AREA})` +
    rx`(?: of residence)?(?=\s{0,3}${AREA_ITEM_END})`,
  alternatives([
    // An area with the reader's relative clause: "the city you set in your profile".
    // The reader's or their device's: not "the country in which each sub-processor stores data".
    rx`\bthe (?:city|town|country|region|state|province|county) (?:in which (?:you|your)|associated with|where you|of residence|you)\b`,
    // An area around the reader's home: "the area you live in", "the neighbourhood where you live".
    rx`\bthe (?:area|neighbou?rhood|district) (?:that |which |where )?you live(?: in)?\b`,
    // The level of detail: "your location at the level of your zip code".
    // Only of a location: "usage statistics at the level of the school district" are not.
    rx`\blocation\b[^.;]{0,60}\bat the level of (?:your |the |a )?` +
      words(AREA, rx`(?:[\w-]+ ){0,2}(?:cell|neighbou?rhood|district|area)\b`),
    // The coordinates of an area rather than of the device, also of its centre: "the latitude and longitude of the
    // centre of your city".
    rx`\b(?:coordinates|latitude and longitude) (?:of|for) (?:your |the |a |their |each )?(?:(?:centre|center|middle) of (?:your |the |a )?)?` +
      words(`neighbou?rhood|city|town|area|region|district|post(?:al)? ?code|zip ?code|country`) +
      // Not a word's first part: "for country-specific content".
      rx`(?![\w-])`,
    // A second area: "the country or region you are accessing the Services from".
    // Of many readers too: "the regions from which users navigate to our Services".
    rx`\b(?:which|what|the) (?:[a-z]+ )?(?:cit(?:y|ies)|towns?|countr(?:y|ies)|nations?|regions?|states?)(?: or [a-z]+)? ` +
      words(`you are in|you're in|you are located in|you (?:are )?access(?:ing)?|you connect from|from which (?:you|users|visitors)`,
        // Whence readers come: "what countries the users are from", "which country our visitors come from".
        rx`(?:the |our )?(?:users|visitors|customers|readers|players) (?:are|come) from`) +
      rx`\b`,
    rx`\b(?:city|country|region|area|zip|postcode)[- ]level\b`,
    // Coordinates made coarse before they are kept or passed on: "partners receive rounded coordinates".
    rx`\b(?:${COARSENED}|obfuscated) (?:gps |location )?coordinates\b` +
      // Or said after them: "coordinates truncated to two decimal places".
      rx`|\bcoordinates,? (?:(?:are|is) )?${COARSENED} (?:to|down)\b` +
      // The same of a latitude and longitude: "your latitude and longitude rounded to two decimal places".
      rx`|\b(?:latitude(?: and longitude)?|longitude),? (?:(?:are|is) )?${COARSENED} (?:to|down)\b`,
    rx`\bgenerali[sz]ed location|\bgeo-?(?:ip\d?|database|localisation|localization)\b`,
    // A location whose parenthesis names its area: "location (city or town)", "• Location (country)".
    rx`\blocation\s*\((?:[\w-]+,? (?:or|and|\/) )?(?:city|town|country|region|state|province|county|post ?code|postal code|zip)\b[^()]{0,20}\)`,
    rx`\blocation by (?:country|city|region)\b`,
    // A country code kept of the reader ("an ISO country code auto-detected from your locale", "status and country
    // code"), not a network's, a card's or a telephone number's ("mobile country code", "issuer name, card type,
    // country code", "phone number with country code").
    // A region's code too: "We only send the resulting region code to our servers".
    rx`\b(?:country|region) codes?\b(?<!\b(?:mobile|network|carrier|dial(?:l)?ing|calling|phone|telephone) country codes?)` +
      rx`(?<!\b(?:cards?|issuer|bank|iban|phone|telephone|mobile|dial(?:l)?ing)\b[^.;]{0,40})` +
      rx`(?![^.;]{0,20}\b(?:phone|telephone|mobile) numbers?\b)`,
  ]),
]);

/** Where the reader's presence is noticed: "when you enter one of our stores", "when you are at home". */
const PRESENCE_PLACE =
  rx`(?:[\w-]+ )?(?:stores?|shops?|home|venues?|branch(?:es)?|restaurants?|stations?|airports?|gyms?|offices?` +
  rx`|locations?|places?|premises|buildings?|parking (?:lots?|garages?)|geofences?)`;
/** Such a place after its determiner: "one of our stores", "the gym". */
const AT_PRESENCE_PLACE = rx` (?:a |an |the |our |your |one of (?:our|the) )?${PRESENCE_PLACE}\b`;
/** A place in the physical world: not "the places you visit on our website", "the place you visited on the app". */
const NOT_ONLINE =
  rx`(?! online\b| (?:on|in|within) (?:our|the|this|a|any|other) (?:[\w-]+ )?(?:websites?|sites?|apps?|platforms?|pages?|services?)\b)`;
/** Whose one face: "your face", "the user's face". */
const FACE_WHOSE = rx`(?:your|their|his|her|the user'?s|a user'?s|the person'?s|each user'?s) `;
/** Whose faces: "their faces", "the faces of…" is left to the head rules. */
const FACE_OWNER =
  rx`(?:the |their |your |users'? |people'?s |individuals'? |visitors'? |customers'? |passengers'? |employees'? )?` +
  // One word of which faces: "recognise familiar faces".
  rx`(?:(?:familiar|known|unknown|new|regular|frequent|human|other) )?`;
/** A machine or its set-up, whose "fingerprint" is a device fingerprint, not a finger's. */
// And things that are not bodies: "the fingerprint of each file (a checksum)", "a document's fingerprint".
// An upload as a noun only ("upload fingerprints" after a determiner): the verb takes a finger's ("does not upload
// fingerprint images").
const MACHINE = words(
  'device|browser|computer|system|hardware|software|configuration|set-?up|settings',
  'files?|documents?|content|uploads|(?:the|each|an?|file) upload|keys?|certificates?|messages?|songs?|tracks?',
);
/** What a measure of the body or of behaviour is used for when it tells who someone is ("to verify it is you"). */
const TELLS_WHO = rx`identif|confirm (?:it|that it) is you|really you|verif|authenticat|recogni|unlock`;
/** Words of a finer precision, in a bound: "no more precise than your city", "more granular than". */
const FINER = rx`(?:precise|accurate|granular|specific|exact|detailed|fine-grained)`;
/** A location as the subject of a bound: "location data (that is) no more precise than…". */
/** The parts of a place the reader can be in: "which floor you are on", "which gate you are at". */
const PART_OF_PLACE =
  rx`(?:store|shop|venue|branch|terminal|gate|floor|room|building|aisle|department|zone|hall|wing|platform|lounge|entrance` +
  rx`|door|exit|desk|section)`;
const WHICH_PART = rx`which (?:[\w-]+ )?${PART_OF_PLACE}\b`;
/** What a radio source is used for when it places the reader: locating, "where", directions, a part of a place. */
const LOCATING_WORD = rx`locat|where|navigation|directions|geo-?fenc|${WHICH_PART}`;
const A_LOCATION = rx`\b(?:geo)?locations?(?: data| information)?`;
/** Typing as a behaviour measured for its timing (keystroke dynamics, a biometric). */
/** The verbs that tell who someone is: "identifies", "recognised" (the face and voice terms). */
const IDENTIFY_VERB = rx`identif(?:y|ies|ied|ying)|recogni[sz](?:e|es|ed|ing)`;
/** The verbs of an estimate: "estimate your age from a selfie". */
const ESTIMATE = rx`(?:estimat|predict|guess|assess)`;
/** The reader's area, as where things are offered: "events in your area" (area-relevance). */
const IN_YOUR_AREA = rx`(?:in|near|around) your (?:area|region|city|town|neighbou?rhood)`;
/** A picture in which a face is seen: what emotions are read from. */
const SEEN_FACE = rx`(?:cameras?|webcams?|images?|photos?|videos?|faces?|facial|selfies?)`;
/** Images of a person: "facial images", "photos of your face". */
const IMAGE = rx`images?|photos?|photographs?|videos?`;
/** The reader's, or a user's: "your age", "their voicemails". */
const THE_READERS = rx`(?:your|their|the user'?s)`;
/** The parts of a face: "the position of your eyes, nose and mouth". */
const FACE_PARTS = rx`eyes|nose|mouth|lips|eyebrows|teeth`;
const TYPING = words('keystrokes?|typing|keyboard|key ?press(?:es)?');
const TIMING = words(rx`patterns?|rhythms?|dynamics|cadences?|timings?`);
/** Not governed by a locative: "permissible in your country of residence" is a place (place.ts), not a data item. */
const NOT_AFTER_LOCATIVE = rx`(?<!\b(?:in|from|to|within|under|outside(?: of)?) (?:your |the |their )?)`;
/** People shown as near the reader: "nearby users", "profiles of people nearby". */
const NEARBY_PEOPLE = rx`(?:users|people|members|profiles|players|singles|matches|friends|drivers|riders)`;
/** The place where the reader did something: "the place and time you took the photo", "the spot where you parked". */
const THE_PLACE_YOU = rx`\bthe (?:place|spot)s?(?: and (?:time|date))? (?:where |that )?you (?:have |had )?`;
/** The reader's own device, and its reader of a finger or a face (hardware, not data the company gets). */
const OWN_DEVICE = rx`(?:device|phone|smartphone|tablet|laptop|computer|watch)`;
const BODY_READER = rx`(?:fingerprint|finger|face|facial|biometric) (?:readers?|sensors?|scanners?|unlock(?:ing)?)`;
/** Things sent to the reader, and the courier who brings them: their location is not the reader's. */
const SENT_THING = rx`(?:parcel|package|shipment|delivery robot|courier)`;
/** Whose eyes are watched: "the driver's eyes". */
const WHOSE_EYES = rx`(?:your|the driver'?s|the user'?s|their)`;
/** Said by voice rather than typed: "questions you ask out loud". */
const ALOUD = rx`(?:by voice|out loud|aloud|verbally|orally)`;
/** Verbs of speaking: "what you say", "nothing the child speaks". */
const SAYS = rx`(?:say|says|said|speak|speaks|spoke)`;
/** Whose speech is sound rather than expression: "your speech", "children's speech". */
const SPEAKERS = rx`(?:your|their|children'?s|users'?|the user'?s)`;
/** The manner of someone's walk or typing: "the way you walk", "the manner in which users type". */
const MANNER_OF = rx`(?:how|the way|the manner in which) (?:you|users|a user|they|people|each user)`;
/** What is measured of typing: "the rhythm and speed with which you type". */
const TYPING_MANNER = rx`(?:rhythm|speed|cadence|timing|pressure)`;
/** A precision in a parenthesis after the location word: "Location (Precise)", "location data (coarse, …)". */
const AFTER_LOCATION_PAREN = rx`(?<=location(?: data| information| permissions?)? \(\w+)`;
/** The reader as the one somewhere: "you", "visitors", "our users". */
const WHO_VISITS = rx`(?:you|(?:our |the )?(?:visitors|users|readers|customers|people|players|listeners))`;
/** Where the reader lives: "depending on where you live", "where you are located". */
const WHERE_YOU_LIVE = rx`where you (?:live|reside|are (?:located|based))`;
/** The parts of the body a scanner reads: "the scanner converts your palm into an encrypted number". */
const READ_PART = rx`(?:palms?|fingers?|fingertips?|irises|iris|retinas?|veins?)`;

/**
 * The location types, named once: terms and the classifier's precision rules name them often. Taken from
 * DATA_TYPES by position, since the minifier copies a string constant into each of its uses; the type checks
 * the positions.
 */
type LocationTypesAt = readonly [DataType, DataType, DataType, 'location.precise', 'location.approximate', 'location'];
export const [, , , PRECISE, APPROXIMATE, LOCATION]: LocationTypesAt = DATA_TYPES;

export interface TypeTerm {
  id: string;
  type: DataType;
  /** For face and voice: does this term name an identifier (print, template, recognition)? */
  identifier?: boolean;
  /** A generic term ("biometric data") that yields to a named kind in the same sentence. */
  generic?: boolean;
  /**
   * A cheap pattern the sentence must match before `source` is tried: keeps patterns with look-arounds and
   * bounded gaps off the ~90% of sentences that cannot hold them (bench: the cheap pass's cost).
   */
  gate?: string;
  source: string;
  /**
   * For a word that is data on its own and can also modify another noun ("audio", "biometric"): the heads it
   * may modify and still name the data ("audio recordings", "biometric templates"). Followed by any other noun
   * ("audio call usage data", "biometric technology") it is not a mention (head.ts).
   */
  heads?: string;
  /**
   * A term that a trap would otherwise remove, kept because its gate names what sets it apart: an image of a face
   * is not face data (a trap), an image of a face matched against an ID document is (LABELS.md).
   */
  beatsTraps?: boolean;
}

/** Heads a biometric word may modify and still name data about a person. */
const BIOMETRIC_HEADS = alternatives([
  rx`data|information|info|identifiers?|identification|identity|templates?|scans?|scanning|processing|verification`,
  rx`authentication|recognition|characteristics|features|measurements?|details|samples?|records?|markers?|signatures?`,
  rx`keys?|patterns?|logins?|sign-in|unlock|enrol?lments?|registrations?|matching|checks?|comparisons?|analysis|traits|attributes`,
  rx`profiles?|prints?|categories|category|indicators?|factors?|credentials?|photos?|images?|selfies?|readings?|hash(?:es)?`,
  // A device that reads a body, used: "we use a biometric time clock system", "paying using a biometric system".
  rx`time|timeclocks?|clocks?|terminals?|scanners?|systems?|cameras?|equipment|tools?|services?|providers?|vendors?`,
  // A process that runs on it: "biometric boarding", "biometric check-in", "biometric payments".
  rx`boarding|screening|check-?ins?|payments?|entry|gates?`,
]);
/** Heads "audio" may modify and still name the user's voice: the voice modifiers (terms.ts) and a few more. */
const AUDIO_HEADS = rx`${VOICE.plain.join('|')}|tracks?|streams?|snippets?|excerpts?|logs?|segments?|clips?`;

/** Heads "GPS" may modify and still name the device's position. */
const GPS_HEADS = alternatives([
  // A GPS tracker fitted to a vehicle and the route it draws are where someone is; so are the coordinates a camera
  // writes into a photo ("the GPS tags of your photos", "GPS metadata").
  // And the trail of points it leaves: "GPS breadcrumbs while you are on the clock".
  rx`data|trackers?|routes?|information|info|locations?|geolocation|coordinates|signals?|tracking|positions?|tags?|breadcrumbs|pings|telemetry|activit(?:y|ies)`,
  rx`metadata|positioning|readings?|services?|sensors?|chips?|functions?|functionality|features?|modules?|receivers?`,
  rx`settings?|permissions?|enabled|based|history|logs?|trails?|traces?|points?|fixes?|accuracy|technology|capabilities|paths?|tracks?`,
  // The device's own position by its GPS: "live GPS device location".
  rx`devices?`,
  // A compound of the location's own word: "GPS location-tracking", "GPS location-based".
  rx`(?:geo)?locations?-[a-z]+`,
]);

/** Media the reader sends beside a voice, the lead that says they are the reader's input, and kinds of call. */
const OTHER_MEDIUM = rx`(?:images?|photos?|pictures?|videos?|text)`;
// What the reader asks in them too: "search queries (text or voice)", "prompts (text, voice or images)".
const READER_INPUT = rx`\b(?:your|inputs?|content|submissions?|uploads?|quer(?:y|ies)|prompts?|inquir(?:y|ies))\b`;
/** Said after the media that the reader gave them: "voice and text entered into the translator". */
const READER_GAVE = rx`(?:entered|submitted|provided|uploaded|you (?:enter|submit|provide|upload|send|give))`;
const CALL_KIND = rx`(?:calls?|chats?|conferenc|meetings?)`;

/** Media and sources of recordings other than a voice: "CCTV", "screen", "session replay", "the heart-rate sensor". */
const OTHER_RECORDED =
  rx`(?:cctv|cameras?|video|footage|screens?|sessions?|replays?|ecgs?|ekgs?|sensors?|heart[- ]rate|dash ?cams?|webcams?|gameplay)`;

/** What a term has besides its id, type and source. */
type TermOptions = Omit<TypeTerm, 'id' | 'type' | 'source'>;
/**
 * A row of TYPE_TERMS: `term(id, type, source)`, or `term(id, type, options, source)`. The tables' rows are calls
 * rather than object literals because the minifier keeps property names: repeated on every row of the terms, traps
 * and cues, they cost ~0.8 KB of the shipped module.
 */
function term(id: string, type: DataType, ...rest: [Alternatives] | [TermOptions, Alternatives]): TypeTerm {
  const [options, source] = rest.length === 1 ? [{}, rest[0]] : rest;
  return { id, type, ...options, source: alternatives(source) };
}

/** Words that except one item from what a sentence says of the rest. */
const EXCEPTING = rx`(?:other than|except(?: for)?|apart from|besides)`;
/** "biometrics (" and the kinds listed before one in the brackets: "biometrics (face and/or voice)". */
const BIOMETRIC_KINDS_LEAD = rx`\bbiometric\w*(?: [a-z]+)? \((?:[\w-]+(?:\/|,? (?:and|or|and\/or) |, )){0,3}`;
export const TYPE_TERMS: TypeTerm[] = [
  // Face: identifiers (https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3004, BIPA §10 "scan of face geometry").
  term('faceprint', 'face', { identifier: true }, [
    rx`face ?prints?|${headThenModifier(FACE, 'identifier')}|${modifierOfHead(FACE, 'identifier', 'face')}`,
    // "biometric" before the kind, as after it ("facial biometrics"): "biometric face data", "biometric facial templates".
    rx`\bbiometric (?:face|facial)(?= (?:data|information|templates?|scans?|identifiers?|details|records?)\b)`,
    // The kind named in brackets after "biometrics": "The biometrics (face and/or voice) we collect" (LABELS.md: the kind).
    rx`\bfac(?:e|ial)\b(?<=${BIOMETRIC_KINDS_LEAD}fac(?:e|ial))`,
    // "a mathematical representation of your facial features" (the look-behind follows the literal).
    rx`\bfacial features?\b(?<=\b(?:representations?|maps?|templates?|measurements?|geometry|vectors?) of ` +
      rx`(?:your |the |their |a person'?s )?facial features?)`,
    // A plain name glossed as a template in brackets: "a face feature (embedding/vector)", "facial data (templates)".
    rx`\bfac(?:e|ial) (?:features?|data|information|models?)\b(?= \((?:[\w -]{0,30}[/ ,])?(?:templates?|embeddings?|vectors?|encodings?|geometry)\b)`,
    // The face made into a template: "converts an image of the member's face into a numerical template".
    // The template word first, so that it is the literal the cheap pass looks for ("into" is in every other sentence).
    // An irreversible feature code too: "your facial image, which is converted to an irreversible feature coding".
    rx`\b${FACE_CODE}\b(?:` +
      // Or the face as what makes it: "Your face produces a 512-dimension embedding".
      rx`(?<=\b(?:into|to create|to generate|to build|to compute|to produce|to make|produces|generates|yields) (?:a |an |the )?(?:[\w-]+ ){0,2}` +
      rx`${FACE_CODE})(?<=\bfac(?:e|es|ial)\b[^.;]{1,80})` +
      // Or made from the face after it: "a template created from your face image" (a template, which is for matching;
      // embeddings may be of expressions or moods).
      rx`|(?<=\b(?:templates?|feature cod(?:e|es|ing)))` +
      rx`(?= (?:(?:is|are) )?(?:created |generated |derived |extracted |computed |made |built )?from (?:your |the |a |an |each |their )?fac(?:e|es|ial)\b))`,
  ]),
  term('face-recognition', 'face', { identifier: true }, [
    // After a detection coordinated with it, the modifier shared: "face detection and clustering".
    rx`(?:facial|face)[ -](?:detection,? (?:and|or|&) )?` +
      // Grouping by face is telling faces apart: "face clustering" (photo apps' people albums).
      words('recognition|identification|authentication|verification|matching|match(?:es)?|grouping|clustering|scans?|scanning'),
    // The face second of two things something recognises you by: "recognize you in meeting rooms with your voice and face".
    rx`\bfac(?:e|es)\b(?<=\b(?:by|with|from) (?:your |their )?(?:voice|fingerprints?) (?:and|or) fac(?:e|es))(?<=\brecogni[sz]\w*\b[^.;]{1,80})`,
    // The face shown to a reader, as a finger is (below): "punch in by presenting their face in front of a terminal".
    rx`\bpresent(?:s|ed|ing)? (?:their|your|his|her|a|the) fac(?:e|es) (?:to|in front of|at|before)\b`,
    // Faces as the object of an act that identifies them, also second of two verbs: "without identifying or
    // storing their faces".
    rx`\b(?:${IDENTIFY_VERB}|match(?:es|ed|ing)?|compar(?:e|es|ed|ing))` +
      // One face too: "gates that match your face against the photo on your account" (not "face-to-face").
      rx`(?: (?:or|and) \w+)? ${FACE_OWNER}faces?\b(?![- ]to[- ]face)`,
    rx`scan(?:s|ning)? (?:of )?your face`,
    // A face enrolled, registered or verified, whoever's: "before enrolling a student's face in any identity system"
    // (not "use your face to unlock your phone", the reader's own device).
    rx`\b(?:enrol\w*|register(?:s|ed|ing)?|verif(?:y|ies|ied|ying)) ` +
      rx`(?:(?:your|their|the user'?s|a user'?s|his|her) |(?:an? |the |each )?[\w-]+'s )face\b(?![- ](?:to[- ]face|value|masks?|coverings?))`,
    rx`\bscan(?:s|ned|ning)? (?:the |their |people'?s |visitors'? |customers'? )?faces\b`,
    // The face scanned: "your face is scanned at the gate", "do not have their faces scanned".
    // "…will not be matched against any database": matched or compared, also denied.
    // Also second of two ("your fingerprint or face is scanned"). Not "verified", which staff may do by eye.
    rx`\b(?:your|their|a user'?s|the user'?s|his|her) (?:[\w-]+ (?:or|and) )?faces? (?:(?:is|are|was|were|will|may|can|gets?|being)(?: not| never)? (?:be )?)?` +
      // Or matching, in the active ("…that your face matches the photo on your ID"), or taken and then compared
      // as "it" ("a camera captures your face and compares it with the image you uploaded").
      rx`(?:\w+ly )?(?:scanned|match(?:ed|es)|compared|recogni[sz]ed|(?=and (?:compar|match)\w* (?:it|them)\b))\b`,
    // Identifying people by their faces: "identify people by their faces".
    rx`\b(?:${IDENTIFY_VERB}) (?:[\w-]+ ){0,5}(?:by|from) (?:(?:their|your|the|his|her) )?faces?\b`,
    // Whose face is recognised: "the car recognises the driver's face".
    rx`\brecogni[sz](?:e|es|ed|ing) (?:(?:your|the|their|a|each) )?(?:[\w-]+'s )?faces?\b`,
    rx`faces? (?:of|from) the same (?:person|friend)|facial captures?`,
  ]),
  // A picture of the face acted on, the act said after it in the passive (the picture alone is a trap, so the term
  // beats the traps; the picture's words come first, as the literal the cheap pass looks for: the verbs alone are in
  // every other sentence).
  term('acted-face-image', 'face', { beatsTraps: true }, [
    // "Facial images are scanned for…".
    // Past who gave them: "Facial images submitted by users are analysed…".
    rx`\b(?:facial|face) (?:images?|photos?|pictures?) (?:(?:submitted|uploaded|provided|captured|taken) (?:by [\w-]+ )?)?(?:are|is|will be|may be|get|gets) (?:\w+ly )?` +
      rx`(?:scanned|analy[sz]ed|compared|matched|measured|examined)\b`,
    // A picture of the face processed to tell who it is: "The purpose of facial image processing is to identify the
    // person".
    rx`\b(?:facial|face) (?:images?|photos?|pictures?) (?:(?:are|is|will be|may be) )?(?:processing|processed|analysis|used)\b` +
      rx`(?=[^.;]{0,80}\b(?:identify|identification|recogni[sz]e|recognition|verify (?:the|your|their) identity)\b)`,
  ]),
  // An image of the face is face data only where the sentence says how it is compared or measured (LABELS.md).
  term('matched-face-image', 'face', {
    identifier: true, beatsTraps: true,
    gate: alternatives([
      rx`\bmatch|\bgeometr|\bidentification\b|\brecogni[sz]|processing of biometric|\btemplates?\b`,
      // Faces compared, named as faces: "we compare the selfie to the face on your ID" (not a selfie compared with a
      // photo, which says no how: LABELS.md).
      rx`\bcompar(?:e|es|ed|ing|ison)\b[^.;]{0,60}\bfaces? (?:in|on|from)\b`,
      rx`biometric (?:processing|analysis|matching|comparison|checks?)`,
      // Biometric data compared: "biometric data is compared between the photo taken and the photo of your ID".
      rx`\bbiometric\w*\b[^.;]{0,40}\bcompar`,
      // An image of the face given as an example of biometric data: "biometric information, such as images of your
      // face and irises" names the face's kind (LABELS.md).
      rx`\bbiometric (?:information|data|identifiers?)\b(?:(?!\b(?:but|and)\b)[^.;]){0,60}\b(?:such as|including|like|${EG})`,
    ]),
  }, [
    rx`\bfacial (?:${IMAGE})\b`,
    // "Face images" only as what biometric processing is for, said right after: "your face images for the biometric
    // processing" (not one item of a list of documents: "face photos, IP addresses, …").
    rx`\bface (?:${IMAGE})\b(?=[^.;]{0,30}\bbiometric (?:processing|analysis|matching|comparison|checks?)\b)`,
    rx`\b(?:${IMAGE}|selfies?) of (?:your|the|the user'?s?|the customer'?s?|their) face\b`,
    // A selfie matched, which says how it is compared (LABELS.md): "whether a selfie matched the photo on your ID".
    // The selfie itself, not a thing on it ("the date on your selfie matches…").
    rx`(?<!\b(?:on|in|of|from) (?:your |the |a )?)\bselfies?\b(?= (?:is |was |are )?match(?:es|ed)?\b)|\bmatch(?:es|ed|ing)? (?:your |the |a )?selfies?\b`,
    // The matching named by the selfie, or a selfie used to search for matches: "biometric selfie matching", "uses a
    // guest selfie only to search the event gallery for possible photo matches".
    rx`\bselfie[- ](?:matching|match|comparison)\b` +
      rx`|(?<!\b(?:on|in|of|from) (?:your |the |a )?)\bselfies?\b(?=[^.;]{0,60}\b(?:search|find|look)\w*\b[^.;]{0,40}\bmatch(?:es|ing)?\b)`,
    // The face in an image, compared: "the face in your selfie matches the photo on your passport".
    rx`\b(?:the |your )?faces? (?:in|on|from) (?:your |the |a )?(?:[\w-]+ )?` +
      rx`(?:${IMAGE}|selfies?|id|documents?)\b`,
    // A selfie made into a template, which says how it is compared: "we analyze your selfie and the image on your
    // driver's license and create a unique template for each".
    // A template of a person, not one for a card or an avatar ("generate a template for your birthday card").
    // A picture of the face too: "captures face photos and derives biometric templates".
    rx`(?:\bselfies?|\b(?:face|facial) (?:${IMAGE}))\b(?=[^.;]{0,100}\b(?:creat|generat|deriv|extract|comput)\w* (?:an? |the )?` +
      rx`(?:(?:unique|biometric|facial|face|mathematical|numerical) ){1,2}templates?\b)`,
    // A picture of the person matched or compared with the one on an identity document, which a match or a biometric
    // comparison says is of the face (LABELS.md; the term's gate): "biometric data is compared between the photo taken
    // and the photo of your ID document", "matching the live image captured at signing with a reference photo".
    rx`\b(?:photos?|images?|pictures?)\b(?=[^.;]{0,60}\b(?:and|with|to|against) (?:the |a |your )?` +
      rx`(?:(?:photos?|images?|pictures?) (?:of|on|in) (?:your |the |an? )?(?:id|identity|passport|driver'?s licen[cs]e|identification)` +
      rx`|reference (?:photos?|images?|pictures?))\b)(?<=\b(?:compar|match)\w*\b[^.;]{0,60})`,
    // Faces matched: "to match customer faces between selfies and ID cards".
    // Not the verb: "our matching engine faces the same limits".
    rx`\bmatch(?:es|ed|ing)? (?:[\w-]+ )?faces\b(?! (?:the|an?|these|this|same|some|manual)\b)`,
  ]),
  // Face: detection and analysis without identification.
  term('face-analysis', 'face', [
    rx`${headThenModifier(FACE, 'plain')}|${modifierOfHead(FACE, 'plain', 'face')}`,
    rx`detect(?:s|ing|ion of)? (?:the )?(?:faces?|your face)`,
    // Faces found in an image without saying whose: "we may blur faces", "tracks faces in the frame".
    rx`\b(?:detect(?:s|ed|ing)?|blur(?:s|red|ring)?|track(?:s|ed|ing)?|locat(?:e|es|ed|ing)|` +
      rx`find(?:s|ing)?|spot(?:s|ted|ting)?|captur(?:e|es|ed|ing)|pixelat(?:e|es|ed|ing)|obscur(?:e|es|ed|ing))(?: (?:or|and) \w+)? ` +
      rx`${FACE_OWNER}faces\b`,
    // Pixelation or blurring applied to them: "applying pixelation to faces in real time".
    rx`\b(?:pixelation|blurring|blur|masking) (?:to|of|on) (?:the |all |any )?faces\b`,
    rx`(?:parts?|shape|positioning|position|location|points|contours?|size) (?:of|on) (?:parts of )?(?:your|the user'?s?) face`,
    rx`what is or isn'?t a face`,
    // A face as a count noun, looked for or found: "flags moments when no face … is visible", "looks for a smiling
    // face", "checks that each picture shows a human face", "tell a person's face apart from packages".
    // The look-behind comes after the literal, so it is tried only where such a face matched (linear, cheap).
    rx`\b(?:a|an|one|no|any|each|every|human|real|live|living|smiling|someone'?s|a person'?s)(?:,? [\w-]+){0,2} faces?\b` +
      rx`(?![- ](?:to[- ]face|value|mask|of)\b)` +
      rx`(?<=\b(?:detect|find|look(?:s|ed|ing)? for|check|confirm|flag|spot|count|locate|tell|sees?|shows?)\w*\b[^.;]{0,70})`,
    // Faces an image holds, looked for: "analyzes the photos you upload to detect whether they contain faces".
    rx`\b(?:contain|show|include|depict|feature)s? (?:any |human |real )?faces?\b` +
      rx`(?<=\b(?:detect|find|check|determine|confirm|tell|identify)\w*\b[^.;]{0,40})`,
    rx`\b(?:a|one|no|any|more than one) (?:[\w-]+ )?face(?:,[^,.;]{1,30},)? (?:is|are) (?:not )?` +
      rx`(?:present|visible|detected|in front of|in view)\b`,
    // The age a face shows: "estimates the apparent age of the person in a verification selfie".
    rx`\b(?:estimat|predict|guess)\w* (?:the |your |their |a )?(?:apparent |approximate |likely )?age of ` +
      rx`(?:the |a )?(?:person|user|child|people|individual)s? (?:in|on|from) (?:a |the |your )?` +
      rx`(?:[\w-]+ )?(?:selfies?|photos?|images?|pictures?|videos?)\b`,
    // Detection said as a question: "we check whether a face is present in the camera frame".
    // Or as when one appears: "identifying when a different face appears in the camera's view".
    // (Appearing in the camera's view, not in a picture someone posts: "if your face appears in a photo uploaded by
    // another user" is a picture of it.)
    // (The face first, what introduces it read back: "face" is the literal the cheap pass looks for, not "is present".)
    rx`(?<=\b(?:whether|if|that|when) (?:a|your|the|any|their|another|a different) )face (?:appears (?:in|within|on) (?:the |your )?` +
      rx`(?:(?:camera|webcam)(?:'s)? (?:view|frame|feed)|field of view|view(?:finder)?|frame|camera|webcam)|` +
      rx`is (?:present|visible|detected|in (?:the )?(?:frame|picture|image|camera|shot|webcam|video)))\b`,
    // A face watched or followed: "the camera watches the driver's face", "tracks your face to keep you in frame",
    // after another part of the body too ("monitor the driver's eyes or face"). With a determiner or whose: "the
    // watch face" (a dial) is not one.
    rx`\b(?:watch|monitor|observ|track|follow)(?:es|s|ed|ing|e)? (?:(?:the |your |a |each |their )(?:[\w-]+'s )?|[\w-]+'s )` +
      rx`(?:(?:eyes|head|hands|body) (?:and|or) )?face\b(?![- ](?:value|coverings?|masks?)\b)`,
    // The face's parts located: "the position of your eyes, nose and mouth".
    // Or moved, or the head's angle: "tracks the movement of your mouth", "the angle of the head"; or where the device
    // is from the face ("the position of your device relative to your face").
    rx`\b(?:positions?|shapes?|distances?|movements?|motions?|angles?) (?:of|between) (?:your |their |the |a user'?s )?` +
      rx`(?:${FACE_PARTS}|facial features|head\b(?! of| (?:unit|units|mount|rest|end|lamp|light)\b))\b|` +
      // Found by a reading, not a placing the reader is told of: "hold the camera at arm's length relative to your face".
      rx`\brelative to (?:your|the user'?s|their) face\b` +
      rx`(?<=\b(?:track|measur|detect|estimat|monitor|record|determin|calculat|sens|locat)\w*\b[^.;:]{0,80})`,
    rx`your (?:face and (?:hands?|body|hair)|hands, face)`,
    // Whose face, too, and in a list of two: "images of, or data about, the driver's face".
    rx`\b${DATA} (?:of|about|on|relating to),? (?:your |their |the (?:[\w-]+'s )?|[\w-]+'s )(?:hands, )?face\b`,
    // The face's movements watched: "track the driver's head position and eyelid movements".
    rx`\beyelid (?:movements?|closures?|positions?)\b|\beye (?:movements?|closures?)\b`,
    // The points of the face's parts: "identify feature points (such as eye, nose, and mouth points)".
    rx`\bfeature points?\b(?=[^.;]{0,40}\b(?:eyes?|nose|mouth|lips|eyebrows?|chin|jaw)\b)`,
    // Faces found, in the passive: "any faces of pedestrians captured in the footage are automatically blurred",
    // also after a modal: "faces appearing in the video may be detected and indexed". Not by the reader ("faces may
    // be blurred by you before posting": an editing tool).
    rx`\bfaces\b(?=[^.;]{0,60}\b(?:are|is|gets?|(?:may|might|can|could|will) be) (?:automatically |then )?` +
      rx`(?:blurred|detected|masked|pixelated)\b(?! by (?:you|the user|users)\b))`,
    // An image of the face is face data only where something is done to it (LABELS.md: a photo or an image of the
    // face on its own is not): "the mirror analyses images of your face", not "photos may include images of it".
    // The user's too: "captures images of the user's face, to be processed … for recognition".
    rx`\b(?:images?|photos?|pictures?) (?:of|about) (?:your|the user'?s) face\b` +
      // In the act's own clause: not "…whether items are scanned correctly, and … may capture images of your face".
      // (Not compared, which says no how: "We compare a photo of your face with your ID", LABELS.md.)
      rx`(?:(?<=\b(?:analy[sz]|scan|measur|examin|match|estimat|inspect|map|model)\w*\b[^.;,]{0,60})` +
      // Or the act said after it, one that says how (LABELS.md: verifying alone does not), in the same clause: not past a
      // contrast, a denial or another subject ("…, but we never analyze them", "…, and our AI analyzes the call"); the act,
      // not a word that shares its stem ("data analysts").
      rx`|(?=(?:(?!\b(?:but|not|never|we|our)\b)[^.;]){0,80}\b(?:recogni|analy[sz][ei])))`,
    // The eyes followed: "eye tracking", "gaze data", "a camera watches your eyes and head position".
    // Eye tracking as data or as a feature turned on, not a capability ("does not support eye tracking").
    rx`gaze (?:detection|data|tracking)|\beye[- ]tracking (?:data|information|features?|sensors?|cameras?)\b` +
      rx`|\b(?:turn on|enable|use|uses|using|with) eye[- ]tracking\b` +
      rx`|\b(?:watch|monitor|track|follow)(?:es|s|ed|ing)? ${WHOSE_EYES} eyes\b`,
    rx`\bscan(?:s|ned|ning)? (?:\w+ )?for faces\b`,
    // Two or more parts of the face named together: "finds your eyes, nose and mouth".
    // The face itself may close the list: "the position of your teeth, lips and face".
    // Found or measured, not a product's claim ("gentle on teeth and lips").
    rx`\b(?:${FACE_PARTS})(?:,? (?:and |or )?(?:your |the )?(?:${FACE_PARTS}|jaw(?:line)?|face)){1,4}\b` +
      rx`(?<=\b(?:find|detect|track|map|analy[sz]|measur|locat|recogni[sz]|scan|position|outlin)\w*\b[^.;:]{0,60})`,
    // A camera estimating what a face shows: "cameras that estimate the age range and gender of shoppers".
    // Also whose: "estimate the viewer's approximate age range and gender".
    rx`\bcameras?\b[^.]{0,80}?\bestimat\w* (?:the |their |your )?(?:[\w-]+'s? )?(?:approximate |apparent |likely )?` +
      rx`(?:age|gender|expressions?|emotions?|mood)\b`,
    // Age estimation from a selfie or the face: "the age-estimation check … analyzes a single selfie".
    rx`\bage[- ]estimation\b(?=[^.;]{0,80}\b(?:selfies?|faces?|facial|photos?|images?|camera|video)\b)`,
    // The other way round: "your selfie is used only to estimate your age", "analyses a video selfie to estimate
    // whether you are over 18", "we estimate your age from a selfie".
    // After an image of the face too (the image alone is a trap, the estimate the mention): "a facial image … analyzed
    // by our age estimation technology", "we process the facial image to estimate your age".
    rx`\b(?:age[- ]estimation|${ESTIMATE}\w* ${THE_READERS} age)\b(?<=\b(?:facial|face) (?:images?|photos?)\b[^.;,]{0,60})` +
      rx`|\bselfies?\b(?=[^.;]{0,40}\b${ESTIMATE}\w* ${THE_READERS} age\b` +
      rx`|[^.;]{0,40}\b${ESTIMATE}\w* (?:whether|if) (?:you|they|the user) (?:are|is) (?:over|under)\b)` +
      rx`|\b${ESTIMATE}\w* ${THE_READERS} age (?:from|using|with|based on) (?:an? |your )?` +
      rx`(?:video )?selfie\b`,
    rx`(?:extracted|derived|captured|taken) from your face`,
    // Faces of anyone, analysed: "analyse shoppers' faces", "whether visitors' faces are covered", "the outline of
    // faces in your photos", "embeddings derived from the faces". An act of analysis before them in the clause; not
    // "face-to-face", "face value" or "face masks", nor a photo that merely shows faces.
    rx`(?<![\w-])(?:[\w-]+s['’]|[\w-]+['’]s|the|their|of) faces?\b(?![- ](?:to[- ]face|value|masks?|coverings?)\b)` +
      rx`(?<=\b(?:detect|analy[sz]|measur|estimat|track|scan|map|outlin|blur|monitor|derived?|extract|recogni[sz])\w*\b[^.;:]{0,70})`,
    // What a face does, noticed: "detects smiles, frowns and surprise", "counts how often you blink".
    rx`\b(?:smiles|smiling|frowns|frowning|blinks|blinking|yawns|yawning|grimaces)\b` +
      // Checked for, as signs of life: "checks for signs of life through natural movements (e.g. blinking, smiling)".
      // (Checked for, not a check of something else: "moderators check that photos of smiling children…" read no face.)
      rx`(?<=\b(?:detect|recogni[sz]|analy[sz]|track|read|estimat|measur|spot|notic|count|monitor|check(?:s|ed|ing)? (?:for|whether|if))\w*\b[^.;:]{0,70})`,
    // The eyes watched: "checks whether your eyes are open", "tracks where you are looking" (drowsiness, gaze).
    rx`(?:\b${WHOSE_EYES} eyes (?:are|were|stay) (?:open|closed|shut)\b` +
      rx`|\bwhere (?:you are|you're|the driver is|the user is|they are) looking\b)` +
      rx`(?<=\b(?:camera|track|detect|monitor|check|watch|follow|sens)\w*\b[^.;]{0,60})`,
    rx`(?:existence|location|position)(?: (?:and|or) location)? within an image of (?:a )?face`,
    rx`\bface (?:and|or) (?:other )?body (?:parts|features)`,
    // The head modelled in three dimensions: "a 3D model of your head to fit the glasses".
    rx`\b(?:3d|three-dimensional) (?:model|map|scan|mesh|geometry) of (?:your |the |their )?(?:face|head)\b`,
    // Emotions read from a picture of the face: "images … transmitted to our servers for emotion analysis", "accesses
    // your webcam … to detect emotions" (not from the voice, nor with no picture named: "emotion detection in text").
    rx`(?:\bemotion (?:analysis|detection|recognition)|\b(?:detect|analy[sz]|recogni[sz]|read|estimat)\w* ` +
      rx`(?:your |their |the user'?s |users'? )?emotions)\b` +
      rx`(?:(?<=\b${SEEN_FACE}\b[^.;]{0,140})|(?=[^.;]{0,100}\b${SEEN_FACE}\b))`,
  ]),
  // Voice: identifiers.
  term('voiceprint', 'voice', { identifier: true }, [
    // Also the modifier first: "a unique identifier for your voice", "a template of the caller's voice".
    rx`voice ?prints?|${headThenModifier(VOICE, 'identifier')}|${modifierOfHead(VOICE, 'identifier', 'voice')}` +
      rx`|\bvoice\b(?<=${BIOMETRIC_KINDS_LEAD}voice)`,
    // The rest of the identifier heads are VOICE's, above.
    rx`voice (?:recognition|signature)`,
    rx`speaker (?:identification|recognition|verification)`,
    // What tells one voice from another: "vocal characteristics", "speech patterns" (not "audio patterns" of
    // content playing on a TV).
    rx`\b(?:voice|vocal|speech)[ -](?:characteristics|patterns?|traits)\b`,
    rx`voice-based authentication`,
    // A model of someone's voice tells them apart: "creates a model of your voice".
    rx`\b(?:models?|profiles?|prints?|templates?) of (?:your|the user'?s?|their|a person'?s?) voice\b`,
    // A voice model that is the reader's, or used to recognise them (not a narrator's "licensed voice models").
    rx`\b(?:your|the user'?s|their) voice models?\b`,
    rx`\bvoice models?\b(?=[^.]{0,40}\b(?:recogni|identif|verif|tell \w+ apart))`,
    // What stands for a voice in a comparison: "a mathematical representation of your voice", "the acoustic
    // signature of the wearer's voice".
    rx`\b(?:representations?|signatures?|embeddings?|vectors?|characteristics) of (?:your |their |the |a |each )?(?:[\w-]+'s )?voices?\b`,
    // Voices recognised or matched: "learns to recognise up to four children's voices", "whether the speaker's
    // voice matches a household member", "compare the voice in your answers with the voice sample".
    rx`\brecogni[sz](?:e|es|ed|ing) (?:up to \w+ )?(?:your |their |the |each |a )?(?:[\w-]+(?:'s|s') )?voices?\b`,
    rx`\bvoices? (?:matches|match|is matched|are matched|is compared|are compared)\b`,
    rx`\bcompar(?:e|es|ed|ing) (?:the |your )?voices?\b`,
    // Telling people by their voice: "identify callers by their voice".
    rx`\b(?:${IDENTIFY_VERB}|verif(?:y|ies|ied|ying)|authenticat\w*)` +
      rx` (?:[\w-]+ ){0,4}(?:by|from) (?:(?:their|your|his|her|the) )?voices?\b`,
  ]),
  // Split from the larger terms so that their common words ("identify", "analyse") do not make every sentence
  // holding those words try the larger patterns (literal-index.ts gates each term by its literals).
  term('people-in-images', 'face', { identifier: true }, [
    // People told apart in images without the word "face": "we do not identify people in your photos", "cameras
    // that recognise shoppers". Not the reader alone ("use your photo to identify you"): a photo is no face data
    // unless the sentence says how it is compared (LABELS.md).
    // Not tagging, which is mostly the reader's own act ("you can tag friends in photos").
    rx`\b(?:identif(?:y|ies|ied|ying|ication of)|recogni[sz](?:e|es|ed|ing|ition of))` +
      rx` (?:the )?(?:people|persons|individuals|anyone|who (?:appears|is)|friends|shoppers|customers|visitors` +
      rx`|passers-by) (?:in|on|within) (?:your |the |their |any |a |an |uploaded )?(?:[\w-]+ )?` +
      rx`(?:photos?|pictures?|images?|videos?|footage|frames?)\b` +
      // Not by another mark: "identify anyone in your footage by their name".
      rx`(?![^.;]{0,60}\bby (?:their|his|her|its) (?!faces?\b)\w+)`,
    rx`\bcameras?\b(?:[^.;]{0,30}\b(?:not|never|n't))? (?:identif\w*|recogni[sz]\w*) ` +
      rx`(?:the )?(?:people|persons|individuals|anyone|shoppers|customers|visitors|passers-by)\b`,
  ]),
  term('face-examined', 'face', [
    // The face itself examined, or read for what it shows: "we analyse your face", "estimate your age from your face".
    rx`\b(?:analy[sz]|examin|assess|inspect|evaluat|measur)\w*(?: (?:and|or) \w+)? (?:${FACE_WHOSE}face|${FACE_OWNER}faces)\b`,
    rx`\bfrom ${FACE_WHOSE}(?:face|facial features)\b(?<=\b(?:estimat|predict|infer|determin|guess|gaug)\w*\b[^.;]{0,60})`,
  ]),
  term('speakers-told-apart', 'voice', { identifier: true }, [
    // Telling speakers apart: "we do not identify speakers", "recognises which family member is speaking".
    rx`\b(?:identif\w*|recogni[sz]\w*|distinguish\w*|tell(?:s|ing)? apart) (?:the |different |individual |each )?speakers?\b`,
  ]),
  // Voice: recordings and speech.
  term('voice-recording', 'voice', [
    rx`${headThenModifier(VOICE, 'plain')}`,
    // The rest of the plain heads are VOICE's, above.
    rx`voice (?:and audio|transcription|features)`,
    // Speech itself acted on, or turned into text: "capture live speech", "convert speech to text" (not text made
    // speech, "converting it into speech", nor a browser's "Web Speech API").
    rx`\bspeech\b(?<=\b(?:${PROCESSING_VERB}|convert(?:s|ed|ing)?) (?:[\w'’-]+ ){0,2}?(?<!\b(?:to|into|web) )speech)` +
      rx`(?![- ](?:therap|patholog|bubble|api))` +
      rx`|\bspeech(?= (?:in)?to text\b)`,
    // A medium among others of what the reader sends: "text, voice, and images", "photos or voice" (not a kind of call:
    // "voice and video calls").
    // Only in a list of the reader's input: "your input content (including text, voice, and images)".
    // Or the reader's by what is said after it: "voice and text entered into the translator".
    rx`\bvoice\b(?=,? (?:and |or |and\/or )?${OTHER_MEDIUM}\b(?! ${CALL_KIND}))` +
      rx`(?:(?<=${READER_INPUT}[^.;]{0,40})|(?=,? (?:and |or |and\/or )?${OTHER_MEDIUM}\b[^.;]{0,30}\b${READER_GAVE}\b))` +
      rx`|\bvoice\b(?<=${READER_INPUT}[^.;]{0,40}\b${OTHER_MEDIUM},? (?:and |or |and\/or )?voice)` +
      rx`(?![^.;]{0,20}\b(?:${CALL_KIND}|overlays?)\b)`,
    // A person's voice or sound, recorded or sampled, however named: "recordings of your voice", "a sample of the
    // child's speech", "recordings of you singing", "clips of the user reading aloud", "recordings of your snoring".
    rx`\b(?:recordings?|samples?|clips?) of (?:you |them |(?:your|their|the|an?|each|any) )?(?:[\w-]+(?:'s|s'|s)? )?(?:own )?` +
      rx`(?:voices?|speech|speaking|singing|talking|humming|reading|saying|pronouncing|snoring|breathing|cough(?:s|ing)?|sleep)` +
      // The phrase ends there, or an object follows: not "recordings of the child's reading scores".
      rx`(?:${NOUN_ENDS}| aloud\b| (?:the|a|an)\b)`,
    // Recordings of no other kind named, the reader's or ones just named: "Your recordings never leave your phone", "we
    // do not store uploaded recordings", "These recordings may be processed…" (not "your screen recordings", nor
    // "recordings of your gameplay", whose kind is named).
    // Not a place things are in: "We do not identify bugs in your recordings". Nor where another medium or source is
    // named around them: "We operate CCTV cameras…, and these recordings are kept", "Raw recordings from the sensor".
    rx`(?<!\b(?:in|within|inside|into|on) )\b(?:your|these|those|such|uploaded|saved|original|raw)` +
      rx`(?: (?:own|uploaded|saved|original|raw))? recordings\b(?! (?:of|from)\b)` +
      rx`(?<!\b${OTHER_RECORDED}\b[^.;]{0,100})(?![^.;]{0,80}\b${OTHER_RECORDED}\b)`,
    // What the reader says, recorded: "the recording of your request", "recordings of your voice commands"; voices
    // captured in a recording.
    // (What the reader asks of a device that listens: not "recordings of your requests to our help desk".)
    rx`\brecordings? of (?:your |the user'?s |their )?(?:spoken )?(?:requests?|commands?|queries|questions?|answers?)\b` +
      rx`(?<=\b(?:speakers?|assistants?|devices?|microphones?|voice)\b[^.]{0,80})` +
      // A voice as the thing recorded, copied or made again, whoever's: "when a voice is recorded", "the voice of the
      // parents is recorded", "cloned voices", "a copy of a voice".
      // Speech too, and a negation between: "Speech is never sent to our servers".
      rx`|\b(?:voices?|(?<!\b(?:hate|free|political|commercial|protected|offensive) )speech)\b(?=(?: of (?:the |your |a )?[\w-]+)? (?:(?:is|are|was|were|will be|may be|gets?) )?(?:(?:never|not|only) )?` +
      // Or worked on as it is spoken: "voice is processed in real time for transcription only".
      rx`(?:captured|recorded|cloned|copied|processed|transcribed|analy[sz]ed|streamed|sent|transmitted|uploaded)\b)` +
      rx`|\bcloned voices?\b|\b(?:cop(?:y|ies)|clones?) of (?:a |your |my |the |their )?voices?\b(?! of\b|-)`,
    // A spoken encounter recorded: "recordings of video visits".
    rx`\brecordings? of (?:your |the |any |our )?(?:video|telehealth|therapy|phone|virtual|voice) (?:visits?|sessions?|appointments?|consultations?)\b`,
    // Recordings with the transcripts made of them are speech: "Recordings and transcripts are kept…", "transcripts
    // generated from those recordings".
    // Also where the sentence transcribes them: "your recordings and notes may be processed by providers that support
    // transcription" (not a video's or a screen's).
    rx`(?<!\b(?:video|screen|session|camera|cctv|dashcam|doorbell|webcam|visitor|replay) )\brecordings?\b` +
      rx`(?=[^.;]{0,100}\b(?<!\b(?:chat|text|written|message) )transcri(?:b|pt))` +
      rx`|\btranscri(?:pts?|ptions?) (?:generated |made )?(?:from|of) (?:the |these |your )?recordings\b`,
    // Not what is said in writing, or said of someone: "analyzing what people say on Twitter", "what others say about us".
    rx`\bwhat (?:(?:you|people|others|they)\b[^.;,]{0,40}? say|is said)\b(?! (?:on|in|about|online)\b)`,
    // Spoken commands listened for: "a microphone …, which listens for your commands only while you hold the button".
    rx`\blisten(?:s|ed|ing)? (?:out )?for (?:your |spoken |voice |the user'?s )?(?:commands|requests|instructions|wake words?)\b` +
      // Or in on what people say: "we don't listen into personal conversations".
      rx`|\blisten(?:s|ed|ing)? in(?:to| on)? (?:your |personal |private |the )?(?:conversations|calls)\b`,
    // Listening or transcribing with no object but a time or manner, which only speech can be the object of: "we only
    // listen while you use the mic button", "does not listen in the background, does not transcribe silently"; or
    // listening in on what is said. Not the reader listening ("you can listen while driving"), nor "listen to
    // feedback".
    rx`\b(?:listen(?:s|ed|ing)?|transcrib(?:e|es|ed|ing))\b` +
      rx`(?= (?:only )?(?:while|when|whenever|until|in the background|continuously|constantly|passively|silently|secretly` +
      rx`|at all times|all the time)\b| in on\b| to (?:your|the user'?s?|users'?) (?:conversations?|calls?|audio|voice|speech)\b)` +
      rx`(?<!\b(?:you|users?|listeners|people|customers|members|they|fans|parents|children|team|staff|sdks?)\b(?: [\w']+){0,2} \w+)` +
      // Not software waiting for signals: "listens in the background for nearby Bluetooth beacons".
      rx`(?![^.;]{0,60}\b(?:beacons?|signals?|events?|geofences?|notifications?|updates?|bluetooth|wi-?fi)\b)`,
    // Meetings and calls recorded, in the passive: "Sales meetings held on the platform are recorded automatically".
    // Not "sessions" (a web session replay records clicks, not voices), only people's: "tutoring sessions".
    // Not a program's calls: "API calls are recorded for billing".
    rx`\b(?:meetings|${PROGRAM_CALL_BEFORE}calls|conversations|webinars|interviews` +
      rx`|lectures|lessons|(?:lecture|class|lesson) recordings|(?:tutoring|therapy|coaching|mentoring|counsel+ing) sessions)\b` +
      rx`(?=[^.;]{0,50}\b(?:are|is|(?:will|may|can)(?: only| not)? be) ` +
      // Not logged in a system: "interviews are recorded in our applicant tracking system". Transcribed too: "Lecture
      // recordings are automatically transcribed". Calls listened in on: "Calls to our helpline may be monitored".
      rx`(?:not |never )?(?:\w+ly )?(?:recorded\b(?! in (?:our|the|a|your)\b)|transcribed\b|(?<=\bcalls\b[^.;]{0,60})monitored\b)` +
      // Or recorded by the organisation in a relative clause: "calls that the company chooses to record" (not "calls
      // that the scheduler records as missed", nor meetings the reader records).
      rx`|(?: (?:that|which))? (?:we|the (?:company|business|practice|organi[sz]ation|firm|surgery|trust|team|service))` +
      rx`(?: (?:may|will|might|can|chooses? to|decides? to))? (?:record|records)\b(?! as\b))`,
    // "samples of your speech", "transcripts of the user's voice".
    rx`${modifierOfHead(VOICE, 'plain', '(?:voice|speech)')}`,
    // What the user says to a voice assistant: "recordings of your interactions with our voice assistant".
    rx`\b(?:recordings?|transcripts?|interactions?|requests?|queries|commands?|conversations?)` +
      rx`(?: \w+){0,3} (?:with|to) (?:our |the |a |your )?voice assistants?\b`,
    // Not a measure of the reader's calls: "the date, time and duration of your voice calls" is call metadata.
    rx`(?<!\b(?:dates?|times?|duration|length|number|frequency|timing|count) of )` +
      rx`(?:your|user'?s?|the user'?s?)(?: own)? voice\b(?! assistant)`,
    // The possessive reaches every item of its list: "your name, voice, or image" is the reader's voice. Also without
    // the last comma, or with one item: "your image, likeness and voice", "your name or voice". The mention is the
    // voice alone: the items before it are mentions of their own ("your location, voice recordings").
    rx`\bvoice\b(?<=\b${THE_READERS} (?:(?:[\w-]+(?: [\w-]+)?, ){1,4}(?:(?:and|or) )?|(?:[\w-]+, ){0,3}[\w-]+ (?:and|or) )voice)` +
      rx`(?! assistant)`,
    // Or in a list of personal data with no possessive: "name, surname, telephone number, e-mail address and voice".
    rx`\bvoice\b(?<=\b(?:names?|surnames?|e-?mail(?: address)?|(?:tele)?phone(?: number)?|address|photo(?:graph)?s?|images?|likeness` +
      // The item's own noun, not a modifier: not "email, voice calls, and messaging platforms".
      rx`|signatures?)(?:,? (?:and|or)|,) (?:also )?voice)(?=[,.;:)]|$| (?:and|or)\b)`,
    // Voice named in brackets as what a content is: "conversation content (voice)".
    rx`\(voice\)`,
    // A voice named by how it sounds out: "your speaking voice", "your singing and speaking voice" (not an idiom's
    // "your brand voice").
    rx`\b${THE_READERS} (?:[\w-]+ing (?:and|or) )?[\w-]+ing voice\b`,
    // Whose voices, by a people noun after "of": "the voices of children under 13". Not an idiom's "the voices of
    // our customers" (a say): only people who speak into the service.
    // Also first of two things of theirs: "the voices and faces of participants".
    rx`\bvoices?(?: (?:and|or) [\w-]+)? of (?:the |your |any )?(?:children|kids|minors|users|callers|speakers|participants|students|patients|passengers|occupants)\b`,
    // People's voices: "the speakers' voices", "callers' voices".
    // Only of people speaking in a recording: "our customers' voices" is also a say (an idiom).
    rx`\b(?:the )?(?:speakers?|participants?|callers?)['’]s? voices?\b` +
      // Anyone's voices, acted on: "the platform does not analyse candidates' voices".
      // Not the idiom's verbs ("we listen to our customers' voices", "evaluate employees' voices" in a survey).
      rx`|(?<![\w-])[\w-]+s['’] voices\b(?<=\b(?:analy[sz]|measur|record|captur|scor)\w*\b[^.;:]{0,30})`,
    // Other names for what the reader says: voice memos, utterances, sound recordings, reading aloud.
    // Voicemail as the reader's messages ("your voicemails", "voicemail messages"), not a telephone product's
    // feature: the real labels read "managing voicemail" as none.
    rx`\b${THE_READERS} voice ?mails?\b` +
      rx`|\bvoice ?mails? (?:messages?|recordings?|greetings?|audio|transcripts?|transcriptions?|(?:that )?you)\b` +
      rx`|\b(?:transcrib|record|stor|keep|kept|retain|analy[sz]|process|listen)\w*(?: to)? (?:any |the |all )?voice ?mails?\b`,
    // (Not what is said of a memo: "Voice Memo metadata — title and duration".)
    rx`\bvoice memos?\b(?! (?:metadata|titles?|durations?|names?|counts?)\b)|\butterances?\b|\b(?:sound|vocal) recordings?\b`,
    // How the reader speaks: "we analyse your pronunciation".
    rx`\b(?:your|their|the user'?s|the child'?s|a learner'?s) pronunciation\b`,
    // Speech turned into text, whatever it is called, also among coordinated verbs: "transcribe and summarise your
    // interactions with our agents".
    rx`\btranscrib\w*(?: (?:and|or) \w+)? (?:your |the |their |any |all |our |this )?(?:conversations?|calls?|meetings?|interactions?|voice ?mails?)\b`,
    // A device listening for its wake word hears what is said.
    rx`\blisten(?:s|ing)? for (?:the |a |your )?(?:wake[- ]?(?:word|phrase)|hot ?word|trigger (?:word|phrase))s?\b`,
    // Speech turned into text: "transcribed text is sent to OpenAI for translation".
    rx`saved user audio|(?:speech|audio) (?:input|data|recognition)|\btranscribed (?:text|notes?|speech)\b`,
    // Speech as an item among sounds ("voice, speech and audio"), not among kinds of expression ("speech, imagery or
    // emotes").
    rx`speech\b(?=,| or| and)(?:(?<=\b(?:voice|audio|sound|vocal|recordings?)\b[^.;]{0,60})` +
      rx`|(?=[^.;]{0,60}\b(?:voice|audio|sound|vocal|recordings?)\b))`,
    // Speech as the object of an act on it: "cannot capture or transmit speech", "we transcribe your speech".
    rx`\b(?:captur|record|transmit|stor|process|transcrib|analy[sz]|collect|receiv)\w*(?: (?:or|and) \w+)? (?:your |any |the user'?s |their )?speech\b`,
    // Whatever the reader says aloud: "your spoken prescription number" (spoken queries and commands: below).
    rx`spoken words|\byour spoken [\w-]+|words spoken`,
    rx`dictation|\b(?:you|they|users) dictate\b`,
    // Said aloud, however it is named: "requests you make by voice", "questions you ask out loud", "oral answers".
    // Only what the reader says that way, by a verb of speaking (not "you can read it aloud", not "articles you
    // save are read aloud by your device").
    rx`\b${ALOUD}\b(?<=\byou ` +
      rx`(?:say|said|speak|spoke|ask|asked|answer|answered|dictate|dictated|give|gave|make|made|tell|told|read)` +
      // A possessive among the words: "when you ask Cedarline's assistant a question by voice".
      rx`(?: [\w'’-]+){0,4} ${ALOUD})|\boral (?:answers?|responses?|exams?|examinations?)\b`,
    // How the voice sounds: "your tone of voice", "the pitch of the caller's voice" (not "the volume of the voice
    // prompts").
    rx`\b(?:tone|pitch|timbre) of (?:your |their |(?:the |a )?[\w-]+'s )?voices?\b(?! (?:prompts?|assistants?|messages?))`,
    // The same of the people speaking: "the tone, pace and pitch of speakers in a recording". How a voice is measured,
    // not who it is: "acoustic features of the voice", "vocal cues".
    rx`\b(?:tone|pitch|timbre|intonation|cadence) of (?:the |each |all |a )?(?:speakers?|callers?|participants?)\b(?!['’])` +
      // Acoustic ones only of a voice (not "speakers with excellent acoustic properties").
      rx`|\bvocal (?:features|properties|qualities|cues|characteristics|signals)\b` +
      rx`|\bacoustic (?:features|properties|qualities|cues|characteristics|signals) (?:of|from|in) ` +
      rx`(?:the |your |their |a |each )?(?:[\w-]+'s )?(?:voices?|speech|speakers?|callers?|recordings?)\b`,
    // What someone says, recorded or kept: "the recording of what you said", "records nothing the child says".
    rx`\b${SAYS}\b(?<=\b(?:what|anything|everything|nothing) ` +
      // Also with whom: "transcribes what you and your clinician say".
      rx`(?:you|they|he|she|your child|the (?:child|children|user|caller|driver|speaker))(?: and (?:your |the )?[\w-]+)? ` +
      rx`${SAYS})` +
      // The words themselves, by a verb of speaking only (what one "says" may be typed): "the words you spoke to the
      // automated assistant".
      rx`|\b(?:speak|spoke)\b(?<=\b(?:words|phrases|things|commands|requests|questions)(?: that)? (?:you|they|callers|users) (?:speak|spoke))`,
    // What the user says, named by its role: "your spoken answer", "spoken destination".
    // With what it is about between: "typed or spoken parking requests".
    rx`\bspoken (?:[a-z]+ )?(?:answers?|responses?|destinations?|questions?|instructions?|phrases?|feedback|comments?|notes?|messages?|requests?|commands?|queries|searches|inputs?)\b` +
      // The same after the noun: "transcripts of the commands spoken to Chirpy Pals".
      rx`|\b(?:commands?|requests?|questions?|words|phrases?|queries) (?:spoken|said) (?:to|into|aloud)\b`,
    // A voicemail kept, not the feature ("managing voicemail").
    // Verbs only, within the clause: not a shop ("visit your nearest store") nor the App Store.
    rx`\bvoice ?mails?\b(?=[^.;]{0,60}\b(?:stored|storing|recorded|recording|kept|retain\w*` +
      rx`|transcri\w*|saved|saving|listen\w*|(?:store|keep|record|save)s? (?:it|them|the|your|a|an|each|all)\b))`,
    // A person's voice recorded: "Your child's voice may be recorded".
    rx`'s voice\b(?<=\b(?:your|their|the) ` +
      rx`(?:child|kid|son|daughter|driver|caller|customer|user|member|employee|student|patient)'s voice)(?! assistant)`,
    rx`\bwith (?:sound|audio)\b(?<=\b(?:videos?|clips?|footage) with (?:sound|audio))`,
    // Sounds a device picks up, as what is recorded or analysed: "records the sounds in your bedroom", "processes
    // surrounding sounds" (the audio of a person; not sounds played: "plays alarm sounds").
    rx`\b(?:record|captur|process|analy[sz]|collect)\w* (?:the |your |any |all )?(?:[a-z]+ )?sounds\b` +
      rx`|\brecording\b[^.;]{0,30}\bincluding sound\b`,
    // Voices in a room, listened for: "sound detection to monitor if other voices are in the room".
    rx`\bvoices\b(?= (?:are |can be )?(?:heard |present )?(?:in|around) (?:the|your|a) (?:room|house|home|car|vehicle|background)\b)` +
      rx`(?<=\b(?:detect|monitor|listen|hear|pick|captur|record)\w*\b[^.;:]{0,50})`,
    // Voices as what is recorded: "records your voice", "does not record children's voices"; or listened to as it is
    // spoken: "Moderation tools may monitor voice live" (not "a monitor voice", nor the idiom's "monitor the voice of
    // our customers" after a possessive of a people noun: only the reader's or a bare voice).
    rx`\brecord(?:s|ed|ing)? (?:(?:your|their|the|a) )?(?:children'?s |users'? |people'?s |kids'? |[\w-]+'s )?voices?\b` +
      rx`|\bmonitor(?:s|ed|ing)? (?:your |users'? |players'? )?voice(?: chats?| communications?)?\b(?! of\b)`,
    // "send your speech to us", "children's speech": speech as sound, not as expression (a trap).
    // Not speech as expression: "we moderate users' speech to remove hate speech".
    rx`\b${SPEAKERS} speech\b(?<!\bmoderat\w* ${SPEAKERS} speech)` +
      rx`(?![^.]{0,60}\b(?:hate|moderat|offensive|harmful|illegal|free))`,
    // Speech recorded, named by what is said: "recorded answers", "messages you record", "questions spoken over the
    // microphone", "the toy's microphone records the child's questions" (recordings of a speaker: above).
    rx`\brecorded (?:answers?|questions?|messages?|requests?|greetings?|memos?|responses?)\b`,
    rx`\b(?:messages?|memos?|answers?|greetings?|commentary|narration)\b(?= (?:that )?you record\b)`,
    // What the reader says, recorded: "Anything you tell us when you ring the claims line may be recorded".
    rx`\b(?:anything|everything|what) you (?:tell|say to) us\b(?=[^.;]{0,80}\b(?:recorded|transcribed)\b)`,
    // Answers transcribed were spoken (recorded alone, they may be typed: "your survey responses are recorded").
    rx`\b(?:responses|answers)\b(?= (?:are|will be|may be|is) (?:recorded and |also )?transcribed\b)`,
    rx`\b(?:questions?|requests?|answers?) spoken\b|\bmicrophones? (?:records?|captures?|picks up)\b`,
    // Sound as what is recorded: "cameras do not record sound", "clips of the sound in the room".
    // After the images too: "record video and sound", "record video but not sound".
    rx`\b(?:record|captur|listen)\w* (?:to )?(?:(?:both )?(?:video|images?|pictures) (?:and|or) )?(?:any |the )?sound\b` +
      rx`(?! (?:effects?|settings?|levels?|quality))` +
      rx`|\bsound\b(?<=\b(?:record|captur)\w* (?:video|images?|pictures) but not (?:any )?sound)` +
      rx`|\bsound (?:in|around) (?:the|your) (?:room|home|house|car|vehicle)\b` +
      // The sound of the reader's surroundings, which holds their voice: "records ambient sound", "background noise is
      // sampled" (not its level, nor its removal: "ambient noise levels", "background noise suppression").
      rx`|\b(?:ambient|background|surrounding|environmental) (?:sound|noise)\b(?![ -](?:levels?|cancel|reduction|suppression|filter|mode|detection))`,
    // Messages spoken to a machine: "messages left on our answerphone", "voicemail messages".
    rx`\bmessages? left on (?:our|the|your) (?:[\w-]+ ){0,2}(?:answerphone|answering machine|voicemail)\b`,
    // The microphone as the instrument of an act on what it hears: "monitor test takers via a webcam, microphone,
    // browser…", "information shared through the screen, webcam or microphone of the device".
    // Only acts on what is heard, and only the instrument: not "devices with a built-in microphone".
    rx`\bmicrophones?\b(?<=\b(?:monitor|record|listen|captur)\w*\b[^.;]{0,80}` +
      rx`\b(?:via|through|using) (?:the |your |a |their )?(?:[\w-]+,? (?:and\/or |or |and )?){0,5}microphones?)`,
    rx`voice-enabled`,
    rx`\bvoice(?=, (?:text|images?|videos?)\b)`,
    rx`\b(?:face|images?|videos?|text) and voice\b`,
  ]),
  term('call-recording', 'voice', {
    gate: rx`record|transcri|microphone|monitor|summar|content|intent|analy|what is said|listen|hear|meeting|retain|kept|stored`,
  }, CALL_RECORDING),
  // Audio as a data item, not audio as a product or a setting ("audio ads", "audio quality").
  term('audio', 'voice', { heads: AUDIO_HEADS },
    rx`\baudio\b(?![ -](?:(?:and|or|\/) video )?` +
      words(
        rx`ads?|advertis\w*|description|player|quality|settings?|books?|codecs?|guides?|devices?`,
        // The soundtrack of media, not a voice: "audio tracks", "audio watermarks"; nor a premises' surveillance or a
        // broadcast's inaudible tones ("CCTV audio and video footage", "audio signals from our TV ads").
        'equipment|output|levels?|watermarks?|footage|surveillance|signals?|beacons?',
        // A product's feature, not what it hears: "enhanced audio and video features". (Only the one word: a longer
        // alternation here made the floor's union of every term 50% slower in V8.)
        'features?',
      ) +
      rx`\b)` +
      // The reader's own footage is their voice, not a premises' surveillance: "your uploaded video and audio footage".
      rx`|\b(?:your|their|the user'?s) (?:[\w-]+ ){0,3}audio footage\b`,
  ),
  // Other biometrics (BIPA "retina or iris scan, fingerprint, voiceprint, or scan of hand or face geometry").
  term('fingerprint', 'biometric', [
    // Nor a machine's before it: "certificate fingerprints", "file fingerprints".
    rx`(?<!\b${MACHINE}'?s? )finger ?prints?(?!ing)\b(?! of (?:your |its |the |a |an |each |every |any )?${MACHINE})`,
    rx`\b(?:thumb|hand|palm) ?prints?\b`,
    // The hand's parts by what is taken of them: "palm vein data", "finger scanning", "the finger image".
    // Also the readers and scanners of fingers ("a finger scanner" is read as "finger scan").
    rx`\b(?:palm|finger) (?:scans?|scanning|veins?|signatures?|templates?|patterns?|images?|data|readers?)`,
    // A finger measured, or presented to be read: "measurements taken from your child's finger", "pupils use their
    // finger to pay" (a school's or gym's reader, not the reader's own phone: see the device-sensor trap).
    // Owners in a row too: "the user's child's finger".
    // Which fingers too: "three scans of your right and left index fingers".
    // Palms too, and a descriptor computed for one: "a unique descriptor for your palm" (not hands, which an image may
    // merely show; nor a photo or a model of a finger, taken to try on a ring or a nail colour).
    rx`\b(?:measurements?|scans?|images?|templates?|descriptors?) (?:of|from|for|taken from|taking from) ` +
      rx`(?:your |their |the |a |each )?` +
      rx`(?:[\w-]+['’]s ){0,2}(?:(?:right|left|index|middle|ring|little|both|and|or) ){0,4}(?:fingers?|thumbs?|palms?)\b` +
      rx`|\b(?:use|uses|using|place|places|placing|present|presents|scan|scans|scanning) (?:their|your|his|her|a|the) ` +
      rx`(?:[\w-]+ )?fingers? (?:to|on|against)\b(?! unlock (?:your|their|the|his|her) ${OWN_DEVICE})` +
      // A thumb to pay or enter, at the end of its phrase too: "Pupils pay for lunch using their thumb".
      rx`|\b(?:pay|paying|pays|enter|enters|entering|sign in|clock in)\b[^.;]{0,30}\b(?:using|with|by) (?:their|your|a) (?:[\w-]+ )?(?:thumbs?|fingers?)${NOUN_ENDS}`,
    // The fingerprint reader of a phone by its name, as "Face ID" is a face term: "Face ID and Touch ID data".
    rx`\btouch ?id\b`,
    // Fingers and hands scanned: "scan employees' fingers" (their scanners and readers are in the row above), whoever's
    // they are ("scans an employee's hand", "scan each worker's finger").
    rx`\bscan(?:s|ned|ning)? (?:(?:your|their|the|an?|each|every) )?(?:[\w-]+(?:['’]s|s') )?` +
      // The part itself, ending its phrase: not "hand-drawn pictures", "the customer's hand notes".
      rx`(?:fingers?|fingertips?|hands?|palms?|thumbs?)\b${NOUN_ENDS}` +
      // A fingertip read is one on a reader (a palm read may be a fortune teller's): "The terminal reads your fingertip".
      rx`|\breads? (?:your|their|the|an?|each) fingertips?\b`,
    // A finger on a reader: "by placing a finger on the reader at the turnstile".
    // A hand or a palm too: "you will place your right hand on the vein scanner".
    rx`\b(?:plac|put|press|touch|rest|hold)\w* (?:a |your |their |one )?(?:(?:right|left) )?(?:fingers?|thumbs?|hands?|palms?) (?:on|to|against|over|above) ` +
      rx`(?:the |a |our )?(?:[\w-]+ )?(?:reader|scanner|sensor|pad)\b`,
    // A fingerprint by its parts: "ridge endings and bifurcations"; by what it is of: "a map of the ridges on your fingertip".
    rx`\bridges? (?:endings|patterns?|details?|(?:on|of) (?:your |the |each |a |their )?(?:fingers?|fingertips?|thumbs?))\b`,
    // A part of the body scanned: "your palm, which we scan".
    rx`\bwe (?:scan|read|measure|capture)\b(?<=\b(?:palm|hand|finger|iris|retina)s?,? (?:which|that) we \w+)`,
    rx`(?:your )?hands\b(?=, face)`,
    // Signing in or paying by a part of the body, as "face unlock" is by the face: "palm login", "vein payment".
    rx`\b(?:palm|vein|iris|finger)[- ](?:log-?in|sign-?in|unlock|payments?|pay|authentication|recognition|id)\b`,
    // A reader that takes the part of the body: "the scanner converts your palm into an encrypted number".
    rx`\b${READ_PART}\b(?<=\b(?:scanners?|readers?|sensors?)\b[^.;]{0,30}\b(?:your|the user'?s|a user'?s|their) ${READ_PART})`,
  ]),
  term('body-dimensions', 'biometric', BODY_DIMENSIONS),
  term('iris', 'biometric', [
    rx`\biris(?:es)?\b|retina(?:l)? scans?|\bretinas?\b|gait`,
    // Keystrokes by their timing, either order: "typing rhythm", "typing speed and rhythm", "the cadence of your
    // keystrokes".
    // Past the activity too: "keystroke activity and rhythms" (not "typing history and patterns").
    rx`\b${TYPING}[ -](?:(?:${TYPING_MANNER}|activity) (?:and|or) )?${TIMING}`,
    // Also the intervals between them: "the timing intervals between keystrokes", "the timing of each key press".
    rx`\b${TIMING}(?:(?:,| and| or) ${TYPING_MANNER}){0,3}(?: intervals?)? (?:of|between) (?:your |the user'?s? |their |each )?${TYPING}`,
    rx`vein[- ]patterns?|\bblood[- ]vessel patterns?\b|\bpatterns? of (?:the )?(?:blood vessels|veins) (?:in|of|on) (?:your |the |a |their )?(?:palms?|hands?|fingers?)\b`,
    // The eye by its parts: "the blood vessels at the back of your eye" (retina), "the coloured part of your eye" (iris).
    rx`\bblood vessels? (?:at|in|on|of) (?:the back of )?(?:your |the |each |a )?eyes?\b` +
      rx`|\bcolou?red (?:part|ring) of (?:your |the |each |a )?eyes?\b`,
    // A walk profiled: "a profile of the way you walk", "your walking pattern", "the pattern of each stride".
    rx`\b(?:profile|model|signature|pattern)s? of ${MANNER_OF} walk\b` +
      rx`|\bwalking (?:patterns?|style|signature)s?\b|\bstride (?:patterns?|profiles?)\b|\bpatterns? of (?:each |your )?strides?\b`,
    // Typing measured by how it is done, to tell who types: "the rhythm and speed with which you type your password".
    rx`\b${TYPING_MANNER}(?:(?:,| and| or) ${TYPING_MANNER}){0,3} ` +
      rx`(?:with|at) which you type\b(?:(?=[^.]{0,80}\b(?:${TELLS_WHO}|tell \w+ apart|someone else))` +
      // Or to tell a person from a bot or an impostor, said first: "To help detect bots and account takeovers, …".
      rx`|(?<=\b(?:bots?|account takeovers?|impostors?|imposters?)\b[^.]{0,120}))`,
    // The manner of a walk or of typing, analysed: "we may analyse how you type and move your mouse to tell people
    // from bots", "we do not analyse how you walk" (gait, keystroke dynamics). An act of analysis governs it.
    // Typing only to tell who types, as with its rhythm above ("…how you type to personalise predictions" is none).
    // Also whoever walks, and a person told by their walk ("to recognise you from the way you walk"); a stride's
    // length alone is a fitness figure, like a step count.
    rx`\b${MANNER_OF} (?:walk\b|type\b(?=[^.]{0,160}\b(?:${TELLS_WHO}|tell \w+ (?:apart|from)|someone else)))` +
      rx`(?<=\b(?:(?:analy[sz]|measur|profil|recogni[sz]|model|assess|captur|record|track|identif|verif|authenticat)\w*` +
      rx`(?: (?:you|users?|people|them|each user) (?:from|by))?|stud(?:y|ies|ying)|use|uses|using) ${MANNER_OF} (?:walk|type))`,
    // How someone signs, measured: "signature dynamics", "the speed, pressure and angle of your pen".
    rx`\bsignature dynamics\b|\bdynamics of (?:your |the |their )?(?:hand-?written )?signatures?\b`,
    // How a device is held or touched, to tell who holds it (behavioural biometrics): "we analyse how you hold your
    // phone to detect fraud", "the way you swipe and tap to confirm it is you" (not "how you tap" to improve a layout).
    rx`\b${MANNER_OF} (?:hold (?:your|the|their) (?:phone|device)|swipe|tap|scroll|move (?:your|the|their) mouse)\b` +
      rx`(?=[^.]{0,160}\b(?:${TELLS_WHO}|tell \w+ (?:apart|from)|someone else|fraud|bots?|impostors?|imposters?)\b)` +
      rx`(?<=\b(?:analy[sz]|measur|profil|recogni[sz]|model|assess|captur|record|track|stud)\w* ${MANNER_OF} [\w ]{1,40})`,
    // A body by its dimensions (the issue's paraphrase of a body part): "your body measurements", "measurements of your hand".
    rx`\bbody (?:measurements|dimensions)\b`,
    rx`\b(?:speed|pressure|angle|rhythm)(?:(?:,| and| or) (?:speed|pressure|angle|rhythm)){0,3} of your ` +
      rx`(?:pen|stylus|signature|handwriting)\b`,
    rx`\b(?:biological|physiological) characteristics\b`,
    // The heart's signal used to tell who someone is, said after it ("your heartbeat pattern is used to confirm it is
    // you", "the rhythm of your heart … to unlock your account") or before it ("recognises you by the unique shape
    // of your heartbeat", "from the shape of your pulse wave"); one recorded for health ("to check for atrial
    // fibrillation", "your heart rate and steps") is health data, not a biometric identifier.
    rx`\b(?:pulse(?: waves?)?|heart(?:beat|[- ]?rhythm)?|cardiac|ecg|skin conductance)\b` +
      rx`(?:(?=[^.]{0,80}\b(?:${TELLS_WHO}|sign[- ]in|log[- ]in|tell (?:which|who)|tell \w+ apart))` +
      rx`|(?<=\b(?:recogni[sz]|identif)\w* (?:you|the wearer|users?)\b[^.;]{0,60}))`,
  ]),
  term('biometric-generic', 'biometric', { generic: true, heads: BIOMETRIC_HEADS }, [
    rx`biometrics?\b`,
    // Using biometric technology is processing biometrics ("we compare your selfie … using biometric
    // technology"); supplying or researching it is not (the head rule above).
    // Its use as a noun too: "enable the use of biometric technologies to identify users".
    rx`\b(?:use[sd]?(?: of)?|using|deploy(?:s|ed|ing)?|employ(?:s|ed|ing)?) (?:any |our |the )?(?:other )?` +
      rx`biometric (?:technolog(?:y|ies)|systems?|software|tools?)\b`,
    // Or named as the class of one just used: "we do not use facial recognition or other biometric technologies".
    rx`\b(?:or|and) (?:any )?other biometric (?:technolog(?:y|ies)|systems?|software|tools?)\b`,
  ]),
  // Location: precise.
  // "GPS" on its own or naming data ("GPS coordinates"), not a product it modifies ("GPS navigation units").
  term('gps-word', PRECISE, { heads: GPS_HEADS }, rx`\b(?:gps|gnss)\b`),
  term('gps', PRECISE, [
    rx`global positioning`,
    // Also before another modifier: "their precise, real-time location".
    // Or before a noun that modifies the head: "precise trip location data", "precise device location".
    rx`(?<![\w-])precise(?: ?(?:or|and|\/|and\/or) ?(?:approximate|imprecise)|,? (?:and )?(?:real[- ]time|current|live)(?: [\w-]+)?` +
      // Or a parenthesis: "precise (GPS-level) location".
      rx`| (?!(?:or|and|to|than|about|of|in|on|at|for|as|is|are|your|the)\b)[\w-]+| \([^()]{1,30}\))? (?:geo)?locations?`,
    // A position within a building: "building, floor, and room where you have connected to a network".
    rx`\bbuilding,? floor,? (?:and|or) room\b`,
    rx`\bbased or precise\b|latitude|longitude|\blat ?\/ ?(?:lng|long?)\b`,
    // Precision said of what is known about the location: "precise information about the location of your device".
    rx`(?<![\w-])(?:precise|exact) (?:information|data|details) (?:about|of|on) (?:your |the )?(?:geo)?location`,
    // Also with the head's own word before it: "your location coordinates", "employee geolocation coordinates".
    rx`(?:device'?s?|your|its|their|(?:home|house|phone|car|vehicle|bike|tracker)'s) (?:location |map )?coordinates|\b(?:geo)?location coordinates`,
    // Coordinates on their own are a point: "Coordinates stay on your device", "the backend may process coordinates",
    // "origin coordinates". Not another sense of the word: contact details ("your contact coordinates"), points of an
    // image or a face ("facial landmark coordinates"), nor the coordinates of a thing named after them ("the
    // coordinates of each station"; of an area, approximate: above).
    // A place's coordinates beside its address, or contact details beside a name or an e-mail, are not a point of the
    // reader's ("Hotels: name, address, coordinates"; "name, e-mail, coordinates"); nor are rough ones ("approximate GPS
    // coordinates": the rough word wins).
    rx`(?<!\b(?:contact|landmark|point|feature|pixel|screen|image|bounding[- ]box|face|facial|x|y|gps|gnss) )coordinates\b(?! (?:of|for)\b| from (?!(?:your|the user'?s|their|users'?) )|,? (?:(?:are|is) )?${COARSENED}\b)` +
      rx`(?<!(?<!\bip )\baddress(?:es)?,? (?:and |or )?coordinates|\b(?:name|e-?mail|phone|telephone)s?,? (?:and |or )?coordinates)` +
      rx`(?<!\b(?:approximate|rough|coarse|general|imprecise|${COARSENED}|obfuscated|blurred) (?:[\w-]+ )?coordinates)` +
      // Nor a face's points beside them: "facial landmarks and coordinates".
      rx`(?<!\b(?:landmarks?|features?|keypoints?|key points?|mesh|contours?),? (?:and|or|&) (?:their |its )?coordinates)`,
    // The receiver in the reader's device: "reads your phone's GPS".
    rx`\b(?:phone|device|car|vehicle|watch|tracker)'s gps\b`,
    // Not the network itself: "cell-tower performance", "cell tower maintenance".
    rx`cell[- ]towers?(?: location)?(?![- ](?:performance|coverage|maintenance|infrastructure|equipment|outages?|capacity` +
      rx`|upgrades?|construction|leases?|sites?)\b)`,
    // The towers by their British name: "mast data", "the nearest phone mast".
    rx`\bmast data\b|\b(?:mobile|phone|cell) masts?\b`,
    // Where the serving cell places the handset: "cell-location information".
    rx`\bcell[- ](?:id[- ]|site[- ])?location\b`,
    // The towers by their other name, as a place the phone connects to: "the cell sites your phone connected to".
    rx`\bcell(?:ular)? sites? (?:(?:that |which )?your (?:phone|device|handset)|(?:that |which )?(?:it|you) (?:connect|use))`,
    // Coordinates written into a photo: "the coordinates stored with your photos". (A geotag, with no precision
    // said, is a location: the real labels read it so.)
    // Also attached to what the reader posts: "Coordinates are stored alongside each message".
    rx`\bcoordinates(?= (?:(?:are|is|get|will be|may be) )?(?:stored |saved |embedded |recorded |attached |kept )?` +
      rx`(?:with|in|of|alongside|to) (?:your |the |their |each |every )?` +
      rx`(?:photos?|pictures?|images?|videos?|files?|messages?|posts?|notes?|check-ins?|reviews?|entries)\b)`,
    rx`wi-?fi (?:access points?|hotspot location)(?=[^.]{0,80}\blocat)|\bwi-?fi[- ](?:location|tracking)`,
  ]),
  // Precision from the source: radio signals that place the device itself (LABELS.md location.precise).
  term('precise-word', PRECISE, `${PRECISE_WORD}|${PRECISE_PREDICATE}`),
  // Location denied beyond a bound: "no location data more precise than your city", "beyond the country level" is
  // what the device gives finer than an area, the precise kind (the area itself is a trap: precision-bound).
  // Location kept within a bound is the coarse kind: "location no more precise than your city".
  term('approximate-bound', APPROXIMATE,
    rx`\b(?:no|not) (?:any )?more ${FINER}(?= than\b)(?<=${A_LOCATION}(?: that is| which is)? (?:no|not) (?:any )?more [\w-]+)`,
  ),
  term('precise-bound', PRECISE, { beatsTraps: true }, [
    rx`\b(?:more|any more) ${FINER}(?= than\b)(?<=${A_LOCATION}(?: that is| which is)? (?:any )?more [\w-]+)`,
    // "we record the state you are in, and nothing more precise": the cue "nothing" denies it.
    rx`\bmore ${FINER}\b(?<=\b(?:locat\w*|region|state|province|city|country|coordinates|position|area)\b[^.;]{0,80}\bnothing more [\w-]+)`,
    rx`\bbeyond(?= (?:the |your )?(?:city|town|country|state|region|province|county|zip code|postal code|postcode)` +
      // Not a place outside it: "beyond the city limits".
      rx`(?:[- ]level)?\b(?! (?:limits?|boundar(?:y|ies)|cent(?:re|er)|walls)\b))(?<=${A_LOCATION} beyond)`,
  ]),
  term('precise-source', PRECISE, [
    // A radio source, also the first of two ("Wi-Fi and Bluetooth scanning"), with a location in the sentence.
    rx`\b(?:wi-?fi|wireless|bluetooth(?: low energy)?|ble|cell(?:ular)?|mobile)(?: (?:and|or) (?:wi-?fi|bluetooth|ble|cell(?:ular)?|gps))? ` +
      words('access points?|signals?|networks?|hotspots?|beacons?|towers?|scans?|scanning|triangulation|positioning') +
      // Or directions given from it, or a geofence drawn with it: "uses Wi-Fi and Bluetooth signals to give you
      // turn-by-turn directions", "Wi-Fi signals for geofencing in our stores". Not as a modifier of what names
      // the network ("the Wi-Fi network name", its SSID), which places nothing.
      // Also detected by beacons or sensors to count who is where: "…Bluetooth signal detected by beacons in our
      // clinics", "…the Bluetooth and Wi-Fi signals from mobile devices to measure footfall and dwell time".
      // Nor what is about the network, listed beside location data: "mobile network information, location data".
      rx`\b(?! (?:names?|ssids?|passwords?|information|data|types?|operators?|providers?|carriers?)\b)(?:(?=[^.]{0,80}\b(?:${LOCATING_WORD}` +
      rx`|beacons?\b|footfall|dwell[- ]time|foot traffic)\w*)` +
      // Or the whereabouts named before it: "information about where your device is from … Wi-Fi positioning services".
      // (Not "location": "the approximate location…, which we derive from … nearby Wi-Fi networks" keeps its word.)
      rx`|(?<=\bwhere\b[^.]{0,100}))`,
    // The strength of radio signals is how a device is placed among them: "the Wi-Fi network names and signal
    // strengths visible to your phone to determine which floor you are on" (not the name alone, above).
    rx`\b(?:wi-?fi|bluetooth|cell(?:ular)?)\b[^.;]{0,40}?\bsignal strengths?\b` +
      rx`(?=[^.]{0,80}\b(?:${LOCATING_WORD})\w*)`,
    rx`\bnearby (?:wi-?fi|bluetooth|devices)\b(?=[^.]{0,80}\blocat)`,
    // Radio sources around the reader's device are where it is: "the Wi-Fi access points near your device". Not as
    // where other data comes from ("usage data from the Wi-Fi networks around you").
    rx`(?<!\bfrom (?:the )?)\b(?:wi-?fi|bluetooth|cell(?:ular)?) (?:access points?|networks?|hotspots?|beacons?|towers?|signals?)\b` +
      rx`(?= (?:near|around|close to|in range of|within range of) (?:you\b|your (?:device|phone|car|vehicle)))`,
    // The point the reader sets on a map: "the exact drop-off pin you place".
    rx`\b(?:drop-?off|pick-?up|map|location) pins?\b(?<=\b(?:exact|precise)\s(?:[\w-]+\s)?(?:drop-?off|pick-?up|map|location) pins?)`,
    // The coordinates of a moment: "the coordinates where each photo was taken".
    rx`\bcoordinates (?:of )?(?:where|at which)\b`,
    // The coordinates the device gives, also in a relative clause: "the coordinates your phone reports".
    rx`\bcoordinates (?:that |which )?(?:your|the) (?:[\w-]+'s )?(?:device|phone|handset|car|vehicle|watch|tracker)s? ` +
      rx`(?:reports?|provides?|sends?|records?|shares?)\b`,
    // The coordinates the device gives: "the coordinates reported by the device's location services".
    rx`\bcoordinates (?:are )?(?:reported|provided|sent|read|given|supplied|returned|recorded) (?:directly )?(?:by|from) (?:the |your |a )?` +
      rx`(?:[\w-]+'s )?(?:devices?|phones?|handsets?|gps|location services|receivers?)\b`,
    // Not the imagery of a map ("street-level imagery captured by our mapping vehicles").
    rx`\bstreet[- ]level\b(?! (?:imagery|images|photos|photographs|photography|views?|pictures|panoramas))`,
    // The coordinates of a device rather than of an area.
    rx`\bcoordinates (?:of|for) (?:your |the |a |their |each )?(?:[\w-]+ )?` +
      words(`device|phone|handset|vehicle|car|watch|bike|scooter|tracker|position|current location`) +
      rx`s?\b`,
    rx`\bgeo(?:graphic(?:al)? |-)?coordinates\b`,
    // A satellite fix and its receiver are GPS by another name.
    rx`\bsatellite (?:receiver|positioning|signals?|fix|positions?)\b`,
    // Positioning indoors by radio: "indoor positioning in the terminal (Wi-Fi and beacons)".
    rx`\bindoor (?:positioning|location|navigation)\b`,
    // Radio sources used to place the reader: "does not use Wi-Fi or beacons to locate you".
    rx`\b(?:wi-?fi|bluetooth|beacons?|cell towers?)(?: (?:and|or) (?:wi-?fi|bluetooth|beacons?|gps|cell towers?))?` +
      rx` to (?:locate|find|track|follow|position|pinpoint) (?:you|your (?:device|phone|movements))\b`,
    // The location drawn from a radio source: "location data from the Wi-Fi networks or Bluetooth devices around you".
    // Not where the policy's own word says approximate ("coarse location from nearby cell towers").
    rx`(?<!\b(?:${ROUGH_WORD}) )` +
      rx`\blocation(?: data| information)? (?:from|based on|derived from|using|via) (?:the |nearby |your )?` +
      rx`(?:wi-?fi|bluetooth|cell(?:ular)? towers?|beacons?)\b`,
    // Beacons that place a shopper, and radio used to work out where someone is.
    // The proximity beacons' own protocols name them too: "Bluetooth iBeacons around the site".
    rx`\b(?:in-?store|bluetooth(?: low energy)?|ble|proximity) beacons?\b|\bwhich beacons? you\b|\b(?:bluetooth )?(?:ibeacons?|eddystone)\b`,
    // Beacons near the reader, to tell which part of a place they are in: "we scan for nearby beacons to determine
    // which store department you are in".
    rx`\b(?:nearby beacons?|beacons? (?:near|around|at|by) (?:each|the|our|every) [\w-]+)\b(?=[^.;]{0,120}\b(?:locat|where|${WHICH_PART}))` +
      // A device's access point, where it places the reader: "the access point it connected to…, which together
      // indicate where in the building you were".
      rx`|\baccess points?\b(?=[^.;]{0,120}\bwhere in\b)`,
    rx`\b(?:wi-?fi|bluetooth|beacons?)\b[^.;]{0,30}\bto (?:work out|find out|figure out|determine|tell) where\b`,
    // Pinning down the reader or their device is a point, not an area.
    rx`\bpin-?point(?:s|ed|ing)?\b(?= (?:you|your (?:device|phone|location|position))\b)`,
    // "Location (Precise)", "location (fine)".
    // Also the second of two: "Geolocation Data (approximate and precise)".
    // Or "location permission (coarse and fine)", "location (Coarse, Fine and Background)".
    rx`\((?:precise|exact|fine)\b${AFTER_LOCATION_PAREN}|\b(?:precise|exact)\)(?<=\((?:approximate|coarse) (?:and|or) (?:precise|exact)\))` +
      rx`|\b(?:precise|exact|fine)\b(?<=location(?: data| information| permissions?)? \((?:approximate|coarse)(?:,? and |, | or |\/)\w+)`,
    // The location named by its radio source: "the device's Wi-Fi-based location", "GPS-based positioning".
    rx`\b(?:gps|wi-?fi|bluetooth|beacon|cell(?:ular)?(?:[- ]tower)?|satellite)[- ]based (?:geo)?(?:location|positioning)\b`,
    // Android's permission names: fine is precise (coarse is approximate, below).
    // The same word before any location noun: "fine geolocation", "fine-grained location data" ("fine" as in a penalty
    // precedes no location noun).
    rx`\b(?:access_)?fine[ _]location\b|\bfine(?:[- ]grained)? geolocation\b|\bfine-grained (?:geo)?location\b` +
      // The first of two precisions: "fine and coarse location".
      rx`|\bfine\b(?= (?:and|or) coarse (?:geo)?location\b)`,
  ]),
  // Precision from the level of detail a location is kept at: a point ("street-address level") or an area
  // ("neighbourhood level", "city-level data"). Only where a location is spoken of: "statistics at the country
  // level" name no one's whereabouts.
  term('point-level', PRECISE, levelOfDetail(POINT_LEVELS)),
  term('area-grain', APPROXIMATE, levelOfDetail(AREA_LEVELS)),
  // Location: approximate.
  term('approximate-location', APPROXIMATE, [
    // A word of its own: "through GPS" is no rough GPS.
    // Also an area it qualifies: "the approximate city we derive from that address".
    // Also before a contrast sharing the head: "approximate rather than precise location".
    // Past an area's adjective, and of coordinates or an area too: "rough regional locations", "approximate latitude
    // and longitude", "a coarse country/state".
    // And with another adjective: "a very imprecise and anonymized location", or its gloss: "general (coarse) location".
    // Either or both with the precise word: "approximate and precise location of the device" names both kinds.
    rx`(?<![\w-])(?:${ROUGH_WORD})(?: (?:or|rather than|instead of) precise| ?(?:\/|and\/or|and|&) ?(?:precise|exact)| and [a-z]+` +
      rx`| \((?![^()]*\b(?:precise|exact|fine)\b)[\w .,-]{1,20}\))? (?:regional |geographic(?:al)? )?` +
      rx`(?:(?:geo)?(?:location|gps)|(?:city|regions?|areas?|position|latitude(?: and longitude)?|coordinates|country)\b)`,
    // Also with a slash: "device location (precise/approximate)", "precise/approximate location".
    // And the verb: "information that can be used to approximate a location".
    rx`(?:precise|exact) ?(?:or|\/|and\/or|and|&) ?approximate (?:gps|geo)?location|precise or approximate gps` +
      rx`|\bto approximate (?:a |your |the )(?:user'?s )?(?:geo)?location\b` +
      rx`|\((?:precise|fine|exact) ?(?:and|or|\/) ?(?:approx|coarse)`,
    // The precision in brackets, abbreviated too: "location (approx)", "geolocation (coarse)".
    rx`\b(?:geo)?location \((?:approx\.?|approximate|coarse|rough)\)`,
    // A location kept to an area: "Geolocation is limited to country, region, and city approximation".
    // Or shown so: "Location is shown as a province or town at most".
    rx`\b(?:geo)?location\b(?=[^.;]{0,30}\b(?:(?:limited|restricted|reduced|truncated|rounded) to|shown as|displayed as) (?:the |an? )?` +
      rx`(?:country|city|region|state|province|town|county|district|suburb|neighbou?rhood|post ?code|zip)\b)`,
    // A location moved at random on purpose: "the location is randomly offset by at least 500 metres".
    rx`\b(?:geo)?location\b(?=[^.;]{0,60}\brandom(?:ly)? offset\b)`,
    // The reader's country asked of the connection: "To determine what country the user is coming from".
    rx`\b(?:what|which|the|different) countr(?:y|ies) (?:an? |the |certain )*(?:user|you|users|visitors?) (?:is|are|was|were) (?:coming|connecting|browsing|accessing [\w ]{1,20}) from\b`,
    // An area named as such is no point: "your geographic area" (not "servers in the geographic area of …").
    // So is one listed as an item: "your name, geographic area, or preferences" (the plural lists where a text
    // applies: "websites, geographic regions or applications").
    rx`\byour geographic(?:al)? (?:area|region|zone)\b|\bgeographic(?:al)? (?:area|region)\b(?<=[,:(] geographic(?:al)? \w+)(?=[,;.)]| or\b| and\b|$)`,
    // A word of its own, not the end of another ("trip-level location data").
    rx`\bip[- ](?:address[- ])?(?:based|level) (?:location|level)`,
    rx`location (?:data )?(?:at an? )?ip[- ]address|ip-address based|\bip (?:geo)?location\b`,
    rx`(?:city|country|region|state|continent)[- ]level location`,
    rx`(?:such as|like|${EG},?|including) (?:your |a |the )?(?:nearest |closest |current |home )?` +
      // Not a dialling code: "phone number (including country code)".
      rx`(?:city|country|region|nation|province|town)\b(?![ -]codes?\b|['’])(?:(?:,| and| or) (?:state|country|region|city|continent|area))?`,
    // Not governed by a locative ("permissible in your country of residence" is a place: place.ts).
    // The place named by its area: "city of residence". Not a "place of residence", which names no area (location).
    rx`${NOT_AFTER_LOCATIVE}(?:country|city|town) of (?:residence|domicile)`,
    // The same said of the time: "email address and current residence" (a social login's fields).
    rx`${NOT_AFTER_LOCATIVE}\b(?:current|usual|habitual|permanent) residence\b`,
    rx`\bsim(?: card)?(?:'s)? (?:country|region)\b`,
    // "your IP-based region", "the area you're in".
    rx`\bip[- ]based (?:region|country|city|area|town)\b`,
    // A location looked up from the address: "IP geolocation", "IP-geolocation".
    rx`\b(?:access_)?coarse[ _]location\b|country\/language`,
    // An adverb of approximation on where the user is: "roughly where you are".
    // Of readers in the third person too, and whence they come: "roughly where visitors come from".
    rx`\b(?:roughly|approximately|generally|broadly|more or less) where ${WHO_VISITS} (?:are|come from|connect from)\b`,
    rx`your (?:home |nearest |closest |current )?(?:city|town)\b`,
    rx`\byour (?:home(?:'s)? )?(?:post(?:al)? ?code|zip ?code)\b`,
    rx`${NOT_AFTER_LOCATIVE}state of residence`,
    // The area a connection comes from: "which country a login comes from", "where you usually connect from", "which time zone or country you are in".
    // The rest of the phrase in a look-ahead: a few literals for the prefilter, not the cross product of every area
    // and every wording, and the mention still starts where the phrase does (negations are read from there).
    // Also of a source, after another item: "the country and network code associated with your SIM card".
    // Not "the coverage area … of the mobile network": a country or region, of the reader's SIM or IP address.
    rx`\b(?:country|region)\b(?=(?: (?:or|and) [\w-]+(?: [\w-]+)?)? (?:associated with|linked to|of) your ` +
      rx`(?:sim(?: card)?|ip(?: address)?)\b)`,
    // An area kept in the account: "the country set in your account".
    rx`\b${AREA_ONE}\b(?= (?:you )?(?:set|selected|chosen|entered|saved|registered) (?:in|on|for|with) (?:your|the) (?:account|profile)\b)`,
    // "which country a login comes from", "the town or region where each login comes from".
    // The mention starts at "which": a negation before it reads it ("does not look at which country…").
    rx`\b(?:which )?(?<!\bor )${AREA_ONE}\b(?=(?: or ${AREA_ONE})? (?:where |from which )?(?:a|your|the|each|every) ` +
      rx`${CONNECTION_EVENT} (?:comes?|came|originates?)\b)`,
    rx`\bwhere you (?:usually |normally |typically )?connect from\b`,
    // Roughly where: "Where you are, roughly".
    rx`\bwhere you are,? (?:roughly|approximately|more or less)\b`,
    // An area the company derives in a relative clause: "grouped by region, which we infer from your time zone".
    rx`\b${AREA_ONE}\b(?=,? (?:which|that) (?:we|the app|our app) (?:\w+ly )?` +
      rx`(?:infer|derive|estimate|determine|deduce|work out|guess)s? from\b)`,
    // An area derived from a source that places no point (LABELS.md: IP address, SIM card, time zone, the network
    // a connection comes from): "region is derived from your SIM", "the country from your SIM", "infers your
    // region from its network connection", "the region your IP address points to". The source after the area
    // word, in a look-ahead: the area word is the literal, and the mention starts where the phrase does.
    rx`\b${AREA_ONE}\b(?=(?: (?:is|are|was|gets?))? (?:(?:derived|inferred|worked out|estimated|determined|guessed|taken|read) )?` +
      rx`(?:from|of|by|using|based on) (?:your|its|the|their|a) (?:device'?s? |phone'?s? )?${AREA_SOURCE}\b)`,
    // Also the device's: "the country your phone's IP address points to", "the country your phone connects from".
    rx`\b${AREA_ONE}\b(?= (?:that )?(?:your|its|the|their|an?) (?:(?:device|phone)'s )?${AREA_SOURCE} ` +
      rx`(?:points? to|comes? from|indicates|suggests|belongs to|is registered in)\b` +
      rx`| (?:that )?(?:your|the) (?:device|phone|computer|browser) (?:connects|logs in) from\b)`,
    // "…the IP address of the connection and the country it resolves to".
    rx`\b${AREA_ONE}\b(?= (?:that |which )?(?:it|they) (?:resolves?|points?|maps?|belongs?) to\b)(?<=\bip address\b[^.;]{0,80})`,
    // The areas the service is used from, as usage data counts them: "which countries and cities they are using the app
    // in", "from which country it is accessed" (not one the reader picks: "you can choose which country you use the app
    // in, which sets the terms", "select which region you connect to").
    rx`(?<!\b(?:choose|chooses|choosing|select|selects|selecting|pick|picks|picking|decide|decides|specify|set)(?: for yourself)? )` +
      rx`\b(?:which|what) (?:countr(?:y|ies)|regions?|cit(?:y|ies))(?: (?:and|or) (?:countr(?:y|ies)|regions?|cit(?:y|ies)))?` +
      rx`(?= (?:it|they|you|users|visitors|people) (?:is |are )?(?:being )?(?:us|access|visit|connect)\w*\b)`,
    // The precision as a predicate: "network-based location, which is approximate and derived from…".
    rx`\b(?:geo)?location\b(?=,? (?:which|that) (?:is|are) (?:only |always |just )?${ROUGH}\b)`,
    // The area a device is used in: "which country it is used in", "the region the tablet is being used in", "the
    // county your phone is in" (a device's: not "the state your account is in").
    rx`\b(?:which|the) ${AREA_ONE}\b(?= (?:it|they|the [\w-]+|your [\w-]+) (?:is|are) (?:being |currently )?` +
      rx`(?:used|driven|ridden|parked|located|operated|registered) in\b)|\b(?:which|the) (?:${AREA_ONE}|county|province)\b` +
      rx`(?= (?:it|your (?:phone|device|car|vehicle|watch)) (?:is|are) (?:currently )?in\b)`,
    // A parenthesis of precision after the word: "Geolocation data (coarse, derived from network information)".
    rx`\((?:approximate|coarse|general|city-level)\b${AFTER_LOCATION_PAREN}`,
  ]),
  // Location derived from an IP address or SIM card: tried only on sentences that name one (the gate).
  term('ip-derived-location', APPROXIMATE, { gate: rx`ip address|sim card` }, [
    // Within one clause: not across a semicolon ("…precise location; any location we use… IP address").
    // Nor across a contrast ("precise location, although we may infer your general location from your IP
    // address": the IP address gives the second location, not the first).
    // Nor across a clause of its own ("…precise location data, and we determine only the country … from your IP",
    // "…, and the signals we use are limited to the country associated with your IP address", "…, who are not asked
    // for precise location, we infer your country from your IP address").
    rx`location(?:(?!\b(?:although|though|but|whereas|however|and we)\b|, (?:and|we)\b)[^.;]){0,60}\b` +
      words('based on|on the basis of|derived from|inferred from|from|using|via|by means of|through|associated with|linked to') +
      // Or one of a list of sources: "your location from the address you provide, the GPS on your device, and from
      // your IP address" (each source its own precision: the GPS is read as precise on its own).
      rx`\b(?:[^.;]{0,30}|[^.;]{0,100}?,? (?:and|or) (?:from |via |using )?(?:your |the |an )?)(?:ip address|sim card)`,
    rx`(?:ip address(?:es)?|sim card)[^.]{0,40}` +
      // "…check your IP address to confirm where you are", "…to work out whether you are in the UK" (the reader's
      // whereabouts as a clause: a place tested, which the address can only place roughly).
      rx`(?:to (?:determine|estimate|derive|infer|identify|work out|find out|figure out|guess|approximate|confirm|verify|check)` +
      // Not an exact location, the policy's own word for it: "uses the IP address to determine the exact location from
      // where the document was signed" is precise (LABELS.md).
      rx`|used to derive|to tailor)[^.]{0,40}(?:(?<!\b(?:exact|precise|accurate) )location|area|city|country|region|where you are` +
      rx`|whether you(?:'re| are) (?:[\w-]+ ){0,2}(?:in|within|outside|from)\b)`,
    rx`(?:determined|derived|inferred|estimated) (?:by|from)[^.]{0,30}ip address`,
    // Also looked up: "we look up the country of your IP address".
    rx`(?:infer|determin|deriv|estimat|look\w* up)\w*[^.]{0,50}(?:city|country|region|area|location|where you are)[^.]{0,40}ip address`,
    rx`(?:city|country|region|area)[^.]{0,40}from (?:your |the |an )?ip address`,
    // Not across a list of items ("based on items such as your IP address, browser type"): a derivation.
    rx`based on(?:(?!such as|including|${EG})[^.]){0,100}\bip address`,
    // The location that goes with the address: "IP address (and associated geographic information)".
    // One optional separator between two optional spaces would split a run of spaces every way: quadratic.
    rx`ip address(?:es)?\s*(?:[(,]\s*)?(?:and |or |with |including )?(?:the |its |their )?` +
      rx`(?:associated|related|corresponding|derived|resulting) ` +
      words(
        rx`geo(?:graphic(?:al)?)?[ -]?(?:location|information|data)`,
        'location|region|area|city|country',
      ) +
      rx`\b`,
    rx`ip address(?:es)?[^.]{0,80}\b(?:your (?:area|city|region|country)|general location|approximate location` +
      rx`|(?:the |a )?(?:region|city|country|area|location) derived from (?:it|them))`,
    // "geolocate IP addresses", "map your IP address to a country", "count visitors by country using their IP".
    rx`\bgeolocat\w* (?:your |the |their |an? )?ip address(?:es)?\b`,
    // What the address itself reveals: "your IP address, which can reveal your location", "…and so potentially your
    // location" (not another source's: "…, and your GPS receiver indicates your location").
    // Past an aside and a modal, of any place: "the IP address of the device being used, which can sometimes be matched
    // to broad geographic data" (not a precise one, the policy's own word: LABELS.md).
    // Not one denied ("which does not reveal your location", "which cannot be matched to…"), nor a precise place past
    // another word ("your exact geographic location").
    rx`\bip address(?:es)?\b[^.;]{0,80}?(?:\b(?:which|that) (?:(?!(?:not|never|cannot|can't|doesn't|won't|does|do)\b)\w+ ){0,3}?` +
      rx`(?:reveal|indicate|suggest|be matched to)s?\b` +
      rx`[^.;]{0,40}?\b(?<!(?:precise|exact) (?:geographic(?:al)? )?)(?:location|geograph)|\band (?:so|thus|hence|therefore)(?: \w+ly)? your location)`,
    // "Location of your IP address" (a table's row).
    rx`\blocation of (?:your|the|an|each) ip address(?:es)?\b`,
    rx`\bderiv\w* (?:a|the|your) (?:region|city|country|area|location) from (?:it|them)\b`,
    rx`\bip address(?:es)?(?= (?:to|into|with|onto) (?:an? |the |your )?(?:country|region|city|area|location)\b)`,
    rx`\b(?:by|per) (?:country|region|city)[^.;]{0,40}\bip address(?:es)?\b`,
    // A use of it that is about geography: "IP address: for security and geographic customization", "a one-time
    // geographic lookup" (not geographic data beside it, which may be another item's).
    // Nor the places the company is in: "stored on servers in several geographic regions".
    rx`\bip address(?:es)?\b(?=[^.;]{0,80}?(?<!\b(?:in|across|throughout|among)(?: [\w-]+){0,2} )` +
      rx`\bgeographic(?:al)? (?!(?:locations?|information|data)\b)[\w-]+` +
      // Or matched to areas: "uses IP addresses to map events to the countries they come from".
      rx`|[^.;]{0,30}?\b(?:map|match|resolv|translat|attribut)\w*[^.;]{0,40}? to (?:an? |the |your |their )?` +
      rx`(?:countr|regions?\b|cit(?:y|ies)\b|areas?\b))`,
  ]),
  // Precision from the source: an area rather than a point (LABELS.md: a country in usage or account data).
  term('area-level', APPROXIMATE, AREA_LEVEL),
  // An area as the object of a processing verb: "we record the postcode you enter", "collect your city".
  // "its": the reader's device or car ("the car shares its region with our update server").
  term('area-object', APPROXIMATE, { gate: AREA },
    rx`\b(?:${PROCESSING_OR_FURTHER_VERB}) (?:your |the |their |its |a user'?s? )?` +
      // The device's own area: "we read your device's time zone".
      rx`(?:(?:device|phone|handset|browser|computer|car|vehicle|tablet)'s )?` +
      rx`(?:(?:home|billing|shipping|current|postal|preferred|usual|departure|registered) ){0,2}${AREA}\b` +
      // The area acted on in the passive: "your billing postcode is also used for regional analytics".
      rx`|\b(?:your|the user'?s|their) (?:(?:home|billing|shipping|current|postal) )?${AREA}\b` +
      rx`(?= (?:is|are|will be|may be|can be) (?:also )?(?:${participleSource(['processing', 'further'])})\b)` +
      // The area excepted from a location: "any location information other than your country" is kept.
      // Also after a comma ("We do not track your location, apart from the city you enter"), or fronted before a
      // location later in the sentence ("Except for your country, we do not collect any location information").
      rx`|\b${AREA}\b(?:(?<=\blocation\b[^.;,]{0,30},? ${EXCEPTING} (?:your |the )?${AREA})` +
      rx`|(?<=^\W{0,5}${EXCEPTING} (?:your |the )?${AREA})(?=[^.;]{0,80}\b(?:location|where you are|whereabouts)\b))` +
      // The area the reader gives, after a preposition that would make it a place: "stores near the ZIP code you type
      // in", "apart from the city you choose" (as a verb's object the verb decides, above: not "we print the postcode
      // you enter").
      // The area the company works out, as its relative clause says: "the city and region we infer from it".
      rx`|\b${AREA}\b(?= (?:(?:and|or) [\w-]+ )?(?:that |which )?we (?:\w+ )?(?:infer|derive|determine|estimate|deduce|work out)\b)` +
      rx`|\b${AREA}\b(?<=\b(?:near|from|around|within|in|for|by|to|on) (?:the |your |a )?${AREA})` +
      rx`(?= (?:that |which )?you (?:\w+ )?(?:type|enter|provide|give|choose|select|pick|supply|add)(?:s|ed)?\b)` +
      // The area the device reports, or one worked out from something: "the time zone and country your device
      // reports", "the school district inferred from the parent's address".
      rx`|\b${AREA}\b(?= (?:that |which )?(?:your|the) (?:device|phone|browser|handset|computer)s? (?:reports?|provides?|sends?)\b` +
      rx`| (?:is |was )?(?:inferred|derived|estimated|determined) from\b)`,
  ),
  // What the company fits to the reader's area: "an event specific to your country", "ads relevant to your
  // country/region" (it must know the area). A norm fitted to it ("rights specific to your country") is a
  // jurisdiction (classify.ts, isResidenceOrArea).
  // Only what is shown or offered (not terms, ages or rules fitted to a country: a jurisdiction), and only the
  // reader's area ("reports relevant to their region" may be another party's).
  term('area-relevance', APPROXIMATE,
    rx`\b${FITTED} to (?:your|the user'?s) (?:country(?:\/region)?|region|city|town|area)\b` +
      rx`(?<=\b(?:content|ads?|advertis\w*|offers?|products?|prices?|events?|news|results|recommendations|promotions` +
      rx`|deals|items|listings|feeds|doodles?|suggestions)\b[^.;]{0,60}${FITTED} to [^.;]{4,30})` +
      // What the company tells the reader about their area: "to tell you about … events in your area".
      rx`|\b${IN_YOUR_AREA}\b` +
      rx`(?<=\b(?:ads?|offers?|events?|news|deals|promotions|weather|recommendations)\b(?: [\w-]+){0,2} ` +
      rx`${IN_YOUR_AREA})` +
      // What the company picks as offered in the reader's area: "we will present product feeds that are available in
      // your region" (not "our services are available in your region", which picks nothing).
      rx`|\bavailable in your (?:country|region|city|area|market)\b` +
      rx`(?<=\b(?:present|show|display|recommend|suggest|select|determin|surfac)\w*\b[^.;]{0,80} available in your \w+)`,
  ),
  term('approximate-word', APPROXIMATE, `${APPROXIMATE_WORD}|${APPROXIMATE_OF}|${APPROXIMATE_PREDICATE}|${APPROXIMATE_MANNER}`),
  term('ip-location', APPROXIMATE, IP_LOCATION),
  // The area the reader is in, as what the company learns: "tells us which country you are likely to be in".
  term('area-you-are-in', APPROXIMATE,
    // Also with a verb of moving or staying, or where a connection comes from: "which region you are travelling
    // in", "which time zone you are in", "the city or region you are connecting from"; in the past tense too ("the
    // city or region you were in at the time").
    rx`\b(?:which|the) (?:[\w-]+ )?(?:country|region|state|city|town|area|(?:time ?)?zone)(?: (?:or|and) [\w-]+)? ` +
      rx`you(?:'re| are| were)(?: (?:likely|probably|currently|now)(?: to be)?)?(?: (?:\w+ing|located|based))? (?:in|from)\b`),
  // The reader's own places, kept: "saved places such as Home and Work", "places you've starred", "check-ins",
  // "home or work addresses" (not "places you search for", nor a check-in desk).
  term('places-kept', LOCATION, [
    // Saved locations are the same: "your saved locations, trip history".
    rx`\b(?:saved|starred|favou?rite|labell?ed) places\b`,
    rx`\bplaces (?:that )?you(?:'ve| have)? (?:save|saved|label|labell?ed|star|starred|mark|marked|been)\b`,
    // Not a check-in of another kind, named by the word before it ("mental-health check-ins", "flight check-ins").
    rx`(?<!\b(?:health|wellness|wellbeing|mood|symptom|daily|weekly|flight|hotel|airport|baggage|online|mobile|team` +
      rx`|safety|welfare|manager|coach(?:ing)?|therapy)[- ])check-?ins\b(?! (?:desks?|counters?|kiosks?))`,
    // "the gym you checked in at", "checked in at a venue": a place, not a flight or a front desk.
    rx`\bcheck(?:ed|s|ing)?[- ]in at\b(?=\s*(?:[.,;]|$)| (?:a |the |your )?(?:venue|place|location|restaurant|bar|caf[eé]` +
      rx`|store|shop|business|gym|park|event)s?\b)`,
    rx`\bhome (?:and|or) work (?:addresses|locations)\b`,
    // "You might choose to save places to your account".
    rx`\bsav(?:e|es|ed|ing) (?:places|locations)\b`,
    // A boundary drawn around one of them: the reader's crossing of it is location, of a precision the word does not
    // state ("uses your device's location for geofencing" is labelled location, not precise).
    rx`\bgeo-?fenc(?:e|es|ing)\b`,
  ]),
  // Location with no precision stated.
  term('location', LOCATION, { generic: true }, [
    // "Geodata" too: "the transmission of geodata is required to use Trips".
    rx`geolocation|geo-?data`,
    // Not inside another word ("colocation", "allocation", "relocation"), but glued to the word before where a
    // page lost its spaces ("your currentlocation").
    // (A plural is read from "location": place.ts looks past the "s".) Not an icon's name: "location_off", "my_location".
    rx`(?<!\b(?:co|col|al|re|dis)|_)location(?!_)(?:-related)?(?: data| information| history)?`,
    // Where the reader goes, in any tense: "where you walked", "where you have driven" (after "have" below).
    // Where a car is driven or parked: "a profile of how, where, when your car is driven".
    rx`where(?:,? (?:and )?(?:when|how))? (?:your|the) (?:car|vehicle) (?:is|was) (?:driven|parked)\b|` +
    // And with its manner or time: "where and how you fly".
    rx`where(?:,? (?:and |or )?(?:when|how))? you (?:live|go|went|are|were|stay|stayed|travel(?:led)?|walk(?:ed)?|drive|drove|run|ran` +
      rx`|cycle[sd]?|ride|rode|fly|flew|hike[sd]?|sail(?:ed)?|commute[sd]?` +
      // Where the reader gets on, off or stops: "we do not track where you tap in or out", "where you parked".
      rx`|park(?:ed)?|tap(?:ped)? (?:in|on|out|off)|board(?:ed)?|alight(?:ed)?|get (?:on|off)|got (?:on|off)|stop(?:ped)?` +
      // Where the reader leaves or takes a vehicle: "where you choose to drop off a hire-vehicle".
      rx`|(?:choose to )?drop(?:ped)? off` +
      rx`|check(?:ed)? in|shop(?:ped)?)\b`,
    // How far the reader is from others is where they are, relatively: "we show other members how far away you
    // are", "your distance from other users" (not "how far you walked", a distance covered).
    rx`\bhow far (?:away )?you are\b|\byour distance (?:from|to) (?:other|nearby|each|the other)\b`,
    // Where a photo or a recording was made: "metadata such as where they were taken".
    // Not a caption of it, which is what the reader wrote ("the caption of where they were taken").
    rx`(?<!\b(?:captions?|descriptions?|titles?|notes?) of )` +
      rx`\bwhere (?:it|they|the (?:photos?|pictures?|images?|videos?)|each (?:photo|picture|image|video)) (?:was|were) ` +
      rx`(?:taken|shot|recorded|captured)\b`,
    // Also as one of coordinated modifiers of the data: "geographic and demographic information".
    rx`\bgeographic(?:al)?(?:,? (?:and|or) [a-z]+)? ${DATA}\b|\bwhereabouts\b|\bgeo(?:graphic(?:al)?)?[ -]?track(?:ing|ed)\b`,
    // Where the reader lives, at no stated level: "gender, age and place of residence".
    rx`${NOT_AFTER_LOCATIVE}\bplace of residence\b`,
    // A place paired with a time is where something happened: "the time and place of any collision", "where and
    // when each photo was taken" (not "date and place of birth" or of an ID's issue, nor a condition of the law's:
    // "when and where required").
    // Also by a relative clause: "the time and place you made it".
    rx`\b(?:time|date),? and place (?:where |that |in which )?(?:you|they)\b(?! (?:were|was) born\b)` +
      rx`|\b(?:time|date),? and place of\b(?! (?:birth|issue)\b)` +
      rx`|\b(?:where and when|when and where)\b(?! (?:required|permitted|allowed|appropriate|possible|necessary|applicable)\b)`,
    // The position of what the reader carries or drives: "the position of your handset", "your vehicle's position";
    // where it was: "where the handset was at the time".
    // Not where it is from the body: "the position of your device relative to your face" places no one.
    rx`\bpositions? of (?:your|the|a|their) (?:[\w-]+ )?(?:${CARRIED}|bike|scooter)s?\b(?! relative to (?:your|the|their) (?:face|head|body|eyes)\b)`,
    rx`\bwhere (?:your|the) (?:${CARRIED}) (?:is|was|has been|goes|went)\b`,
    // The reader's presence at a place, noticed: "we know when you are at home", "detect when you enter a store".
    // A place, not a website, a password or an age ("when you visit our website", "whether you are at the age…").
    // Also as data: "information about when you arrive at a store".
    rx`\b(?:(?:detect|know|notice|determin|sens|recogni[sz]|tell)\w* (?:when|whether|if|that)|(?:information|data) (?:about|on) when)` +
      rx` you(?:'re| are)? ` +
      rx`(?:\w+ly )?(?:at|near|inside|arriv\w*(?: at| in)?|enter\w*|leav\w*|visit\w*|approach\w*)` +
      AT_PRESENCE_PLACE,
    // A visit to a place in the world, measured: "whether an ad resulted in a visit to a physical store" (not "a
    // visit to our online store").
    rx`\bvisits? to (?:a |an |the |our |their |your )?(?:physical|retail|brick[- ]and[- ]mortar|offline) ` +
      rx`(?:stores?|shops?|locations?|venues?)\b|\b(?:physical|offline|in-store) (?:store )?visits\b`,
    rx`\byour (?:home|work)(?: (?:and|or) (?:home|work))? locations?\b`,
    rx`\bgeo-?tag(?:s|ged|ging)?\b`,
    // The ways the reader went: "your commute route", "the routes you run", "your running routes". Not a request
    // routed ("we route your call"): a route is the reader's, or one they travel.
    // A route planned is a choice, not a whereabouts: "a map of your route to plan the trip" is none.
    // The reader's own routes, or those of their trips: "your routes", "your trip routes", "ride routes are saved".
    rx`\byour (?:(?:${ROUTE_KIND}) routes?|routes)\b|\b(?:trip|ride|journey|workout|hike) routes\b` +
      rx`|\broutes? (?:that )?you (?:run|ride|drive|walk|cycle|take|travel|follow|record|hike)\b` +
      // Or by the people served: "the routes taken by our passengers".
      rx`|\broutes (?:taken|travell?ed|driven|ridden) by (?:our |the |its )?(?:users|passengers|riders|customers|members)\b` +
      // A route gone, whoever went: "details of your trips, including the route taken" (not one to take: "the route
      // planned").
      rx`|\b(?:the|your|each) routes? (?:taken|travell?ed|driven|ridden|walked|cycled)\b(?! by\b)` +
      // A trip's two ends: "the app sends an origin and destination" (not a transfer's countries).
      rx`|\borigins? and destinations?\b(?! (?:countr|of (?:the |each |every |any )?(?:data|transfers?|shipments?|packages?|parcels?)\b))` +
      // Routes drawn from a track of positions: "fitness activity, including mapped routes".
      rx`|\b(?:mapped|gps|recorded|tracked) routes?\b|\broute (?:information|data|history|details)\b`,
    // Check-ins: "your check-ins at venues".
    rx`\b(?:your |their )?check-?ins? (?:at|to) (?:a |the |any )?(?:venues?|places?|locations?|stores?|shops?|restaurants?)\b`,
    // Near what: "your proximity to our stores", "which store you are in".
    rx`\b(?:your|their|the user'?s|a device'?s) proximity to\b`,
    // Near whom: how close the reader is to others, or others shown as near the reader ("profiles of people
    // nearby", "nearby users"): the service places the reader to tell. Not places or shops nearby.
    rx`\bhow (?:close|far) (?:away )?you(?:'re| are) (?:from|to)\b` +
      rx`|\b${NEARBY_PEOPLE} nearby\b|\bnearby ${NEARBY_PEOPLE}\b`,
    // Also of a named place, and on a floor or at a gate: "which floor of the hospital you are on".
    rx`\bwhich (?:[\w-]+ )?${PART_OF_PLACE} (?:of (?:the|our|a|this) [\w-]+ )?you(?:'re| are) (?:currently )?` +
      rx`(?:(?:standing|sitting|located|working) )?(?:in|on|at)\b` +
      // Where in a place: "…which together indicate where in the building you were working".
      rx`|\bwhere in (?:the|our|a|this) [\w-]+ you (?:are|were)\b`,
    // One or every place too: "every place that you have visited"; destinations, also through an assistant ("places
    // you ask it to navigate to").
    // Places the reader often goes: "the names of frequently visited places".
    rx`\b(?:frequently|often|regularly|recently|commonly|previously) visited (?:places|locations|venues|stores|destinations)\b`,
    // A place named by the reader being in it, whatever the place: "the stations you pass through", "the zone you ride
    // in", "the store you shopped at", "the gym you attended" (not one they look at, choose or type: "the stores you
    // like", "the stations you entered"; nor a web site or a chat room; nor a booking's hotel or
    // airport, which the trap on chosen places reads).
    rx`\b(?:places?|locations|venues?|stores?|points of interest|destinations|areas?|spots|attractions|shops?|restaurants?` +
      rx`|stages|rooms|zones?|booths?|stations?|stops|gyms?|stadiums?|campus(?:es)?|buildings?|parks?` +
      rx`|premises|branch(?:es)?) (?:that |which |where )?you (?:(?:have|had|often|usually) )?` +
      rx`(?:(?:ask|asked|tell|told) (?:it|us|the [\w-]+) to )?` +
      words('visit(?:ed)?|go(?: to)?|went(?: to)?|gone(?: to)?|frequent(?:ed)?|check(?:ed)? in|travel(?:led)?(?: to| through)?',
        'navigat(?:e|ed) to|dr(?:ive|ove) (?:to|in|through)|(?:are|were|have been) (?:in(?! charge)|at)|r(?:i|o)de (?:in|to|through)',
        'park(?:ed)?(?: in| at)?|shop(?:ped)? (?:at|in)|stay(?:ed)? (?:in|at)|pass(?:ed)? through|arrived? at',
        'walk(?:ed)? (?:in|to|through)|attend(?:ed)?') +
      rx`\b${NOT_ONLINE}`,
    // Where the user or what they carry is: "where your car is parked", "where your child's watch is".
    // An adverb may stand before the verb: "where your device actually is".
    rx`where (?:you (?:\w+ly )?are|(?:your|a|the) (?:[\w-]+'s )?` +
      words('device|phone|vehicle|car|child|watch|bike|scooter|kids?|family|tracker|tag|player|user|driver|rider',
        'tablet|laptop|headset|band|collar|pet|dog|cat|luggage|bag|keys') +
      rx`s? (?:\w+ly )?(?:is|are|was|were)(?: last seen)?)` +
      rx`(?=\s*(?:[,.;:)?]|$| and | or | at | to | from | right now| physically| located| parked| now| when | while | if ` +
      rx`| each | every | during | throughout | outside | is | was | so | in case ))`,
    // The place where the reader did something is where they were: "the place and time you took the photo", "the
    // spot where you parked". Not a place they choose, look for or may go ("the place you search for").
    rx`${THE_PLACE_YOU}` +
      rx`(?!(?:can|could|may|might|will|would|should|must|need|want|wish|choose|chose|select|search|look|` +
      rx`enter|type|pick|plan|book|prefer|like)\b)[a-z]+ed\b${NOT_ONLINE}`,
    rx`${THE_PLACE_YOU}` +
      words('took|drove|rode|ran|went|were|met|stayed|slept|parked|shopped|ate') + rx`\b`,
    // Where the reader's trip or session began or ended: "the spot where your parking session began".
    rx`\b(?:the )?(?:place|spot|point|location)s? where your (?:[\w-]+ ){1,2}` +
      words('began|begins|started|starts|ended|ends|finished|finishes|took place') + rx`\b`,
    // Where the user or what they carry has been: "where you have been", "the places your vehicle has been".
    // Two words too: "the places your family members have been".
    // Been somewhere, not a passive ("where it has been shared" is which site).
    rx`\b(?:where|places?)\b(?= (?:you|it|they|your (?:[\w-]+'s )?[\w-]+(?: [\w-]+)?) (?:have|has|had) been\b` +
      rx`(?! (?!(?:located|parked|taken|driven|left)\b)[a-z]{2,}(?:ed|en|wn)\b(?<!\b(?:when|then|often|even|seven|eleven|between|own)\b)))`,
    // Where people the service follows are: "where field employees are", "where our patients are".
    rx`\bwhere (?=(?:(?:our|its|your|the|each|field|its own) )?(?:[\w-]+'s )?${FOLLOWED_PEOPLE} (?:are|were|go|have been)\b)`,
    rx`current location`,
    // Where a vehicle or device is: "the car's position", "your own position".
    rx`\b(?:${CARRIED}|bike|scooter|tracker)'?s? (?:own |current |live |exact |approximate |real-time )?position\b`,
    // Also a geographical one: "your current geographical position".
    rx`\byour (?:own|current|live|real-time) (?:geographic(?:al)? )?position\b` +
      // Or as an item of a list of data: "first name, geographic position, IP address".
      rx`|\bgeographic(?:al)? position\b(?<=(?:^|[,;:(|•]|\band|\bor)\s{0,3}geographic(?:al)? position)(?=\s*(?:[,;:).|]|and\b|or\b|based\b|$))`,
    // A position drawn on a map or followed live is where someone is, whatever governs it: "drivers can see your
    // pickup point and your position on the map" (a job's position is on no map).
    rx`\b(?:your|their|its) position (?:on (?:a|the) map|in real[- ]time)\b`,
    // A position as the object of an act on data, or acted on in the passive: "the app refreshes your position",
    // "the car sends its position", "your position is shared with your contacts". Not a job or a view ("the
    // position you applied for", "our position on this issue"): those are no object of such acts.
    rx`\b(?:${EVERY_VERB}|refresh(?:es|ed|ing)?|updat(?:e|es|ed|ing)|shows?|shown|display(?:s|ed)?` +
      rx`|report(?:s|ed|ing)?|pass(?:es|ed|ing)?|know(?:s|n)?) (?:your|its|their|the (?:car|vehicle|device|phone|handset|user)'s)` +
      rx` (?:(?:current|exact|precise|approximate|live) )?position\b`,
    rx`\b(?:your|its) position (?:is|are|will be|may be|can be) (?:\w+ly )?` +
      words('shared|sent|recorded|stored|logged|tracked|transmitted|uploaded|collected|used|updated|refreshed|reported') +
      rx`\b`,
    // Movements tracked are whereabouts over time: "we won't track your movements".
    // Also followed or monitored, and a trip's ends: "our cameras follow your movement around the store", "trip data,
    // including start and end points".
    // An adjective between: "track your continuous movement". A record of movements over time, whoever keeps it:
    // "movement history logging", "records of the movements of any particular user" (not "eye movements", "mouse
    // movements", nor "movement data" of a sensor, which may be a gait's).
    rx`\b(?:track|follow|monitor)(?:s|ed|ing)? (?:your|their|the user'?s|users'|customers') (?:(?:continuous|daily|physical|every) )?(?:movements?|trips|journeys|commutes)\b` +
      // In the passive too: "Your journeys are tracked by the app".
      rx`|\b(?:your|their|the user'?s|users') (?:movements?|trips|journeys|commutes) (?:are|is|will be|may be|get) (?:\w+ly )?(?:tracked|recorded|logged|monitored)\b` +
      rx`|\bmovements? histor(?:y|ies)\b|\b(?:records?|logs?|histor(?:y|ies)) of (?:the |your |their )?movements?(?: (?:or|and) [\w-]+)? of ` +
      rx`(?:any |a |the |each |an )?(?:particular |individual |specific )?(?:users?|persons?|individuals?|customers?|riders?|drivers?|people)\b` +
      // The two ends named by a ride's words too: "rider pickup and drop-off details".
      rx`|\b(?:start(?:ing)? and end(?:ing)?|origin and destination|pick-?up and drop-?off) (?:points|locations|addresses|details|places)\b`,
    // People followed live are whereabouts followed: "we do not track riders in real time", "continuous employee
    // tracking" (not "we do not track you", said of ads; nor an order's "real-time tracking of your delivery").
    // Also in the background, or with the adverb before the verb: "does not continuously track users in the background".
    rx`\btrack(?:s|ed|ing)? (?:our |the |your |its )?${FOLLOWED_PEOPLE} (?:in real[- ]time|live|continuously|in the background)\b` +
      rx`|\b(?:continuously|constantly|persistently) track(?:s|ed|ing)? (?:our |the |your |its )?${FOLLOWED_PEOPLE}\b` +
      // Or over a span of their work or travel: "we never track walkers when they are not on an active job", "we track
      // you only during your shift" (not "we track you while you browse", said of ads).
      rx`|(?<!\b(?:${AD_TECH})\b[^.;]{0,80})` +
      rx`\btrack(?:s|ed|ing)? (?:our |the |your |its )?(?:${FOLLOWED_PEOPLE}|you) (?:only )?(?:when|while|during|outside(?: of)?|after|before)\b` +
      rx`(?=[^.;]{0,40}\b(?:shifts?|duty|jobs?|deliver(?:y|ies)|trips?|rides?|journeys?|working hours|clock(?:ed)? (?:in|out)|on the clock)\b` +
      // The job or trip itself, not a page, an ad or an email about it, nor the hours worked.
      rx`(?! (?:listings?|ads?|adverts?|offers?|deals?|postings?|pages?|emails?|search\w*)\b))` +
      rx`(?![^.;]{0,160}\b(?:${AD_TECH}|websites?|sites?|pages?|browse|click\w*|emails?|hours worked|timesheets?|orders?)\b)` +
      rx`|\b(?:continuous|real[- ]time|live|background) (?:(?:employee|staff|worker|driver|rider|user)s? )?tracking\b` +
      rx`(?! of (?:your |the )?(?:orders?|packages?|parcels?|deliver(?:y|ies)|shipments?)\b| (?:parameters|pixels?|codes?)\b)` +
      // Not a body part's, named before it: "This face tracking data is used to generate real-time tracking parameters".
      rx`(?<!\b(?:face|facial|eye|hand|head|body|motion|gaze|pose) tracking\b[^.;]{0,80})`,
    // Placing the reader: "to locate you", "pinpoint your phone".
    rx`\b(?:locat|pinpoint|geolocat)(?:e|es|ed|ing) (?:you|your (?:device|phone))\b`,
    rx`wireless location|physical location`,
  ]),
];

/** The company's premises and their guarding, where a biometric lock is security rather than data. */
const PREMISES = rx`guards?|cctv|data cent(?:er|re)s?|premises|facilit(?:y|ies)`;
/**
 * "store" after a subject or a modal is the verb, not a shop: "we store location data", "to store location history";
 * so is the last of coordinated verbs: "we do not collect or store location data".
 */
const STORE_AS_VERB = rx`(?<!\b(?:we|to|may|will|also|not|never|can|then|(?:${PROCESSING_OR_FLOW_VERB}),? (?:or|and)) )`;
/**
 * Words that look like triggers but are not about the user's face, voice, body or whereabouts. A trigger
 * overlapped by a trap is dropped (LABELS.md "Traps").
 */
export const TRAPS: NamedSources = {
  // Fingerprints among tracking technologies (cookies, pixels, tags, web storage) are device fingerprints.
  // Words that merely contain a data word. Not a word-boundary rule: extracted text often runs words together
  // ("yourcurrentlocation"), and those are still mentions.
  'containing-word': alternatives([
    rx`\b(?:al|re|dis|col|trans|de|mis|sub)+-?locat\w*|\b(?:type|pre|sur|inter)faces?\b|\bfacets?\b|\bfaceted\b`,
    rx`\b(?:in|un)voiced?\b|\bgaits?[- ]?way\b`,
    rx`\bfinger ?prints?[- ](?:resistant|proof|smudges?|marks)\b`,
    // A name, by its mark: "the Golf Pad GPS™ application".
    rx`\bgps[- ]?tracker (?:sales|shop)|\bgps ?[™®](?! ?(?:data|coordinates|location|tracking|position)\b)`,
    // So is any name ending in a data word and its mark: "this free Face Mapping® tool", "VoiceID™".
    // One start per word (not one inside "face-face-…"), so the scan stays linear; not a mark on the data itself, acted on
    // ("your Face Scan™ data").
    rx`(?<![\w-])(?:face|facial|voice|vocal|finger ?print|iris|palm)[\w-]*(?: [\w-]+){0,2} ?[™®]` +
      rx`(?! ?(?:data|scans?|templates?|prints?|recordings?|information|geometry)\b)`,
  ]),
  // The reader's own device reading a finger or a face for itself: hardware, not data the company gets.
  // Code, not prose: an identifier in backticks, a method name, a path ("`getLastKnownLocation()`",
  // "POST /v2/voice/transcribe"). A developer's reference names no practice.
  code: alternatives([
    rx`\x60[^\x60\n]{1,80}\x60|\b[a-z_]\w*\(\)`,
    rx`(?<![\w.])\/[\w.-]+(?:\/[\w.{}-]+)+`,
  ]),
  // The bound of a precision ("location more precise than your city", "beyond the country level"): the area
  // says how coarse the data stays, it is no claim of its own (the bound is a precise mention, 'precise-bound').
  'precision-bound':
    rx`\b(?:than|below|(?<=beyond )) ?(?:the |your |a |an )?(?:[\w-]+ )?(?:city|town|country|state|region|province|county` +
      rx`|zip code|postal code|postcode|area|neighbou?rhood|district)(?:[- ]level)?\b` +
      rx`(?<=\b(?:(?:precise|accurate|granular|specific|exact|detailed|fine-grained|finer) than|beyond|below) [^.]{1,40})`,
  // A choice the reader makes, listed in parentheses: "App preferences (audio, haptics, sensitivity)", "your selected
  // preferences (focus area, duration, voice)" name settings, not data.
  // With the words that say whose they are: "Biometric authentication preferences (Face ID/Touch ID)".
  // Words of bounded length, so a run of hyphens costs a constant each; not a parenthesis that names data of the
  // reader's ("preferences (such as your precise location)").
  'setting-choice': rx`\b(?:(?!(?:and|or) )[\w-]{1,30} ){0,2}preferences\s*\((?![^()]{0,100}\b(?:your|such as|including|e\.g)\b)[^()]{0,100}\)`,
  // The location of a thing that is not the reader: "your parcel's real-time location", "the location of the
  // delivery robot" (a vehicle or phone of the reader's is theirs, so only things sent or sent out).
  'thing-location':
    // And the courier who brings it: "we show you the courier's live location".
    rx`\b${SENT_THING}'?s? (?:[\w-]+ )?location\b|\blocation of (?:the |your |each |a )${SENT_THING}s?\b`,
  // Data as the topic of norms, not as anyone's data: "experts discuss emerging regulations on biometrics and location
  // tracking" (not "the rules we follow when we collect your location", where a verb of ours acts on it).
  'norm-topic':
    rx`\b(?:regulations?|laws?|legislation|bills?|guidance) (?:on|about|governing|regarding|concerning) ` +
      rx`(?:the (?:use|collection|processing) of )?[\w-]+(?:(?:,|,? and|,? or) [\w-]+){0,3}(?: [\w-]+)?`,
  // A word quoted as the name of a part of the page or app: 'the "Location" column', 'the "Face ID" toggle'.
  'ui-label':
    rx`["“][^"“”]{1,30}["”] (?:columns?|fields?|tabs?|buttons?|menus?|labels?|headings?|toggles?|switch(?:es)?|icons?|links?)\b`,
  // A part of a picture: "the region of the image where a face is", "the area of the video frame" (not "the facial
  // regions of the images", which are the face's).
  'picture-region': rx`(?<!\bfac(?:e|ial) )\b(?:regions?|areas?|parts?|portions?) of (?:the |an? |each )?(?:image|photo|picture|video|frame|screen)s?\b`,
  'rank-place':
    rx`\b(?:location|position|place) (?:on|in) the (?:leaderboard|ranking|rankings|list|queue|standings|league table|scoreboard)\b`,
  // Where the reader saves a file: "store it in a location of your choosing".
  'file-place': rx`\ba (?:storage |folder |file )?location (?:of your choos\w*|you choose|you select)\b`,
  'device-sensor': alternatives([
    rx`\b${OWN_DEVICE}'?s? (?:built-in )?${BODY_READER}\b`,
    // The device's own biometric check: "The App can use device biometric or PIN mechanisms to unlock access".
    rx`\b(?:device|phone|system|android|ios)['’]?s? (?:built-in |native |official )?biometric` +
      rx`(?:s\b|(?= (?:or|and|authentication|unlock|locks?|mechanisms?|prompts?|apis?)\b))`,
    // The device unlocked by the reader's body, its own feature: "smartphones let you unlock the device with your face
    // or fingerprint".
    rx`\bunlock(?:s|ing)? (?:the|your|their|a) ${OWN_DEVICE} (?:with|using|by) (?:your |their )?` +
      rx`(?:face|fingerprints?|finger|iris)(?:,? (?:or|and) (?:your |their |a )?(?:face|fingerprints?|finger|iris|pin|passcode))?\b`,
    // Two kinds too, and set up there: "the fingerprint or face unlock set up on your phone".
    rx`\b(?:(?:fingerprint|face) or )?${BODY_READER} ` +
      rx`(?:(?:set up|enabled|registered) )?(?:on|of|in|built into) (?:your|the|a|their) ${OWN_DEVICE}\b`,
    // What a device can do, not data: "devices that have compatible fingerprint support".
    rx`\b(?:fingerprint|face|facial|biometric) (?:support|hardware|capabilit(?:y|ies))\b`,
    // Bodies the device's own lock knows: "anyone with an enrolled fingerprint on the device can open the app".
    rx`\b(?:enrolled|registered) (?:fingerprints?|faces?)\b(?= (?:on|in) (?:the|your|their|a|this) ${OWN_DEVICE}\b)`,
  ]),
  // A fingerprint as what something is compared with: "Like a fingerprint, these characteristics are unique to you",
  // "in a similar way to the way fingerprints are used".
  'fingerprint-simile':
    // Not "like" as "such as" after biometric data ("biometric information like your fingerprints"; "device information
    // like fingerprints" is a device's), unless a single one follows, the simile's form ("biometric data like a fingerprint").
    rx`\b(?:(?<!\bbiometrics?(?: information| data| identifiers?)? )like|like(?= an? )|as with|similar to|just like|much like|akin to) (?:a |an |the |your )?fingerprints?\b|\bthe way fingerprints?\b`,
  'device-fingerprinting': alternatives([
    rx`(?:device|browser|canvas|digital) fingerprint(?:s|ing)?`,
    // The verb, of a machine: "we do not fingerprint your browser".
    rx`fingerprinting|\bfingerprint(?:s|ed)? (?:your |the |a |each )?(?:browser|device|computer)s?\b`,
    rx`\bfingerprints?\b(?=[^.]{0,40}\b(?:tags|pixels?|cookies|web beacons|sdks?)\b)`,
    rx`\b(?:cookies|pixels?|web storage|local storage|session storage|tags|sdks?)\b[^.]{0,60}\bfingerprints?\b`,
  ]),
  'face-to-face': alternatives([
    rx`face[- ]to[- ]face`,
    rx`faces? (?:increased |growing )?(?:scrutiny|challenges|risks?)`,
    // A dial: "watch face orientation", "the clock face height".
    rx`interface|facebook|surface|facial accessories|facial (?:images?|photos?)|(?:watch|clock) ?faces?`,
  ]),
  // Speech as expression, not sound: "hate speech", "freedom of speech" (content rules, rights).
  'speech-as-expression':
    rx`\b` +
      words('hate|free|freedom of|political|protected|commercial|offensive|violent|harmful|extremist|abusive|illegal') +
      rx` speech\b`,
  'voice-idiom': alternatives([
    // Also "voice" as a verb after a modal: "employees can voice questions" (not "respond to voice commands").
    rx`voice (?:your|their|any|concerns|an? )|\b(?:can|could|may|might) voice (?!(?:or|and)\b)[\w-]+` +
      rx`|\bto voice (?:comments|reviews|responses|questions|complaints|opinions|feedback)\b`,
    // The company's own programmes, not anyone's voice: "our audio", "podcast episode audio", "the show's audio content".
    // Nor audio a machine makes: "generated vocal audio", "a welcome chime audio file".
    rx`\b(?:our|podcast|episode|show|music|song|radio|broadcast|chime|synthesi[sz]ed|generated)(?:['’]s)? (?:episode |vocal )?audio\b`,
    // Content the app fetches for the reader to hear: "downloaded Qur'an audio files", "live audio broadcasts".
    rx`\bdownloaded (?:[\w'’-]+ ){0,2}audio\b|\baudio broadcasts?\b`,
    // The sound of what a screen shows is no one's voice: "the audio and video displayed on your screen".
    rx`\baudio(?: (?:and|or) video)? (?:(?:displayed|played|shown) )?(?:on|from) (?:your |the )?(?:screen|tv|television)\b`,
    // A voice as a say: "use your voice to stand up for privacy".
    rx`\b(?:use|raise|lend|add) (?:your|their|our) voices? to ` +
      words('stand up|speak (?:up|out)|advocate|support|fight|call for|demand|make a difference|be heard|help shape'),
    // A voice kept down or raised: the idiom ends the phrase ("keep your voice down"), no recording follows.
    rx`\b(?:keep|raise[sd]?|raising|lower(?:s|ed|ing)?) (?:your |their |one'?s |the )?voices?` +
      rx`(?=\s*(?:[,.;!)]|$| (?:down|low|up|to|at|in|against|when|if)\b))`,
    rx`google voice`,
    // "Your voice matters", "have a voice in": a say, not a sound.
    rx`(?:your|their|a|our) voice (?:matters|counts|is heard|will be heard|in (?:how|what|the|our|shaping))`,
    // A voice valued is an opinion: "we value your voice".
    rx`\b(?:value|values|valued|respect|respects|amplify|amplifies|welcome|welcomes) (?:your|their|our|users'?) voices?\b` +
      rx`(?! (?:recordings?|data|commands?|messages?|notes?|samples?|clips?|prints?))`,
    rx`voice over (?:internet|ip)|\bvoip\b`,
    // The product, not what is said to it ("interactions with our voice assistant" is voice data).
    rx`(?<!(?:with|to) (?:our |the |a |your )?)voice assistant\b(?! records)`,
  ]),
  // Biometric locks and scanners guarding the company's premises: not data about the user.
  'biometric-security': alternatives([
    rx`\bbiometric ` +
      words(
        rx`access(?: controls?)?|locks?|scanners?|entry|door locks?`,
        'authentication for (?:staff|employees)',
      ) +
      rx`\b(?=[^.]{0,80}\b` +
      words(rx`${PREMISES}|physical|employees|staff`) +
      rx`\b)`,
    rx`\b(?:${PREMISES}|physical security)\b` +
      rx`[^.]{0,80}\bbiometric (?:access|locks?|scanners?|entry)`,
  ]),
  'biometric-law': alternatives([
    rx`biometric (?:information |data )?(?:privacy )?(?:act|laws?|statutes?|regulations?)`,
    rx`biometric identifiers? act`,
    // Laws named by what they regulate: "facial recognition laws vary from state to state".
    rx`\b(?:facial|face) recognition (?:laws?|statutes?|legislation|bans?|ordinances?)\b`,
  ]),
  // A document named by its topic ("our facial recognition policy", "the Biometric Data Retention Policy"): the data
  // words modify the document, which is what the clause speaks of.
  // Audio the reader listens to is media, not their voice: "the audio content you listen to", "audio you stream".
  'audio-consumed':
    rx`\baudio(?: content| files?| tracks?| books?)? (?:that |which )?you (?:listen to|play|stream|hear|download|buy|purchase)\b`,
  'document-name':
    rx`\b(?:(?:facial|face|voice|biometric|(?:geo)?location|recognition|data|information|retention|privacy)[ -]){1,4}(?:polic(?:y|ies)|notices?)\b`,
  // The user's country as the seat of laws, courts and authorities, or the end of a transfer: no location data.
  'country-of-law': alternatives([
    rx`\b` +
      words(rx`laws?|courts?|regulations?|rules|authorit(?:y|ies)|legislation|jurisdiction|regulators?|tax`) +
      rx`(?: \w+){0,3} (?:of|in|applicable in|for) (?:your|the|that|each) ` +
      rx`(?:country|region|state|province|city)\b(?: or (?:region|state|province|city|territory)\b)?`,
    // Not an exception to a list of data ("no location information other than the country derived from your IP").
    rx`\b(?:outside|out of|beyond) (?:of )?(?:your|the|that) (?:country|region|state)\b`,
    rx`\b(?:jurisdictions?|territor(?:y|ies)|places?) other than (?:your|the|that) (?:country|region|state)\b`,
    // A place compared with the user's: "a country other than your country of residence", "a country different from
    // the one where you live". The user's country is the measure of where data goes, not data collected.
    // (Before the shorter "to a country other" below, which would end the match first.)
    rx`\b(?:(?:to|in) (?:a |another )?)?(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|places?|locations?|regions?|states?) ` +
      rx`(?:other than|different (?:from|than|to)|outside(?: of)?|beyond) (?:[\w'’-]+ ){0,3}?` +
      rx`(?:countr(?:y|ies)|regions?|states?|provinces?|jurisdictions?|(?:the )?ones?|those)` +
      rx`(?: of (?:residence|domicile)| (?:where|in which) you (?:live|reside|are(?: located)?))?\b`,
    rx`\bcountr(?:y|ies) other than\b`,
    rx`\b(?:to|in) (?:a |another )?countr(?:y|ies) (?:outside|other)\b`,
    rx`\b(?:your|the) (?:country|region|state) of (?:residence|domicile)\b` +
      rx`(?=[^.]{0,40}\b(?:laws?|rights|courts?|applies|apply|govern|determin\w+ (?:which|the))\b)`,
    // A country that belongs to a document or a legal status, not to where the user is: "the issuing state or
    // country of your ID", "country of citizenship". Not "the country that issued your SIM": a SIM's country is
    // where it is used (LABELS.md).
    rx`\b(?:state|country|province)(?: or \w+)? of (?:issue|issuance|citizenship|nationality)\b`,
    rx`\bissuing (?:state|country|authority)(?: or (?:state|country|province))?\b`,
    // Whatever the place: "applied to all users regardless of geographic location".
    // Also last in a list of what does not matter: "regardless of device, operating system, or country/region".
    // A list, not a clause before the claim: "Regardless of the platform, your location is shared…" is a claim.
    rx`\bregardless of (?:(?:(?:[\w-]+ ){0,2}[\w-]+, ){1,4}(?:and|or) )?(?:their |your |the user'?s |a user'?s )?` +
      rx`(?:geographic(?:al)? )?(?:location|country|region)(?:\/(?:country|region|state))?\b`,
    // What varies with where the reader is, as rules do: "the data we collect can vary … based on your location".
    rx`\b(?:based on|depending on|according to) (?:your|the user'?s) (?:location|country|region)\b` +
      rx`(?<=\b(?:var(?:y|ies|ied)|differs?|different)\b[^.;]{0,120})`,
    // A place a VPN makes the reader appear to be in, which is not where they are: "choose their virtual location".
    rx`\bvirtual locations?\b`,
    // A field of the document itself: "ID card (type, country, number, …)", "the government ID number and state or country".
    rx`\b(?:state or )?country\b(?<=\b(?:id(?:entity)? cards?|passports?|driver'?s? licen[cs]es?|identity documents?` +
      rx`|government(?:-issued)? ids?) (?:\(|number,? (?:and |or )?|type,? )(?:[\w-]+, ){0,3}(?:state or )?country)`,
    rx`\bour ` +
      words('offices?|stores?|headquarters|representatives?|affiliates?|processors?|servers?|subsidiaries') +
      // Where they are: "our servers in the EU region" (not "…logged by our servers and may indicate the region you
      // are in").
      rx`\b[^.]{0,30}\b(?:in|within|across|of|outside|from|near|throughout) (?:[\w-]+ ){0,2}(?:city|country|region)\b`,
  ]),
  // Places that are not the user's whereabouts: a store's, a venue's, an ISP's, a booking's chosen places.
  'place-of-others': alternatives([
    // Their coordinates too: "the geographical coordinates of an airport".
    rx`\b(?:locations?|(?:geographic(?:al)? |gps )?coordinates) (?:of|for) (?:the |our |a |an |its |their |any |each |your )?(?:nearest |nearby |local )?` +
      words(
        rx`stores?|shops?|restaurants?|venues?|events?|branch(?:es)?|hotels?|propert(?:y|ies)|partners?|airports?|stations?`,
        rx`merchants?|business(?:es)?|internet service providers?|isps?|vpn(?: endpoints?)?|proxy`,
        rx`pick-?ups?|drop-?offs?|atms?|parking|charging stations?|vehicles? (?:pick-?up|return)`,
      ) +
      rx`\b`,
    // Not "store" as the company's verb: "we store location data for 30 days" (STORE_AS_VERB).
    // Not a ride's two ends named together, which are where the rider goes ("pickup and drop-off locations").
    rx`\b${STORE_AS_VERB}` +
      words('chosen|selected|preferred|favou?rite|booked|destination|pick-?up|drop-?off|store|hotel|rental') +
      rx` locations?\b(?<!\bpick-?up and drop-?off locations?)`,
    rx`\bsuch other locations?\b`,
    rx`\bat the locations? (?:provided|chosen|selected|set) by\b`,
  ]),
  'place-not-user': alternatives([
    // Also the EU's: "the supervisory authority in the EU member state where you live or work".
    rx`\b(?:outside|in|to|from) (?:of )?the (?:eu |eea )?(?:member )?(?:country|state|region|jurisdiction) (?:where|in which) ` +
      rx`you (?:live|reside|are located)`,
    rx`\b(?:factors|things|circumstances) such as where you live`,
    STORE_AS_VERB + words(
      'hosting|processing|office|storage|download|file|primary storage|central|another|convenient|different',
      'controlling|data center|server',
      // Places of events and the company's premises: "the meeting location", "event locations".
      'meeting|event|venue|hearing|conference|store|shop|branch|warehouse',
      // And things that stay put: "bus stop locations", "the station's location", "school location data", "outage
      // locations", "accommodation location".
      'station|bus stop|stop|school|campus|accommodation|property|outage|charger|charging station|institution|facility',
      // Places a person is assigned to: "your polling location", "class location".
      'polling|voting|class',
      // The company's site nearest the reader: "find your nearest location" (a place of the company's, not where the
      // reader is). Not "work": "your home and work locations" are the reader's.
      'nearest|closest',
    ) + ' locations?',
    rx`locations? (?:of|around) (?:our|the) (?:offices?|servers?|world)`,
    // A location as premises the reader goes to: "visit any Cedarline Pharmacy location", "palm check-in at
    // participating locations" (not "the locations you visit", where the reader's whereabouts are the data).
    rx`\bvisit(?:s|ing)? (?:any|a|an|one of our|our|the nearest|your nearest|your local|the) (?:[\w'’&-]+ ){0,3}?locations?\b` +
      rx`|\b(?:participating|select|selected|retail|franchised?|partner) locations\b`,
    // The company's fleet: "we track the location of our vehicles between rentals".
    rx`\blocations? of our (?:vehicles|cars|scooters|bikes|fleet)\b`,
    // The laws of wherever the reader is: "follow the laws that apply where you are".
    rx`\b(?:laws?|rules|regulations) (?:that |which )?appl(?:y|ies) (?:where|wherever) you (?:are|live)\b`,
    // The company's own site as the head: "employees based at our Warsaw location", "at all our locations". Not
    // "location" as a modifier of the reader's data ("our location services", "our location-based features").
    rx`\bour (?:[\w-]+ )?locations?\b(?![ -](?:data|information|services?|history|sharing|settings?|permissions?` +
      rx`|features?|tracking|access|signals?|based|technolog(?:y|ies)))`,
    // The start of a transfer abroad: "transferred from your current location to our offices and servers in…".
    rx`\bfrom your (?:current )?location to (?:the |our |other |another |any )?(?:[\w-]+ ){0,2}(?:offices?|countr(?:y|ies)|jurisdictions?)\b`,
    // An area word as a modifier of something else: "the suburb filter", "country-specific overviews", "the region
    // selector", "our country sites".
    rx`\b${AREA_WORD}[ -](?:filters?|selectors?|pickers?|drop-?downs?|menus?|sites?|websites?|domains?|editions?|specific|wide|flags?|clubs?|managers?|pricing|prices)\b`,
    // The reader's place as what something else varies with: "depending on where you live, you may have rights",
    // "the definition depends on where you are located", "depending on the state you live in". Not "depending on
    // where you are" (the app showing what is near) nor "based on where you are" (a use of the location).
    // What a verb of the company's depends on is read by jurisdiction.ts ("the records we keep depend on the state
    // in which you reside" says the company knows it).
    rx`\b(?:depending|dependent|contingent) (?:up)?on (?:${WHERE_YOU_LIVE}` +
      // Whatever the reader does there: "depending on the country in which you apply", "the country or region in
      // which you purchased your TV".
      rx`|the (?:state|country|province|region|jurisdiction)(?: or \w+)? (?:in which |where |that )?you (?:are located|\w+))\b`,
    rx`\bdepends? (?:up)?on ${WHERE_YOU_LIVE}\b`,
    rx`\b(?:regardless|irrespective) of where (?:they|he|she|it) (?:live|lives|are|is|reside|resides)\b`,
    // Any place at all: "no matter where you live", "regardless of where you are".
    rx`(?:no matter|regardless of) where you (?:live|are|go)\b`,
    // "Where you live" among laws and rights is read by jurisdiction.ts, not by phrase.
    rx`depending on your location`,
    // What differs from place to place: "this banner varies by location", "payment options that vary by device,
    // operating system, geographic location or other factors".
    rx`\bvar(?:y|ies|ied|ying) (?:by|with|according to|from)\b[^.;]{0,60}?\b(?:geographic(?:al)? )?location\b`,
    rx`in certain locations|available in your location|(?:local|locally) (?:laws?|storage|website|news)`,
    rx`location of (?:a|the) (?:file|recording)|recording file location|location settings`,
    rx`location of (?:the |our )?(?:sub-?processors?|processors|vendors|providers|servers|data centers?)`,
    rx`(?:buildings|premises|spaces|stores|offices|facilities)[^.]{0,40}\bother locations`,
  ]),
};

/** "not ... without your consent", "unless", "except": the negation is a condition, not a denial. */
export const NEGATED_CONDITION_SOURCE = alternatives([
  // Not "with or without your consent": regardless of it, no condition at all.
  // Whoever's it is: "without your parent's consent", "without the teacher's permission".
  rx`(?<!\bwith or )\bwithout (?:(?:your|their|the|an?) )?(?:[\w-]+(?:['’]s|s'|s) )?(?:parental )?` +
    rx`(?:(?:express(?:ed)?|explicit|prior|written|separate|affirmative|specific|verifiable|verified|opt-in|informed|parental` +
    rx`|direct|active|deliberate),? ){0,2}` +
    // Whose, after the adjective: "without explicit customer agreement".
    rx`(?:(?:customer|user|client|employee|parent|guardian)s?['’]? )?` +
    // Also knowing of it: "No audio recordings are transmitted … without your knowledge"; or the reader's own act that
    // starts it: "No audio is collected … without your direct action", "never recorded without user interaction".
    rx`(?:permission|consent|approval|authori[sz]ation|knowledge|awareness|agreement|action|interaction|request|instruction)`,
  // "without first obtaining your written consent"; BIPA's "without first informing you in writing and obtaining
  // your written release".
  // Also "without first providing notice, obtaining your consent".
  rx`\bwithout (?:first )?(?:[a-z]+ing(?: you| [\w-]+)?(?: in writing)?(?: and| or|,(?: and| or)?) )?` +
    rx`(?:obtaining|getting|asking for|receiving|seeking) (?:your |their |the user'?s? )?` +
    rx`(?:[\w-]+ )?(?:permission|consent|approval|authori[sz]ation|release)`,
  // "without asking first", "without asking you".
  rx`\bwithout (?:first )?asking(?: you| your permission)?(?: first)?\b`,
  rx`\bunless\b`,
  // Nothing happens until the reader acts: "No audio is recorded until a parent activates Talk" (recorded once
  // they do). Only an act of the reader's that switches it on, not a time ("not deleted until 30 days pass").
  rx`\buntil (?:you|a parent|the parent|the user|a user|your child|they|someone) (?:(?:first|have|has|explicitly|actively) )?` +
    rx`(?:activate|enable|turn(?:ed)? on|switch(?:ed)? on|opt(?:ed)? in|allow|give|grant|choose|chose|tap|press|say|said` +
    rx`|speak|consent|agree|start|sign(?:ed)? up|enrol)\w*`,
  rx`\bexcept (?:where|when|if|with)\b`,
  // Nothing happens before the reader consents: "No biometric data is collected … prior to the receipt of your explicit
  // consent" (collected once they do).
  rx`\b(?:prior to|before) (?:the )?(?:receipt of |receiving |obtaining |getting |you (?:give|grant|provide) (?:us )?)?(?:your |the user'?s |their )?` +
    rx`(?:explicit |express |written |prior |informed )?(?:consent|permission|authori[sz]ation)\b`,
  // The negation is what the reader's opting out brings about: "if you disable location sharing, we will no longer
  // collect your location" (it is collected until they do). Not "if you do not enable…" nor "if you decline…",
  // which labellers read as a denial where the feature stays off.
  // Not a concession: "Even if you have disabled location services, we may still determine your city" conditions nothing.
  rx`(?<!\beven )\b(?:if|when|once|after) (?:you|a user|the user|users|a parent|parents) (?:(?:later|choose to|decide to|have) ){0,2}` +
    rx`(?:disable|turn(?:ed)? off|switch(?:ed)? off|opt(?:ed)? out|withdraw|revoke|deactivate)\w*`,
  // "We do not collect biometric information other than as described in this section": as described, it does.
  rx`\b(?:other than|except) as (?:described|set out|stated|explained|provided|disclosed|outlined|specified|noted)\b`,
  // Contracted too: "we don't generally collect"; only the act's own hedge ("is not generally needed, and we do not
  // collect it" hedges nothing collected).
  rx`\bonly (?:do so )?(?:if|when|with|after)\b|\bgenerally (?:do not|don't)\b|` +
    rx`(?:\bnot|n't) generally (?:be )?(?:collect|gather|captur|use|process|obtain|receiv|record|track|access|stor|keep|retain|ask|request)`,
]);

/**
 * The cues of a claim's conditions, purposes, actions and source, each table a pattern per value, in order (keyed by
 * the value it gives: no value and source properties on each row).
 */
export const CONDITION_CUES: Record<ConditionKind, string> = {
  consent: alternatives([
    rx`with (?:your |their )?(?:express |explicit |prior )?(?:permission|consent)`,
    rx`if you (?:give|grant|provide) (?:us )?(?:your )?(?:permission|consent)`,
    rx`if you (?:permit|allow) us|when you (?:permit|allow|consent)|(?:based on|subject to) your consent|your consent`,
    rx`opt[- ]in|consistent with your permissions|if you grant|you have allowed|you(?:'ve| have) allowed|permission`,
    rx`we will ask you`,
    rx`seek (?:any )?(?:required )?(?:permissions?|consent)`,
    rx`without your permission`,
  ]),
  setting: alternatives([
    rx`(?:if|when|once) you (?:turn on|enable|activate|switch on|choose to enable)`,
    rx`if you have it turned on`,
    rx`depending on (?:your |these )?(?:device |account )?settings`,
    rx`if enabled|when enabled`,
    rx`location services (?:is|are) (?:on|turned on|enabled)`,
    rx`in your device settings|(?:device|account|privacy) settings? you turn on|based on what you have allowed`,
    rx`if you turn it on|if you allow|when location services are turned off`,
  ]),
  'feature-use': alternatives([
    rx`(?:if|when) you ` +
      words(
        'choose|opt|elect|decide|participate|verify|enable|turn on',
        rx`use (?:certain |our |these |the |optional )?(?:[\w-]+ )?features?`,
      ),
    rx`if you choose|you may choose|you can choose`,
    rx`if your (?:institution|account owner|administrator) elects`,
    rx`if (?:voice|location|face)[\w-]* features are available`,
  ]),
  'legal-requirement': alternatives([
    rx`where (?:required|permitted|allowed) by (?:applicable )?law`,
    rx`as (?:required|permitted) by (?:applicable )?law|where (?:local )?laws? allows?`,
    rx`to the extent (?:required|permitted)`,
  ]),
  jurisdiction: alternatives([
    rx`in (?:certain|some) (?:jurisdictions|countries|states|markets)`,
    rx`if you (?:are|live|reside) in`,
    rx`(?:residents?|users?) (?:of|in) (?:the )?(?:us|united states|eea|european|uk|california|illinois|texas)`,
    rx`if available in your (?:area|market)`,
  ]),
  'app-version': alternatives([
    rx`(?:current|older|earlier|previous|legacy|certain) (?:app )?versions?(?: of (?:the|our) app)?`,
    rx`app versions?`,
  ]),
};

export const PURPOSE_CUES: Record<Purpose, string> = {
  features: alternatives([
    rx`special effects|effects|filters|stickers|avatars?|lenses|features|personali[sz]e|customi[sz]e|experience`,
    rx`navigation|directions|weather|translations?|captions?|transcri`,
  ]),
  moderation: rx`moderat|community (?:guidelines|standards)|safety|harmful|violat|enforce`,
  demographics: rx`demographic|age (?:range|estimation|verification)|estimate (?:your )?age|gender`,
  recommendations: rx`recommend|for you|suggest|relevant content|feeds?`,
  advertising: rx`advertis|\bads?\b|marketing|targeted`,
  security: rx`security|secure|fraud|spam|bot activity|protect|authenticat|integrity`,
  legal: rx`legal obligations?|comply|compliance|law enforcement|legal process|required by law`,
  'identity-verification': rx`verif(?:y|ication)|confirm (?:you are|your identity)|identity`,
};

export const ACTION_CUES: Record<Action, string> = {
  sell: rx`\bsell|\bsale\b|\bsold\b`,
  share: alternatives([
    rx`\bshar(?:e|es|ed|ing)\b|disclos|provide[sd]? (?:it |them )?to|transfer`,
    rx`receives?\b(?=[^.]{0,40}(?:partner|provider|third))`,
    rx`send(?:s)? (?:it |them )?to`,
  ]),
  retain: rx`\bretain|\bkeep|\bstore|\bstoring|retention|\bdelete`,
  infer: rx`\binfer|\bestimat|\bderive|\bdetermine|\bpredict|\bguess`,
  use: rx`\buse[sd]?\b|\busing\b|\bprocess|\banaly[sz]|\bapply`,
  collect: rx`collect|obtain|gather|receive|capture|record|scan|get\b|access`,
};

export const SOURCE_CUES: Record<Source, string> = {
  'user-content': alternatives([
    rx`user content|your content|content you (?:create|upload|post|share)`,
    rx`photos?|videos?|images?|memories|snaps?|recordings? you|livestreams?`,
  ]),
  device: rx`device|phone|sensors?|sim card|ip address|browser|app\b|gps`,
  'third-party': rx`third[- ]part(?:y|ies)|partners?|vendors?|providers?|from others`,
  user: rx`you provide|you give|you submit|you share|you choose to provide`,
};

export const THIRD_PARTY_ACTOR_SOURCE = alternatives([
  rx`third[- ]part(?:y|ies)|partners?|vendors?|service providers?|sub-?processors?|advertisers?`,
  rx`(?:verification|mapping) (?:partner|provider)s?`,
]);

