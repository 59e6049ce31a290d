import { cased, charsBefore, lastMatch, re, rx, words } from '../text/pattern';
import { EG } from './abbreviations';
import { countAtOrBefore } from '../text/sorted';
import { actsIn, oncePerSentence } from './acts';
import { PROCESSING_OR_FLOW_VERB, verbKind, verbSource } from './verbs';

/**
 * Who does it. A sentence is a claim about the company when the company, or a party it works with, processes
 * the data (LABELS.md "What gets a label"); "your mobile carrier may collect your location", "other apps on your
 * phone may access it", "other users may share their location with you" are about parties acting on their own.
 * The actor is read from the subject of the verb that governs the mention: the words between the last comma
 * before that verb (a fronted phrase such as "Like other apps," is not the subject) and the verb, cut at the first
 * relative or prepositional attachment ("websites you visit from our app": the head is "websites"). An
 * apposition names the actor too ("Apple, as your operating system provider, may…").
 *
 * The party is not independent when the company is in the act after the verb: it sends to us, acts through our
 * service, or we act too ("…may share your location with us", "…through our platform", "…and we never see it"),
 * or it passes the data on ("…and discloses it to apps, including some of ours").
 *
 * The sentence's verbs are found once per sentence (acts.ts). The checks after the verb read to the sentence's
 * end, so a sentence of many mentions costs mentions × length; sentences are at most MAX_SENTENCE_CHARS.
 */
/** Parties that act on their own account, not the company's. */
const INDEPENDENT = re(
  '\\b' +
    words(
      rx`(?:other|third[- ]party|external|independent) (?:apps?|applications|websites?|sites)`,
      rx`(?:mobile |wireless |network )?(?:carriers?|network operators?|internet service providers?|isps?)`,
      rx`operating systems?|(?:os|platform) providers?|device (?:makers?|manufacturers?)`,
      // An operating system by its name: "iOS uses Wi-Fi and GPS to determine your location" (not "our Android app",
      // "Android users", who are the company's app and its readers).
      // Nor "the Android system", the reader's device (actedOnByOtherParty reads it as the device).
      rx`(?:ios|ipados|android|macos|watchos|wear ?os|harmonyos|chrome ?os)(?! (?:users?|apps?|applications?|versions?|sdk|clients?|customers?|system|os)\b)`,
      rx`(?:phone|device)['’]?s? (?:operating system|os|maker|manufacturer)`,
      // Websites and apps in general: "some websites ask for your location".
      // Devices in general too: "Some smart speakers and phones can record audio when they mistakenly hear a wake word".
      // Of a kind too: "Most weather apps need your location".
      rx`(?:some|many|most|certain) (?:[\w-]+ )?` +
        rx`(?:websites?|sites|employers|apps|applications|(?:smart )?(?:speakers|phones|devices|smartphones|browsers|cars|tvs))`,
      // Public authorities: "iris matching is carried out by the border agency".
      // Not a modifier: "government-issued identification" names no party.
      rx`(?:(?:border|government|public|immigration|customs|law enforcement|tax) )?(?:agenc(?:y|ies)|authorit(?:y|ies))(?![\w-])`,
      // Nor the kind of a document: "an image of your government ID and a selfie" names no party.
      rx`police(?![\w-])|governments?(?![\w-]| (?:ids?|identification|documents?|cards?)\b)`,
    ) +
    '\\b',
);
/**
 * The company in the first person. Not global: `test` keeps no state, so any module may share it. "US" in
 * capitals is the country ("several US states"), not the company: "us" only in lower case or capitalised.
 */
export const FIRST_PARTY = /\b(?:[Ww][Ee]|[Oo][Uu][Rr]|[Uu]s)\b/;
/**
 * The first person in any case, "US" too: for a clause or a rest of a sentence tested for any "we", where the old
 * rules read the capitals as the company as well (not a drop-in for FIRST_PARTY). Not global: shared safely.
 */
export const WE_US_OUR = /\b(?:we|us|our)\b/i;
/**
 * The reader as a subject, in the second person or the third: "you", "users", "the rider", "account holders". What
 * the policy tells its readers they may do or choose is the same act whichever way it names them ("Users can deny
 * location permission" is "You can deny…").
 */
export const READER_PERSON =
  rx`(?:you|(?:the |our |all )?(?:end[- ])?(?:users?|customers?|members?|riders?|drivers?|players?|participants?|patients?` +
  rx`|visitors?|consumers?|clients?|guests?|students?|subscribers?|shoppers?|passengers?|travell?ers?|account (?:holders?|owners?)))`;
/** The reader's own device or browser as the subject. */
// Only as the verb's own subject ("your phone may keep…"), not a clause about it ("your device may have sensors
// that can be used…", where someone else uses them).
// The device as the head, not as a possessive modifier: in "your device's location, which may be derived from
// GPS" the subject is the location.
// A part of the device is the device: "your phone's fingerprint sensor stores…".
const READER_DEVICE = re(
  rx`^\s*your (?:phone|device|smartphone|browser|computer|tablet)s?` +
    rx`(?:['’]s? (?:[\w-]+ )?(?:sensors?|chips?|enclave|cameras?|microphones?|operating system|os|hardware|processors?` +
    rx`|storage|memory|keychain|receiver))?\b(?!['’])`,
  'i',
);
const RELATIVE = /\b(?:that|which|who|whose)\b/i;
const LATER_NAMED_ACT = cased(
  rx`\b(?:and|then|so)\s+(?:[A-Z][\w-]+|we|the app)\s+(?:\w+\s+)?(?:${PROCESSING_OR_FLOW_VERB})\b`,
);
const PEOPLE = rx`(?:other|another|fellow) (?:users?|people|persons?|members?|participants?|players?|customers?)|others|people` +
  rx`|hosts|participants|invitees|attendees|(?:your |a )?friends?|(?:your )?contacts`;
/** People who use the service or are around the reader. */
const OTHER_PEOPLE = re(
  rx`\b(?:${PEOPLE}|employers?|schools?)\b`,
);
/** People other than the reader, as a subject that keeps its own copy: "another player records your voice". */
// Or any visitor of a site: "Visitors to the website can download and extract any location data from images".
const OTHER_PERSONS = re(rx`^\s*(?:${PEOPLE}|visitors)\b`);
const CONDITION_OPENER = /^\s*(?:if|when|whenever|once)\s+/i;
/**
 * The other people of a meeting or call as the whole subject: "other participants", "meeting hosts, participants,
 * and invitees". Not users or members, who may be the reader ("Members can upload voice recordings").
 */
const MEETING_PEOPLE_SUBJECT =
  re(rx`^\s*(?:(?:the|some|any|other|meeting|call|event) )*(?:participants|hosts|invitees|attendees)\b`);
/** Acts by which they keep a copy for themselves: "participants can record the meeting", "visitors can extract…". */
const KEEPS_A_COPY = re(rx`^(?:record|sav|captur|download|extract|screenshot|cop(?:y|ie)|shar|stor|keep|kept)\w*$`);
/** Websites or apps in general, a bare plural as the whole subject: "Websites can request your location". */
const GENERIC_PARTY =
  re(rx`^\s*(?:websites|web sites|sites|apps|applications|browsers)(?:\s+(?:may|might|can|could|will|would|often|sometimes|usually|also|still` +
    rx`|generally))*\s*$`);
/** "Websites you visit", read before the head is cut at "you". */
const INDEPENDENT_VISITED = re(
  rx`^\s*(?:the )?(?:websites?|sites|apps)(?:,? (?:and |or )?(?:other )?(?:websites?|sites|apps|services)){0,4}` +
    rx` (?:that )?you (?:visit|use|open)\b`,
);
/** Data passed on after the mention ("…collects it and discloses it to apps, including ours") may reach us. */
const PASSED_ON_ALL = re(rx`\b(?:${verbSource(['further', 'flow'])})\b`, 'gi');
const FIRST_PARTY_ALL = /\b(?:we|us|our)\b/gi;
/** A fronted phrase that compares or adds, never the subject: "Like other apps, we…". */
// Nor a fronted reason or concession: "Because iris matching is carried out by the border agency, SkyPass…".
const FRONTED = re(rx`^\s*(?:like|unlike|as with|in addition to|besides|compared (?:to|with)|because|since|although|though|whereas)\b`);
const APPOSITION = /,\s*as\s+([^,]{1,60}),/i;
/** Where the subject's head ends: a relative clause or a prepositional attachment. */
const HEAD_END = re(rx`\s(?:you|that|which|who|from|on|in|linked|accessed|through)\b`);


/** Comma segments that are parentheses inside a subject, not the subject: "…, which we do not control, may…". */
const PARENTHETICAL = re(rx`^\s*(?:which|who|that|including|such as|${EG}|as|like|for example|whether|if|when)\b`);
const MODALS_ONLY = re(rx`^(?:\s|\b(?:may|might|can|could|will|would|also|then|therefore)\b)*$`);

/**
 * The subject without its parentheses, modals and fronted phrases: "Like other apps, we…" → "we"; "Apple and
 * Google, as providers, may…" → "Apple and Google"; a list stays whole ("Websites, apps and other services…").
 */
function subjectSegment(subject: string): string {
  const segments = subject.split(',').filter((s) => !MODALS_ONLY.test(s) && !PARENTHETICAL.test(s));
  let from = 0;
  segments.forEach((s, i) => {
    if (FRONTED.test(s)) from = i + 1;
  });
  return segments.slice(from).join(',');
}

/** The company set against another party in its subject: ", not us,", "rather than us". */
const NOT_US = re(rx`(?:,\s*|\b)(?:not|rather than) (?:us|we)\b\s*,?`, 'gi');
export function actedOnIndependently(sentence: string, clauseStart: number, mentionStart: number): boolean {
  // The last verb at or before the mention (a mention may open with its verb: "record … calls").
  const acts = actsIn(sentence);
  // Binary search: the last act at or before the mention.
  const lo = countAtOrBefore(acts, (a) => a.at, mentionStart);
  const verbAt = lo > 0 && acts[lo - 1]!.at >= clauseStart ? acts[lo - 1]!.at : -1;
  if (verbAt < 0) return false;
  // A subject is a few words; a bounded window keeps the cost per mention constant.
  // A condition's subject is read after its "if": "If another player records your voice, …".
  const subject = sentence.slice(Math.max(clauseStart, verbAt - 200), verbAt).replace(CONDITION_OPENER, '');
  // The company set against the subject is not in it: "your mobile carrier, not us, may share your location".
  const core = subjectSegment(subject.replace(NOT_US, ''));
  if (FRONTED.test(core)) return false;
  const end = HEAD_END.exec(core);
  const head = end ? core.slice(0, end.index) : core;
  const apposition = APPOSITION.exec(subject)?.[1] ?? '';
  // The company anywhere in the subject or its apposition ("schools that use our service", "your school, as our
  // customer,") makes the act one done through it.
  // Not in the reader's own relative clause: "websites you visit from our app" are reached through us, not run by us.
  if (FIRST_PARTY.test(core.replace(/\byou\b[^,]*/i, '')) || FIRST_PARTY.test(apposition)) return false;
  // Other people of the service (users, members) act on their own only on their own data ("other users may
  // share their location"); seeing the reader's data is the company showing it to them.
  const ownData = /\btheir\s+(?:[\w-]+\s+)?$/i.test(charsBefore(sentence, mentionStart, 30));
  // Recording, saving or sharing what they see is theirs, not the company's: "participants can record the meeting".
  const theirCopy = KEEPS_A_COPY.test(acts[lo - 1]!.word);
  // The reader's own device keeping a record for itself ("your phone may keep a record of the places…"); one
  // that sends or shares ("your device sends information to Google about its location") passes it on.
  // Not when a named party acts on it later ("Your phone collects your GPS location and Acme uses it").
  const ownDevice =
    READER_DEVICE.test(core) && !RELATIVE.test(core) && verbKind(acts[lo - 1]!.word.toLowerCase()) !== 'flow' &&
    !LATER_NAMED_ACT.test(sentence.slice(verbAt + 1));
  const independent =
    INDEPENDENT.test(head) || GENERIC_PARTY.test(head) || INDEPENDENT.test(apposition) || (OTHER_PEOPLE.test(head) && ownData) ||
    ((MEETING_PEOPLE_SUBJECT.test(head) || OTHER_PERSONS.test(head)) && theirCopy) ||
    INDEPENDENT_VISITED.test(core) || ownDevice;
  if (!independent) return false;
  const later = laterMarks(sentence);
  return later.firstPartyLast < verbAt && later.passedOnLast < mentionStart;
}

/** The last offsets of a first-party word and of a further or flow verb, once per sentence. */
const laterMarks = oncePerSentence((sentence) => ({
  firstPartyLast: lastMatch(FIRST_PARTY_ALL, sentence)?.index ?? -1,
  passedOnLast: lastMatch(PASSED_ON_ALL, sentence)?.index ?? -1,
}));

/**
 * The mention's own passive names its agent, a party acting on its own: "iris matching is carried out by the
 * border agency", "Face ID data is handled by your device's operating system". Read in a bounded window after the
 * mention, within its clause.
 */
const PASSIVE_BY = re(
  // A passive verb, with an adverb on either side, then "by" and who acts (captured).
  rx`^[^,;.]{0,40}?\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?` +
    rx`(?:[a-z]+ed|done|run|made|kept|held|carried out)\s+(?:\w+ly\s+)?by\s+((?:the |your |a |an )?[^,;.]{1,50})`,
);
/**
 * An agent set against the company: "…is operated by the lounge's owner, not by Altavia". What is set against
 * must be the company (us, or a name: case-sensitive), not another party.
 */
const SET_AGAINST_COMPANY = cased(rx`^[^,;]{1,50}, not (?:by )?(?:us\b|we\b|our\b|[A-Z][\w-]+)`);
export function actedOnByOtherParty(sentence: string, mentionEnd: number, clauseEnd: number): 'other' | 'device' | false {
  const m = PASSIVE_BY.exec(sentence.slice(mentionEnd, Math.min(clauseEnd, mentionEnd + 120)));
  if (m === null || FIRST_PARTY.test(m[1]!)) return false;
  // PASSIVE_BY is anchored, so the agent starts where its match ends less the agent's own length.
  const agentAt = mentionEnd + m[0].length - m[1]!.length;
  if (INDEPENDENT.test(m[1]!)) return 'other';
  if (!SET_AGAINST_COMPANY.test(sentence.slice(agentAt, clauseEnd + 40))) return false;
  // "…is verified by your device, not by us": the reader's own device, not the company, so it stays there.
  return READER_DEVICE.test(m[1]!) ? 'device' : 'other';
}
