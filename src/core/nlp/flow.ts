/**
 * Data flow: whether the company receives the data at all (DESIGN.md "flow"). Data kept only on the user's device,
 * never sent, or of which only a derived result reaches the company is not collected by the company, however
 * the device uses it: the sentence denies collection, and the practice says "on device" to the reader. Data merely
 * kept on the device ("stored on your device") may be kept elsewhere too: a claim (ONLY_THERE).
 */
import { cased, charsBefore, re, rx, type NamedSources, words } from '../text/pattern';
import { gated } from '../text/pattern-gate';

const deviceOf = (whose: string) =>
  // One adjective may stand before the noun: "inside the secure chip", "on your paired phone".
  // A part of the reader's thing too: "on the toy's own chip", "inside the band's secure chip".
  rx`(?:${whose}) (?:[\w-]+'s )?(?:own )?(?:(?:secure|paired|connected|personal|local|mobile|smart)[ -])?` +
  // The reader's own hardware and software, where the data can stay: a band, a smart speaker, the browser, a car's
  // head unit. Not a terminal, a camera or a sensor: in a shop or a bank those are the company's.
  words(
    'device|phone|computer|laptop|desktop|machine|handset|smartphone|watch|wearable|tablet|headset|vehicle|car|band|tracker',
    // By its maker's name: "never leave your iPhone/iPad", "on your iOS device".
    'iphone|ipad|mac|ios device|android device',
    // And the reader's home network: "Camera and microphone data never leaves your local network".
    'speaker|head unit|browser|chip|doorbell|monitor|console|hub|router|tv|television|hardware|network',
    // Its own software: "handled by the Android system", "by your phone's operating system".
    'operating system|android system|ios system',
  ) +
  's?';
// "the User's device": translated policies name the reader in the third person. The reader's own computer by its
// network name too: "Your voice never leaves localhost".
// A terminal only as the reader's, as translated policies name their device: "processed locally on your terminal".
// A business customer's own systems too, where a self-hosted product keeps it: "recordings stay on your infrastructure".
const DEVICE =
  rx`(?:${deviceOf(rx`your|the|(?:a|the) (?:end[- ])?user'?s|their|each`)}|localhost\b|your terminal(?: device)?\b` +
  rx`|your (?:own )?(?:infrastructure|premises|environment|servers)\b)`;
/** Only the reader's: "the device at the entrance" may be the company's own. */
const READER_DEVICE = deviceOf(rx`your|(?:a|the) user'?s|their`);
/**
 * The company's side: "us", the company, or its own infrastructure by any name ("our telematics platform", "the
 * Hearthly cloud"); not someone else's ("our partners' servers" has a possessive of its own).
 */
const US =
  // A device's maker is the company of its policy: "not transmitted to the manufacturer".
  rx`(?:us|the company|our company|the cloud|the (?:manufacturer|producer|provider|operator)` +
  rx`|(?:our|the company'?s|the [A-Z][\w-]+) (?:[\w-]+ )?${words('servers?|cloud|systems?|platform|backend|databases?|staff')}` +
  // A name starts where no word or hyphen stands before it: tried once per hyphenated run, not at each of its parts.
  // Of two words only with its possessive, "Olio Transcribe's servers" (the rows are read ignoring case, so two bare
  // words would be any two: "any advertising platform").
  rx`|(?<![\w-])[A-Z][\w-]+(?:'s| [A-Z][\w-]+'s)? ${words('servers?|cloud|platform')}` +
  // The company by its name, as one of everyone: "not transmitted to Toddlebee or anyone else".
  rx`|(?<![\w-])[A-Z][\w-]+ (?:or|nor) (?:to )?any(?:one|body) else)`;

/** A denial of the verb that follows: "never", "not", "doesn't", with an adverb ("never actually leaves"). */
const NEVER = rx`(?:\b(?:never|not)|n't) (?:\w+ly )?`;
/** The company as the subject that has no access: "we", "the company", "the app itself". */
// A developer alone writes in the singular: "The app gets your location, but I never receive it".
const THE_COMPANY = rx`(?:we|i|the company|the app(?: itself)?)`;
/** An auxiliary that denies the verb after it: "do not", "won't" (classify.ts reads the same list). */
export const DENYING_AUXILIARY = rx`(?:do not|don't|does not|doesn't|never|cannot|can not|can't|will not|won't)`;
/** A negative subject ("no image", "nothing you say"), not "no longer", "no matter" or "nothing else". */
const NEGATIVE_SUBJECT = rx`\b(?:nothing|no)\b(?! (?:else|longer|matter)\b)`;
/** Two subjects both denied: "neither the template nor the scan is ever uploaded". */
const NEITHER_NOR_SUBJECT = rx`\bneither\b[^.;]{1,60}?\bnor\b`;
/** A word opening a condition: "if we cannot access your GPS location" says nothing of where data flows. */
const CONDITION_WORD = words('if|when|where|unless|until|whenever');

/**
 * Local only as a rule with exceptions: "processed locally on your device whenever possible", "by default, saved locally
 * or processed locally": elsewhere otherwise, so the company may get it.
 */
const HEDGED_LOCAL = re(
  rx`\b(?:by default|primarily|mostly|usually|generally|typically),? (?:[\w-]+ ){0,2}?(?:saved|stored|processed|kept|handled|done|performed) ` +
    rx`(?:locally|on (?:your |the )?device)\b|\b(?:locally|on (?:your |the )?device)\b[^.;,]{0,20}\b(?:when|if) (?:possible|feasible)\b` +
    // Or somewhere else instead: "processed locally on your device or through your configured overlay service", "either
    // processed locally on the device, or processed securely through the university's servers".
    // (The words after "or" a handling of it, not an end of it: "stays on your device, or is erased in full when…".)
    rx`|\b(?:locally|on-device|on (?:your |the )?device)\b[^.;,]{0,20}?,? or,? (?:[^.;,]{0,30}, |` +
    rx`(?:(?:is|are|be) )?(?:[\w-]+ly )?(?:processed|stored|saved|kept|handled|performed|done|analy[sz]ed|run|sent|transmitted|uploaded)(?: [\w-]+ly)? )?` +
    rx`(?:through|via|on|in|by|using|with)\b` +
    rx`(?! (?:your|the) (?:\w+ )?(?:device|phone|watch|tablet|computer|browser)s?\b)` +
    // Or only at times, anywhere in the sentence ("where possible, speech recognition happens on your device"), or in
    // part ("mostly on your device").
    rx`|\b(?:where|whenever) (?:possible|feasible)\b|\b(?:mostly|partly|partially|largely|mainly) (?:locally|on)\b`,
);
/** What reaches the company instead of the data: a result, a token, a signature (the yes-or-no wordings beside). */
const RESULT_WORDS = rx`result|token|confirmation|score|yes\/no|yes-or-no|match|outcome|signal|indication|signature|hash|answer`;

/** The device's verbs toward the company, the company as receiver, and a result it receives (the row below). */
const SEND = rx`(?:sends?|passes|returns?|gives?|provides?|shares?|tells?)`;
const TO_US = rx`(?:us|the app|our (?:app|servers?|service)|the company)`;
// Its kind may be written with a slash: "a pass/fail result".
// Not with the data beside it: "we receive only the result and a coarse country" receives the country.
const A_RESULT = rx`(?:a|an|the) (?:[\w/-]+ ){0,3}` + words(`${RESULT_WORDS}|yes or (?:a )?no`) + rx`s?\b(?! and (?:an?|the|your) )`;

/**
 * Where data is said to be kept on the device, whether it is kept only there: "only", "entirely", "all of it",
 * or the sending denied after it ("stored locally and never uploaded"). Plain "stored on your device" says where a
 * copy is, not that the company never gets it (the labels read it as a claim, as "Windows Hello … stored on your
 * device as a template"). Processing there needs none of it to be placed there, but is a claim on its own (the
 * company's software works on the data: processedThereOnly); a denial needs the data kept there or kept from the company.
 */
const ONLY_THERE =
  rx`(?=[^.;]{0,60}?\b(?:only|solely|entirely|exclusively|fully|completely|purely|strictly|offline|100\x25)(?![\w-])` +
  rx`|[^.;]{0,120}?\b(?:not|never|neither|nor)\b[^.;]{0,40}?\b(?:uploaded|transmitted|sent|shared|transferred|synced|received|collected|accessed)\b` +
  // Or the company's side denied beside it: "stored on the device, not on our servers".
  rx`|[^.;]{0,60}?\b(?:not|never) (?:on|in|to) (?:our|the|any|a) (?:[\w-]+ )?(?:servers?|cloud)\b)` +
  rx`|(?<=^\W*all\b[^.;]{0,80})`;

/**
 * A part of it only: "some voice processing happens on your device", "in some cases", "a portion of the processing".
 * Read back from the verb once it has matched (before it, the look-behind would run at every word of the sentence).
 */
// ("As part of" names what it belongs to, not a share: "location data as part of the self-location are processed locally".)
const PART_OF = rx`(?<!\b(?:some|certain|most|(?<!\bas )parts?|portion|sometimes)\b[^.;]{0,100})`;

export const ON_DEVICE_ROWS: NamedSources = {
  // "…is stored only on your device", "stays locally on the phone", "processed entirely on your device".
  'kept-on-device':
    // Processing there places the data there ("speech processing occurs on your device"; on its own a claim:
    // processedThereOnly); what is kept there may be kept elsewhere too, unless only there ("stored on your device"
    // says where a copy is).
    // Not a part of it: "some voice processing happens on your device".
    // Also where it lives: "Everything the app knows … lives exclusively on your device".
    rx`\b(?:remains?|stays?|lives?|resides?|(?:processed|performed|happens?|occurs?|takes place|computed` +
      rx`|calculated|analy[sz]ed|recogni[sz]ed|transcribed|runs?)${PART_OF}|(?:stored|kept|saved|held|done|matched|tracked|drawn|generated|created` +
        rx`|checked|verified|compared` +
      rx`|detected|measured|produced|enrolled|interpreted|handled|converted|works?)(?:${ONLY_THERE}))\b` +
      // What it becomes there: "speech is converted to text on the tablet".
      rx`(?: (?:in)?to (?:text|[\w-]+ form))?` +
      // "…processed in the car", "enrolled on the band itself".
      // Not a part of it ("in the phone's secure chip"): the rows on secure hardware say that.
      // When too: "processed in real time, in memory, on your device only". "Local to" it too: "stays local to your phone".
      // Or in a store of the app's there: "stored only in the App's local database on your device".
      rx`(?: \w+ly| only|,? in real[- ]time,?|,? in[- ]memory,?` +
      rx`| in (?:the |a |an |its |the app['’]?s? )?(?:[\w-]+ )?(?:database|storage|store|folder|cache|sandbox|files?)){0,3}` +
      rx` (?:locally )?(?:on ${DEVICE}|(?:in|inside|within|confined to|local to) ${DEVICE}(?!['’]s))` +
      // In the device's own memory: "kept only in device memory during the edit session".
      rx`|\b(?:stored|kept|held|saved|processed)(?: \w+ly| only){0,2} in (?:the )?(?:device|phone)['’]?s? (?:memory|ram)\b` +
      // Used there and only there: "your location is used only on your device" (not "used on your device and…").
      // Or with "only" after: "used on the user's device only".
      rx`|\bused (?:only|solely|exclusively|entirely) (?:locally )?on ${DEVICE}|\bused (?:locally )?on ${DEVICE} only\b` +
      // In the active: "the game processes speech on the tablet".
      // Also a comparison there: "compares your selfie with your ID on your device".
      rx`|\b(?:(?:process|analy[sz]|transcrib|recogni[sz]|match|compar|verifi)e?s|performs?) (?:[\w'-]+ ){1,6}(?:locally )?(?:on|in|within) ${READER_DEVICE}` +
      // Used there and only there: "uses your device's current location locally, on your phone only".
      rx`|\buses (?:[\w'-]+ ){1,6}(?:locally,? )?(?:on|in) ${READER_DEVICE} only\b`,
  // "handled locally", "processed on-device", "works offline"; not "stored locally in the EU" (a country's storage).
  'handled-locally':
    rx`\b(?:(?:processed|performed|transcribed|analy[sz]ed|recogni[sz]ed|computed|calculated|runs?|happens?|occurs?)${PART_OF}` +
      rx`|(?:stored|kept|handled|done|used|works?)(?:${ONLY_THERE}))(?: \w+ly| only){0,2} ` +
      // Not on the company's own equipment: "processed locally on the kiosk" (a library's kiosk is no reader's device).
      rx`(?:locally|on-device|offline)\b(?! (?:in|at|within)\b| on (?:the|our|its|each|a) (?:[\w-]+ )?(?:kiosks?|terminals?|servers?|premises` +
        rx`|systems?)\b)|\b(?:handled|processed|performed|done) (?:\w+ly |only )?by ${DEVICE}` +
      rx`|\b(?:secure enclave|secure element|trusted execution environment)\b` +
      // Not "on-device" as a modifier: "uses on-device facial recognition" says where, not that only there.
      rx`|\bsecure hardware (?:of|on|in) (?:your|the user'?s) (?:phone|device)\b`,
  // Local as what the data is: "Voiceprints are local", "your recordings stay local to your device" (not "local to our
  // region", nor "a local copy").
  'is-local':
    rx`\b(?:is|are|stays?|remains?) (?:kept )?(?:strictly |entirely |only |fully |always )?local\b` +
      rx`(?! (?:to|in|at) (?!(?:your|the user'?s|their) (?:[\w-]+ )?(?:device|phone|computer|machine|browser)s?\b))`,
  // "…never leaves your phone", "no image ever leaves your browser", "…is processed in the speaker and goes nowhere".
  'never-leaves':
    rx`${NEVER}leaves? ${DEVICE}|${NEGATIVE_SUBJECT}[^.;]{0,40}?\b(?:ever )?leaves? ${DEVICE}` +
      rx`|\b(?:goes|go|travels?) nowhere\b`,
  // "…is never readable by us", "not accessible to the company".
  'not-readable':
    rx`(?<!\b${CONDITION_WORD}\b[^.;,]{0,40})` +
      rx`${NEVER}(?:made )?(?:readable|accessible|accessed|visible|available) (?:to|by) ` +
      // "…never made available to the school or to us".
      // The company's own app is the company's side: "…is not accessible to the App".
      // Not the app's users ("not visible to the app's other users"), nor until a condition is met (a conditional claim).
      rx`(?:[^.;]{0,40}?\b(?:or|and|nor) (?:to |by )?)?(?:${US}|the app(?:lication)?\b(?!['’]s))(?![^.;]{0,60}\b(?:until|unless)\b)` +
      // The negation on the subject: "neither the audio nor any transcript of it is ever accessible to us".
      rx`|(?:${NEITHER_NOR_SUBJECT}|${NEGATIVE_SUBJECT})[^.;]{0,40}?\b(?:is|are) (?:ever )?(?:readable|accessible|visible|available) ` +
      rx`(?:to|by) ${US}`,
  // "…matched on the terminal without being transmitted", "…removed before it reaches our servers".
  'not-transmitted':
    rx`\bwithout (?:ever )?being (?:sent|transmitted|uploaded|transferred)\b`,
  // "Neither we nor our provider can access their audio": end-to-end encrypted.
  'neither-we-nor': rx`\bneither (?:we|[\w-]+) nor\b[^.;]{0,60}\b(?:can|could|will|do|does)(?: \w+)? (?:access|see|read|hear|listen|receive|view)\b`,
  // "Photos are stripped of their coordinates on your phone before upload": removed before it leaves.
  'removed-before-upload':
    rx`\b(?:stripped|removed|deleted|erased|blurred|discarded)\b[^.;]{0,60}?\bbefore ` +
      rx`(?:upload(?:ing)?|sending|transmission|(?:it|they|the \w+) (?:is|are) (?:uploaded|sent)|(?:it|they) reach(?:es)?)\b`,
  // "No audio data is stored or transmitted outside of the device", "…not collected, stored, or transmitted beyond your
  // local device".
  'not-beyond-device':
    rx`(?:${NEVER}(?:be )?|${NEGATIVE_SUBJECT}[^.;]{0,60}?\b(?:is|are) (?:ever )?)(?:[a-z]+ed,? (?:or |and |nor )?){0,3}` +
      // Past a place named first: "…will not be stored to the cloud server or anywhere else outside of your device".
      rx`(?:sent|transmitted|stored|uploaded|shared|transferred|moved)(?: [^.;]{0,50}? or)?(?: anywhere(?: else)?)? ` +
      rx`(?:outside|beyond) (?:of )?${DEVICE}`,
  // Sent only from one of the reader's devices to another: "audio streams directly between your devices", "your baby's
  // video travels directly between your own devices", "streams video and audio over your local network only" (not
  // "peer-to-peer" alone: a connection to a provider may be one).
  'between-own-devices':
    rx`\b(?:directly between (?:your|their) (?:own )?devices|between your own devices)\b(?! (?:and|or)\b)` +
      rx`|\bover (?:your|the user'?s) (?:own )?(?:local|home) network only\b`,
  // "…never reach our servers", "never passes through our servers".
  // Also with a negative subject: "No audio ever passes through or is stored on our servers".
  'never-reaches':
    rx`${NEVER}(?:reach(?:es)?|pass(?:es)? through|touch(?:es)?) ${US}` +
      rx`|${NEGATIVE_SUBJECT}[^.;]{0,40}?\b(?:ever )?(?:reach(?:es)?|pass(?:es)? through)\b(?: or [^.;]{0,30}?)? (?:on |to )?${US}`,
  // "nothing you say is sent to the cloud", "no recording of your voice is recorded or sent to us": a negative
  // subject, also over coordinated participles.
  'nothing-sent':
    rx`${NEGATIVE_SUBJECT}[^.;]{0,60}?\b(?:is|are|gets|get) (?:ever )?` +
      // Participles listed before it: "nothing you say is saved to your profile, transmitted to us, or used…".
      rx`(?:[a-z]+ed\b[^,.;]{0,40}, (?:or |and |nor )?){0,2}(?:[a-z]+ (?:or|and|nor) )?` +
      words('sent|transmitted|uploaded|shared|transferred|stored|synced') + rx` (?:to|with|on) ${US}` +
      // Uploaded or transmitted at all: "the captions are produced on the phone and nothing is uploaded".
      rx`|${NEGATIVE_SUBJECT}[^.;]{0,60}?\b(?:is|are|gets|get) (?:ever )?(?:uploaded|transmitted)\b(?! (?:to|with)\b)` +
      rx`|${NEITHER_NOR_SUBJECT}[^.;]{0,40}?\b(?:is|are) (?:ever )?(?:uploaded|transmitted|sent)\b` +
      // Not a denial of sharing: "…is ever sent to third parties".
      rx`(?! (?:to|with) (?:any )?` +
      words('third|other|partners|advertisers|service providers|vendors|affiliates|our partners') +
      rx`\b)`,
  // "…is never sent to us", "is not uploaded to our servers", "we do not transmit it to the cloud".
  'never-sent':
    // Not the reader declining: "if you don't share your location with us, you might see ads for another city" is
    // their choice, on which the company gets it.
    rx`(?<!\byou(?: (?:do|does|did|ca|wo|can|could|may|might|should|would|will|choose|decide|prefer|opt|elect))?\s?)` +
    rx`(?:\b(?:never|not|nor|at no (?:point|time|stage))|n't) (?:be )?(?:\w+ly )?` +
      // Also the second of two acts denied: "is never written to disk or transmitted to our servers".
      rx`(?:[a-z]+(?: [\w-]+){0,2} (?:or|nor) )?` +
      words('sent|send|transmitted|transmit|uploaded|upload|shared|share|transferred|provided|passed') +
      // "…not sent to the app or to us": the company may be the second of two receivers; not past a contrast.
      // The receiver shared with a second verb: "never transmitted to or stored on our servers".
      rx`(?:(?!\bbut\b)[^.;]){0,40}?\b(?:to|with|(?<=\bto or [a-z]+ )on) ${US}`,
  // "the app only receives a confirmation that the check passed": the same, the receiver named first.
  'only-receives-a-result':
    // The receiver is the company or its app, not a merchant or advertiser ("…and they only see a token").
      // Or the company by its name, with no article: "Fenwick only receives a yes-or-no result" (not "the merchant").
      rx`\b(?:we|the app|our (?:app|apps|servers?|service|website|site)|the company|(?<!\b(?:the|a|an|our|their|its|your|each|any) )\w+)` +
      rx` (?:will )?` +
      // "…gets back only a yes or a no".
      rx`(?:only (?:receives?|gets?|sees?|learns?|is told|are told)|(?:receives?|gets?|sees?)(?: back)? only) ${A_RESULT}`,
  // "we only learn that it succeeded": the outcome, not the data; "the phone simply tells our app yes or no".
  'only-an-outcome':
    rx`\b(?:we|the app|our (?:app|apps|servers?|service)) (?:will )?only (?:learn|know|see|hear|find out)s? (?:that|whether)\b` +
      rx`|\b(?:tells?|returns?|reports?|gives?|answers?)\b[^.;]{0,30}?\b(?:only |simply |just )?` +
      rx`['"‘’“”]?(?:yes or no|yes\/no|match['"‘’“”]? or ['"‘’“”]?no match|pass or fail)\b`,
  // The device as the sender: "your device … sends us only a cryptographic signature", "tells us only whether the
  // check passed".
  'sends-us-only-a-result':
    rx`\b${SEND} ${TO_US} (?:only ${A_RESULT}|only (?:whether|that|if)\b)` +
      // "Only" before the verb: "your phone confirms your identity and only sends us a yes or no result".
      rx`|\bonly ${SEND} ${TO_US} ${A_RESULT}`,
  // "only a confirmation / a token / the result is sent to us": the data itself is not.
  'only-a-result':
    rx`\bonly (?:a|an|the) (?:[\w/-]+ )?` +
      words(rx`result|token|confirmation|score|yes\/no|match|outcome|signal|indication`) +
      rx`s?\b[^.;]{0,80}\b(?:sent|shared|returned|provided|passed|reaches|received|share[sd]?|transmitted|synced|uploaded)\b`,
  // Encrypted beyond the company's reach: "…sent as an end-to-end encrypted message that Signal cannot access",
  // "…cannot be read by us", "not even we can see it".
  'unreadable-to-company':
    rx`\bthat (?!(?:you|they|others|outsiders|attackers|hackers|criminals|third|other|unauthori[sz]ed)\b)[\w-]+` +
      rx` (?:cannot|can't|can not|is unable to) (?:access|read|see|hear|decrypt)\b` +
      // Any name: the rows are read case-insensitively.
      rx`|\bcannot be (?:read|accessed|seen|decrypted) by (?:us|anyone|[a-z][\w-]+)\b` +
      rx`|\bnot even (?:we|us|[\w-]+),? (?:knows?|can (?:access|read|see|hear))\b`,
  'we-do-not-receive':
    // Not in a condition: "if we cannot access your GPS location, we use your IP address" says nothing of flow.
      rx`(?<!\b${CONDITION_WORD} )` +
      rx`\b(?:${THE_COMPANY}|our (?:servers?|cloud|systems?|staff)|(?<![\w-])[A-Z][\w-]+ itself)(?: \w+)? ` +
      rx`${DENYING_AUXILIARY} (?:\w+ly )?(?:receives?|listens? to` +
      // Seeing or accessing something of the reader's named right after is a denial of that (negation reads it),
      // not a flow that keeps the whole sentence on the device: "we ask you to tell us where you are; we do not
      // access your car's GPS". A pronoun or "your data" still is: "we cannot access it".
      rx`|(?:(?:see|learn|know|access|hear|get)s?|ha(?:ve|s) access to|gets? access to)\b` +
      rx`(?! (?:your|the user'?s|their) (?!data\b|information\b|content\b)[\w'-]+))\b|(?<!\b${CONDITION_WORD} )` +
      rx`\b${THE_COMPANY} (?:have|has) no access to\b` +
      // "…encrypted on your phone and we have no way of seeing it".
      rx`|\b${THE_COMPANY} (?:have|has) no (?:way|means|ability) (?:of|to) ` +
      rx`(?:see|seeing|access|accessing|read|reading|know|knowing|decrypt|decrypting)\b`,
};

/**
 * The rows one at a time, each behind the literals it requires (pattern-gate.ts): most candidate sentences hold
 * none, and are answered without running a pattern (the same answer as one alternation of every row, which cost
 * tens of microseconds per sentence, and tens of milliseconds to compile on a page's first analysis).
 */
const ON_DEVICE_RES = Object.values(ON_DEVICE_ROWS).map((source) => gated(source));
const anyOnDeviceRow = (sentence: string) => ON_DEVICE_RES.some((r) => r.test(sentence));
/** The rows that deny the data reaches the company in words of their own, not by naming who handles it. */
/** One row's compiled pattern, by its name. */
const rowNamed = (name: string) => ON_DEVICE_RES[Object.keys(ON_DEVICE_ROWS).indexOf(name)]!;
const NOT_SENT_RES = ['never-leaves', 'never-reaches', 'not-beyond-device', 'nothing-sent', 'not-transmitted', 'not-readable']
  .map(rowNamed);
/**
 * A sign-in or check said to be the platform's: "authentication is handled entirely by your device's operating
 * system", "This biometric authentication is handled by the Android system's biometric hardware". The subject is the
 * check, not the data.
 */
const PLATFORM_CHECK_HANDLED = gated(
  // Its examples in an aside too: "Biometric authentication, such as fingerprint or face unlock, is handled by…".
  rx`\b(?:authentication|authenticating|log-?in|sign-?in|unlock(?:ing)?|verification)\b(?: itself| process)?` +
    rx`(?:,[^,;.()]{1,60},| \([^();.]{1,60}\))? (?:is|are) ` +
    rx`(?:\w+ly |only )?(?:handled|performed|done|managed|carried out|processed|provided) (?:\w+ly |only )?` +
    rx`(?:by|on|within|through) (?:your|the|apple|google|android|ios)\b`,
);
/**
 * The platform's check as a lock on something else, read before its name: "Keys are held in the device Keychain,
 * protected by your passcode and, if enabled, Face ID / Touch ID". The check guards the keys; nothing of the face or
 * finger reaches anyone.
 */
export const PLATFORM_LOCK_BEFORE = re(
  rx`\b(?:protected|secured|locked|guarded) (?:\w+ly )?(?:by|with|using|via)\b(?:(?!\b(?:we|us|our)\b)[^.;]){0,60}$`,
);
const HANDLED_LOCALLY = rowNamed('handled-locally');
/**
 * Whether the sentence only describes a check of the platform's ("If you enable biometric login, authentication is
 * handled entirely by your device's operating system"): a feature of the phone, on which the company claims nothing
 * either way. Not when it also says what the company gets or not ("…; we never receive your fingerprint").
 */
export function describesPlatformCheck(sentence: string): boolean {
  return PLATFORM_CHECK_HANDLED.test(sentence) && ON_DEVICE_RES.every((r) => r === HANDLED_LOCALLY || !r.test(sentence));
}
/** Whether the sentence says the data never leaves the device or never reaches the company ("…never leaves your phone"). */
export const saysNotSent = (sentence: string) => NOT_SENT_RES.some((r) => r.test(sentence));
/**
 * The same sentence also moving the data to the company ("…stored locally and uploaded to our servers", "…generated
 * on your device and synced to your account") or the company processing it in a clause of its own ("The map works
 * offline, but we collect your precise location"): the device's part does not keep it from the company.
 */
const ALSO_REACHES_US = re(
  // Also in the present and streamed: "our app syncs an encrypted copy to your account", "audio is streamed to us".
  rx`\b(?:sync(?:s|ed)?|synchroni[sz](?:es|ed)|uploads|uploaded|sends|sent|transmits|transmitted|backed up|shares|goes|travels` +
    rx`|transferred|copied|stream(?:s|ed))\b` +
    // Also "…uploaded to the Company's servers", "…transmitted to the Company".
    rx`[^.;]{0,40}\b(?:to|with|in)\s+(?:us|our|the cloud|the company|your [\w-]+ account` +
    rx`|(?:the )?[A-Z][\w-]+(?:'s)? (?:account|servers?|cloud))` +
    // Received there: "…processed on your device and then received by us".
    rx`|\breceived by (?:us|our)\b` +
    // Or passed on to anyone else: "…processed on your device and shared with our advertising partners", "…reviewed by
    // our staff", "…reported to your employer" (not to no one, nor to the reader's own devices).
    rx`|\b(?:shar|sen[dt]|transmit|forward|report|sync|transfer|disclos|pass|review)\w*\b[^.;]{0,40}?\b(?:to|with|by)\s+` +
    rx`(?!(?:no|nobody|anyone|anybody|any|nothing|your (?:own |other )?(?:devices?|phones?)|(?:the|your|our) (?:\w+ )?app)\b)` +
    rx`(?:your|the|our|an?|[A-Z])` +
    // "…and a copy is kept on our servers for recovery".
    rx`|\b(?:kept|stored|saved|held|backed up|processed)\s+(?:\w+\s+)?(?:on|in)\s+(?:our (?:servers?|cloud|systems?)|the cloud)\b` +
    // "…stored on the band and in your account": kept in the company's place as well.
    // "…processed by your watch and by our cloud service": the company's part named beside the device's.
    // Also for some of it: "some commands are processed in the vehicle and others in the cloud".
    rx`|\b(?:and|also|as well as)\s+(?:others\s+)?(?:in|on|to|by)\s+` +
    rx`(?:your [\w-]+ account|your account|our (?:[\w-]+ )?(?:servers?|cloud|service)` +
    rx`|the cloud|us)\b` +
    // Not an act on a result only: "…; we receive only a confirmation from your device".
    rx`|(?:,\s*but|;|\bbut|,?\s*\band(?: then)?)\s+(?:we|it|the app)\s+(?:(?!only\b|never\b|not\b)\w+\s+)?` +
    rx`(?:use|collect|record|process|receive|store|keep)s?\b(?! only\b)` +
    // The company reading it where it is: "…stays in the phone's secure chip and we read it there".
    rx`|\band\s+we\s+(?:read|access|use|process)\s+(?:it|them)\b(?! only\b)` +
    // What is on the device as the object of the app's access: "The application requests access to information stored
    // on your device such as location" (where it is kept, not that it stays there).
    rx`|\b(?:access(?:es|ed|ing)?(?: to)?|reads?|retrieves?|collects?)\s+(?:the\s+|your\s+|certain\s+|some\s+)?` +
    rx`(?:[\w-]+\s+){0,2}(?:stored|kept|saved)\s+(?:\w+\s+)?on\s+(?:your|the)\s+(?:device|phone)\b`,
);

/**
 * Sent to a party by its name, which is the company or one it works with: "…processed locally within your vehicle,
 * and if you use connected features, your voice recordings may be sent to Ford". Case as written: a name.
 */
const SENT_TO_NAMED = cased(
  // What is sent is the data, not something made from it ("the payment token … is transmitted to Visa").
  rx`\b(?:recordings?|audio|data|images?)\b(?:(?!\b(?:not|never)\b)[^.;]){0,20}\b(?:sent|uploaded|transmitted|shared|synced|streamed)\b` +
    rx`[^.;]{0,40}\b(?:to|with) (?!(?:You|Your|Our)\b)[A-Z][\w-]+`,
);

/** The rows where only a result reaches the company ("we only receive a yes-or-no answer"). */
const RESULT_ROWS = ON_DEVICE_RES.filter((_, i) => /result|outcome/.test(Object.keys(ON_DEVICE_ROWS)[i]!));
/** Whether the sentence says that only a result of the data reaches the company, whoever handled the data. */
export function onlyResultReaches(sentence: string): boolean {
  return RESULT_ROWS.some((r) => r.test(sentence));
}

/**
 * The company by its name denying receipt, opening a clause: "…verified by your device, and Chase does not receive
 * or store your fingerprint data" (the "we-do-not-receive" row with a name for "we"). Case as written: a name, one
 * word or two, not a pronoun or an article ("The app does not see…" is the row's own).
 */
const NAME_DENIES_RECEIPT = cased(
  rx`(?:^|[,;] |\b(?:and|but) )(?!(?:The|This|That|It|We|You|They)\b)` +
    rx`[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)? ${DENYING_AUXILIARY} (?:\w+ly )?(?:(?:receive|see|access|get)s?|have access to)\b` +
    // The same in the passive, the name as the receiver: "…is transmitted to the camera and is not sent to Canon".
    rx`|\b(?:is|are) (?:not|never) (?:sent|transmitted|uploaded|accessible) to (?!(?:You|Your|Our|Third)\b)[A-Z]`,
);
/**
 * Where the name's denial is about the device's part: the sentence names the reader's device ("verified by your
 * device, and Chase does not receive…"). Without it the name may be any other party: "We collect your location, and
 * Google does not receive it", "…, and Drivers cannot see your exact location".
 */
const READERS_DEVICE = re(rx`\byour (?:[\w-]+ )?(?:device|\w*phone|tablet|computer|watch)\b`);

/**
 * A transcript is voice data itself (LABELS.md), so speech turned into text on the device and the text sent on still
 * reaches the company: "spoken destinations are converted to text on your device and only the resulting text is
 * transmitted to our servers" (not "only a confirmation is transmitted").
 */
const TEXT_OF_SPEECH_REACHES = re(
  rx`\bonly (?:the |a |your )?(?:resulting |converted |generated |written )?(?:text|transcripts?|transcriptions?)\b` +
    // Also with a relative clause: "only the text you choose to save is synced".
    rx`(?: of (?:it|them|the \w+)| (?:that |which )?you [^.;,]{1,30}?)?(?: (?:is|are|will be|gets?))? ` +
    rx`(?:sent|transmitted|uploaded|shared|passed|synced)\b` +
    rx`|\b(?:receives?|gets?|sees?) only (?:the |a )?(?:resulting )?(?:text|transcripts?|transcriptions?)\b`,
  'i',
);

/** Whether the sentence says the data stays on the device or never reaches the company. */
export function staysOnDevice(sentence: string): boolean {
  if (!anyOnDeviceRow(sentence) && !(NAME_DENIES_RECEIPT.test(sentence) && READERS_DEVICE.test(sentence))) return false;
  if (HEDGED_LOCAL.test(sentence)) return false;
  if (TEXT_OF_SPEECH_REACHES.test(sentence)) return false;
  // A denied send ("…and not sent to us") is still the device's: only an affirmative one cancels.
  const reaches = ALSO_REACHES_US.exec(sentence) ?? SENT_TO_NAMED.exec(sentence);
  const lead = charsBefore(sentence, reaches?.index ?? 0, 80).split(';').pop()!;
  // "…and only a confirmation is sent to us" is the flow row itself.
  return !reaches || /\b(?:not|never|nor|without|nothing|no|only)\b|n't\b/i.test(lead);
}

/**
 * Only processed on the device, with nothing said of where the data stays or that it is kept from the company: "Face
 * data is processed only on the user's device", "All location processing occurs locally on your device". The company's
 * software works on the data, which is a claim (labellers of fresh policies read it so, and the dev set denies only
 * where the data is said not to leave or not to reach the company: "…processed on your device and is not shared to the
 * cloud"). A denial of the company's own act in the sentence ("…, and we do not collect face data") is classify.ts's
 * to read.
 */
const PROCESSING_ROWS = new Set([ON_DEVICE_RES[0], HANDLED_LOCALLY]);
const KEPT_THERE_ONLY = re(
  // Staying or kept only there: "stays on your device", "stored only on your phone" (plain "stored locally" is a copy).
  rx`\b(?:remains?|stays?|lives?|resides?)\b|\b(?:stored|kept|saved|held)\b[^.;]{0,30}?\b(?:only|solely|exclusively)\b` +
    // Or the company's side named as where it is not: "analysed on your device, not on our servers", "rather than in
    // the cloud" (not "not stored on our servers", a denial of keeping only).
    rx`|,? not (?:on|in|to) (?:our|the|any) (?:[\w-]+ )?(?:servers?|cloud)\b|\b(?:rather than|instead of)\b` +
    // Held in the device's secure hardware, or passed to no one: "stored in the secure element", "shared with no one".
    rx`|\bsecure (?:enclave|element|hardware)\b|\b(?:with|to) (?:no ?one|nobody)\b` +
    // Done by the device itself, not the company's software on it: "Face ID is handled by your device", "calculated on
    // your device by the operating system" (not "performed locally by the app").
    rx`|\bby (?:your |the |the user'?s |apple'?s? |google'?s? )?(?:[\w-]+'?s? )?(?:device|phone|operating system|os|system|ios|android|watch)\b`,
);
export const processedThereOnly = (sentence: string) =>
  !KEPT_THERE_ONLY.test(sentence) && ON_DEVICE_RES.every((r) => PROCESSING_ROWS.has(r) || !r.test(sentence)) &&
  !NAME_DENIES_RECEIPT.test(sentence);

/**
 * Kept on the reader's device and moved nowhere in the same sentence: "Voice recordings are stored locally on your
 * phone." On its own a claim (ONLY_THERE: a copy may be kept elsewhere too); beside a sentence that denies the company
 * gets the data ("We do not access or transmit audio data"), the data is the device's alone (text.ts).
 */
const KEPT_THERE = re(
  rx`\b(?:stored|kept|saved|held|cached)(?: \w+ly)?(?: locally)? (?:on|in) ${READER_DEVICE}\b|\b(?:stored|kept|saved) locally\b`,
);
const MOVED = re(
  rx`\b(?:servers?|cloud|upload\w*|sync\w*|sen[dt]s?|transmit\w*|shar\w+|backed up|transferr?\w*|stream\w*|routed|except|unless` +
    rx`|by|via|through|we|us|our)\b`,
);
/** Gathered or kept for a while, which is a claim whatever follows: "collected", "retained for 30 days". */
const GATHERED = re(rx`(?<!\b(?:not|never) )\b(?:collect|retain|record|log|gather|obtain)\w*`);
/**
 * Where a sentence leaves the data, for the sentence beside it (text.ts): 'kept' on the reader's device (then any
 * denial that the company gets it makes it the device's alone), 'nowhere' (used with no one named and moved nowhere:
 * "Speech is processed in real time and discarded"; then only a denial that it is sent does: "We never upload your
 * voice", not "We never store your voice"), or undefined.
 */
export function whereLeft(sentence: string): 'kept' | 'nowhere' | undefined {
  if (MOVED.test(sentence) || HEDGED_LOCAL.test(sentence)) return undefined;
  // Processed there is there too: "Your location is processed on your device. We do not collect location data."
  if (KEPT_THERE.test(sentence) || anyOnDeviceRow(sentence)) return 'kept';
  // Not gathered or kept, which is a claim whatever follows: "Precise location is collected when…".
  return GATHERED.test(sentence) ? undefined : 'nowhere';
}
/** The company denied the data in words of its own: "we never receive…", "we cannot access it" (text.ts, two sentences). */
// Looked up once, not on each call (the reader asks it of many sentence pairs).
const WE_DO_NOT_RECEIVE = rowNamed('we-do-not-receive');
export const deniesReceipt = (sentence: string) => WE_DO_NOT_RECEIVE.test(sentence);
/** A denial for a time, a condition or some people only: "…while you are on a cellular connection", "…unless…". */
const TIME_SCOPE = rx`\b(?:when|while|during|until|unless|except|in the background|outside|child\w*|minors?|kids)\b`;
export const TIME_SCOPED = re(TIME_SCOPE);
/**
 * A denial in a scope (a time, a purpose, a recipient, some people), which says nothing of the rest: "…when the app is
 * closed", "…for advertising", "…to your employer", "…from children's accounts", "…outside the EU".
 */
export const SCOPED_DENIAL = re(
  rx`${TIME_SCOPE}|\b(?:after|before|over|for)\b` +
    rx`|\bto (?!us\b|our\b|anyone\b|any\b|the cloud\b|the company\b)\w+|\bfrom (?!your (?:device|phone)\b)\w+`,
);
/** A denial that the data is sent, not to others ("…never uploaded", "not transmitted to us"; not "to third parties"). */
export const DENIES_SENDING = re(
  rx`(?:\b(?:not|never|no|nor|none)|n't)\b[^.;]{0,60}?\b(?:upload|transmit|sen[dt]|routed|leav|shar)\w*\b` +
    // To no one, or to the company: not to others ("to third parties", "to your employer", "outside the EU").
    rx`(?![^.;]{0,30}\b(?:to (?:your |an? |the )?(?:employers?|schools?|insurers?|parents?|government|authorities|police|law enforcement)|outside|over|third|partners?` +
    rx`|advertis\w*|affiliates?|(?:data )?brokers?|anyone else|other users)\b)`,
);
