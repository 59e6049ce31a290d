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

/** Nouns "location" modifies that make it data: "location data", "location services", "location-based". */
const DATA_HEAD = String.raw`(?:data|information|info|history|histor(?:y|ies)|services?|sharing|tracking|permissions?|settings?|features?|accuracy|technolog(?:y|ies)|signals?|coordinates|updates?|records?|details|access|[- ]?based|[- ]?aware|[- ]?enabled|[- ]?dependent)\b`;
const DATA_HEAD_AFTER = new RegExp(String.raw`^s?(?:-|\s)*${DATA_HEAD}`, 'i');

/** Possessors and modifiers that make it the user's: "your", "the device's", "current", "real-time". */
const USER_WORDS = String.raw`your|you|my|their|his|her|its|users?'?s?|members?'?s?|customers?'?s?|drivers?'?s?|riders?'?s?|child'?s|children'?s|persons?'?s?|device'?s?|devices'|phone'?s?|mobile|smartphone'?s?|vehicle'?s?|car'?s?|current|present|real[- ]time|live|actual|physical|geographic(?:al)?|background|last[- ]known|network|wireless|gps|ip|home|approximate|precise|exact|general|estimated`;
/** Determiners and quantifiers that make it a place: "any location", "certain locations", "that location". */
const PLACE_DETERMINERS = String.raw`certain|other|specific|select|selected|multiple|different|various|several|many|numerous|same|single|public|appropriate|unusual|particular|given|another|our`;

/** The words before the mention, at most three, innermost first. */
function wordsBefore(sentence: string, start: number): string[] {
  const before = sentence.slice(Math.max(0, start - 60), start);
  // Stop at a list separator or a bracket: "…, location" is a list item, bare.
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(':'));
  const words = before.slice(cut + 1).trim().split(/\s+/).filter(Boolean);
  return words.slice(-3).reverse();
}

const USER_WORD = new RegExp(`^(?:${USER_WORDS})$`, 'i');
const PLACE_WORD = new RegExp(`^(?:${PLACE_DETERMINERS})$`, 'i');
/** A proper-noun possessor that is not the user: "the Institution's location", "Proctorio's locations". */
const OTHER_POSSESSOR = /^[A-Z][\w-]*['’]s?$/;
/** Words that end the noun phrase to the left: prepositions, conjunctions, verbs seen before a bare noun. */
const PHRASE_EDGE = /^(?:and|or|of|to|in|at|for|from|with|by|on|about|as|including|includes?|like|than|via|your?|the|is|are|was|were|be|collect\w*|use[sd]?|using|receive[sd]?|process\w*|obtain\w*|share[sd]?|sharing|track\w*|access\w*|determine[sd]?|infer\w*|estimate[sd]?|store[sd]?|record\w*|log\w*|get|gets|provide[sd]?|such|e\.g\.|i\.e\.|•|●|\*|-|–|—)$/i;

/** What "location" is complemented by, when followed by "of": "the location of your device" vs "of birth". */
const OF_COMPLEMENT = /^s?\s+of\s+((?:\w+['’]?s?\s+){0,2}\w+)/i;
const OF_USER = new RegExp(String.raw`^(?:(?:${USER_WORDS})\b|(?:the|a|an)\s+(?:\w+\s+)?(?:users?|members?|customers?|persons?|individuals?|devices?|phones?|vehicles?|cars?|computers?|handsets?|smartphones?)\b|you\b)`, 'i');
/** Going somewhere makes the place the user's whereabouts: "visits to public locations", "check in at a location". */
const MOTION_BEFORE = /\b(?:visit(?:s|ed|ing)?|check(?:s|ed|ing)?[- ]?in(?:s)?|go(?:es)?|went|gone|travel(?:s|led|ling)?|been|arriv(?:e|es|ed|ing)|mov(?:e|es|ed|ing))\b[^.;,]{0,30}$/i;

const MOTION_AFTER = /^s?\s+(?:(?:that|which|where)\s+)?you(?:'ve|\s+have)?\s+(?:\w+ly\s+)?(?:visit|go|travel|went|check|been|move|frequent)/i;

export type LocationReading = 'data' | 'place';

/**
 * How the bare word "location" at [start, end) reads in the sentence. Callers pass only generic location
 * mentions whose text is "location" or "locations" (not "location data", "geolocation", "where you live").
 */
export function readingOfLocation(sentence: string, start: number, end: number): LocationReading {
  const after = sentence.slice(end, end + 40);
  if (DATA_HEAD_AFTER.test(after)) return 'data';
  const plural = /^s\b/i.test(after);
  const of = OF_COMPLEMENT.exec(after);
  if (of) return OF_USER.test(of[1]!.trim()) ? 'data' : 'place';
  if (MOTION_AFTER.test(after) || MOTION_BEFORE.test(sentence.slice(Math.max(0, start - 50), start))) return 'data';
  const before = wordsBefore(sentence, start);
  for (const word of before) {
    const w = word.replace(/[“”"']+$/g, '');
    if (USER_WORD.test(w)) return 'data';
    if (PLACE_WORD.test(w) || OTHER_POSSESSOR.test(w)) return 'place';
    // A noun modifier ("delivery location") is left to the traps: a pick-up location is the user's whereabouts,
    // a server location is not, and that is the modifier's meaning, not its grammar.
    if (PHRASE_EDGE.test(w) || !/(?:ly|ed|al)$/.test(w)) break;
  }
  // A bare plural is places ("in locations outside the EEA"); a bare singular is a list item ("age, location").
  return plural ? 'place' : 'data';
}

/**
 * An area named as where something happens or goes ("outside of your state, province, country", "the laws in
 * your country", "warnings from your country of residence") is a place, not a data item about the user: only an
 * area that is the object of a verb or a list item ("we collect your country, city") is approximate location.
 * Read backwards over the list of areas and determiners to the word that governs the list.
 */
const AREA_WORD = String.raw`(?:city|cities|town|country|countries|region|province|territory|state|post(?:al)? ?code|zip ?code|time ?zone|country\/region|jurisdiction)(?: of (?:residence|origin))?`;
const AREA_DET = String.raw`(?:your|the|their|a|an|that|each|any|local|home|own|other|governmental|same|[\w-]+ing)`;
// Not "as" ("as well as your country"), "by" ("location by country") or "for" ("country for billing").
const LOCATIVE = String.raw`in|into|to|from|outside|within|across|than|upon|throughout|between|among|beyond|inside|under`;
const GOVERNED_AREA = new RegExp(
  String.raw`\b(?:${LOCATIVE})\s+(?:of\s+)?(?:${AREA_DET}\s+){0,2}(?:${AREA_WORD}\s*(?:,|\/|\band\b|\bor\b)\s*(?:${AREA_DET}\s+){0,2}){0,4}$`,
  'i',
);

/** Whether the area word at `start` is governed by a locative preposition (a place, not a data item). */
export function isAreaInPlacePhrase(sentence: string, start: number): boolean {
  return GOVERNED_AREA.test(sentence.slice(Math.max(0, start - 120), start));
}
