/**
 * Data terms by head noun × modifier (DESIGN.md "mentions"): a face is named by its geometry, measurements,
 * template, map or scan as much as by "faceprint", and the same modifiers read after the head ("facial
 * geometry") or before it with "of" ("the geometry of your face"). The tables generate the patterns that
 * vocabulary.ts's TYPE_TERMS use; a new wording is a new row, not a new sentence-shaped pattern.
 */
import { alternatives, cased, rx, words } from '../text/pattern';
import { topAlternatives } from '../text/alternatives';
import { EG } from './abbreviations';

export interface HeadModifiers {
  /** The head nouns or adjectives: face, facial. */
  heads: string[];
  /** Modifiers that make an identifier (a template that recognizes a person). */
  identifier: string[];
  /** Modifiers that name the data without identifying (detection, recordings). */
  plain: string[];
  /** Possessors allowed in "the geometry of your face". */
  of?: string[];
  /** Parts of the head that may stand between it and a modifier: "facial muscle movements", "facial skin texture". */
  parts?: string[];
}

const alt = (xs: string[]) => xs.join('|');
/** Data by either name: "location data", "location information". */
export const DATA = rx`(?:data|information)`;

// The modifier lists are written as alternatives, which the build joins into one piece and packs like the other patterns
// (a list of strings ships as it is), and split back into the same list: no modifier holds a bar outside a group.
export const FACE: HeadModifiers = {
  // Also first of two coordinated modifiers: "facial and iris recognition", "the facial and voice data" (not a
  // location's word, which is a mention of its own: "facial and location data"; nor a document's, whose "ID" is a
  // card: "an image of the signer's face and government ID").
  // Or the first of a longer list: "camera, face, body, and microphone data".
  heads: ['face', 'facial', 'faces',
    rx`(?:facial|face)(?:, (?!(?:geo)?location|gps)[\w-]+){0,3},? (?:and|or) (?!(?:geo)?location|gps|government|passport|national|state)[\w-]+`],
  identifier: topAlternatives(alternatives([
    'geometr(?:y|ies)', 'templates?', 'encodings?', 'prints?', 'signatures?', 'maps?', 'mapping', 'scans?', 'scanning', 'recognition',
    'identification', 'authentication', 'verification', 'match(?:ing|es)?', 'grouping', 'measurements?', 'representations?',
    'vectors?', 'embeddings?', 'biometrics?', 'id', 'identifiers?', 'comparisons?', 'similarity', 'search',
    // The numbers a face is turned into: "an encrypted copy of your facial math".
    'math',
    // Signing in by face is recognising it: "face sign-in", "face unlock".
    'sign-?in', 'log-?in', 'unlock',
  ])),
  plain: topAlternatives(alternatives([
    'detection', 'evaluations?', 'features?', 'attributes?', 'expressions?', 'movements?', 'points?', 'analysis', 'landmarks?',
    'characteristics', 'age estimation', 'tracking', 'data', 'information', 'shape', 'contours?', 'dimensions',
    'positions?', 'orientation', 'topology', 'width', 'height', 'liveness', 'blurring', 'reactions?', 'gestures?',
    // Where a face is in a picture, found to edit or mask it: "the facial regions of the image", "face boundaries".
    'regions?', 'key ?points?', 'boundar(?:y|ies)', 'bounding (?:box(?:es)?|rectangles?)', 'rectangles?', 'related (?:data|information)',
    // A model of a face may be a mesh for an effect or a template: which one, the sentence's purpose says.
    'models?',
    // What is measured of it: "facial patterns", "facial metric visualization" (not "reports": "users who face reports").
    'patterns?', 'metrics?',
    // Its build and surface: "facial bone structure", "facial skin texture".
    'structure', 'textures?', 'parameters',
    // A check run on one: "providers for hosting, face checks, image generation".
    'checks?',
  ])),
  // Any possessor: "a recognition model of the child's face", "the shape of each driver's face".
  of: ["your", "the user'?s?", "a user'?s", "a person'?s", 'their', 'the', 'a', 'each', "the customer'?s",
    rx`(?:the |a |each |every )?[\w-]+'s`],
  parts: ['muscles?', 'skin', 'bones?', 'tissues?', 'muscle and skin'],
};

export const VOICE: HeadModifiers = {
  // Also first of two coordinated modifiers, as for the face: "no voice or text data ever leaves your phone".
  // What the microphone picks up: "microphone data", "location, microphone or camera data".
  // What is said aloud, whoever hears it: "verbal information that is recorded", "verbal communications".
  heads: ['voice', 'vocal', 'verbal', 'speech', 'spoken', 'audio', 'audio\\/video', 'microphone',
    // Not a person's: "your voice and player ID" is the player's ID, not a voice ID.
    rx`(?:voice|microphone) (?:and|or) (?!(?:geo)?location|gps|player|user|account|member|customer|caller)[\w-]+`],
  identifier: topAlternatives(alternatives([
    'prints?', 'authentication', 'verification', 'identification', 'biometrics?', 'signatures?', 'ids?', 'profiles?',
    'templates?', 'identifiers?',
  ])),
  plain: topAlternatives(alternatives([
    'recordings?', 'input', 'commands?', 'data', 'clips?', 'notes?', 'messages?', 'queries', 'search(?:es)?',
    // What the reader says as content of their own: "voice responses", "voice entries", "voice reviews".
    'responses', 'entries', 'reviews?', 'comments?', 'replies', 'posts?', 'questions?',
    // Done by voice: "voice-based assessments", "a voice-based age check".
    'based',
    'activity', 'samples?', 'requests?', 'interactions?', 'transcripts?', 'transcriptions?', 'files?', 'information',
    'content', 'captures?', 'chats?', 'analysis', 'answers?', 'communications?', 'streams?', 'feeds?', 'processing',
    // What is measured of it: "vocal signals such as tone, pace, energy", "voice tone".
    'signals?', 'tone',
    // What is worked out from it: "voice analytics", "speech analytics".
    'analytics',
    // Turned into text: "voice-to-text transcription", "the Speech-to-Text API".
    'to-text',
    // A model that speaks as the person ("voice cloning", "a voice clone") makes speech; it recognises no one.
    'cloning', 'clones?',
  ])),
};

/** "face geometry", "facial templates": head then modifier. */
export function headThenModifier(t: HeadModifiers, which: 'identifier' | 'plain'): string {
  const part = t.parts ? rx`(?:(?:${alt(t.parts)}) )?` : '';
  // Not the verb after a subject or a modal: "if you face data loss", "users who face checks", "we may voice concerns".
  return rx`(?<!\b(?:you|we|they|who|i|may|might|could|can|will|would|often) )` +
    rx`\b(?:${alt(t.heads)})[ -]${part}(?:${alt(t[which])})\b`;
}

/** Modifiers that do not read as "<modifier> of your face" ("data of your face" is not a face template). */
const NOT_BEFORE_OF = cased(rx`^(?:data|information|id|recognition|identification|authentication|verification|grouping|matching)$`);

/** "the geometry of your face", "a map of the user's face": modifier, "of", possessor, head. */
export function modifierOfHead(t: HeadModifiers, which: 'identifier' | 'plain', head: string): string {
  const mods = t[which].filter((m) => !NOT_BEFORE_OF.test(m));
  // Also made for it: "a unique identifier for your voice". The head itself, not a modifier of another: not "the id of
  // your voice note".
  return rx`\b(?:${alt(mods)}) (?:of|from|on|for) (?:(?:${alt(t.of ?? ['your', 'the'])}) )?${head}s?\b` +
    rx`(?! (?:notes?|messages?|memos?|recordings?|commands?|chats?|calls?|search\w*|mails?|assistants?|data|photos?|images?)\b)`;
}

/**
 * Recorded calls and conversations: the user's voice as audio a company keeps (LABELS.md: recorded calls are
 * voice, not an identifier). The head is the call, the modifier the recording or transcript.
 */
// A video call carries the voice too: "recordings of video calls".
const CALLER = words('telephone|phone|customer[- ]service|customer|support|service|voice|video|hotline');
// One more modifier after the caller's word: "recordings of telephone screening calls".
// Not a program's calls: "API calls are recorded for billing".
export const PROGRAM_CALL_BEFORE = rx`(?<!\b(?:api|function|method|network|http|rpc|system|sdk) )`;
const CALL = rx`(?:${CALLER} (?:[\w-]+ )?)?${PROGRAM_CALL_BEFORE}(?:calls?|conversations?)`;
/** A microphone, or the device's own: "the phone's microphone". */
const DEVICE_MICROPHONE = rx`(?:device'?s? |phone'?s? )?microphone`;
/** Whose it is, any owner: "the ", "your ", "the user's ", "each student's ", "employees' ". */
const OWNER = rx`(?:(?:the|your|their|an?|each) )?(?:[\w-]+(?:['’]s|s') )?`;
/** A measure or log of the calls, not their recording: "the duration of calls", "the dates of your phone calls". */
const MEASURE_OF = rx`(?:length|duration|dates?|times?|number|count|frequency|logs?|details|metadata) of\b`;
/**
 * Where a noun phrase ends after its head: punctuation, or a word that cannot modify it (a conjunction, a
 * preposition, a verb's auxiliary, an adverb). "scan your hand to verify…", not "scan your hand-drawn pictures";
 * "record lectures and…", not "record your lecture progress".
 */
export const NOUN_ENDS =
  rx`(?=\s*(?:[,.;:)!?/]|$)|\s+(?:\w+ly|and|or|to|for|with|of|on|at|in|into|against|so|as|when|while|each|every|once|before|after|` +
  rx`using|via|which|that|who|where|is|are|was|were|will|may|can|could|would|should|held|by|from|you|we|they` +
  // Participles of an event held: "interviews conducted on the platform".
  rx`|conducted|hosted|scheduled|arranged|organi[sz]ed)\b)`;
/**
 * Events where people speak, whose recording holds their voices: meetings, lectures, webinars. The newer words only
 * where they end their phrase: not "lecture attendance", "webinar registration". (Not lessons or tutorials, which a
 * service also sells as recorded content.)
 */
// Other spoken encounters held live: classes, lessons, interviews, consultations, and sessions of teaching or care (not a
// bare "session", which on a website is a visit: "session recordings" replay the screen).
const MEETING = rx`(?:meetings?|(?:(?:lecture|webinar|seminar|lesson|tutorial|interview|consultation)s?|class(?:es)?)${NOUN_ENDS}` +
  rx`|(?:live|video|tutoring|therapy|coaching|counsell?ing|teaching) sessions?\b)`;
/** What a call's words name besides what was said: "call logs", "call volumes", "the call history". */
const CALL_RECORD_NOT_CONTENT = rx`(?:logs?|history|records?|details|data|metadata|durations?|times?|dates?|volumes?)`;
/** A call's recordings or transcripts (not a school's transcripts: "your academic transcripts"). */
const KEPT_WORDS = rx`(?:recordings?|(?<!\b(?:academic|school|college|university|official|grade) )transcripts?)`;
/** A call or a conversation as a noun, not the verb: "we will call you about your transcripts". */
// A discussion recorded is one held aloud: "recordings of telephone discussions you have had with us".
const SPOKEN_EXCHANGE = rx`(?<!\b(?:will|to|may|might|we|you|can|could|would|shall) )(?:calls?|conversations?|discussions?)`;
export const CALL_RECORDING = alternatives([
  rx`\b(?:call|telephone|telephony|phone|meeting|interview) (?:recordings?|transcripts?|audio|contents?)\b` +
    rx`|\b(?:lecture|webinar|seminar) (?:recordings?|transcripts?|audio)\b`,
  // Meetings recorded or transcribed (not their shared files: "the content of your meetings").
  // With a second verb too: "records and transcribes interviews".
  rx`\brecord(?:s|ed|ing)?(?: and (?:transcrib|analy[sz])\w*)? (?:the |your |their |our |all |any |an? |some |most |certain |these |those |such )?` +
    rx`(?:(?:video|online|live|virtual) )?${MEETING}\b`,
  // Whose meetings too: "the recording of parish council meetings"; and in the passive: "the meeting will be recorded".
  rx`\b(?:transcripts?|recordings?) of (?:your |the |all )?(?:[\w-]+ ){0,2}?${MEETING}\b`,
  // Also in a relative clause: "a meeting that is recorded and/or transcribed".
  rx`\b${MEETING} (?:(?:that|which) )?(?:(?:may|might|will|can|could|are|is|would) )?(?:be |also |sometimes |\w+ly )*(?:recorded|transcribed)\b`,
  // Spoken research sessions recorded: "recordings of interviews and focus groups".
  rx`\b(?:transcripts?|recordings?) of (?:your |the |all |our )?(?:[\w-]+ )?(?:interviews?|focus groups?)\b` +
    // An appointment recorded is a consultation's: "Recordings of your appointment are kept for 6 months".
    rx`|\b(?:transcripts?|recordings?) of (?:your |the |all |each |any )?(?:[\w-]+ )?appointments?\b`,
  // What was said in a call, not its date or length: "a summary of your call", "the intent of your call".
  // Also "recordings, from your calls".
  rx`\b(?:(?:recordings?|transcripts?|audio|summar(?:y|ies)|contents?|intent|analysis),? (?:of|from)|what is said,? (?:of|from|on|in)) ` +
    // A part of the calls, with its own determiner: "recordings of part of the customer calls".
    // Whose calls, too: "the content of your child's phone calls".
    rx`(?:your |our |the |any |these |such |a |some )?(?:(?:portions?|parts?|samples?|number) of (?:the |your |our )?)?` +
    rx`(?:[\w-]+['’]s )?${CALL}`,
  // A recording with a call or a conversation in the same clause is the call's: "We may refer to the recording to
  // clarify the details of our conversation", "All recordings can be used to verify what was agreed during a call".
  // So are transcripts: "Lead details, transcripts, call metadata… are retained".
  rx`\b${KEPT_WORDS}\b(?=[^.;]{0,80}\b${SPOKEN_EXCHANGE}\b)|\b${KEPT_WORDS}\b(?<=\b${SPOKEN_EXCHANGE}\b[^.;]{0,80})`,
  // "Telephone conversations between you and our support team may be recorded": the call is named first.
  // So are other spoken encounters: "Telehealth appointments are not recorded unless…", "phone screens with our
  // recruiters may be recorded", "consultations may be recorded".
  rx`\b(?:${PROGRAM_CALL_BEFORE}calls?|conversations?|consultations?|(?:phone|telephone|voice` +
    rx`|video) (?:interviews?|screens?)|(?:telehealth|video|phone|virtual) (?:appointments?|visits?|sessions?))\b` +
    // Not a log or a measure of them: "call logs are retained", "call volumes are monitored".
    rx`(?![- ]${CALL_RECORD_NOT_CONTENT}\b)` +
    rx`(?=[^.;]{0,160}\b(?:recorded|transcribed|monitored|retained)\b)`,
  // Also among coordinated verbs: "record and analyze calls", "record, store or transcribe your calls".
  // Not the noun: "records of calls made on company telephones" are call logs.
  // Two modifiers coordinated too: "records inbound and outbound calls".
  rx`\brecord(?:s(?! of\b)|ed|ing)?(?:(?:,\s*\w+){0,3},?\s+(?:and|or)\s+\w+)? ` +
    // Three words before the calls: "records all inbound and outbound calls".
    // A share of them too: "records most of our incoming and outgoing telephone calls".
    // And a share of one of two: "records all incoming and most of the outgoing calls". Not a measure of the calls
    // ("we record the duration of calls").
    rx`(?!(?:the |your |our )?${MEASURE_OF})` +
    rx`(?:(?:most|all|some|many|any|each|certain) of )?(?:the |your |a |our |any |some )?(?:portion of )?` +
    rx`(?:(?:(?:most|all|some|many|each|certain) of (?:the |our |your )?)?[\w'’-]+ (?:(?:and|or) )?){0,3}` +
    rx`${CALL}\b` +
    // Or recording what the phone calls are among: "record any of your communications with us, including telephone
    // conversations and emails".
    // (The verb, not a log: "a record of your phone calls"; nor a measure of the calls: "the length of your phone calls".)
    rx`|(?<!\b(?:a|the|call|phone) )\brecord(?:s|ed|ing)?\b(?! of\b)` +
    rx`(?=(?:(?!\b${MEASURE_OF})[^.;]){0,80}` +
    rx`\b(?:telephone|phone) (?:calls?|conversations?)\b)`,
  // Kept, listened to or analysed, which only a recording allows: "Calls are retained for 4 weeks", "a call may be
  // listened into by another staff member".
  rx`\b${CALL} (?:(?:may|might|will|can|could|are|is|would) )?(?:be |also |sometimes |\w+ly )*` +
    rx`(?:recorded|transcribed|monitored|retained|kept|stored|analy[sz]ed|listened (?:in)?to)\b`,
  // Also past one modifier: "to monitor live calls for quality"; analysed: "we can analyse the call further".
  rx`\b(?:monitor|listen to|listen in on|hear|overhear)(?: and record)? (?:the |your )?(?:[\w-]+ )?${CALL}` +
    // One call analysed is its content: "we can analyse the call further" (not "analyze calls with you", meetings held).
    rx`|\banaly[sz]e (?:the|your|this|that|each) call\b(?! ${CALL_RECORD_NOT_CONTENT}\b)`,
  // The microphone as a way in, not as hardware in a device inventory ("speakers, microphone, camera").
  alternatives([
    // Also the last of a list of ways in: "shared through the screen, webcam, web traffic or microphone"; reached by the
    // app: "the app cannot access your microphone without your permission".
    // "uses your microphone, if you enable it, to record…".
    // Also the object of access among others: "We do not access your camera, microphone, or contacts".
    // The mention is the microphone alone: the items before it are mentions of their own ("does not request access to
    // your location, contacts, camera, microphone" denies the location too).
    rx`\b${DEVICE_MICROPHONE}\b(?<=\b(?:access(?:es|ed|ing)?(?: to)?|through|via|using|uses|with|from) ${OWNER}` +
      rx`(?:[\w-]+(?: [\w-]+)?, ){0,4}(?:[\w-]+(?: [\w-]+)?,? (?:or|and) )?${DEVICE_MICROPHONE})` +
      // Not its button: "mute the microphones using the microphone button".
      // Nor one switched off: "with a participant's microphone muted".
      rx`(?! button| muted| off| disabled)`,
    // The head reaches every item of a list before it: "microphone or location permissions", "No photos,
    // microphone, or camera access", "camera, microphone, or other sensor data".
    // The mention is the microphone alone: the other items are mentions of their own. So is a list after the
    // head: "permissions like camera, microphone, contacts".
    rx`\bmicrophone(?=(?:(?:,(?: and| or)?|,? (?:and|or)) (?:other )?[\w-]+){0,4} (?:access|permissions?|input|recordings?|data|audio)\b)` +
      rx`|\bmicrophone\b(?<=\bpermissions? (?:like|such as|including|for|to access) (?:[\w-]+, ){0,4}(?:(?:and|or) )?microphone)`,
    // Used, by anyone but the reader: "we may use the microphone" (not "when you use the microphone").
    rx`\buse[sd]? ${OWNER}${DEVICE_MICROPHONE}\b(?<=\b(?:we|app|application|service|game|extension) (?:\w+ ){0,2}use[sd]? [^.;]{0,40})` +
      rx`(?! button| muted| off| disabled| headset)`,
    // The microphone switched on: "never turns on your microphone".
    rx`\b(?:turn(?:s|ed|ing)? on|activat(?:e|es|ed|ing)|switch(?:es|ed|ing)? on) ${OWNER}${DEVICE_MICROPHONE}\b`,
    // The same in the passive: "the microphone is never switched on by the app".
    // With any auxiliary: "the test taker's microphone may be turned on during the session".
    rx`\bmicrophones? (?:(?:is|are|was|were|gets?|(?:may|might|can|could|will|would|shall) be|ha(?:s|ve) been) )?` +
      // Or used, not only to an end ("…is never used to identify a child by name" limits a use).
      // Not by whom else ("…used by your browser, not by us") nor one of many ("A microphone is used in our studio").
      rx`(?:never |not |also |only )?(?:(?:switched|turned) on|activated|accessed|used(?! to\b| by\b)(?<!\ban? [^.;]{0,40}))\b`,
    // What the microphone hears: "sound picked up by the device's microphone".
    rx`\b(?:picked up|captured|recorded|heard|detected) by ${OWNER}${DEVICE_MICROPHONE}s?\b`,
  ]),
]);

/** Body parts by their dimensions: hand or palm geometry, finger scans, vein patterns (BIPA §10). */
// Not "body": body measurements for clothing sizes are not biometric data.
const BODY = ['hand', 'palm', 'finger', 'ear', 'vein'];
const BODY_MODS = ['geometry', 'measurements?', 'dimensions', 'scans?', 'prints?', 'veins?', 'vein patterns?'];
export const BODY_DIMENSIONS = alternatives([
  rx`\b(?:${alt(BODY)})[ -](?:${alt(BODY_MODS)})\b`,
  rx`\b(?:geometry|measurements?|dimensions|scans?|(?:physical )?characteristics|shape|representations?|templates?) of ` +
    rx`(?:your |the |a user'?s |their |each |every |an? )?(?:${alt(BODY)})s?\b`,
  // "the veins in your palm", "the lines on your hand".
  rx`\b(?:veins?|vein patterns?|lines|creases) (?:in|of|on) (?:your |the |a user'?s |their )?(?:palms?|hands?|fingers?)\b`,
]);

/**
 * Precision from the policy's own word, read as a modifier of any location head: "precise tracking data",
 * "exact position", "approximate area", "coarse location". The policy's word wins over the source.
 */
const LOCATION_HEADS = alternatives([
  rx`(?:geo)?locations?|positions?|routes?|zones?|coordinates|whereabouts|tracking data|location[- ]tracking|geo-?data`,
  rx`area`,
  // The area words that take a precision adjective: "the approximate region", "your general vicinity".
  rx`region|vicinity`,
  // The ends of a trip or an activity: "the exact start point of each activity".
  rx`(?:start(?:ing)?|end(?:ing)?|finish|departure|arrival) points?`,
]);
/** The words a policy uses for a rough location, one list for every pattern that reads them. */
// A precision word under a comparative of less is rough too: "a less precise version of your location".
/** The marks a page's text keeps before a list item ("- ", "• "), for a character class. */
export const LIST_MARKER_CHARS = rx`\-–•●▪◦*·`;
export const ROUGH_WORD =
  rx`approximate|coarse|general|generali[sz]ed|imprecise|non-(?:precise|specific)|rough|broad|fuzz(?:y|ed)|obfuscated` +
  rx`|less (?:precise|exact|accurate|granular)`;
/** The adjectives of a rough location, as a predicate or in "precise or approximate"; "not precise" among them. */
export const NOT_PRECISE = rx`not (?:very )?(?:precise|exact|accurate)`;
export const ROUGH = rx`(?:approximate|coarse|imprecise|rough|${NOT_PRECISE})`;
/** "precise location", "exact GPS location", "your specific location", unless "or approximate" follows. */
export const PRECISE_WORD =
  rx`(?<![\w-])(?<!\bless )(?:precise|exact|accurate|(?<=\b(?:your|their|its|his|her|my) )specific|fine-grained|pin-?point|high-accuracy|high-precision)` +
  // Also before a contrast sharing the head: "precise rather than approximate location"; or either: "precise/coarse
  // location", "precise or approximate geographic coordinates".
  rx`(?: (?:rather than|instead of) (?:${ROUGH})| ?(?:\/|or|and\/or|and|&) ?(?:${ROUGH_WORD}))?` +
  rx`(?: (?:gps|geographic|device|physical|real-time|geo))?[ -](?:${LOCATION_HEADS})\b(?! (?:or|and|and\/or) (?:${ROUGH}|general))`;
/** "a coarse version of your location": the precision word on a noun that stands for the location. */
export const APPROXIMATE_OF =
  rx`(?<![\w-])(?:${ROUGH_WORD}|reduced|truncated) ` +
  rx`(?:version|form|level|estimate|approximation|indication|idea|sense|picture) of (?:your |the user'?s? |their )?` +
  // Also the place said as a clause: "a rough idea of where you are".
  rx`(?:${LOCATION_HEADS}|where (?:you|your [\w-]+|the [\w-]+) (?:are|is))\b`;
export const APPROXIMATE_WORD =
  rx`(?<![\w-])(?:${ROUGH_WORD})` +
  // Also before a word of time: "coarse live location", "approximate real-time location".
  // The policy's word over its source: "your approximate device GPS coordinates" (LABELS.md).
  rx`(?: (?:geographic|geo|device|live|real-time|current|home))?(?: gps)?[ -](?:${LOCATION_HEADS})\b`;
/**
 * The precision said of the location as a predicate: "the location we receive may be precise (from GPS) or
 * approximate (from your network)", "your position is only approximate". The adjective is the mention; the
 * location noun must stand before it in the clause (the look-behind runs only where the adjective matched).
 */
// Not a question about it: "we do not know if your location is exact".
const PREDICATE_LEAD =
  rx`(?:(?<!\b(?:if|whether)\s(?:\w+\s)?)(?:location|position|whereabouts)\b[^.;]{0,60}\b(?:be|is|are|or)\s` +
  rx`(?:\([^()]{0,40}\)\s)?(?:only\s|very\s|always\s|either\s)?` +
  // Or denied in a bracket after it: "general location (city-level, never precise)".
  rx`|\b(?:location|position)\s?\([^();]{0,30}\b(?:never|not)\s)`;
export const APPROXIMATE_PREDICATE =
  rx`\b${ROUGH}\b(?! (?:${LOCATION_HEADS})\b)(?<=${PREDICATE_LEAD}${ROUGH})`;
/**
 * The precision said as the manner of the act: "determines your location only approximately, based on the postal
 * code", "we locate you roughly.". Not a time ("your location approximately every five minutes", "roughly, every 10
 * seconds", "approximately from the moment you go online"): the adverb ends the clause or leads to "based on".
 */
export const APPROXIMATE_MANNER =
  rx`\b(?:approximately|roughly)\b(?<=\b(?:location|position|locates? you)\s(?:only\s)?\w+)` +
  rx`(?=\s*(?:[.;]|$|,?\s*based on\b))`;
export const PRECISE_PREDICATE =
  // Both said as predicates ("which may be precise or approximate") state both; "precise or approximate location" is
  // one term of its own (approximate-location).
  rx`\b(?:precise|exact)\b(?! (?:${LOCATION_HEADS})\b)(?! or ${ROUGH} (?:${LOCATION_HEADS})\b)` +
  rx`(?<=${PREDICATE_LEAD}(?:precise|exact))`;
/** Before an IP address: a location word, then a listing or a derivation ("location (such as", "derived from"). */
const IP_LEAD =
  rx`\b(?:geo)?location(?: data| information)?[:,]? ?` +
  words(
    rx`\((?:such as |${EG},? |including |like )?`,
    rx`such as |${EG},? |including |like |from |based on |via |using |derived from |inferred from `,
  );
/** An IP address named beside a location word: location derived from the address (approximate). */
// The look-behinds come after the literal, so they are tried only where "ip address" matched (linear, cheap).
export const IP_LOCATION = alternatives([
  rx`\bip[- ](?:address[- ])?(?:based|derived|level)[ -](?:geo)?location\b`,
  // An address used for a geographic purpose: "the full IP address for geographic analysis", "the user IP for serving
  // geo-targeted ads".
  // Past a manner or a time, and as the last of its purposes: "Your IP address is used temporarily during your visit
  // for bot detection and geolocation lookup only".
  rx`\bip(?: address(?:es)?)?\b(?= (?:is |are )?(?:used )?(?:\w+ly )?(?:(?:during|in|on) [^.;,]{1,30} )?` +
    rx`for (?:[\w-]+ ){0,3}?(?:geo-?[a-z]+|geographic(?:al)?)\b)`,
  // Also later in the list of sources: "location data, including GPS coordinates, Wi-Fi signals and IP address".
  rx`\bip address(?:es)?\b(?<=${IP_LEAD}(?:[^.;()]{0,60}(?:,|\band|\bor) )?(?:your |the |an? )?ip address(?:es)?)`,
  // The area an address points to: "the town your IP address is registered to", "the city your connection is from".
  rx`\b(?:city|town|country|region)\b(?= (?:that )?(?:your|the|an?) (?:ip address|(?:internet |network )?connection)\b)`,
  // A location estimated from the time zone: "read your time zone to guess which part of the world you are in",
  // "…and time zone…, so it can estimate which country's prices to compare" (a time zone alone is no location).
  rx`\btime ?zones?\b(?=[^.;]{0,80}\b(?:estimate|guess|infer|deduce|work out|determine)\w*\b[^.;]{0,20}` +
    rx`\b(?:which|what) (?:country|region|city|area|part of the world)\b)`,
]);
