import { FIRST_PARTY, READER_PERSON, WE_US_OUR } from './actor';
import { DATA, LIST_MARKER_CHARS } from './terms';
import { oncePerSentence } from './acts';
import { ALL_KINDS, EVERY_VERB, finiteVerbSource, participleSource, PROCESSING_OR_FLOW_VERB, PROCESSING_VERB } from './verbs';
import { alternatives, cased, re, rx } from '../text/pattern';
import { FUNCTION_WORDS } from '../text/function-words';
import { gated, literalGate } from '../text/pattern-gate';

/**
 * Sentences that mention a data type without making a claim about the company's practice: headings, questions,
 * definitions, statements about laws, the user's own device settings, advice to users (LABELS.md "What gets a
 * label"). Each rule is a pattern over the sentence; the first that holds names the reason.
 */

/** Where a sentence stands: a table cell's line is the label of its row, never an item of a list of data. */
export type LineKind = 'table-cell' | 'paragraph' | 'list-item' | undefined;

/** A reason a sentence makes no claim, as a test of the sentence. */
type NonClaimTest = (sentence: string, line: LineKind) => boolean;

/**
 * The sentence's words, split once per sentence: several rules ask for them (callers must not change the list).
 * A heading's number stripped off ("2. Your Location") is another text, split on its own.
 */
const words = oncePerSentence((s): readonly string[] => s.split(/\s+/).filter(Boolean));
const wordCount = (s: string) => words(s).length;
/**
 * The company itself acting on data, in any tense or mood: "we automatically collect", "we have shared", "our app
 * may record", "we and our partners use". A non-claim rule about the sentence's other words (a device state, a
 * law, a description, a definition) yields to it: the sentence then makes a claim of its own.
 */
const FIRST_PARTY_ACT = re(
  // The company's service may carry a modifier: "our chatbot service receives…", "the booking app collects…".
  // Its equipment too: "…the fingerprint templates that our timeclocks store".
  rx`\b(?:we|our (?:[\w-]+ )?(?:apps?|services?|company|systems?|platform|website|site|products?|devices?` +
    rx`|time ?clocks?|terminals?|cameras?|scanners?|readers?|kiosks?|software|technology|tools?|algorithms?)` +
    rx`|the (?:[\w-]+ )?(?:app|company|service))(?: and our [\w-]+)?\s+` +
    // A denial is a claim too: "we do not collect", "we never share".
    rx`(?:(?:\w+ly|may|might|will|would|can|could|also|then|only|do|does|did|have|has|had|must|shall|be|been` +
    rx`|not|never|don't|doesn't|didn't|won't|cannot)\s+){0,4}(?:${EVERY_VERB})\b` +
    // What lets or makes the company act is its act too: "Maine law allows us to use and disclose…", "Illinois law
    // requires us to keep…".
    rx`|\b(?:allow|permit|authori[sz]e|require|oblige)s? us to (?:${PROCESSING_OR_FLOW_VERB})\b`,
);
/** Whether `s` says what `pattern` matches with no first person in it (by default; or no act of the company's). */
const withoutUs = (pattern: Pick<RegExp, 'test'>, s: string, us: Pick<RegExp, 'test'> = FIRST_PARTY) => pattern.test(s) && !us.test(s);
/** A name opening the sentence as the subject of an act: the company by its name ("Acme will not collect…"). */
const NAMED_SUBJECT = cased(
  // A name of up to three capitalised words: "Kestrel Live does not collect…".
  // An adverb may stand before the verb: "Acme does not intentionally collect…".
  rx`^([A-Z][\w.&-]*)(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:(?:may|might|will|would|can|could|also|only|do|does|did|not|never|doesn't|won't|cannot|\w+ly)\s+){0,3}` +
    // A finite verb: a capitalised word before a noun of the action is a noun phrase ("Facial recognition is…").
    rx`(?:${finiteVerbSource(ALL_KINDS)})\b`,
);
/** Not a name: a function word or the people a policy addresses ("Users may share…", "Your use of…"). */
const NOT_A_NAME = new Set(
  rx`${FUNCTION_WORDS} its please note all each users user consumers customers members parents individuals people apps`.split(' '),
);
// Opening the sentence, or with `clauses` any clause after a semicolon: "…processed by Google under its own policy;
// Polestar does not receive the audio".
const namedAct = (s: string, clauses = false) =>
  (clauses ? s.split(/;\s*/) : [s]).some((clause) => {
    const m = NAMED_SUBJECT.exec(clause);
    // Not a plural, which names people ("Subscribers may access…", "Californians may…"), not a company.
    return m !== null && !NOT_A_NAME.has(m[1]!.toLowerCase()) && !/[^s]s$/.test(m[1]!);
  });
/**
 * Data acted on in the passive, affirmed or denied: "is still derived from your IP address", "are not stored",
 * "will be shared". A claim with no named actor: like FIRST_PARTY_ACT, it outweighs a side remark on the device's
 * state or on what data is like.
 */
const PASSIVE_ACT = re(
  rx`\b(?:is|are|was|were|be|been|being|gets?)\s+(?:(?:not|never|\w+ly|still|also|only|then|thus|therefore)\s+){0,2}` +
    rx`(?:${participleSource(ALL_KINDS)})\b`,
);
/** A claim's own act on data, whoever acts: the company named, or the data in the passive. */
// Not an act inside what the reader chooses: "you can choose whether your location is shared with us".
// Nor one in a clause about a place or a time: "the country in which the data was collected".
const CHOICE_CONTENT = re(rx`\b(?:whether|in which|from which|where|when)\b[^,.;]*`, 'gi');
/**
 * An act fronted as a gerund whose subject is the company of the clause after it: "By scanning your finger, we
 * chart…", "After recording your voice, our app…".
 */
const FRONTED_GERUND_ACT = re(rx`^\W*(?:by|after|upon) (?:${EVERY_VERB})\b[^,;.]{0,80},\s*(?:we|our)\b`);
const claimAct = (s: string) => {
  const outside = s.replace(CHOICE_CONTENT, ' ');
  // A named party acts too: "GM may still collect Geolocation Information even when location services are off".
  return FIRST_PARTY_ACT.test(outside) || PASSIVE_ACT.test(outside) || NAMED_PARTY_ACT.test(outside) ||
    FRONTED_GERUND_ACT.test(s);
};
/** The radios a scan for nearby things uses, for which an OS asks for the location permission. */
const RADIO_SCAN = rx`\b(?:ble|bluetooth|beacons?|wi-?fi|wlan|ssids?)\b`;
/** Location asked for by the OS only so that Bluetooth or Wi-Fi can scan: the two in one clause, with a requirement. */
const BLUETOOTH_NEEDS_LOCATION = gated(
  // Wi-Fi scans too: "Android requires the Fine Location permission to perform WiFi scanning".
  // Or the location permission asked for them: "Location permission may be requested for Bluetooth scanning to work".
  rx`^(?=[^.;]*${RADIO_SCAN})(?=[^.;]*\b(?:requir|need|location permission)\w*)[^.;]*\blocation\b`,
);
/**
 * The location permission asked for, or the OS needing it: acts on the permission alone ("asks for location permission",
 * "permission may be requested", "because Android needs it").
 */
const PERMISSION_ASKED = re(
  rx`\b(?:request|ask|seek)\w*(?: for)? (?:the |your )?location permissions?\b|\blocation permissions?(?: \w+)?(?: be)? (?:requested|asked|sought)\b` +
    rx`|\b(?:android|ios|google|apple|the os|the operating system)(?: [\w.]+)? (?:requires?|needs?)\b`,
  'gi',
);
/**
 * A purpose of the permission past the scan, the requester's own: "…to scan for Bluetooth beacons and to record the stores
 * you visit", "…, which tells us your approximate location".
 */
const FURTHER_PURPOSE = re(
  rx`${RADIO_SCAN}[^.;]{0,160}?(?:\band (?:also )?to \w+|\bus\b|\bwhich (?:also )?(?:tells?|lets?|shows?|gives?)\b)`,
);
/** A setting given its value, or an option of the OS's permission prompt explained. */
const PERMISSION_SETTING = re(
  rx`\bset\b[^.;]{0,60}?\bto ["“]?(?:always|while using|when in use|only while|never|ask|allow|on|off)\b` +
    rx`|^\W*(?:always|while using(?: the app)?|never|ask next time|allow once|only while using(?: the app)?)\W{1,3}(?:allows?|lets?|means?|gives?|enables?(?! us\b))\b` +
    rx`|\bgrant \W?(?:when in use|while using|always)\b`,
);
/** Data pointed at, which is what the company gets: "It …", "This data …", "These records …". */
export const POINTED_DATA = rx`^\W*(?:it|this (?:data|information)|these (?:data|records|details))\b`;
const POINTED_DATA_RE = re(POINTED_DATA);
/** A thing said to collect or record nothing of a kind: "collects no audio or video", "records no sound". */
const COLLECTS_NONE = re(rx`\b(?:collects?|records?|captures?|stores?|transmits?)\s+no\b`);
/** Things a device sends the company, whose contents say what it gets: "crash reports", "logs", "requests". */
export const SENT_ARTIFACT = rx`reports?|logs?|telemetry|diagnostics|requests?|uploads?|backups?|pings?`;
/** A report, log or request (a thing sent, not a category defined) that leaves something out. */
const SENT_ARTIFACT_LEAVES_OUT = re(
  rx`\b(?:${SENT_ARTIFACT}|messages?|beacons?)\b` +
    rx`[^.;]{0,60}?\b(?:do|does|will)(?: not|n't) (?:include|contain)\b`,
);
/** The company's product leaving out a capability: "The app does not include facial recognition" (a denial). */
const PRODUCT_LEAVES_OUT = re(
  rx`^\W*(?:the|our|this) (?:[\w-]+ )?(?:apps?|applications?|services?|products?|devices?|cameras?|software|platforms?` +
    rx`|tools?|extensions?|features?)\s+(?:do|does|will|would)(?: not|n't) (?:include|contain)` +
    // A capability, not an act or a promise: not "…do not include selling your voice recordings", "…any warranty".
    rx` (?:any |an? )?(?:[\w-]+ ){0,2}(?:recognition|detection|tracking|scanning|sensors?|microphones?|cameras?|gps|capabilit(?:y|ies)` +
    rx`|features?|functionality)\b(?![^.;]{0,40}\b(?:but|unlike|whereas)\b)`,
);
const ANY_VERB = re(rx`\b(?:${EVERY_VERB})\b`);
/** Imperatives that open a UI instruction or a verbless label ("Share location", "Tap Allow"). */
/** A later step of an instruction: "…, then release", "… and tap Go". */
const UI_NEXT_STEP = re(rx`\b(?:then|and) (?:tap|click|press|release|select|choose|hold|swipe|scroll)\b|\btap (?:go|ok|save|done|edit|next)\b`);
const UI_VERBS = alternatives([
  rx`Provide|\x4danage|Learn|See|\x56iew|Read|\x47o to|Click|Tap|\x56isit|Find|Choose|Select|Share|Toggle|Turn`,
  rx`Enable|Disable|Activate|Open|Switch|Allow|Deny|Add|Edit|Update|Check|Press|Show|Hide|Enter|Type|Hold|Drag|Pinch|Zoom|Swipe|Scroll`,
  // A button's words: "Unlock with biometrics".
  rx`Unlock|Revoke`,
]);

// Also after a prompt: "When prompted, tap “Allow While Using App”".
// Not a noun's heading: "Type of Data: …".
// Not a measure of the act, a noun of analytics: "Click count, duration of visit, pages seen, and location (city)".
const UI_LABEL_START = cased(
  rx`^(?:${UI_VERBS})\b(?! of\b| (?:counts?|through|rates?|depth|events?|data|history|timestamps?)\b)` +
    rx`|^(?:When|If|Once) (?:prompted|asked),? (?:${UI_VERBS.toLowerCase()})\b`,
);

// Capitalised as a heading opens: "use of Facebook Products (such as…" is a line of a wrapped sentence.
const NAMED_ACT_TOPIC = cased(
  // The act, not what it made: "Recording of calls" names a section, "Recordings of calls to the contact centre" data.
  rx`^\W*(?:(?:Use|Collection|Processing|Handling|Sharing|Retention|Disclosure|Storage|Protection|Transfer|Deletion` +
    rx`|Benefit|Usage|Definition|Security)s?|Recording) (?:of|to)\b|^\W*About \w`,
);

// Not a preposition or a pronoun in -ing: "Including GPS coordinates", "During your visit", "Nothing from your camera".
// Not a purpose listed by the service's verb, whose mark the page lost: "Displaying location history".
const GERUND_TOPIC = cased(
  rx`^(?!(?:Includ|Depend|Regard|Concern|Accord|Exclud|Follow|Dur|\x4eoth|Everyth|Anyth|Someth|Provid|Display|Show|Send)ing)[A-Z][a-z]+ing ` +
    rx`(?![^.;:,!?]*\b(?:is|are|was|were|will|may|can|we|you)\b)[^.;:,!?]{1,60}$`,
);
/** Words a title leaves in lower case. */
const TITLE_SMALL = cased(rx`^(?:a|an|the|and|or|of|to|in|on|for|with|by|at|from|as|&|[-–—:])$`);

/**
 * A short verbless line in sentence case ("Approximate location data", "Location and route of the vehicle") is an
 * item of a list of data, part of the claim that introduces it; a heading capitalises its words ("Your Location",
 * "Location Data"). Told by the first two longer words, since a defined term may be capitalised later in an item.
 */
function isSentenceCaseItem(s: string): boolean {
  const long = words(s).filter((x) => /^[A-Za-z]{4,}/.test(x));
  // An acronym may open it: "GPS coordinates".
  return (long.length >= 2 && /^[A-Z][a-z]/.test(long[0]!) && /^[a-z]/.test(long[1]!) || /^[A-Z]{2,5} (?!data\b|information\b)[a-z]{4,}/.test(s)) &&
    !s.endsWith(':');
}

/** A permission prompt, which asks for what the app would then do: "Allow The Daily Lantern to use your location?". */
const PERMISSION_PROMPT = re(rx`^\W*allow\b[^?]{1,80}\bto (?:use|access|collect|record|see)\b`);
/** A heading phrased as a question without its mark: "How we use location information", "What we collect". */
// Not "when", "where" or "if": a list item of a claim opens with them ("When you use voice search we record…").
// Several question words in a row too: "How, when, and why we use your location data".
// With a period too: "How We Use Your face data." is still only a question's words.
const QUESTION_HEADING = re(rx`^(?:how|what|why|which|who)\b(?:,?\s+[\w'’-]+){1,14}\.?$`);

/** A headline: a topic, a dash or colon, then a question-word phrase ("X and Y — what the new laws mean for you"). */
// The colon may close the topic's last word: "Location data: what we collect and why".
// Not a "when" clause then its main clause: "Background Location: When you start a run, location data continues to be
// collected even when:" is a sentence (a headline's "when" has no clause after a comma, save "and why").
const TOPIC_THEN_QUESTION = re(
  // Or joined by "and": "Biometric information and how it will be used".
  rx`^[^.;]{1,120}(?:\s[—–-]|:| and)\s(?:(?:how|what|why|which|who)\b[^.;]{0,80}` +
    rx`|when\b[^.;,]{0,80}(?:,? (?:and|or) (?:why|how|where|what)\??)?)$`,
  'i',
);

/** A section's number opening a heading: "4.2", "(iii)", "Section 5:", "Part B.". */
// Numbered in levels, and a dash after it: "Section 4.3 — Voice and Audio Data".
const SECTION_NUMBER =
  re(rx`^(?:(?:section|part|article|chapter|annex|appendix|schedule)\s+\w{1,4}(?:\.\w{1,3})*[:.)]?\s+(?:[—–-]\s+)?|[\d.()ivx]+\s+)`);

/** An area's field of a form, alone on its line, its mark and its "(optional)" too. */
const AREA_FIELD = re(
  // Of the reader's: "Current city", "Home town".
  rx`^\s*(?:(?:current|home|your) )?(?:city|town|country|state|province|region|territory|county|post ?code|postal code|zip(?: ?code)?` +
    rx`|pin ?code)(?: (?:of residence|or territory))?(?:\s*\((?:optional|mandatory|required)\))?\s*$`,
);
/** Longer than any heading: twelve long words and their spaces, twice over. */
const MAX_HEADING_CHARS = 400;
/**
 * A topic of the document as the last word of a short label: "Our facial recognition policy", "Your location
 * choices", "Facial recognition and your rights", "Location permissions" (a section, not an item of data).
 */
// After a section's number or a colon too ("Biometric and location information: your rights and choices"), and with
// what it is about ("Section 7: Your choices about location tracking").
const DOCUMENT_TOPIC = gated(
  // Or a note on it: "A Note about Location Data" (not "Voice notes", the data).
  rx`^[\w ,:'’()-]{0,60}\b(?:polic(?:y|ies)|choices|rights|controls|options|notices?|notes?(?= (?:about|regarding|on) )|overview|faqs?|principles|commitments?` +
    rx`|permissions?|settings|preferences|statements?|questions)` +
    rx`(?: (?:about|regarding|concerning|over|on) [^.;:]{1,60})?$`,
);
const NOTICE_TITLE = re(
  rx`^(?:[\w-]+ ){0,3}(?:privacy|data protection|fair processing) (?:notice|policy|statement|information)s?` +
    rx`(?: (?:for|on|about|regarding|relating to)|\s[—–-]|:) [^.;:]{1,80}:?$`,
);
/** An indirect question of the company's own, no verb of a clause after its own: "How we use your location.". */
const INDIRECT_QUESTION = cased(
  rx`^(?:[Hh]ow|[Ww]hy) (?:we|[A-Z][\w-]+) (?![^,]*,)` +
    rx`(?!.*\b(?:is|are|was|were|depends?|var(?:y|ies)|may|will|can|differs?|matters?|helps?|tells?|determines?|affects?|shapes?)\b)`,
);
function looksLikeHeading(s: string, line: LineKind): boolean {
  // A sentence's end after five words or more: none of the tests below can call it a heading (each wants no final
  // period, or three words at most). Asked first, since nearly every candidate sentence is one.
  // A question's words in title case or in a row keep their heading with a period: "How We Use Your face data.", "How,
  // when, and why we use your location data." ("How we use your location." is a sentence).
  // So does a "how we…" or "why <Name>…" with nothing said of it after: "How we handle fingerprint data in the app.".
  if (
    /[.;]$/.test(s) && /^\s*(?:\S+\s+){4}\S/.test(s) &&
    !(/^(?:how|what|why|which|who)\b/i.test(s) && (/^\S+(?:,|\s\S+\s[A-Z])/.test(s) || INDIRECT_QUESTION.test(s)))
  ) {
    return false;
  }
  // After a section's number too: "3.2 How we use face data".
  const unnumbered = s.trim().replace(SECTION_NUMBER, '');
  if (QUESTION_HEADING.test(unnumbered) || TOPIC_THEN_QUESTION.test(s.trim())) return true;
  // A Markdown heading, or one in capitals throughout: "### Location data", "2. FACE DATA WE COLLECT".
  if (/^\s*#{1,6}\s/.test(s) || (s.length <= 80 && /[A-Z]{2}/.test(s) && !/[a-z]/.test(s) && !/[.;]$/.test(s))) return true;
  // A notice's title naming its topic: "Privacy notice for call recordings", "Contact centre privacy notice for call
  // recording", "Privacy notice - Call recording within our service".
  if (NOTICE_TITLE.test(s.trim()) && !/\b(?:we|you|is|are|will|may)\b/i.test(s)) return true;
  // (Its nouns may be a verb's: "recognition"; a subject is what makes it a sentence.)
  // Not a list of three items or more, which names data: "Account preferences, country, timezone, and tax settings".
  if (DOCUMENT_TOPIC.test(s.trim()) && !/\b(?:we|you|it|they|is|are)\b|,.*,/i.test(s)) return true;
  // No heading runs to hundreds of characters: a run-on sentence is not split into words here (on a hostile one
  // the word arrays alone made this pass grow faster than the text).
  if (s.length > MAX_HEADING_CHARS) return false;
  // Not through the once-per-sentence cache: another string would evict the sentence's own words.
  // Without its number: "4.2 ", "Section 5: ", "Part B. ".
  const w = s.replace(SECTION_NUMBER, '').split(/\s+/).filter(Boolean);
  // On a page the block says which: a list item in sentence case is an item; a short paragraph (a bold run-in
  // heading) keeps the heading rule. Text with no block (a sentence on its own) is read by its case.
  // A title-cased list item is a table of contents' entry, not data.
  // A section named by an act on the data, in sentence case too: "Handling of location information and biometric
  // information", "Processing of location data" (not a list item written as a sentence, which ends with its period).
  if (line !== 'list-item' && w.length <= 15 && !/[.;:,]$|\b(?:is|are|occurs?)\b/.test(s) && NAMED_ACT_TOPIC.test(s)) return true;
  // So is one named by the act as a gerund, without its subject or a mark: "Sharing your call recording", "Using your
  // biometrics" (not an item of a list of purposes, which a page marks, nor a sentence: "Using your location, we…").
  if (line !== 'list-item' && w.length <= 8 && GERUND_TOPIC.test(s)) return true;
  // A section numbered in levels ("4.3 Biometric data and location data") is a heading, whatever its case.
  // Not a numbered sentence with a finite verb: "1.4 Airbike does not track riders in real time".
  // A condition in brackets after its topic is part of the heading: "3.6 Audio (if you use voice)".
  if (
    /^\d+\.\d[\d.]*\s+[A-Z]/.test(s) && w.length <= 12 &&
    !/[.;:,]$|\b(?:we|you|does|do|did|is|are|will|may|can)\b/i.test(s.replace(/\([^()]*\)$/, ''))
  ) {
    return true;
  }
  const item = (line === 'list-item' || line === undefined) && isSentenceCaseItem(s);
  const short = w.length <= 3 && !/[;:,]$/.test(s);
  // A short list item in sentence case is an item too ("GPS location"); one in title case is a contents entry.
  const casedItem = line === 'list-item' && w.length >= 2 && w.some((x) => /^[a-z]/.test(x));
  // A field of an area named alone is one of a form's, not a section's ("City", "- Country (mandatory)", "• postcode").
  if (AREA_FIELD.test(s)) return false;
  // Not a fragment that denies: "No location data" answers, a heading names (not an app's message: "No location found").
  // Nor a line in lower case, which a heading never is: "4. location information." is an item of a numbered list.
  if (short && !item && !casedItem && !/^[a-z]/.test(w[0] ?? '') && !/^No (?![\w -]*(?:ed|able|found|signal)$)|\b(?:we|you|us|collect\w*|use[sd]?|process\w*)\b/i.test(s)) {
    return true;
  }
  if (w.length > 12 || /[.;]$/.test(s) || item) return false;
  // Title case throughout, pronouns too: "How We Use Your Location" (not an all-capitals sentence).
  if (w.length >= 2 && /[a-z]/.test(s) && w.every((x) => /^[A-Z0-9]/.test(x) || TITLE_SMALL.test(x))) return true;
  if (/\b(?:we|us|our|you)\b/i.test(s) && !/^(?:Your|Our)\b/.test(s)) return false;
  // A passive in lower case is a sentence about a proper name: "Calls to the Monitoring Centre are recorded"; so is a
  // modal's verb: "Acme may collect the following Biometric Data:".
  // (Only a line that ends as a sentence or a lead-in does: "Precise Geolocation Data Acme may collect" is a heading.)
  if (/\b(?:is|are|was|were) [a-z]+ed\b/.test(s) || /[.:]$/.test(s) && /\b(?:may|will|can|must|might|would|does|do) (?:not )?(?!not\b)[a-z]{3,}\b/.test(s)) {
    return false;
  }
  const long = w.filter((x) => /^[A-Za-z]{4,}/.test(x));
  const capital = long.filter((x) => /^[A-Z]/.test(x));
  return long.length > 0 && capital.length / long.length >= 0.6;
}

/** After "turn on": anything but a switch of the device itself. */
const NOT_DEVICE_SWITCH =
  rx`(?! (?:the |your |its )?(?:device'?s? |phone'?s? )?(?:location services|location(?! history)|gps|bluetooth|wi-?fi|microphone|camera)\b)`;
const USER_SETTING = [
  gated(
    // The reader (or users, parents) controlling, reviewing or deleting their own data.
    // An adverb may come between: "you can always turn off geolocation".
    // Or whoever runs the account for them: "the Institution may choose to disable facial detection".
    rx`\b(?:${READER_PERSON}|parents|(?:the )?(?:institution|school|employer|organi[sz]ation` +
      rx`|administrator|admin)s?) (?:can|may|could) (?:(?:also|always|still|then|later|now|easily|simply|temporarily|permanently) ){0,2}(?:at any time )?` +
      rx`(?:(?:choose|decide|elect) to )?(?:[\w/]+ (?:to )?(?:and|or|and\/or) )?` +
      // Turning a feature on is opting in to what it does ("you can turn on Location History if you want traffic
      // predictions"): a conditional claim, not a control; turning it off is the reader's setting, and so is turning
      // on a switch of the device ("you can turn on location services in your device settings").
      rx`(?:turn(?! on\b${NOT_DEVICE_SWITCH})|switch(?! on\b${NOT_DEVICE_SWITCH})|disable|deactivate|mute|adjust|change|manage` +
      // Stopping a permission, not an act that it presupposes ("stop sharing your location with partners").
      rx`|control|limit|revoke|withdraw|block|deny|update|edit|correct|stop (?:[\w-]+ )?(?:access|permissions?)\b` +
      rx`|opt[- ]out|delete|erase|remove|strip|avoid` +
      // Keeping the app from an act: "you can stop the app from accessing location".
      rx`|(?:stop|prevent|block) (?:the |our |this )?(?:app|application|service|website|site|device|phone|us)\b(?=[^.;]{0,30}\bfrom\b)` +
      // Or by a setting of theirs: "Users can prevent this by disabling location services".
      rx`|(?:prevent|avoid|stop) (?:this|that|it) by\b)`,
  ),
  // The same said of the reader impersonally: "It is possible to opt out of sharing your location at sign up".
  gated(rx`\bit is possible (?:for you )?to (?:opt out|turn off|switch off|disable|deactivate|limit|withdraw|revoke|delete)\b`),
  gated(rx`\byou may be able to adjust\b|\bability to change device permissions\b|\bsettings? (?:relating|related) to\b`),
  // A control that lets the reader hide or limit data: "Privacy zones let you hide the start of your routes".
  gated(rx`\b(?:lets?|allows?|enables?) you (?:to )?(?:hide|turn off|switch off|disable|limit|blur|mask|pause|delete|remove|strip|exclude|opt out)\b`),
  // An option to take the data out of what the reader shares or exports: "an option to exclude GPS coordinates from
  // exports", "the ability to remove location information when sharing pictures" (the reader's files, not a collection).
  gated(
    rx`\b(?:option|ability|feature|setting|toggle|tool|choice) to ["“']?(?:remove|strip|exclude|erase|omit)\b` +
      rx`(?=[^.;]{0,80}?\b(?:from (?:your |the |any |all )?(?:[\w-]+ )?(?:photos?|pictures?|images?|exports?|files?|uploads?|posts?)\b` +
      rx`|(?:when|before) (?:you )?(?:shar|export|post|upload)))`,
  ),
  // The same in the passive, with where it is done: "Location access can be controlled through device settings".
  gated(
    // Both ways too: "Location services can be turned on or off in your phone's settings".
    rx`\b(?:can|may) (?:\w+ly |also |always )?be (?:controlled|managed|disabled|(?:turned|switched) (?:on (?:or|and) )?off|revoked|withdrawn|deactivated)\b` +
      rx`(?=[^.;]{0,40}\b(?:settings?|preferences|permissions|at any time)\b)`,
  ),
  // "You can use the App without granting location access": the reader's choice to withhold a permission.
  gated(rx`\byou (?:can|may) (?:still |continue to )?use [^.;]{0,40}\bwithout (?:granting|giving|allowing|enabling)\b`),
  // "You can use your device settings to enable location services": whatever the verb, it is the reader's setting.
  gated(rx`\byou (?:can|may|could) (?:also )?use (?:your |the )?(?:[\w-]+ ){0,2}settings?(?: menu| app)? to\b`),
];
/** How far into a sentence a setting may start and still be what the whole sentence is about. */
const FIRST_WORDS = 40;

/**
 * Where the reader's own setting ("you can turn off…") starts in the sentence, if it has one. Asked by the
 * claim filter and again by the classifier of the same sentence: read once per sentence.
 */
export const userSettingFrom = oncePerSentence((s: string): number | undefined => {
  let at: number | undefined;
  for (const re of USER_SETTING) {
    const m = re.exec(s);
    // Not a relative clause that qualifies a noun: "With your consent, which you may withdraw at any time, we…".
    if (m && (at === undefined || m.index < at) && !/\b(?:which|that) $/i.test(s.slice(m.index - 6, m.index))) at = m.index;
  }
  return at;
});

/**
 * A clause of the company's own act after the setting: "…, and we will then collect…", that is
 * `(?:[,;]\s*(?:and |but |so )?(?:then )?|,?\s*which )we (?:\w+ ){0,3}?(?:VERB)\b`, read in two steps: the
 * lead up to "we ", then at most three words before a verb. As one pattern V8 took some 40 ms to compile it
 * (a bounded repeat before hundreds of verb forms), on the page's first analysis. The lead can match only one
 * way from a given start and a word before a space only one way, so the steps find the same first match.
 */
// `,?\s*which` written as `,\s*which|(?<!\s)\s*which`: a start inside a run of spaces would end where the
// run's first space does, so only that one is tried (linear on long runs; the first match is the same).
const WE_ACT_LEAD = re(rx`(?:[,;]\s*(?:and |but |so )?(?:then )?|,\s*which |(?<!\s)\s*which )we `, 'gi');
const WE_ACT_VERB = re(rx`(?:${EVERY_VERB})\b`, 'iy');
const WORD_THEN_SPACE = /\w+ /y;
const MAX_WORDS_BEFORE_VERB = 3;
/** Where the first clause of the company's act starts in `s`, or -1 (exported for its test). */
export function weActIndex(s: string): number {
  WE_ACT_LEAD.lastIndex = 0;
  // A lead whose words lead to no verb: a lead starting inside it would end at the same "we ", so the scan
  // goes on after it.
  for (let m = WE_ACT_LEAD.exec(s); m; m = WE_ACT_LEAD.exec(s)) {
    let at = WE_ACT_LEAD.lastIndex;
    for (let before = 0; ; before++) {
      WE_ACT_VERB.lastIndex = at;
      if (WE_ACT_VERB.test(s)) return m.index;
      if (before === MAX_WORDS_BEFORE_VERB) break;
      WORD_THEN_SPACE.lastIndex = at;
      if (!WORD_THEN_SPACE.test(s)) break;
      at = WORD_THEN_SPACE.lastIndex;
    }
  }
  return -1;
}
/**
 * Where the reader's setting that opens at `userSettingFrom(s)` ends (asked only of a sentence that has one): at a
 * later clause of the company's act, else the sentence's end. Read once: the claim filter and the classifier ask
 * it of the same sentence.
 */
export const userSettingEnd = oncePerSentence((s: string): number => {
  const at = userSettingFrom(s)!;
  const index = weActIndex(s.slice(at));
  return index >= 0 ? at + index : s.length;
});

/** A word that defines another ("X means…", "X refers to…"). */
// Not a consequence: "…on your device, which means that no audio is ever sent to us".
// "Means" the noun is no definition: "which has no means of determining where it is". Nor a person consulting
// something: "we may refer to the recording" (but "When we refer to “biometric data,” we mean…" defines).
const DEFINING_WORD = gated(
  // Not a document defining rules: "This Policy defines the Company's policy and procedures for collection of…".
  rx`\b(?:(?<!\b(?:by|which|this|that|it|no|any|the) )(?<!\bby [\w-]+ )means(?! of\b)(?!\s*[.;,)])|(?:is|are) defined\b|shall mean` +
    rx`|defines?(?! (?:the |our |its |this )?(?:[\w'’-]+ )?(?:polic(?:y|ies)|procedures?|practices|rules|how)\b)` +
    rx`|(?<!\b(?:we|you) (?:\w+ )?)refers? to|refers? to(?= ["“'‘])` +
    // A term named for the text: "…are referred to in this policy as “biometric data”" (not data of the reader's, or
    // one we use: "The information from your child that we wish to use is referred to as ‘biometric information’").
    rx`|^(?![^.;]*\b(?:we|your?|use[sd]?|collect(?:s|ed)?)\b)[^.;]{0,200}?\breferred to (?:\w+ ){0,4}as(?= ["“'‘]))\b`,
);
/** The company processing, by a verb of the processing kind ("we collect", "we may capture"; not "we associate"). */
const WE_PROCESS = re(rx`\bwe (?:\w+ )?(?:${PROCESSING_VERB})\b`);
/**
 * A quoted term opening the sentence, then its meaning: '"Personal Information" means information that we associate
 * with…', 'The term “biometric data” as used in this Notice has the meaning provided under…'.
 */
const TERM_DEFINED = gated(
  rx`^\W*(?:the (?:terms?|phrases?|words?) )?["“‘'][^"“”‘’']{1,60}["”’'],?(?: \([^()]{0,40}\))?(?: as used [^,;]{1,80},?)? ` +
    rx`(?:means|shall mean|refers? to|has the (?:same )?meaning|is defined|includes?|shall include|(?:does|do) not include)\b`,
);
/** "Precise geolocation is location information that identifies…": a kind of data, then what it is. */
const KIND_OF_DATA = gated(
  rx`^(?:an?|the)?\s*[\w\s"“”'()-]{0,70}\b(?:is|are|means) (?:any |the |a )?(?:[\w-]+ ){0,2}` +
    rx`(?:information|data)\b (?:that|which) (?:identif|describ|relat|reveal|show|indicat|can|could|is|are)`,
);
/** A kind classed under a category, not what is done with it: "Your iris pattern is biometric information". */
const KIND_CLASSED = gated(
  rx`^[^\w'’-]*(?:[\w'’-]+ ){1,4}(?:is|are) (?:(?:considered|classified as|treated as|defined as) )?` +
    rx`(?:(?:a|one) (?:form|type|kind|category) of )?` +
    rx`(?:biometrics|biometric (?:data|information|identifiers?)|sensitive(?: personal)? (?:data|information))\b`,
);
const LAW_APPLIES = re(
  // Also the places that make them: "some jurisdictions regulate the use of biometric data".
  // A section number's point is no sentence end: "…and Washington's RCW 19.375 regulate how…".
  // A statute by its code's citation too: "RCW 19.375 applies to…", "740 ILCS 14 requires…".
  rx`\b(?:act|law|laws|regulation|statute|bipa|ccpa|cpra|gdpr|cubi|coppa|tdpsa|lgpd|pipeda|rule|ordinance|directive|jurisdictions|rcw|ilcs)\b` +
    rx`(?:[^.]|\.(?=\d)){0,60}` +
    // Or what it places on whoever uses data: "The law places specific requirements on schools when using…".
    rx`\b(?:applies|apply|regulates?|requires?|governs?|governing|regulating|allows?|permits?|prohibits?|restricts?|limits?|bans?` +
    rx`|places?|imposes?)\b`,
);
/** LAW_APPLIES's literals, asked of the whole sentence (lawApplies reads a text cut from it). */
const LAW_APPLIES_MAY = literalGate(LAW_APPLIES.source);
/**
 * What a law does, with no act on data before it: "Calls … may be recorded in accordance with local laws, which in
 * some places require us to obtain your consent" records calls first; "BIPA regulates how biometric data is
 * collected" has its act inside what the law regulates.
 */
function lawApplies(s: string): boolean {
  const m = LAW_APPLIES.exec(s);
  return m !== null && !PASSIVE_ACT.test(s.slice(0, m.index));
}
/** Which court hears a dispute: "the courts of your place of residence shall have jurisdiction over disputes…". */
const FORUM = gated(rx`\b(?:courts?|tribunals?)\b[^.;]{0,80}\b(?:ha(?:ve|s) (?:exclusive |non-exclusive )?jurisdiction|(?:is|are) competent)\b`);
/** The law as the condition of a claim: "where the law requires, …", "to the extent permitted by law". */
const LAW_AS_CONDITION = re(
  rx`\b(?:where|if|when|as|unless|to the extent(?: that)?)\b[^,.;]{0,40}?\b(?:law|laws|regulations?)\b[^,.;]{0,30}?` +
    rx`\b(?:requires?|required|permits?|permitted|allows?|allowed|applies|apply)\b` +
    rx`|\b(?:required|permitted|allowed) by (?:applicable |local )?(?:law|laws|regulations?)\b` +
    // The law as the measure of the act: "Consistent with applicable law, Acme will destroy…".
    rx`|\b(?:consistent with|in accordance with|in compliance with|in line with|as required by|pursuant to) (?:all )?` +
    rx`(?:applicable |local |the )?(?:law|laws|regulations?)\b`,
  'gi',
);
/**
 * A statement of what the law says, with no party acting on data: "Texas also has laws on biometric identifiers",
 * "Facial recognition is regulated in several cities", "Some jurisdictions treat approximate location as personal
 * data". It speaks of norms, names no first party, and its only acts on data are what the norm is about ("rules
 * for processing biometric data"). A whole sentence ending in a period, not a list item.
 */
/** Personal data by either name: "personal information", "data". */
export const PERSONAL_DATA = rx`(?:personal )?${DATA}`;
const NORM_WORD = gated(
  rx`\b(?:laws?|legal|legislation|regulat\w+|statutes?|rights|rules|jurisdictions|courts?|meaning given` +
    rx`|sensitive ${PERSONAL_DATA}|(?:privacy|protection) act|ilcs|u\.s\.c)\b` +
    // Norms said of places: "In many countries, employers must tell staff…".
    rx`|\bin (?:many|some|most|several|certain|a number of) (?:countries|states|jurisdictions|places)\b`,
);
const ACT_IN_NORM = re(
  rx`\b(?:rules|laws?|restrictions?|requirements?|limits?|right|rights|consent) (?:for|on|to|about|regarding)` +
    rx`(?: the)? (?:${EVERY_VERB})\b`,
  'gi',
);
/**
 * Whom a norm binds, and what it obliges them to: "businesses that use facial recognition must post a sign",
 * "private entities must publish a retention schedule". Their acts are what the norm is about, not claims.
 */
const ADDRESSEE = rx`(?:private |public |city |government |covered |all )?` +
  rx`(?:businesses|companies|entities|organi[sz]ations|employers|operators|controllers|agencies|retailers|developers)`;
const ADDRESSEE_ACTS = re(
  rx`\b${ADDRESSEE}\b(?: (?:that|which|who) [a-z]+)?[^.;]{0,60}?` +
    rx`\b(?:must|shall|are required to|may not|are prohibited from|are not allowed to)` +
    // The act the norm obliges or forbids is the norm's content too: "must post", "may not sell".
    rx`(?: (?:not|also|first) )? ?[a-z]+(?: [\w-]+){0,4}`,
  'gi',
);
/** "cities have banned the use of face recognition": the use is what is banned. */
const BANNED_USE = re(
  rx`\b(?:banned|bans?|prohibit(?:s|ed)?|restrict(?:s|ed)?|outlaw(?:s|ed)?) (?:the )?(?:use|collection|sale) of(?: [\w-]+){0,3}`,
  'gi',
);
/**
 * Data acted on in the passive in a clause before the match's own ("…are sent to the search provider, and its use is
 * governed by its own policy"); not in the match's own subject ("biometric data that is collected by businesses is
 * regulated by law").
 */
function actedBeforeClauseOf(s: string, re: Pick<RegExp, 'exec'>): boolean {
  const m = re.exec(s);
  if (!m) return false;
  const cut = Math.max(s.lastIndexOf(',', m.index), s.lastIndexOf(';', m.index));
  return cut > 0 && PASSIVE_ACT.test(s.slice(0, cut));
}
/** An act on the data denied in the passive: "…and will not be used" (not "violations will not be tolerated"). */
const DENIED_OWN_ACT = re(rx`\b(?:will|shall) (?:not|never) be (?:${participleSource(ALL_KINDS)})\b`);
/** What the law does to a kind of data: "Facial recognition technology is regulated differently…". */
// Also "is subject to specific restrictions under the laws of some states".
const REGULATED = gated(
  // Not access restricted to people ("…is restricted to the staff who need it"), the company's own control.
  rx`\b(?:is|are) (?:\w+ly )?(?:regulated|governed|restricted(?! to\b(?<=\baccess\b[^.;]{0,80}))|prohibited|banned|outlawed` +
    // Restrictions under a law, not the company's own ("subject to the retention limits described below").
    rx`|subject to (?:[\w-]+ ){0,2}(?:restrictions|rules|limits)(?= (?:under|in|by)\b[^.;]{0,40}\b(?:laws?|legislation|statutes?|ordinances?)\b)` +
    rx`|subject to (?:[\w-]+ ){0,2}(?:regulations?|laws|legislation))\b`,
);
const BAN_WORD = gated(rx`\b(?:banned|outlawed|prohibited)\b`);
/**
 * A norm as the subject, saying what a kind of data is: "The laws describe sensitive data to include …", "Some
 * state laws treat precise geolocation as sensitive". All that follows is the norm's content, acts included
 * ("processing biometric data for the purpose of …" is what the law names, not what anyone does).
 */
/** Privacy laws by the names they go by. */
const LAW_ACRONYM = rx`(?:\x47DPR|CCPA|CPRA|COPPA|BIPA|HIPAA|FERPA|PIPEDA|L\x47PD|PIPL|CUBI|\x56CDPA)`;
const NORM_DESCRIBES = gated(
  // Not the law as a condition: "Where the law requires, precise location is collected only with consent".
  rx`^(?!(?:where|when|if|as|unless)\b)(?:(?:the|some|certain|many|these|those|such|state|federal|applicable|privacy|data protection|consumer)\s+){0,3}` +
    // The law by its name ("Illinois' Biometric Information Privacy Act (740 ILCS 14/1 et seq.) regulates how
    // private entities collect…"), or a regulator ("The European Data Protection Board has issued guidelines…").
    // A name of eight words: "The Texas Capture or Use of Biometric Identifier Act".
    // Its words may be numbers too: "Chapter 503 of the Texas Business and Commerce Code governs…".
    rx`(?:(?:[\w'’-]+\s+){0,10}(?:laws?|acts?|regulations?|statutes?|legislation|directives?|boards?|commissions?` +
    // Or a code by its section: "Texas Business and Commerce Code § 503.001 governs…".
    // Or the places whose laws they are: "Some countries and US states require that all parties … be notified".
    rx`|authorit(?:y|ies)|regulators?|courts?|codes?(?: of practice| § [\d.]+)?|countries|states|jurisdictions|provinces` +
    // A body named head first: "The Department for Education publishes guidance…".
    rx`|(?:departments?|ministr(?:y|ies)|agenc(?:y|ies)) (?:of|for) (?:the )?[\w'’-]+(?: [\w'’-]+){0,3}?)|${LAW_ACRONYM})\b` +
    // An aside: "Some state laws, including those in Illinois and Texas, impose…".
    // Or its citation: "…Act, Tex. Bus. & Com. Code § 503.001, governs…".
    rx`(?:\s*\([^()]{0,60}\)|,[^,.;]{1,60},|, (?:[\w.&]+ ){1,6}§ [\d.]+,|, (?:including|such as|like|in) [^.;]{1,80}?,)?` +
    // A second law by its citation: "The … Act and RCW 19.375 impose…".
    rx`(?:\s+[\w.]+){0,3}?\s+` +
    rx`(?:(?:describe|define|consider|treat|classify|designate|list|deem|regulate|govern|restrict|prohibit|sets? out` +
    rx`|impose|mandate|protect)s?|requires? that` +
    // Rights the law confers: "The Washington My Health My Data Act gives consumers rights regarding health data…".
    rx`|(?:give|grant|provide|confer)s? (?:[\w-]+ ){0,3}rights\b` +
    // A regulator's word: "The Federal Trade Commission has warned retailers that…".
    // Or its enforcement: "The Federal Trade Commission has taken enforcement action against data brokers that sold…".
    rx`|(?:has |have )?(?:(?:issued|publish(?:es|ed)?) (?:guidelines|guidance|rules|opinions|recommendations)|warned|advised` +
    rx`|(?:taken|brought|takes|brings|took) (?:[\w-]+ )?(?:enforcement )?actions?` +
    rx`|cautioned))\b`,
);
/** An aside set off by commas: ", which may be considered biometric data," (a norm there is not the sentence's). */
// Or of some of them, to the sentence's end: "Pictures and facial scans, some of which may be considered biometric data".
const WHICH_ASIDE = re(rx`,\s*(?:(?:some|all|each|any|most|many|none) of )?(?:which|who|whom)\b[^,;]*(?:,|$)`, 'gi');
/**
 * What a law says, as the sentence's frame: "Under HIPAA, full-face photographs … must be removed before…". A law
 * by its name (case-sensitive: not "Under applicable law, the app may share…"), and no act on data after it
 * ("Under the GDPR, your voice recordings are processed…" is a claim).
 */
const UNDER_LAW = cased(
  rx`^Under (?:the )?(?:(?:[A-Z][\w'’-]*\s+){1,6}(?:Law|Act|Regulation|Rule)|${LAW_ACRONYM})\b(?:\s*\([^()]{0,60}\))?,`,
);
function isNormStatement(s: string): boolean {
  if (!/\.\s*$/.test(s) || wordCount(s) < 6 || FIRST_PARTY.test(s)) return false;
  // Nor a category's label and its items: "Sensitive personal information: biometric information (if you enroll…);
  // precise geolocation…" (a norm after the label still is one: "Sensitive personal data: as defined by law, …").
  const label = /^[\w ]{0,40}(?:information|data):\s/i.exec(s);
  if (label && !NORM_WORD.test(s.slice(label[0].length))) return false;
  if (NORM_DESCRIBES.test(s) || (UNDER_LAW.test(s) && !claimAct(s))) return true;
  // A norm in an aside is not the sentence's: "Your face geometry, which may be biometric data in some
  // jurisdictions, is deleted within 24 hours" says what happens to the data.
  const main = s.replace(WHICH_ASIDE, ',');
  if (!NORM_WORD.test(main) && !BAN_WORD.test(main)) return false;
  return !ANY_VERB.test(s.replace(ACT_IN_NORM, '').replace(ADDRESSEE_ACTS, '').replace(BANNED_USE, '')) && !NAMED_DESTROYS.test(s);
}
/** The company by its name destroying the data, which it holds until then: "Acme will permanently destroy…". */
const NAMED_DESTROYS = cased(rx`(?<![\w-])(?!The\b|This\b|Any\b)[A-Z][\w&-]+ (?:will|shall|must|may)? ?(?:\w+ly )?(?:destroy|delete|erase|purge)s?\b`);
/**
 * The company (or its app, or a named party) doing something to data in a clause of its own: "the app collects",
 * "Acme will collect", "we will compare". Case-sensitive for names: a capitalised word before a verb.
 */
/**
 * A party acting on data, with the words allowed between it and its verb. Not the reader, whose acts are no claim
 * of the company's: "You can obtain…", "Users may share…". Nor a capitalised function word: "To use dictation, tap
 * the microphone icon" is the reader's aim.
 */
const partyAct = (between: string) =>
  cased(
    // "It" after a verb of permission is its object: "without giving it access to your location".
    rx`\b(?:[Ww]e|[Tt]he app|[Tt]he company|(?<!\b(?:giv(?:e|es|ing)|grant(?:s|ing)?|let|lets|letting) )[Ii]t|(?<![\w-])` +
      rx`(?!(?:You|Your|Users?|\x4dembers?|Customers?|Parents?|They|I|To|If|When|Once|Before|After|How|Please)\b)` +
      // Nor the data's own noun before a noun that looks like a verb: "Face scans and fingerprints may be…".
      rx`(?!(?:Face|Facial|\x56oice|Location|Biometric|Fingerprint|Audio|Speech|Iris|Palm|Retina)\b)` +
      // Not a compound noun of a name and a gerund: "Bluetooth scanning", "Wi-Fi tracking".
      rx`[A-Z][\w-]+)\s+(?:(?:${between})\s+)*(?![a-z]+ing\b)(?:${PROCESSING_OR_FLOW_VERB})\b`,
  );
const PARTY_AUXILIARIES = rx`may|might|will|would|can|could|also|still|then|only`;
const COMPANY_ACT = partyAct(`${PARTY_AUXILIARIES}|to`);
/**
 * A named party acting, in a claim's own clause: as COMPANY_ACT, without "to" ("Developers who use our SDK to
 * collect location data are responsible…" names a purpose of others, not the SDK acting).
 */
const NAMED_PARTY_ACT = partyAct(PARTY_AUXILIARIES);
/** Whether `re` matches and nothing else in the sentence is an act on data ("…, which is used to verify you"). */
function onlyThis(s: string, re: RegExp): boolean {
  return re.test(s) && !ANY_VERB.test(s.replace(re, ' '));
}
/** Someone else's duty, not the company's act: "… are responsible for obtaining consent". */
const RESPONSIBLE = gated(
  rx`\b(?:developers|partners|merchants|advertisers|customers|users|parents|businesses|you|they)\b` +
    rx`[^.;]{0,80}?\b(?:is|are) (?:solely )?responsible for\b` +
    // Or their own practices: "Third-party apps that you connect may have their own practices regarding location".
    rx`|\b(?:third[- ]party|other|external|independent) (?:apps?|applications|services|websites?|sites|providers|companies)\b` +
    rx`[^.;]{0,80}?\b(?:has|have|are governed by|are subject to|follow) their own\b` +
    // Any other party's own policy: "Apple Maps and Google Maps have their own privacy policies that govern location
    // data" (not the company's: "we have our own policy").
    rx`|\b(?:has|have|are governed by|is governed by|are subject to|is subject to) (?:their|its) own (?:separate )?(?:privacy )?` +
    rx`(?:polic(?:y|ies)|notices?|terms)\b`,
);
/** A switch of the device the reader turns off: "location services", "the microphone". */
const DEVICE_SWITCH = rx`(?:location services|gps|bluetooth|microphone|camera)`;
/** Where the reader manages a device feature: "Touch ID and Face ID settings can be managed in your iPhone's Settings". */
const DEVICE_SETTINGS = re(
  rx`\bsettings? (?:can|may) be (?:managed|changed|adjusted|found|turned off|updated)\b` +
    // Also a switch of the device: "Location services can be turned off at any time in your device settings".
    rx`|\b${DEVICE_SWITCH} (?:can|may) (?:always |also )?be (?:turned|switched) off\b`,
);
/** The reader's recourse to an authority: "you may contact your state attorney general". */
/** Turning to someone: "contact", "lodge a complaint", "report it to". */
const COMPLAINT_ACT = rx`(?:contact|complain to|file a complaint|lodge a complaint|report (?:it|this) to)`;
/** Whom the reader may turn to. */
const AUTHORITY = rx`(?:attorney general|authority|regulator|commissioner|ombudsman)`;
const COMPLAINT = re(
  rx`\byou (?:may|can|should|have the right to) ${COMPLAINT_ACT}\b[^.]{0,60}\b${AUTHORITY}\b`,
);
/** A category of data defined: "Sensitive personal information includes a consumer's precise geolocation…". */
const CATEGORY_DEFINED = gated(
  // Also the health data of state laws: "Consumer health data may include biometric data and precise location…".
  // Not bare information that may hold it, which is what is collected: "Information may include … device location".
  rx`^(?!(?:information|data) may )(?:the )?(?:"|“)?(?:sensitive |consumer health )?(?:personal )?(?:information|data)(?:"|”)?(?: category)?` +
    // Also with an aside: "Sensitive personal information, as defined in the CPRA and similar laws, includes…".
    rx`(?:, as (?:defined|used|described) (?:in|under|by) [^,;.]{1,50},)? (?:may )?(?:includes?|means|consists of|covers)\b` +
    // Not the company's own data: "…may include precise location information collected when you use the App".
    rx`(?![^.;]*\b(?:collected|obtained|gathered|received)\b)` +
    // "Categories of sensitive personal information under the CPRA include…": what a law's categories hold.
    rx`|^(?:the )?(?:categories|types|kinds) of (?:sensitive )?(?:personal )?(?:information|data)\b[^.;]{0,60}?` +
    rx`\b(?:include|comprise|are|cover)\b` +
    // The GDPR's special categories, and a quoted term: "“Biometric data” includes fingerprints and face geometry".
    rx`|^(?:the )?special categor(?:y|ies) of ${PERSONAL_DATA}\b[^.;]{0,60}?\b(?:includes?|comprises?|covers?)\b` +
    rx`|^(?:the term )?["“][^"”]{1,40}["”] (?:includes|means|refers to|covers|consists of|has the meaning)\b` +
    // Any kind named as a law defines it: "Biometric identifiers, as defined by applicable law, include…".
    rx`|^(?:the )?(?:[\w-]+ ){1,2}(?:identifiers?|information|data), as (?:defined|used) (?:in|under|by) [^,;.]{1,50}, ` +
    rx`(?:may )?(?:includes?|means|consists of|covers)\b` +
    // Any kind as the bare subject of what it holds, the reader's own left out: "Biometric information includes, but is
    // not limited to, fingerprints…", "A “biometric identifier” is a retina scan, …" (not "…includes your fingerprints").
    // Also the plural noun: "Biometrics include identifiers such as retina or iris scans…".
    rx`|^(?![^.;]*\byour?\b)(?:an? )?["“]?(?:biometrics|(?:biometric|sensitive|genetic|health)(?: personal)? (?:identifiers?|information|data))["”]?,? ` +
    rx`(?:\w+ly )?(?:(?:may |can )?includes?|is|are)(?:,? (?:but (?:is |are )?not limited to|among other things|for example),?)? (?:an? |any )?(?:[\w-]+,? ){0,3}?` +
    rx`(?:retina|iris|finger|voice|face|facial|hand)\w*\b`,
);
/** A condition that opens a sentence: "If", "Should", "In the event that" (classify.ts reads it). */
export const LEARNS_IF = rx`^\W*(?:if|should|in the event that|where) `;
/**
 * The reader holding something back: "if you do not allow access", "should you turn off location services",
 * "if you decline to provide it". A condition on the reader's refusal, not an act of the company.
 */
/** A condition on the reader: "if you", "should users", "in case the user". */
const IF_READER = rx`\b(?:if|when|should|where|in case) ${READER_PERSON}`;
/** The reader's refusal as a gerund subject: "Denying access to location data means that you will not get…". */
const REFUSAL_GERUND_WORDS = rx`(?:denying|refusing|declining|revoking|disabling|turning off|switching off|not (?:granting|allowing|sharing))`;
const REFUSAL_GERUND = rx`^\W*${REFUSAL_GERUND_WORDS}\b`;
/** What a refusal as a gerund does to a feature, in the present: "Disabling location permissions deactivates this feature". */
const PRESENT_CONSEQUENCE = rx`(?:deactivates|disables|impacts|affects|limits|prevents|stops|restricts|reduces)`;
/** The same as a phrase: "without location access", "without granting location permission". */
// "Without ever giving it access to your location" too.
const WITHOUT_ACCESS = rx`\bwithout (?:ever )?(?:granting |giving )?(?:[\w-]+ ){0,2}(?:access|permissions?)\b`;
/**
 * A thing that works though the reader withholds a permission: "works fine without location permission", "runs
 * without granting microphone access". Not "works without access to your location", which says the app has none.
 */
const WORKS_WITHOUT = re(
  rx`\b(?:works?|functions?|runs?|operates?)(?: \w+ly| fine| normally| as usual)? without (?:ever )?` +
    rx`(?:(?:granting|giving|enabling|allowing) (?:[\w-]+ ){0,3}(?:access|permissions?)|(?:the |any )?(?:[\w-]+ ){0,2}permissions?)\b`,
);
const WITHOUT_ACCESS_RE = re(WITHOUT_ACCESS);
const READER_REFUSES = gated(
  rx`${REFUSAL_GERUND}|${WITHOUT_ACCESS}|` +
  rx`${IF_READER} (?:(?:do not|don't|does not|doesn't|choose(?: not)? to|want to|wish to|would like to|` +
    rx`decide not to|prefer not to|decline to|refuse to|fail to|later) )?(?:allow|grant|provide|share|enable|` +
    rx`disable|turn off|switch off|deny|revoke|withdraw|opt out|block|reject|decline|refuse)`,
);
/**
 * What follows for the reader: "some features may not work", "the display may not be possible", "you will not be
 * able to use Nearby", "the service may be limited", "turning it off may limit the app's functions". What the service
 * can still do, not what it does with data.
 */
const CONSEQUENCE = gated(
  rx`\b(?:will|may|might|could|can|would)(?:not| not|n't)? (?:(?:only|still|no longer|not) )?(?:` +
    rx`work|function|operate|be (?:possible|available|accessible|limited|restricted|unavailable|affected|degraded|` +
    rx`impaired|reduced)|be able to (?:use|access|see|receive|enjoy|get|find)|get|limit|affect|impact|reduce|impair|restrict)\b` +
    // Or in the present, after a refusal as a gerund: "Disabling location permissions immediately deactivates this feature".
    rx`|(?<=^\W*${REFUSAL_GERUND_WORDS}\b[^,.;]{1,80}?)\b${PRESENT_CONSEQUENCE}\b`,
);
/** Only the refusal's consequence: "If you do not allow access, location-based features may not work". */
/** A consequence that takes something away: "will not work", "limits", "disables". */
const NEGATED_CONSEQUENCE = re(rx`\b(?:not|n't|no longer|limit|restrict|unavailable|affect|impact|degraded|impair|reduce|deactivat|disabl|prevent|stop)`);
const REFUSAL_CONSEQUENCE = (s: string) => {
  if (!READER_REFUSES.test(s) || !CONSEQUENCE.test(s)) return false;
  // A negated consequence or one about the reader ("you may not be able to"), and no act of the company.
  // Any act on data outside the reader's own condition keeps the claim, whoever acts: "…, we'll still estimate
  // your city", "…, advertisers may still collect your approximate location".
  const consequence = CONSEQUENCE.exec(s)![0];
  // Also "cannot" after the reader's refusal; not a necessity ("Some features cannot function without access to your
  // location" says the feature uses it).
  const takesAway = NEGATED_CONSEQUENCE.test(consequence) || (/\bcannot\b/i.test(consequence) && !WITHOUT_ACCESS_RE.test(s));
  return takesAway && !ANY_VERB.test(s.replace(READER_CONDITION, ' '));
};
/** The reader's condition itself, up to its clause's end: "If you do not allow location access". */
// Or the refusal as a gerund subject, up to its verb: "Denying access to location data means…".
const READER_CONDITION = re(
  rx`${IF_READER}\b[^,.;]*|${WITHOUT_ACCESS}|${REFUSAL_GERUND}[^,.;]*?(?=\b(?:means|will|would|may|might|can|could|\w+ly|${PRESENT_CONSEQUENCE})\b)`,
  'gi',
);
/** The document saying what it holds: "This section explains…", "This document details the notice for…". */
const SELF_REFERENCE = gated(
  rx`^(?:this|the following|below,? this) (?:[\w-]+ ){0,4}?(?:section|notice|policy|page|part|article|table|chart|document)s? ` +
    rx`(?:explains?|describes?|sets (?:out|forth)|tells you|outlines?|covers?|lists?|summari[sz]es|is about|details)\b`,
);
/** The document saying what it sets out: "this Facial Scan Policy and Release describe…". */
const DOCUMENT_DESCRIBES = re(
  rx`\bthis (?:[\w-]+ ){0,5}?(?:policy|notice|section|statement|document|release)\b[^.;]{0,40}?\b(?:describes?|explains?|sets (?:out|forth)|outlines?)\b`,
);
/** The company's acts on data, as nouns it owns: "our procedures for the collection of", "ABC's storage, use…". */
const OWN_ACTS_NAMED =
  cased(
    rx`\b(?:our|its|[A-Z][\w-]*['’]s)\s(?:[\w-]+\s){0,3}?(?:for |of )?(?:the )?(?:collection|use|storage|processing|retention|capture)\b` +
      // Plural too, not the reader's: "describes how Acme and our provider collect, use, store…" (not "…how you use…"; a
      // "you" after the verb is the occasion's: "…how Acme collects X when you use the app").
      // Not an instruction ("how to use voice commands"), nor the reader's device ("how your device uses GPS").
      rx`|\bhow\b(?! to\b)(?:(?!\byour?\b)(?:[^.;]|\.(?=\S))){1,120}?\b(?:collect|use|process|store|retain|treat|share|obtain|receive)s?\b` +
      // Or in the passive, whoever's the data: "…describes how your face data is collected, used and stored".
      rx`|\bhow\b(?! to\b)[^.;]{1,80}?\b(?:is|are)(?: \w+ly)? (?:collected|used|processed|stored|retained|handled|shared|obtained)\b(?! by (?!us\b|our\b))`,
  );
/** The document as the subject of its own scope: "These Terms govern…", "This Policy (also) applies to…". */
const DOCUMENT_GOVERNS = gated(
  rx`^(?:these|this|the) (?:[\w-]+ ){0,2}(?:terms|polic(?:y|ies)|notice|agreement|statement|guidelines)` +
    rx`(?: of (?:service|use))?(?: \([^()]{0,40}\))?(?: also)? (?:govern|appl(?:y|ies) to|cover)s?\b`,
);
/** The reader getting more information about a topic: "you can obtain further information on…". */
const READER_INFORMATION = gated(
  // Only more of it, found or asked for ("you may receive information about nearby events" is a claim's use).
  rx`\byou (?:can|may|could) (?:also )?(?:obtain|find|request|read) ` +
    rx`(?:further|more|additional|detailed) information (?:on|about|regarding|concerning)\b`,
);
/** The company's use named as a thing: "our use of location information", "Google's use of…". */
const USE_TAKEN = cased(rx`\b(?:our|[A-Z][\w-]*['’]s) (?:use|collection|processing) of\b|\bhow [A-Z][\w-]* (?:uses|collects|processes)\b`);
/** A pointer elsewhere: "For more about biometrics, see our Biometric Privacy Notice." */
// Also with no "more" ("For geolocation information for OnStar, see below."), where the fronted phrase holds no
// comma: "For these features, we collect your location, see section 4" has its claim before the pointer.
const CROSS_REFERENCE = gated(
  rx`^for (?:more|further|additional) (?:information |details |info )?(?:about|on|regarding) [^.;]{0,80}?` +
    rx`,\s*(?:please )?(?:see|visit|read|refer to|consult|check|go to)\b` +
    rx`|^for [^.;,]{3,80},\s*(?:please )?(?:see|refer to|consult|go to)\b` +
    // A label pointing to where it is told: "Geolocation, Biometrics and Audio Information — see Section 4 for…".
    rx`|^[^.;]{3,80}\s[—–-]\s(?:please )?(?:see|refer to) (?:the )?(?:(?:[\w-]+ )?(?:section|part|chapter|article|table|list|chart)s?|below|above)\b` +
    // The reader sent to another of the company's texts: "For further information please see our data protection
    // statement on recorded calls below".
    rx`|^(?:for (?:more|further|additional) (?:information|details),? )?(?:please )?(?:see|read|refer to|consult) (?:our|the) ` +
    rx`(?:[\w-]+ ){0,3}(?:statement|notice|policy|section|page)\b`,
);
/** An act in a relative clause or after a participle: "…feature, which collects your location", "…captured by". */
const RELATIVE_ACT = re(
  rx`\b(?:which|that|who) (?:(?:also|may|will|can|then) )?(?:${EVERY_VERB})\b|\b(?:${participleSource(ALL_KINDS)}) by\b`,
);
/** The reader told what they may or should do: "you should", "you can". */
const YOU_MAY = rx`\b${READER_PERSON} (?:should|can|may|could|must)\b`;
/** What the reader may do without a permission: "You can search without location access". */
const READER_WITHOUT_PERMISSION = gated(rx`${YOU_MAY}\b[^.;]{0,120}?${WITHOUT_ACCESS}`);
/** What the reader may do in place of something: "…, you can use manual location search instead". */
// Also with the alternative first: "Instead of using face unlock, you can sign in with a password".
const READER_ALTERNATIVE = gated(rx`${YOU_MAY}\b[^.;]{0,120}?\b(?:instead\b|rather than\b)|^\W*(?:instead of|rather than)\b[^.;]{0,100}?,\s*${YOU_MAY}`);
/** A control the reader is told to use: "you should turn off…", "you can deny the permission". */
// Or an end to the reader's own sharing: "You can stop sharing your location at any time" (not the company's with
// others: "you can stop sharing your location with partners" says it shares).
const READER_CONTROL = gated(
  rx`${YOU_MAY} (?:\w+ly )?(?:turn off|switch off|disable|deny|revoke|withdraw|decline` +
    rx`|stop (?:sharing|giving|providing)\b(?![^.;]{0,60}\bwith\b)` +
    // Keeping the device or the app from it: "you can prevent your device from sharing location information".
    rx`|(?:prevent|stop|block|keep) (?:your (?:[\w-]+ )?(?:device|phone|browser|computer)|the (?:[\w-]+ )?app) from)\b` +
    // The control wished for, then how: "If you would like to stop the location tracking, you may do so in settings".
    rx`|^\W*if you (?:would like|wish|want) to (?:stop|turn off|disable|revoke|withdraw)\b(?=[^.;]{0,100}\b${YOU_MAY} do so\b)`,
);
/** A clause after the control, which may report an act of anyone's. */
const AFTER_CONTROL = re(rx`${YOU_MAY}[^.]{0,200}?(?:;|\b(?:because|since|however|still|but|although|while|otherwise|as)\b)`);
/** The reader's wish that the company not act: "if you do not want us to use your location for …,". */
const UNWANTED_ACT = re(rx`\bif you (?:do not|don't) (?:want|wish|like) (?:us|[\w-]+) to [^,;]{0,200}`, 'gi');
const ADVICE = gated(
  rx`\b(?:be mindful|are advised|please be careful|may give away|we (?:\w+ly )?(?:recommend|encourage|advise|urge) (?:that )?you)\b` +
    // A step recommended by its gerund: "We recommend switching from 'Always On' tracking to 'While Using'".
    rx`|^we (?:\w+ly )?(?:recommend|suggest|advise) (?:[a-z]+ing)\b` +
    // Not a notice: "Please be aware that we record calls", "Please remember that we keep…" state what is done.
    // After a condition of the reader's too: "If you are under 13, please do not use the voice features".
    rx`|^(?:if you [^,;.]{1,60}, )?please (?:do not|don't|avoid|be (?!(?:aware|advised|informed) that)|consider|make sure|remember to|think|refrain|contact` +
    rx`|let us know|tell us|write|email|reach out)` +
    rx`|\byou should (?:be careful|avoid|not|never|consider|think|take care)\b` +
    // Advice to other readers: "Parents should talk to their children about…", "Teachers should not ask…".
    rx`|^(?:parents|guardians|caregivers|teachers|educators|users|members|families)(?: and [\w-]+)? should\b` +
    // Or are told to, in the passive: "Users are encouraged to keep their devices secure by using fingerprint
    // authentication", "You are advised to turn off location services".
    rx`|^(?:parents|guardians|caregivers|users|members|customers|you)(?: and [\w-]+)? (?:are|is) (?:\w+ly )?(?:encouraged|advised|recommended|urged) to\b` +
    // Where to ask: "If you have questions about biometric data, contact us" (the whole condition, then the ask;
    // not "we record calls to handle questions about billing when you call us").
    rx`|^(?:if|should) you have (?:any )?(?:questions?|concerns?|comments?|inquir(?:y|ies)) ` +
    rx`(?:about|regarding|concerning|on|relating to)\b[^.;,]{0,80}, (?:please )?(?:contact|write to|email|reach|call) us\b` +
    // Nothing the company does after it: "…, contact us and we will record the call" is a claim.
    rx`(?![^.;]{0,80}\bwe\b)` +
    // The company's address, by post or email: "Contact us by post at Verity Voice ID, Attn: Privacy, …". Not a request
    // made there ("Contact us at … to delete your voice recordings") nor what the company does.
    rx`|^(?:please )?(?:contact|write to|email|reach) us (?:by (?:post|mail|e-?mail|phone|telephone) )?(?:at|via|on)\b` +
    rx`(?![^;]{0,200}\b(?:to (?:request|delete|access|opt|withdraw|exercise|erase|remove|obtain|review|correct)|we)\b)` +
    // An imperative to the reader, alone or after its purpose: "To protect your privacy, avoid sharing…".
    rx`|^(?:to [a-z]+\b[^,]{0,60},\s*)?(?:avoid|consider|think twice|be careful|take care|remember (?:to|that)|keep your` +
    // "Don't post another member's home address or precise location" (a community rule).
    rx`|(?:never|don't|do not) (?:share|post|reveal|disclose|give|send))\b` +
    // The same after a statement of fact: "…; only give it to apps you trust". A tip is advice.
    rx`|;\s*(?:only )?(?:give|grant|avoid|consider|never (?:share|give|grant))\b(?! us\b)|^(?:pro )?tips?:\s` +
    // A tip about something, with no act of the company's after it ("Tips on privacy: we collect…" is a claim).
    rx`|^(?:pro )?tips? (?:for|on|about) [^:.;]{1,60}:\s(?![^.;]{0,150}\bwe\b)` +
    // "…, so review permissions regularly".
    rx`|,\s*so (?:review|check|consider|make sure|be careful|only (?:give|grant|allow))\b` +
    // Also after a circumstance: "For circumstances in which granular geographic data is critical, consider collecting…".
    // Not an example, nor with the company acting after it ("For example, consider a driver…: we collect…").
    rx`|^(?:for|when|where|if)\b(?! (?:example|instance)\b)[^,]{0,100},\s*(?:avoid|consider|think twice|be careful|take care)\b` +
    rx`(?![^.;]{0,150}\bwe\b)`,
);
/** Software asking the device for a permission, not a person exercising a right: "the app does not request access to…". */
const APP_REQUESTS_ACCESS = re(
  cased(rx`\b(?:app|application|service|website|site|game|skill|extension|it)\s+(?:(?:may|will|would|can|could|does|do|did|not|never|also` +
    rx`|only)\s+){0,3}(?:requests?|asks? for)\s+(?:your\s+)?(?:permission\s+(?:for|to)|access\s+to)\b`)
    .source +
    // Whoever asks, access to a part of the device is a permission, not a request about data: "Coinwise does not
    // request access to your device's location, microphone or camera" (not "request access to your location data").
    cased(rx`|\b(?:requests?|requesting|asks? for|asking for) access to (?:your |the )?(?:(?:device|phone|computer|browser)(?:'s)? )?`)
      .source +
    cased(rx`(?:(?:precise|approximate) )?(?:location|microphone|camera|contacts|photos|gps|bluetooth)\b(?! (?:data|information|history|records?)\b)`)
      .source,
);
const RIGHTS_REQUEST = gated(
  rx`\b(?:request|right|ask us) to (?:know|access|delete|correct|opt[- ]out|limit|receive a copy|object|request)\b` +
    // The request named by its object: "To request access to or deletion of your enrollment data, contact…".
    rx`|\b(?:request|ask (?:[\w-]+ ){0,2}for) (?:a copy of|access to|deletion of|correction of)\b|\bsubject access request\b` +
    rx`|\b(?:right|request) to ask(?: us)? (?:which|what|whether|for)\b` +
    // "Consumers may request that we delete their geolocation data."
    rx`|\b(?:request|ask|require|direct) (?:that )?(?:we|us) (?:to )?(?:delete|erase|correct|stop|limit|restrict)\b` +
    // Being told whether the company does it is a question, not an answer: "Some states require us to tell you
    // whether we process biometric data".
    rx`|(?<!\bto )\b(?:(?:tell|inform|notify) (?:you|users|consumers|them)|let (?:you|users|them) know|ask us) whether (?:or not )?we\b` +
    rx`|\b(?:require|obliges?|obligate) (?:us|companies|businesses) to (?:tell|inform|notify) (?:you|users|consumers) whether\b`,
);
/**
 * The reader bound by terms as the one who acts on data (a developer, a business customer): "You shall not
 * aggregate, cache, or store location data…", "You may use location data only to…". Obligations and permitted
 * uses of theirs are no practice of the company's (asked only where the company is not named, see below).
 */
const READER_DUTY_VERB = rx`(?:collect|use|store|aggregate|cache|process|retain|record|track|sell|disclose|transfer|access|obtain)\b`;
const READER_DUTY = re(
  // A prohibition, whatever acts come after it ("you shall not, and shall not allow others to, aggregate…").
  rx`^(?:you|developers?|licensees?),? (?:shall|must|will|may) (?:not|never)\b(?:,? [\w-]+){0,12}?,? (?:or |and )?` +
    READER_DUTY_VERB +
    // A use permitted only for a purpose, the verb right after: "You may use location data only to…".
    rx`|^(?:you|developers?|licensees?) (?:may|can) (?:only )?use\b(?=[^.;]{0,100}\bonly\b)`,
);
/** The rules for what users post, the company's own too: "Our Community Guidelines prohibit posting anyone's live location". */
const USERS_RULES = gated(
  rx`^(?:our |these |the )?(?:community guidelines|community standards|terms(?: of (?:service|use))?|house rules|rules` +
    rx`|acceptable use polic(?:y|ies)|code of conduct) (?:prohibit|forbid|ban|do not (?:allow|permit))s?\b` +
    rx`(?= (?:you |users |members |anyone )?(?:from )?(?:posting|sharing|uploading|publishing|recording|disclosing)\b)`,
);
/**
 * A choice whether the company acts is an opt-in to its act (LABELS.md: "if you choose to" is a condition): "you can
 * choose whether you want Google to save an audio recording" claims the saving, on that condition.
 */
// The company as "we", or named as whom the reader wants to act (not an app of the reader's: "whether Photos keeps…").
const CHOICE_OF_COMPANY_ACT = cased(
  rx`\bwhether (?:or not )?(?:we |(?:you want|to (?:let|allow)) (?:us|[A-Z][\w-]+) to )` +
    rx`(?:save|saves|record|records|store|stores|keep|keeps|collect|collects)\b`,
);
const READER_CHOICE = gated(
  rx`\b(?:option|ability|choice)s? to (?:disable|turn off|enable|turn on|switch off|control|adjust|limit)\b` +
    rx`|\b${READER_PERSON} (?:can |may )?(?:choose|decide|control) whether\b` +
    // A choice the device offers: "Some mobile operating systems let you choose between precise and approximate".
    // Or which apps may: "Your phone's settings let you choose which apps can use your location".
    rx`|\b(?:let|lets|allow|allows) you (?:to )?choose (?:between|whether|which (?:apps|applications|services|websites|sites)\b)` +
    // The reader weighing a permission: "…helpful when deciding whether to allow the app to use your location".
    rx`|\b(?:deciding|choosing) whether (?:or not )?(?:to )?(?:allow|let|grant|give|share|enable|permit)\b`,
);
/** Steps in the interface: "To turn off precise location, open Settings, then…". */
const UI_STEPS = gated(
  // Or a "How to" heading before them: "How to turn off Location Services on iPhone: open Settings, tap…".
  rx`^(?:(?:tip|note|hint)s?:\s*)?(?:how )?to [a-z]+\b[^,:]{0,120}[,:]\s*` +
    // "call" and "contact" also open noun phrases ("call recordings are retained"): only with their object.
    rx`(?:(?:open|go to|tap|select|click|visit|choose|turn (?:off|on)|switch (?:off|on)|disable|enable)\b` +
    rx`|(?:contact|email|call|write to) (?:us|our|support|the)\b)`,
);
/** A copula between names, not a passive ("…is deleted when…" says what happens to data someone holds). */
const PARTICIPLE =
  rx`(?:\w+ed|\w+wn|made|kept|held|sent|sold|told|found|built|taken|given|seen|written|chosen|driven` +
  rx`|hidden|stolen|spoken|broken|forgotten)`;
// Followed by what it names: a final "is" ends a clause ("…where your child's watch is"), it joins no names.
// Nor a progressive passive ("…it is being driven in").
// Of the main clause: a copula in a relative clause describes a list item ("your device coordinates, which are
// necessary to match you") and leaves it an item.
const SUBORDINATE_CLAUSE = re(rx`\b(?:while|when|whenever|if|unless|once|until)\b[^,;.]*`, 'gi');
/** An act on the reader's data named by its noun, in brackets: "(real-time processing of your audio stream)". */
// In brackets, as a service's gloss: not the label's own object ("Manage collection of your location data").
const ACT_ON_READERS_DATA = re(
  rx`\([^()]{0,40}\b(?:processing|collection|recording|analysis|transcription|storage|capture|tracking|monitoring) of ` +
    rx`(?:your|the user'?s|users'?|their|the caller'?s)\b`,
);
/** Who cannot reach the data, said with a copula: "is not accessible to the app", "are never visible to us". */
const ACCESS_PREDICATE = re(rx`\b(?:is|are)\s+(?:\w+ly\s+)?(?:not|never)\s+(?:\w+ly\s+)?(?:accessible|visible|available|readable)\s+(?:(?:only|\w+ly)\s+)?(?:to|by)\b`);
// Not an existential "there is", which names nothing: "There are no voice recordings" denies having any.
const COPULA = re(rx`(?<!\b(?:which|that|who|there)\s)\b(?:is|are|means)\b(?!\s+(?:(?:\w+ly|not|never|being)\s+)?${PARTICIPLE}\b)(?=\s+\w)`);
// The sensor is the subject: not past another subject or a comma ("GPS tracks, whatever plan you are on").
// Not across a subordinator, whose clause has a subject of its own: "Real-time GPS location while the app is active".
const SENSOR_SUBJECT =
  rx`\b${DEVICE_SWITCH}\b(?:(?!\b(?:you|we|they|it|while|when|whenever|if|unless|once|until)\b)[^.,;]){0,30}`;
/** A sensor or service switched off on the device: "when GPS is off". */
// An adverb may stand before the state: "location services are currently disabled".
const DEVICE_OFF = gated(
  // Also as what the reader may do: "The GPS in your phone can be turned off in Settings".
  SENSOR_SUBJECT + rx`\b(?:is|are|(?:can|may|could) be) (?:\w+ly )?(?:off|disabled|turned off|switched off)\b`,
);
/**
 * One switched on or in use ("an icon shows while GPS is in use"), or required on ("Location services must be
 * enabled for this feature"); a claim only with an act on data.
 */
const DEVICE_ON = re(
  SENSOR_SUBJECT + rx`\b(?:is|are|must be|needs to be|need to be|has to be|have to be|should be) ` +
    rx`(?:on|enabled|active|in use|turned on|switched on)\b`,
);
/**
 * What the reader's own device or system offers: "Your device may offer biometric authentication such as Face ID",
 * "Most phones support fingerprint unlock". The device's feature, not data the company processes.
 */
const DEVICE_FEATURE = gated(
  // After a run-in label too: "Device-level features: Your phone or tablet may offer…".
  rx`^(?:[\w -]{1,40}:\s*)?(?:your|the user'?s|some|many|most|certain|modern|newer) (?:[\w-]+ )?` +
    rx`(?:devices?|phones?|smartphones?|handsets?|tablets?|computers?|operating systems?|browsers?)` +
    rx`(?: (?:or|and) (?:[\w-]+ )?(?:devices?|phones?|smartphones?|tablets?|computers?))?` +
    // Or lets the reader use it: "Your phone may let you unlock it with your fingerprint" (not send it anywhere, nor
    // use the company's app with it: "…let you unlock our app with your fingerprint").
    rx`(?: (?:may|might|can|could|often|also|usually))* ` +
    rx`(?:offers?|supports?|provides?|has|have|includes?|comes? with|features?` +
    rx`|(?:lets? you|allows? you(?: to)?)(?! (?:share|send|give|provide|upload|transmit)\b)(?![^.]{0,80}\b(?:our|us)\b))\b`,
);
/** A promise withheld, then what it would have promised. */
const WARRANTY = gated(rx`\b(?:do|does|can|will)(?:n't| ?not) (?:guarantee|warrant|promise|represent)s? (?:that|the)\b`);
/** What a thing could be used for, in a relative clause: "sensors that can be used to…". */
const CAPABILITY = re(rx`\b(?:that|which) (?:can|could|may|might) be used\b`, 'gi');
/** Whether a feature is offered at all: "Location-based services may not be available in all countries". */
// Not "…is not available to us", which says where data goes.
const AVAILABILITY = gated(
  rx`\b(?:is|are|may|might|will)(?: not)?(?: be)? (?:available|offered|supported) (?:in|on|for) ` +
    rx`(?:(?:all|some|certain|every|each|your|select(?:ed)?|other|many) ` +
    // Or which ones, by name: "Touch ID is available for iOS and Android devices that have…".
    rx`|(?:[\w.-]+ (?:and |or )?){1,3})` +
    rx`(?:countries|regions|markets|locations|areas|jurisdictions|states|devices|platforms|versions|models|phones|iphones|smartphones)\b`,
);
/**
 * What a method uses, of anyone: "Biometric verification uses … a person's unique characteristics" (not a named
 * product's technology, which the company runs).
 */
const METHOD_USES = gated(rx`^\W*(?:[\w-]+ ){0,2}(?:detection|recognition|verification|matching) (?:uses|relies on)\b`);
/** A technology as the subject of what it can or cannot do: "Facial detection can identify that a face is present". */
const TECHNOLOGY_CAN = gated(
  rx`^\W*(?:the |a |an )?(?:[\w-]+ ){0,3}(?:detection|recognition|technolog(?:y|ies)|verification|matching)` +
    rx` (?:can(?:not)?|can't|could|is able to|are able to|is unable to|does not|doesn't|works by)\b` +
    // A kind of biometrics described against another: "In contrast to physical biometrics like a fingerprint,
    // behavioral biometrics provides continuous authentication…".
    rx`|^\W*(?:(?:in contrast to|unlike|compared (?:to|with))\b[^,.;]{1,80}, )(?:[\w-]+ ){0,2}` +
    rx`(?:biometrics|detection|recognition|verification|matching|authentication) (?:uses|relies on|provides|offers|measures|works)\b`,
);
const DESCRIPTION = gated(
  rx`\b(?:may|can|could|might) (?:be )?(?:approximate|inaccurate|imprecise|reflect|vary|differ)\b` +
    // What limits the accuracy of a sensor: "GPS accuracy may be reduced in tunnels".
    rx`|\b(?:accuracy|precision)\b (?:may|can|could|might|will) be (?:reduced|lower|limited|degraded)\b` +
    rx`|\b(?:is|are|(?:may|can|might|could|would) be) (?:considered|deemed|classified as|regarded as)\b` +
    // What data or a technology is like, said of no one's act: "Geolocation data can be sensitive", "Location
    // accuracy improves when Wi-Fi is on", "Facial recognition raises privacy concerns", "Fingerprint sensors are
    // found on most modern phones".
    // Or how personal it is: "your notes and voice recordings are highly personal".
    rx`|\b(?:is|are|can be|may be|could be) (?:\w+ly )?(?:sensitive|revealing|valuable|personal|private|unique)\b` +
    // How a method compares, said of the method: "Voice verification is more secure than…", "…is fast, easy and safe",
    // "…is perfectly safe".
    rx`|\b(?:is|are) (?:(?:more|very|so|both|also|\w+ly) )?(?:secure|safe|fast|easy|convenient|quick|simple|reliable)\b` +
    // Also of what: "The accuracy of location information varies with the signal".
    rx`|\b(?:accuracy|precision)(?: of(?: [\w-]+){1,3}?)? (?:improves?|increases?|decreases?|drops?|worsens?|var(?:y|ies)|differs?)\b` +
    rx`|\brais(?:e|es|ed|ing) (?:[\w-]+ ){0,2}(?:concerns|questions|risks|issues)\b` +
    // What a kind of data tells, said of the data: "Location Data reveals where you currently are".
    // (The data as the subject, not a product: "Our app shows where you are on the map" uses it.)
    rx`|^(?:[\w-]+ ){0,2}(?:data|information|location|geolocation|coordinates|history) ` +
    rx`(?:reveals?|indicates?|shows?|tells?) (?:\w+ )?where (?:you|a person|someone|people)\b` +
    rx`|\b(?:is|are) (?:found|built|included) (?:on|in|into) (?:most|many|some|all|modern|newer) ` +
    rx`(?:[\w-]+ )?(?:phones|smartphones|devices|laptops|computers|cars|vehicles)\b`,
);
/** The answer to "What is X?": "It is a set of numbers…". */
const WHAT_IT_IS = gated(
  rx`^(?:it|this|that|they|these) (?:is|are) (?:a |an |the )?` +
    rx`(?:set|kind|type|form|series|list|collection|string|sequence|measurement|(?:digital |mathematical )?representation)s? of\b` +
    // A kind of data named as what it measures of anyone: "Biometrics are measurements of people's physical
    // characteristics, like the sound of your voice" (not the company's: "Your template is a measurement of your face").
    rx`|^(?:[\w-]+ ){1,3}(?:is|are) (?:the )?(?:measurements?|measures?) of (?:a |an |the )?` +
    rx`(?:people|persons?|individuals?|humans?|someone|human beings)(?:['’]s?)?\b`,
);
/** What a technology is: "Voice recognition is the ability of software to…". */
const WHAT_A_TECHNOLOGY_IS = gated(
  // With no article too: "Facial recognition is technology that identifies…".
  // Past two modifiers: "Face recognition is a biometric recognition technology that verifies…".
  rx`^[^,;]{0,60}\b(?:is|are|refers to) (?:(?:the|an?) )?(?:[\w-]+ ){0,2}` +
    rx`(?:ability|process|technology|technique|practice|method|science|use|standard|format) (?:of|to|for|by which|that|which|in|used)\b`,
);
/** A commitment to protect data: "We are committed to protecting…". */
const COMMITMENT = re(
  rx`\b(?:committed to|dedicated to|care about|take seriously) ` +
    rx`(?:protecting|safeguarding|securing|the (?:privacy|security|protection) of)\b`,
);
/** A section said to apply to some readers: "the following section … applies to you". */
const SECTION_APPLIES = gated(
  rx`\b(?:this|the following|the next|that) (?:section|notice|part|paragraph|supplement|addendum)\b` +
    rx`[^.;]{0,80}\bappl(?:y|ies) to (?:you|residents|users|individuals|consumers)\b`,
);
/** A sentence opening with an imperative of the interface or of care. */
// Its object follows with a determiner or in quotes ("Call recordings | 5 years" is a table's row, not a call to make).
const IMPERATIVE_START =
  // A switch the reader is told to use too: "Deactivate the location function if you no longer wish to use it".
  gated(rx`^\W*(?:please\s+)?(?:choose|find|click|tap|enter|visit|select|go to|open|press|swipe|call|place|keep|make sure|consult` +
    rx`|(?:de)?activate|disable|enable|turn (?:off|on)|switch (?:off|on))\s+(?:(?:the|a|an|your|our` +
    // A whole word: "Keep accurate medical records for you" is a purpose listed, not "keep a…".
    rx`|this|that|these|those|it|them|settings|any|anyone|anywhere|anything|each|every|all|here|on)\b|["“'‘])`);
/** The reader's aim or situation, a comma, then an imperative. */
const IMPERATIVE_AFTER_AIM = gated(
  rx`^(?:(?:to|in order to|if you|if you'd like to|when you want to|before you|after you|once you)\b[^,.;]{1,120},` +
    // Or the platform it is done on, or a label: "On Android, open Settings…", "Privacy tip: turn off…".
    rx`|(?:on|in) (?:android|ios|iphone|ipad|windows|macos|(?:an? |your )(?:[\w-]+ )?(?:device|phone|browser))\b[^,.;]{0,40},` +
    rx`|[\w ]{1,30}:) (?:please )?` +
    rx`(?:enter|tap|click|select|choose|go to|open|turn|type|visit|press|remove|delete|reset|set|change|update|avoid` +
    // (A verb, not a noun's first part: "…, check-ins are recorded".)
    rx`|disable|enable|contact|check|review|adjust|hold|swipe|drag|toggle|mute|unmute|scroll|long-press)\b(?!-)`,
);
/** The company's own future practice as a supposition: "If we ever…", "Should we decide to…", "If we were to…". */
const HYPOTHETICAL_PRACTICE =
  re(rx`^(?:if|should|in the event that|in case) we (?:ever |were to |decide to |begin to |start to |later decide to )(?:[\w-]+ ){0,6}?(?:collect` +
    rx`|process|use|obtain|record|gather|request|ask for|sell|share|disclose|need|require)\b`);
/** What a law classes data as, also as the law treats it: "… precise geolocation is treated as sensitive …". */
const LAW_CLASSES = gated(
  rx`\b(?:is|are) (?:(?:treated|considered|classified|regarded|defined) as )?(?:a |an )?` +
    rx`(?:special categor(?:y|ies)|sensitive ${PERSONAL_DATA}|regulated (?:pii|${PERSONAL_DATA}))\b` +
    // What may count as biometric data: "Face scans and voiceprints may be considered biometric data if…".
    rx`|\b(?:may|might|can|could|would) (?:also )?be (?:treated|considered|classified|regarded|deemed) (?:as )?` +
    rx`(?:a |an )?(?:biometric|sensitive) ${PERSONAL_DATA}\b`,
);

/** A class's condition after it: "…biometric data if they are being used to identify you". */
const CLASS_CONDITION = /\b(?:if|when|where)\b[^.;]*/i;
const CLASSED_AS = re(
  rx`\b(?:(?:is|are)(?: not|n't)|(?:does|do)(?: not|n't)? (?:constitute|qualify as|count as)) (?:an? )?(?:biometric|sensitive) ` +
    rx`(?:${PERSONAL_DATA}|identifiers?)\b`,
);
/** A word that is no participle of an act on data ("collected", "processed"): a kind, not data acted on. */
const NOT_ACTED = rx`(?!(?:${participleSource(ALL_KINDS)})\b)`;
/** Examples or types of a kind: 'Examples of a "biometric identifier" include…', "Common types of biometrics include…". */
const EXAMPLES_OF_A_KIND = gated(
  rx`^(?:(?:common|typical) )?(?:examples|types|kinds|forms)` +
    // Of any kind, not only of data: "Examples of AI include speech recognition".
    // Not of data acted on: "Types of biometric data collected include…".
    rx`(?: of (?:an? |the )?["“]?(?:${NOT_ACTED}[\w-]+ ){0,3}${NOT_ACTED}[\w-]+["”]?)? include\b`,
);
/**
 * Their act denied as a noun, with no exception after it: "There will be no collection of data on racial or ethnic
 * origin, …" (not the law's "there can be no processing of … unless an exception applies").
 */
const NO_ACT_NOUN = re(rx`\bno (?:collection|processing|use|storage)\b(?![^.;]{0,200}\b(?:unless|except|without|other than|save)\b)`);
/** The law's special categories written out, from the first two that name them, in any words ("race, politics"). */
const SPECIAL_CATEGORIES =
  gated(rx`\b(?:racial|race|ethnic(?:ity)?|political (?:opinions?|views))\b[^.;]{0,200}\b(?:politic(?:s|al)|trade[- ]union|religio(?:n|us))\b`);
const KIND_IS_A = re(
  // The term may be quoted, as defined: '"Biometric Information" is a form of personal information that…'.
  rx`^["“]?(?:[\w-]+ ){0,3}(?:data|information|identifiers?|recognition|[\w-]*prints?|biometrics?)["”]? (?:is|are) (?:an? )(?:[\w-]+ )?` +
    rx`(?:type|form|kind|category|way|method|means|set|piece)s? of\b` +
    rx`|^an? (?:[\w-]+ ){0,2}[\w-]+ (?:reflects|represents|describes|captures|is made (?:up )?of|consists of)\b` +
    rx`|^(?:it|they|this) (?:can|may|might|could) (?:also )?include (?:data|information|things|items) such as\b` +
    // Some of a kind, by what they use: "Some biometrics use finger printing, iris scanning and even facial features".
    rx`|^(?:some )?(?:[\w-]+ )?(?:biometrics|technologies|systems|methods) (?:use|rely on|measure|read)\b` +
    // That a kind has many members: "There are many possible biometrics, including…".
    // (Not the occasions of an act: "There are several situations in which the Company collects…".)
    rx`|^there (?:are|exist) (?:many|several|various|numerous|different)\b(?![^.;]*\b(?:in|under|for) which\b)`,
);
const GENUS_OF_A_KIND = gated(
  // Singular too, and what it includes: "Biometric information includes unique physiological characteristics, such as…"
  // (not data the sentence points at: "This information includes…").
  rx`^["“]?(?!(?:this|these|those|that|such|the|our)\b)(?:${NOT_ACTED}[\w-]+ ){0,2}${NOT_ACTED}[\w-]+["”]? (?:are|is|refers? to|means?|includes?|comprises?) ` +
    // A kind, not a passive: "Location data is based on positioning methods, such as GPS" says where it comes from,
    // "Voice recordings are sent to transcription systems" where it goes.
    // (A compound adjective is none: "computer-based systems".)
    rx`${NOT_ACTED}(?!(?!\w+-(?:based|powered|enabled|related)\b)[\w-]+ed\b)(?:[\w-]+ ){0,4}` +
    rx`(?:systems|devices|representations|technologies|characteristics|measurements|methods|tools|processes)\b`,
);
const ACT_REQUIRES = gated(
  // Past a statute's numbered section: "Processing sensitive data (TDPSA § 541.001(28): …) requires consent".
  rx`^(?:the )?(?:processing|sales?|selling|collection|collecting|use|sharing|disclosure) (?:of )?(?:[^.;]|\.(?=\d)){1,320}?\brequires? ` +
    rx`(?:[\w-]+,? ){0,3}?(?:consent|notice|notification|disclosure|authori[sz]ation)\b`,
);
const SHOULD_NOT = gated(rx`^[^.;]{0,80}?\b(?:should|ought to) (?:not|never)\b`);
// Only a notice shown, or being told; not content shown on the data ("You will see ads based on your location").
const READER_NOTIFIED = gated(
  rx`^\W*(?:you|users) (?:will|may|might|would|should) (?:see|be shown|be presented with) (?:a |an |the )?(?:[\w-]+ ){0,2}` +
    rx`(?:notice|explanation|prompt|dialog|message|notification|banner|pop-?up)\b(?![^.;]{0,80}\bbased on\b)` +
    rx`|^\W*(?:you|users) (?:will|may|might|would|should) be (?:notified|informed|alerted|told) (?:when|before|if|that)\b`,
);
const DOCUMENT_OUT_OF_SCOPE = gated(
  rx`^\W*(?:this|these|our|the) (?:[\w-]+ ){0,3}(?:policy|policies|notice|statement|section|addendum|document|terms)` +
    rx` (?:does not|doesn't|do not|don't|will not|shall not) (?:appl(?:y|ies)|cover|govern|extend) to\b`,
);
/** The definition rule's patterns, each behind the literals it requires (pattern-gate.ts): the sentence is scanned once for all. */
const KIND_IS_INFORMATION = gated(rx`^(?:an?|the)?\s*[\w\s"“”'()-]{0,70}\b(?:is|are) (?:information|data|any information)\b`);
// Also what it relates to, of anyone: "Biometric Data: data relating to unique biological characteristics used to
// identify…" (not the reader's, a list of what is collected: "Farm Data: Data related to your farming operations").
const GLOSSARY_ENTRY = gated(
  rx`^[^:.]{1,60}:\s*(?:data|information|any (?:data|information)) ` +
    rx`(?:that|which|(?:relating to|related to|concerning|regarding)(?! (?:your|you|the user'?s?)\b))\b`,
);
const DOES_NOT_INCLUDE = gated(rx`\b(?:do|does|will|would)(?: not|n't) include\b`);
const CAN_BE_USED_TO_IDENTIFY = gated(rx`\b(?:can (?:often )?|cannot (?:by itself|on its own) )be used to (?:identify|determine|derive|locate)\b`);
const UNIQUELY_IDENTIFIES = gated(rx`\buniquely identifies\b`);
const AS_DEFINED_HERE = gated(rx`\bas defined (?:below|above|herein|in this (?:policy|notice|section))\b`);
const DEFINITION_NAMED = gated(rx`\bthe definitions? of\b|^[\w ]{1,40} defined$`);
const DIFFERENCE_BETWEEN = gated(rx`^(?:an?|the|one) (?:[\w-]+ )?(?:difference|distinction) between\b`);
const IDENTIFIABLE_PERSON = gated(rx`\bidentifiable (?:natural )?person\b|\bidentified,? directly or indirectly\b`);
const INCLUDES_SENSITIVE = gated(rx`\bincludes? (?:highly )?sensitive (?:data|information)\b`);
const SENSITIVE_INCLUDES = gated(rx`\bsensitive (?:personal )?(?:data|information)\b[^.;]{0,20}\b(?:includes?|means|covers)\b`);
const MEANING_DATA = gated(rx`\b(?:meaning|which means|defined as) (?:any |the )?(?:data|information)\b`);
const COULD_BE_EXTRACTED = gated(rx`\bcould be extracted\b`);
const EXAMPLES_OF = gated(rx`\b(?:is an|are) examples? of\b`);
/** The reasons a sentence makes no claim, by name, tried in this order. */
/** A link's words: "Learn more about…", "Find out how…". */
const LEARN_MORE = gated(rx`^(?:to |you can |you may )?(?:(?:learn|find out|read|see|know) more|learn (?:how|about|what|why)|find out (?:how|about|what))\b`);
/** Said to be local, or (not) available in places: a description of where, not an act. */
const LOCAL_OR_AVAILABLE = re(rx`\b(?:is|are) (?:\w+ly |only )?(?:local\b|(?:not |un)?available(?= (?:in|outside|within)\b))`);
/** A lead-in to what follows about a topic: "…the following regarding location:". */
const FOLLOWING_ABOUT = gated(rx`\bthe following (?:regarding|about|concerning|on|with respect to) [^.;:]{1,40}:\s*$`);
/** A lead-in ending on a modal and a colon: "Users who opt in may:". */
const MODAL_LEAD_IN = gated(rx`(?<!\b(?:which|that)\s+)\b(?:may|can|will|must|should|could|might|shall)\s*:\s*$`);
/** A path through settings: "go to Settings", "Settings > Privacy > Location". */
const SETTINGS_PATH = gated(rx`\bgo to (?:your |the )?settings\b|\S\s?>\s?\S[^>]{0,40}>|\bsettings ?> ?\w`);
/** A kind said to be a kind: "A biometric identifier is a…". */
const AN_X_IS_A = re(rx`^an?\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|refers to|means)\s+(?:an?|any)\s`);
/** A name said to be a trademark. */
const TRADEMARK = gated(rx`\b(?:is|are) (?:a )?(?:registered )?(?:trademarks?|service marks?)\b`);
/** A word of a clause, which a verbless label has none of: an auxiliary or a pronoun. */
const AUXILIARY_OR_PRONOUN = re(rx`\b(?:is|are|was|were|be|been|has|have|had|we|you|us|it|they)\b`);
export const NON_CLAIM_RULES: Record<string, NonClaimTest> = {
  question: (s) => endsWithQuestion(s) && !PERMISSION_PROMPT.test(s),
  heading: looksLikeHeading,
  'ui-label': (s) =>
    // "…whether we deliver to your area" asks about the company, it does not claim an act of it.
    UI_LABEL_START.test(s) && !/\b(?:we|us)\b/i.test(s.replace(/\b(?:whether|if) we \w+/gi, '')) && !USE_TAKEN.test(s) &&
    // A label, or a step of the interface followed by another ("Press and hold…, then release to send").
    (wordCount(s) <= 12 || UI_NEXT_STEP.test(s)) && !COMPANY_ACT.test(s) &&
    // Not a service listed with its act on the reader's data: "Provide voice transcription services (real-time
    // processing of your audio stream)".
    !ACT_ON_READERS_DATA.test(s),
  // An instruction after the reader's aim or situation: "To find a store near you, enter your ZIP code", "If you
  // suspect someone else registered a fingerprint, remove all stored fingerprints". Not with an act of the company.
  // No first person anywhere: "…, turn off Location Services; we will stop collecting it" is a claim too.
  'ui-instruction': (s) => withoutUs(IMPERATIVE_AFTER_AIM, s) && !COMPANY_ACT.test(s),
  // What the reader will be shown or told, with no act of the company's: "You will see a clear explanation of why
  // location is needed before the permission dialog appears", "You will be notified when location tracking is enabled".
  'reader-notified': (s) => READER_NOTIFIED.test(s) && !FIRST_PARTY_ACT.test(s) && !COMPANY_ACT.test(s) && !PASSIVE_ACT.test(s),
  // A norm for a product or a page, not a practice reported: "Public route pages should never reveal players'
  // location history", "The app should not use location data for advertising" (a "we" makes it the company's word).
  prescription: (s) => SHOULD_NOT.test(s) && !WE_US_OUR.test(s),
  // What a document leaves out of its scope: "This Biometrics Policy does not apply to voice recordings, which are
  // covered by…" (the data is another notice's topic, not an act denied).
  'document-scope': (s) => DOCUMENT_OUT_OF_SCOPE.test(s) && !FIRST_PARTY_ACT.test(s) && !COMPANY_ACT.test(s),
  // A practice the company may take up one day: "If we ever collect biometric data, we will tell you first". Not a
  // condition on a practice it has ("If you enable it, we collect…"; "where required by law, we will seek consent
  // before…", LABELS.md).
  hypothetical: (s) => HYPOTHETICAL_PRACTICE.test(s),
  // A path through the settings: "go to Settings > Location > Permissions".
  'ui-path': (s) =>
    // One step is enough after "Settings": "…in Settings > Privacy Center".
    (SETTINGS_PATH.test(s) || UI_STEPS.test(s)) &&
    // Nor a claim in the passive with its setting after it: "precise location is collected only where you have given
    // consent, and you can withdraw that consent in Settings > Privacy".
    !FIRST_PARTY_ACT.test(s) && !COMPANY_ACT.test(s) && !PASSIVE_ACT.test(s),
  // An instruction opening with its verb, with no act of the company's: "Choose a location for the camera at least
  // three feet from the crib", "Click "Find a Dealer" and enter your ZIP code". A table of contents, too.
  // Not with a claim in the passive after it ("Make sure the app has permission; your location is collected…").
  imperative: (s) =>
    (withoutUs(IMPERATIVE_START, s, FIRST_PARTY_ACT) || /^\W*(?:table of )?contents\s*:/i.test(s)) && !COMPANY_ACT.test(s) &&
    !PASSIVE_ACT.test(s),
  'front-matter': (s) => /^[a-z_]+:\s/.test(s),
  definition: (s) =>
    // Not the company by its name acting on data so defined: "Kestrel Live does not collect … biometric information
    // as those terms are defined under BIPA".
    // Nor in a clause of its own after the definition: "Biometric information means…; Tidewater Residences collects
    // this category in the form of fingerprint templates".
    withoutUs(DEFINING_WORD, s, FIRST_PARTY_ACT) && !namedAct(s, true) ||
    // A quoted term, then what it means: the company's acts inside the meaning describe the term, not a practice.
    // Not with a clause of its own after it ("…means X; we collect it"), a list in brackets aside.
    // Nor one whose meaning is the company's processing: '"Location Data" means the GPS coordinates we collect…'.
    (TERM_DEFINED.test(s) && !/[;:]/.test(s.replace(/\([^()]*\)/g, '')) && !WE_PROCESS.test(s)) ||
    // Not one that says the company collects what it defines: "… and includes your biometrics, that we collect".
    KIND_IS_INFORMATION.test(s) && !FIRST_PARTY_ACT.test(s) ||
    // "Precise geolocation is location information that identifies…": a kind of data, then what it is.
    withoutUs(KIND_OF_DATA, s, FIRST_PARTY_ACT) ||
    // A kind said to be of a category, with no act of the company's: "Your iris pattern is biometric information".
    // Not one then acted on: "Your fingerprints are biometric data and are stored on our servers".
    withoutUs(KIND_CLASSED, s, FIRST_PARTY_ACT) && !namedAct(s, true) && !PASSIVE_ACT.test(s) ||
    // A glossary entry: "Granular geographic data: Data that identifies…".
    GLOSSARY_ENTRY.test(s) ||
    // Not what a report or log sent to the company leaves out: "The crash report … does not include your exact
    // position" says what the company gets.
    // Nor a device that lacks a part and collects nothing: "The lamp does not include a microphone and collects no audio".
    // Nor data pointed at, which is what the company gets: "It does not include your name, … precise device location".
    DOES_NOT_INCLUDE.test(s) && !/\bwe\b/i.test(s) && !POINTED_DATA_RE.test(s) &&
      !SENT_ARTIFACT_LEAVES_OUT.test(s) &&
      !COLLECTS_NONE.test(s) && !PRODUCT_LEAVES_OUT.test(s) ||
    CAN_BE_USED_TO_IDENTIFY.test(s) && !/\bwe\b/i.test(s) ||
    UNIQUELY_IDENTIFIES.test(s) ||
    // Of a quoted term too: 'Examples of a "biometric identifier" include fingerprints; …'.
    withoutUs(EXAMPLES_OF_A_KIND, s) && !/\byour?\b/i.test(s) ||
    // A kind by its genus, both bare plurals: "Biometric identifiers are digital representations of…", "Biometric
    // scanners are computer-based systems that scan…" (of anyone's: not the reader's, nor what we do).
    withoutUs(GENUS_OF_A_KIND, s) && !/\byour?\b/i.test(s) ||
    // What a kind is, or what one of them does by nature: "Biometric data is a type of information that helps identify an
    // individual", "Facial image recognition is an automated way of recognising a face", "A voiceprint reflects the
    // unique properties of your voice", "It can include data such as fingerprints…".
    // (What it could be used for is what it is: "…characteristics which may be used to identify an individual".)
    withoutUs(KIND_IS_A, s) && !claimAct(s.replace(KIND_IS_A, ' ').replace(CAPABILITY, ' ')) ||
    // A term defined in another place of the text: "…is "biometric identifiers" as defined below".
    withoutUs(AS_DEFINED_HERE, s) && !claimAct(s) ||
    // A definition taken from elsewhere, or one announced: "This policy incorporates the definition of biometric
    // identifier utilized by BIPA", "Biometric data defined".
    withoutUs(DEFINITION_NAMED, s) && !claimAct(s) ||
    // How two technologies differ: "A fundamental difference between these technologies and facial recognition is…".
    withoutUs(DIFFERENCE_BETWEEN, s) ||
    // The GDPR's definition of personal data: "…one who can be identified, directly or indirectly, … location data".
    withoutUs(IDENTIFIABLE_PERSON, s) ||
    // The GDPR's list of special categories written out (a legal basis for them, a law's list), not data the company
    // names as its own: "Your consent for special category data (racial or ethnic origin, political opinions, …)".
    // Or begun elsewhere: "data revealing health, biometrics, political views, religious or philosophical beliefs, …".
    // (Not one whose act is denied as a noun: "There will be no collection of data on racial or ethnic origin, …".)
    withoutUs(SPECIAL_CATEGORIES, s) && !claimAct(s) && !namedAct(s, true) && !NO_ACT_NOUN.test(s) ||
    INCLUDES_SENSITIVE.test(s) ||
    // What the law's category holds: "Under the CPRA, sensitive personal information includes … precise
    // geolocation, meaning any data derived from a device…".
    SENSITIVE_INCLUDES.test(s) &&
      !FIRST_PARTY.test(s) ||
    MEANING_DATA.test(s) && !claimAct(s) ||
    // What a law classes data as: "Under the GDPR, biometric data … is a special category of personal data".
    // Also as the law treats it: "Under the laws of some states, precise geolocation is treated as sensitive…".
    // The condition of the class is no act: "…may be considered biometric data if they are used to identify you".
    // Nor a class in an aside: "Your face geometry, which may be considered biometric data, is deleted…".
    LAW_CLASSES.test(s.replace(WHICH_ASIDE, ',')) && !claimAct(s.replace(CLASS_CONDITION, '')) &&
      !FIRST_PARTY.test(s) ||
    // What a thing is not, or is, as a class: "A photo does not constitute a biometric identifier".
    withoutUs(CLASSED_AS, s) && !claimAct(s.replace(CLASSED_AS, ' ')) ||
    COULD_BE_EXTRACTED.test(s) ||
    // Examples of a kind: "Facial recognition and fingerprint scanning are examples of biometric technologies".
    withoutUs(EXAMPLES_OF, s) ||
    // A term as a text uses it: "As used in the ordinance, 'face recognition' covers automated systems…".
    withoutUs(/^as used in\b/i, s, FIRST_PARTY_ACT) ||
    // The answer to "What is X?": "It is a set of numbers describing distances between features of a face."
    withoutUs(WHAT_IT_IS, s) ||
    // "Voice recognition is the ability of software to identify…": what a technology is.
    // Followed by what it is of or for, not by who uses it ("…is the process Acme uses to compare…").
    // Not a feature by its name, of the reader's data: "Voice ID is an authentication technology that uses your voice".
    withoutUs(WHAT_A_TECHNOLOGY_IS, s) && !(/^[A-Z][\w-]* [A-Z]/.test(s) && /\byour?\b/i.test(s)) ||
    // A kind defined by its genus, both indefinite: "A voiceprint is a set of measurable characteristics…", "A
    // passkey is a credential stored on your device…" (any one, not the reader's or the company's).
    withoutUs(AN_X_IS_A, s) && !COMPANY_ACT.test(s),
  // What an act on data needs, said of the act as a noun: "Sales of sensitive data and biometric data require explicit,
  // posted notice", "Processing sensitive data (…) requires opt-in consent".
  requirement: (s) => withoutUs(ACT_REQUIRES, s),
  law: (s) =>
    // What the law does to a kind of data: "Facial recognition technology is regulated differently…".
    // Not after data acted on in the passive: "…are sent to the search provider, whose use of this information is
    // governed by its own privacy policy".
    // Nor beside a denial of its own: "Recording of audio is restricted under the ECPA and will not be used".
    withoutUs(REGULATED, s, FIRST_PARTY_ACT) && !FIRST_PARTY.test(s) && !actedBeforeClauseOf(s, REGULATED) &&
      !DENIED_OWN_ACT.test(s) ||
    // The law's act is looked for in the sentence first: the text without the condition holds no literal more.
    ((LAW_APPLIES_MAY(s) && lawApplies(s.replace(LAW_AS_CONDITION, ' '))) || FORUM.test(s)) && !FIRST_PARTY_ACT.test(s) &&
      // Nor where the document, on the law's condition, says how the company handles the data: "Where the laws of
      // Illinois apply, this policy describes how Acme treats facial scan data".
      !(DOCUMENT_DESCRIBES.test(s) && OWN_ACTS_NAMED.test(s)) ||
    isNormStatement(s),
  // The reader's own setting, when it opens the sentence; after a claim ("…is shared, but you can switch it
  // off") it ends the claim instead (userSettingFrom).
  // A later act of the company's ("…, and we will then collect your precise location") is a claim of its own.
  'user-setting': (s) => {
    const at = userSettingFrom(s);
    // Not after the company's own act: "We share your precise location, but you can switch it off" claims first.
    return at !== undefined && at <= FIRST_WORDS && userSettingEnd(s) === s.length && !claimAct(s.slice(0, at));
  },
  // Not after a clause of the company's own act: "…; we do not apply facial recognition to this content, and we
  // recommend that you respect the privacy of others" still denies.
  advice: (s) => {
    const m = ADVICE.exec(s);
    return m !== null && !FIRST_PARTY_ACT.test(s.slice(0, m.index));
  },
  // A control the reader is told to use, with no act of anyone's beside it: "You should turn off the location services
  // in your phone settings". An act of ours the reader may not want is not one asserted: "If you do not want us to use
  // your location for these purposes, you should turn off…" (not "…, although we keep face templates for 90 days").
  // Nor with a clause after it that says what happens anyway ("…; Acme still shares your city", "…, because the
  // assistant uploads every recording").
  'reader-control': (s) =>
    READER_CONTROL.test(s) && !FIRST_PARTY_ACT.test(s.replace(UNWANTED_ACT, ' ')) && !COMPANY_ACT.test(s) && !PASSIVE_ACT.test(s) &&
    !AFTER_CONTROL.test(s),
  // Link text: "Learn more about how we use location information."
  'link-text': (s) =>
    // Also addressed to the reader: "You can learn more about how location works on your device in its settings".
    (LEARN_MORE
      .test(s) && wordCount(s) <= 16 || CROSS_REFERENCE.test(s)) &&
    // Not one that takes the company's use as given: "Learn more about how we use location information",
    // "…about Google's use of location information" (the dev labels count these as claims).
    !FIRST_PARTY_ACT.test(s) && !USE_TAKEN.test(s),
  // The reader finding out more: "You can obtain further information on location-based services if required."
  'reader-information': (s) => READER_INFORMATION.test(s) && !claimAct(s),
  // A lead-in whose verb is in the items below: "Users who opt in to location sharing may:". Not a relative clause's
  // modal, whose items say what its noun does, after a main clause of its own: "The purpose of call recording is to
  // provide a record of the call which can:".
  'lead-in': (s) => withoutUs(MODAL_LEAD_IN, s) ||
    // A declaration announced about a topic: "we declare the following regarding Face Data:".
    FOLLOWING_ABOUT.test(s),
  'reader-duty': (s) => withoutUs(READER_DUTY, s) || withoutUs(USERS_RULES, s, FIRST_PARTY_ACT),
  // The reader's rights and how to use them: a request about data is not the company collecting it.
  // "…the right to know whether we collect X": the act is what the reader may ask about, not a claim.
  // The company by its name is the first party too: "ID.me will not collect your biometric information without
  // your consent, and you may ask us to delete it".
  'rights-request': (s) =>
    RIGHTS_REQUEST.test(s) && !FIRST_PARTY_ACT.test(s.replace(/\b(?:whether|if) we \w+/gi, '')) && !namedAct(s) &&
    !APP_REQUESTS_ACCESS.test(s),
  // The state of the user's device or the reader's own choice, with no act of the company.
  'device-state': (s) =>
    ((READER_CHOICE.test(s) && !CHOICE_OF_COMPANY_ACT.test(s) || DEVICE_OFF.test(s)) && !claimAct(s)) ||
    // The state itself ("in use") is not an act on data.
    // Not an aside on an item of data: "GPS coordinates (when GPS tracking is enabled), trip destinations".
    (DEVICE_ON.test(s) && DEVICE_ON.test(s.replace(/\([^()]*\)/g, '')) && !ANY_VERB.test(s.replace(DEVICE_ON, ''))) ||
    // What the feature could be used for is what it is, not an act: "Your device may have sensors that can be used
    // to understand your location" (not "…sensors that are used by us", "…that we use").
    (DEVICE_FEATURE.test(s) && !claimAct(s.replace(CAPABILITY, ' '))) ||
    // What the reader can do without a permission is no act on what the permission would give: "Riders can enter
    // addresses without granting location permission" (not "…, but we still collect their location").
    (READER_WITHOUT_PERMISSION.test(s) && !claimAct(s)) ||
    // Nor what the reader may choose in place of it: "If you do not want to use device location, you can use manual
    // location search instead", "You can grant an approximate location rather than a precise one" (not "…, and we then
    // estimate your city from your IP address").
    (READER_ALTERNATIVE.test(s) && !claimAct(s)),
  // A notice about names: "Face ID and Touch ID are trademarks of Apple Inc.".
  trademark: (s) =>
    withoutUs(TRADEMARK, s) && !claimAct(s),
  // "Your GPS location is your exact location.": a copula between names, no act of anyone.
  copula: (s) =>
    // The copula of the main clause, not of a subordinate one: "Real-time GPS location while the app is active" is
    // a list item of data.
    wordCount(s) <= 14 && COPULA.test(s.replace(SUBORDINATE_CLAUSE, ' ')) && !ANY_VERB.test(s) && !FIRST_PARTY.test(s) &&
    // Not an access said of the data, which is a flow: "Biometric data … is not accessible to the App"; nor where it
    // is, which is one too: "Voiceprints are local" (flow.ts).
    // Nor a feature available or not, which says whether the data is processed: "Voice ID is not available in the EU".
    !ACCESS_PREDICATE.test(s) && !LOCAL_OR_AVAILABLE.test(s),
  // "…may be approximate and can reflect…": what data is like, not what anyone does with it.
  // (Not in an aside: "Your face geometry, which may be considered biometric data, is deleted within 24 hours".)
  description: (s) =>
    DESCRIPTION.test(s.replace(WHICH_ASIDE, ',')) && !claimAct(s) || /\bdepends? on\b/i.test(s) && !ANY_VERB.test(s) ||
    AVAILABILITY.test(s) && !ANY_VERB.test(s) && !FIRST_PARTY.test(s) ||
    // What a technology can do, said of the technology: "Gaze detection can determine the direction…", "Voice recognition
    // can identify the user by their voice" (what it can do to anyone).
    TECHNOLOGY_CAN.test(s) && !/\b(?:we|us|our|you|your)\b/i.test(s) ||
    // What a method uses, not of the service's users: "Liveness verification uses biometric data to confirm that the
    // user is present" is the service's method.
    METHOD_USES.test(s) && !/\b(?:we|us|our|you|your|the users?|customers?)\b/i.test(s),
  // A promise withheld: "We do not guarantee that location-based results will be accurate", "we cannot guarantee
  // that voice recordings will never be accessed" (what the that-clause says is not asserted).
  warranty: (s) => {
    const m = WARRANTY.exec(s);
    return m !== null && !FIRST_PARTY_ACT.test(s.slice(0, m.index));
  },
  // A commitment to protect data names no practice: "We are committed to protecting sensitive data such as…".
  commitment: (s) => onlyThis(s, COMMITMENT),
  // Nor does a greeting: "Welcome to our Speech-to-Text application".
  greeting: (s) => /^\W*welcome to\b/i.test(s) && !claimAct(s),
  'reader-recourse': (s) => onlyThis(s, DEVICE_SETTINGS) || onlyThis(s, COMPLAINT),
  'category-defined': (s) => withoutUs(CATEGORY_DEFINED, s),
  // The document speaking of itself: "This section explains your choices about location permissions."
  'self-reference': (s) =>
    // Named by its topic too: "This Biometric Information Privacy Policy explains Emblem's approach to…". Not the company's
    // own acts as its object, which it takes as given: "…sets forth the University's procedures for collection of…".
    SELF_REFERENCE.test(s) && !/\bwe\b/i.test(s) && !OWN_ACTS_NAMED.test(s) ||
    // "If you live in Illinois, the following section about biometric identifiers applies to you."
    withoutUs(SECTION_APPLIES, s, FIRST_PARTY_ACT) ||
    // What the document governs: "These Terms of Service ("Terms") govern your access to … and any … audio …".
    DOCUMENT_GOVERNS.test(s) && !claimAct(s) && !RELATIVE_ACT.test(s),
  // Another party's duties: "Developers who use our SDK are responsible for obtaining their users' consent…".
  responsibility: (s) => RESPONSIBLE.test(s) && !claimAct(s),
  // The operating system's rule for Bluetooth scans: "Android requires location permission to scan for BLE devices",
  // "Precise BLE scanning requires location services to be enabled". What the OS asks for says nothing of what the
  // company collects (the company's act, or one in the passive, still counts: "…; we do not track your location",
  // "…, and your location is sent to our servers"; the OS as the one that requires is no such party).
  // A permission's setting and what its options mean: "location services must be set to Always for geofencing to work",
  // "While Using the App: allows access to Location Services only when the app is on screen" (not "…, we collect…").
  'permission-setting': (s) => PERMISSION_SETTING.test(s) && !claimAct(s.replace(PERMISSION_SETTING, ' ')),
  // Asking for the permission is no act on the data: "The app asks for location permission because Android needs it to
  // scan for Bluetooth devices".
  'os-requirement': (s) =>
    BLUETOOTH_NEEDS_LOCATION.test(s) && !claimAct(s.replace(PERMISSION_ASKED, ' ')) && !FURTHER_PURPOSE.test(s),
  discouragement: (s) => /\bdo(?:es)? not encourage you to provide\b/i.test(s),
  // What follows from the reader's refusal: "If you do not allow access, the location-based display of content
  // may not be possible". Whether features work says nothing of what the company collects.
  'refusal-consequence': REFUSAL_CONSEQUENCE,
  // The product working though the reader withholds a permission: "The app works without location permission". What
  // it needs no permission for says nothing of what the company collects (the company's act elsewhere still does).
  'works-without': (s) => WORKS_WITHOUT.test(s) && !claimAct(s.replace(WORKS_WITHOUT, ' ')),
};

/** The most words of a label: a category's name, not a sentence. */
const LABEL_MAX_WORDS = 8;
/**
 * A label with no verb of its own ("Precise geolocation.", "Biometric information"): a category's name, which the
 * next sentence may answer ("We do not collect this category.").
 */
export function isVerblessLabel(s: string): boolean {
  if (s.length > MAX_HEADING_CHARS) return false;
  return (
    wordCount(s) <= LABEL_MAX_WORDS &&
    !ANY_VERB.test(s) &&
    !AUXILIARY_OR_PRONOUN.test(s)
  );
}

/** Whether the sentence ends with a question mark (closing quotes or brackets after it allowed). */
export function endsWithQuestion(s: string): boolean {
  // Markdown's emphasis may close after it: "**What data does the app collect?**".
  return /\?["'”’)*_]*\s*$/.test(s);
}

/** The reason a sentence makes no claim about a practice, or undefined when it may. */
/** Verbs of what the service does, opening a listed purpose: "- Provide live location updates to users". */
const PURPOSE_ITEM = /^(?:provide|show|display)\b/i;
/** A list item's marker, which a page's text keeps: "- Turn off location sharing…", "• Toggle Off: turn off…". */
export const LIST_MARKER = re(rx`^\s*[${LIST_MARKER_CHARS}]\s+`);
export function nonClaimReason(sentence: string, line?: LineKind): string | undefined {
  const item = sentence.replace(LIST_MARKER, '');
  const marked = item !== sentence;
  // The marker says what the block is where the page did not: "• GPS location" is an item, not a heading. An item
  // opening with a verb of the service is a purpose listed ("- Provide live location updates to users"), not a
  // button's label.
  const purpose = marked && PURPOSE_ITEM.test(item);
  return Object.keys(NON_CLAIM_RULES).find((id) =>
    !(purpose && id === 'ui-label') && NON_CLAIM_RULES[id]!(item, line ?? (marked ? 'list-item' : undefined)));
}
