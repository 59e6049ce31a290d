/**
 * The analyzer's vocabulary, as data. Each entry has an example it must match and a counterexample it must
 * not, in vocabulary.test.ts. Patterns are flat regular-expression sources, matched case-insensitively.
 * Definitions of the types follow shared/eval/LABELS.md; legal references are in the explanations table.
 */
import { APPROXIMATE_WORD, BODY_DIMENSIONS, CALL_RECORDING, FACE, IP_LOCATION, PRECISE_WORD, VOICE, headThenModifier, modifierOfHead } from './terms';
import type { Action, ConditionKind, DataType, Purpose, Source } from './types';

/**
 * An area named as a data item ("city, country", "time zone", "postcode"): where it follows a list separator
 * or an article and ends an item. Laws, courts, transfers and the company's own places are traps below.
 */
const AREA = String.raw`(?:city|town|country|region|province|post(?:al)? ?code|zip ?code|time ?zone|city and state|city\/state|state\/province)`;
const AREA_LEVEL = [
  // The look-behind follows the area word, so it is tried only where one matched.
  String.raw`\b${AREA}(?<=(?:^|[,;:(•●/]|\band|\bor|such as|including|e\.g\.,?)\s{0,3}${AREA})(?: of residence)?(?=\s{0,3}(?:$|[,;:)./(]|\band\b|\bor\b|\bin which\b|\bassociated\b|\bwhere you\b|[- ]level\b|\bfrom\b|\bderived\b))`,
  String.raw`\bthe (?:city|town|country|region) (?:in which|associated with|where you|of residence)\b|\b(?:city|country|region|area|zip|postcode)[- ]level\b|\bgenerali[sz]ed location|\bgeo-?(?:ip|database|localisation|localization)\b|\blocation by (?:country|city|region)\b`,
].join('|');

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
}

/** Heads a biometric word may modify and still name data about a person. */
const BIOMETRIC_HEADS = String.raw`data|information|info|identifiers?|identification|identity|templates?|scans?|scanning|processing|verification|authentication|recognition|characteristics|features|measurements?|details|samples?|records?|markers?|signatures?|keys?|patterns?|logins?|sign-in|unlock|enrol?lments?|matching|checks?|comparisons?|analysis|traits|attributes|profiles?|prints?|categories|category|indicators?|factors?|credentials?|photos?|images?|selfies?|readings?`;
/** Heads "audio" may modify and still name the user's voice: the voice modifiers (terms.ts) and a few more. */
const AUDIO_HEADS = String.raw`${VOICE.plain.join('|')}|tracks?|streams?|snippets?|excerpts?|logs?`;

/** Heads "GPS" may modify and still name the device's position. */
const GPS_HEADS = String.raw`data|information|info|locations?|geolocation|coordinates|signals?|tracking|positions?|positioning|readings?|services?|sensors?|chips?|functions?|functionality|features?|modules?|receivers?|settings?|permissions?|enabled|based|history|logs?|trails?|traces?|points?|fixes?|accuracy|technology|capabilities`;

export const TYPE_TERMS: TypeTerm[] = [
  // Face: identifiers (https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3004, BIPA §10 "scan of face geometry").
  { id: 'faceprint', type: 'face', identifier: true, source: String.raw`face ?prints?|${headThenModifier(FACE, 'identifier')}|${modifierOfHead(FACE, 'identifier', 'face')}|facial (?:geometry|templates?|signatures?)|face (?:geometry|templates?|signatures?)|face-recognition templates?` },
  { id: 'face-recognition', type: 'face', identifier: true, source: String.raw`(?:facial|face)[ -](?:recognition|identification|authentication|verification|matching|grouping|scans?|scanning)|(?:facial|face) or voice (?:recognition|authentication|verification)|recogni[sz]e (?:your face|faces)\b|scan(?:s|ning)? (?:of )?your face|faces? (?:of|from) the same (?:person|friend)|facial captures?` },
  // Face: detection and analysis without identification.
  { id: 'face-analysis', type: 'face', source: String.raw`${headThenModifier(FACE, 'plain')}|${modifierOfHead(FACE, 'plain', 'face')}|(?:facial|face) (?:detection|features?|attributes?|expressions?|movements?|points?|analysis|landmarks?|characteristics|age estimation)|detect(?:s|ing|ion of)? (?:the )?(?:faces?|your face)|(?:parts?|shape|positioning|position|location|points|contours?|size) (?:of|on) (?:parts of )?(?:your|the user'?s?) face|what is or isn'?t a face|your (?:face and (?:hands?|body|hair)|hands, face)|(?:image|images|data) (?:of|about) your (?:hands, )?face|gaze detection|(?:extracted|derived|captured|taken) from your face|(?:existence|location|position)(?: (?:and|or) location)? within an image of (?:a )?face|\bface (?:and|or) (?:other )?body (?:parts|features)` },
  // Voice: identifiers.
  { id: 'voiceprint', type: 'voice', identifier: true, source: String.raw`voice ?prints?|${headThenModifier(VOICE, 'identifier')}|voice or (?:facial|face) (?:authentication|recognition|verification)|voice (?:recognition|authentication|biometrics?|verification|identification|signature)|speaker (?:identification|recognition|verification)|voice-based authentication` },
  // Voice: recordings and speech.
  { id: 'voice-recording', type: 'voice', source: String.raw`${headThenModifier(VOICE, 'plain')}|voice (?:recordings?|input|commands?|data|clips?|chats?|notes?|messages?|interactions?|queries|search(?:es)?|activity|samples?|requests?|and audio|and image|transcription|features)|recordings? of (?:your |the user'?s? )?voice|(?:your|user'?s?|the user'?s?) voice\b(?! assistant)|audio recordings?|saved user audio|(?:speech|audio) (?:input|data|recognition)|speech\b(?=,| or| and| input)|spoken (?:words|queries|commands)|words spoken|dictation|what you say|records? your voice|voice-enabled|voice and audio|\bvoice(?=, (?:text|images?|videos?)\b)|\b(?:face|images?|videos?|text) and voice\b` },
  { id: 'call-recording', type: 'voice', gate: String.raw`record|transcri|microphone`, source: CALL_RECORDING },
  { id: 'audio', type: 'voice', heads: AUDIO_HEADS, source: String.raw`\baudio\b(?![ -](?:(?:and|or|\/) video )?(?:ads?|advertis\w*|description|player|quality|settings?|books?|codecs?|guides?|devices?|equipment|output|levels?)\b)` },
  // Other biometrics (BIPA "retina or iris scan, fingerprint, voiceprint, or scan of hand or face geometry").
  { id: 'fingerprint', type: 'biometric', source: String.raw`finger ?prints?(?!ing)\b(?! of (?:your )?(?:device|browser))|palm ?prints?|palm (?:scans?|veins?)|hand geometry|(?:your )?hands\b(?=, face)` },
  { id: 'body-dimensions', type: 'biometric', source: BODY_DIMENSIONS },
  { id: 'iris', type: 'biometric', source: String.raw`\biris\b|retina(?:l)? scans?|\bretinas?\b|gait|keystroke (?:patterns?|rhythms?|dynamics)|typing (?:patterns?|rhythms?)|vein patterns?` },
  { id: 'biometric-generic', type: 'biometric', generic: true, heads: BIOMETRIC_HEADS, source: String.raw`biometrics?\b` },
  // Location: precise.
  // "GPS" on its own or naming data ("GPS coordinates"), not a product it modifies ("GPS navigation units").
  { id: 'gps-word', type: 'location.precise', heads: GPS_HEADS, source: String.raw`\bgps\b` },
  { id: 'gps', type: 'location.precise', source: String.raw`global positioning|(?<![\w-])precise(?: or (?:approximate|imprecise))? (?:geo)?locations?|(?<![\w-])precise (?:geo)?location(?:-based)? (?:data|information)|(?<![\w-])precise geographic location|\bbased or precise\b|exact (?:geo)?location|latitude|longitude|(?:device'?s?|your) coordinates|cell[- ]towers?(?: location)?|wi-?fi (?:access points?|hotspot location)(?=[^.]{0,80}\blocat)|bluetooth beacons?|(?<![\w-])precise device location` },
  // Precision from the source: radio signals that place the device itself (LABELS.md location.precise).
  { id: 'precise-word', type: 'location.precise', source: PRECISE_WORD },
  { id: 'precise-source', type: 'location.precise', source: String.raw`\b(?:wi-?fi|wireless|bluetooth|ble|cell(?:ular)?|mobile) (?:access points?|signals?|networks?|hotspots?|beacons?|towers?|scans?|triangulation)\b(?=[^.]{0,80}\b(?:locat|where)\w*)|\bnearby (?:wi-?fi|bluetooth|devices)\b(?=[^.]{0,80}\blocat)|\bstreet[- ]level\b|\bgeo-?coordinates\b` },
  // Location: approximate.
  { id: 'approximate-location', type: 'location.approximate', source: String.raw`(?:approximate|coarse|general|imprecise|non-precise|rough)(?: or precise)? (?:geo)?(?:location|gps)|precise or approximate (?:gps|geo)?location|precise or approximate gps|general area|ip[- ](?:address[- ])?(?:based|level) (?:location|level)|location (?:data )?(?:at an? )?ip[- ]address|ip-address based|(?:city|country|region|state|continent)[- ]level location|(?:such as|like|e\.g\.,?|including) (?:your |a |the )?(?:city|country|region)\b(?:(?:,| and| or) (?:state|country|region|city|continent))?|country of residence|sim card region|country\/language|what city you'?re in|your city` },
  // Location derived from an IP address or SIM card: tried only on sentences that name one (the gate).
  { id: 'ip-derived-location', type: 'location.approximate', gate: String.raw`ip address|sim card`, source: String.raw`location[^.]{0,60}\b(?:based on|derived from|inferred from|from|using|via)\b[^.]{0,30}(?:ip address|sim card)|(?:ip address(?:es)?|sim card)[^.]{0,40}(?:to (?:determine|estimate|derive|infer|identify)|used to derive|to tailor)[^.]{0,40}(?:location|area|city|country|region)|(?:determined|derived|inferred|estimated) (?:by|from)[^.]{0,30}ip address|(?:infer|determin|deriv|estimat)\w*[^.]{0,50}(?:city|country|region|area|location)[^.]{0,40}ip address|(?:city|country|region|area)[^.]{0,40}from (?:your |the |an )?ip address|based on[^.]{0,100}\bip address|ip address(?:es)?[^.]{0,80}\b(?:your (?:area|city|region|country)|general location|approximate location)` },
  // Precision from the source: an area rather than a point (LABELS.md: a country in usage or account data).
  { id: 'area-level', type: 'location.approximate', source: AREA_LEVEL },
  { id: 'approximate-word', type: 'location.approximate', source: APPROXIMATE_WORD },
  { id: 'ip-location', type: 'location.approximate', source: IP_LOCATION },
  // Location with no precision stated.
  { id: 'location', type: 'location', generic: true, source: String.raw`geolocation|geo-location|location(?:-related)?(?: data| information| history)?|locations?(?= (?:data|information))|where you (?:live|go)\b|where you are(?=\s*(?:[,.;)]|$| and | or | at | right now| physically| located))|current location|wireless location|physical location` },
];

/**
 * Words that look like triggers but are not about the user's face, voice, body or whereabouts. A trigger
 * overlapped by a trap is dropped (LABELS.md "Traps").
 */
export interface Trap {
  id: string;
  source: string;
}

export const TRAPS: Trap[] = [
  // Fingerprints among tracking technologies (cookies, pixels, tags, web storage) are device fingerprints.
  // Words that merely contain a data word. Not a word-boundary rule: extracted text often runs words together
  // ("yourcurrentlocation"), and those are still mentions.
  { id: 'containing-word', source: String.raw`\b(?:al|re|dis|col|trans|de|mis|sub)+-?locat\w*|\b(?:type|pre|sur|inter)faces?\b|\bfacets?\b|\bfaceted\b|\b(?:in|un)voiced?\b|\bgaits?[- ]?way\b|\bgps[- ]?tracker (?:sales|shop)` },
  { id: 'device-fingerprinting', source: String.raw`(?:device|browser|canvas|digital) fingerprint(?:s|ing)?|fingerprinting|\bfingerprints?\b(?=[^.]{0,40}\b(?:tags|pixels?|cookies|web beacons|sdks?)\b)|\b(?:cookies|pixels?|web storage|local storage|session storage|tags|sdks?)\b[^.]{0,60}\bfingerprints?\b` },
  { id: 'face-to-face', source: String.raw`face[- ]to[- ]face|faces? (?:increased |growing )?(?:scrutiny|challenges|risks?)|interface|facebook|surface|facial accessories|facial (?:images?|photos?)` },
  { id: 'voice-idiom', source: String.raw`voice (?:your|their|any|concerns|an? )|google voice|voice over (?:internet|ip)|\bvoip\b|voice assistant\b(?! records)` },
  // Biometric locks and scanners guarding the company's premises: not data about the user.
  { id: 'biometric-security', source: String.raw`\bbiometric (?:access(?: controls?)?|locks?|scanners?|entry|door locks?|authentication for (?:staff|employees))\b(?=[^.]{0,80}\b(?:guards?|cctv|data cent(?:er|re)s?|premises|facilit(?:y|ies)|physical|employees|staff)\b)|\b(?:guards?|cctv|data cent(?:er|re)s?|premises|facilit(?:y|ies)|physical security)\b[^.]{0,80}\bbiometric (?:access|locks?|scanners?|entry)` },
  { id: 'biometric-law', source: String.raw`biometric (?:information )?privacy (?:act|laws?)|biometric (?:privacy|data) (?:laws?|statutes?|regulations?)|biometric identifiers? act` },
  // The user's country as the seat of laws, courts and authorities, or the end of a transfer: no location data.
  { id: 'country-of-law', source: String.raw`\b(?:laws?|courts?|regulations?|rules|authorit(?:y|ies)|legislation|jurisdiction|regulators?|tax)(?: \w+){0,3} (?:of|in|applicable in|for) (?:your|the|that|each) (?:country|region|state|province|city)\b(?: or (?:region|state|province|city|territory)\b)?|\b(?:outside|out of|beyond|other than) (?:of )?(?:your|the|that) (?:country|region|state)\b|\bcountr(?:y|ies) other than\b|\b(?:to|in) (?:a |another )?countr(?:y|ies) (?:outside|other)\b|\b(?:your|the) (?:country|region|state) of (?:residence|domicile)\b(?=[^.]{0,40}\b(?:laws?|rights|courts?|applies|apply|govern|determin\w+ (?:which|the))\b)|\b(?:state|country|province)(?: or \w+)? of (?:issue|issuance)\b|\bissuing (?:state|country|authority)\b|\bour (?:offices?|stores?|headquarters|representatives?|affiliates?|processors?|servers?|subsidiaries)\b[^.]{0,30}\b(?:city|country|region)\b` },
  // Places that are not the user's whereabouts: a store's, a venue's, an ISP's, a booking's chosen places.
  { id: 'place-of-others', source: String.raw`\blocations? (?:of|for) (?:the |our |a |an |its |their |any |each |your )?(?:nearest |nearby |local )?(?:stores?|shops?|restaurants?|venues?|events?|branch(?:es)?|hotels?|propert(?:y|ies)|partners?|merchants?|business(?:es)?|internet service providers?|isps?|vpn(?: endpoints?)?|proxy|pick-?ups?|drop-?offs?|atms?|parking|charging stations?|vehicles? (?:pick-?up|return))\b|\b(?:chosen|selected|preferred|saved|favou?rite|booked|destination|pick-?up|drop-?off|store|hotel|rental) locations?\b|\bsuch other locations?\b|\bat the locations? (?:provided|chosen|selected|set) by\b` },
  { id: 'place-not-user', source: String.raw`\b(?:outside|in|to|from) (?:of )?the (?:country|state|region|jurisdiction) (?:where|in which) you (?:live|reside|are located)|\b(?:factors|things|circumstances) such as where you live|(?:hosting|processing|office|storage|download|file|primary storage|central|another|convenient|different|controlling|data center|server) locations?|locations? (?:of|around) (?:our|the) (?:offices?|servers?|world)|office locations|regardless of (?:your )?location|depending on (?:where you live|your location)|(?:state|country|law|laws|jurisdiction)[^.]{0,20}where you live|where you live[^.]{0,20}(?:law|rights)|in certain locations|depending on your location|available in your location|(?:local|locally) (?:laws?|storage|website|news)|location of (?:a|the) (?:file|recording)|recording file location|location settings|location of (?:the |our )?(?:sub-?processors?|processors|vendors|providers|servers|data centers?)|(?:buildings|premises|spaces|stores|offices|facilities)[^.]{0,40}\bother locations` },
];

/** "not ... without your consent", "unless", "except": the negation is a condition, not a denial. */
export const NEGATED_CONDITION_SOURCE = String.raw`\bwithout (?:your |their |the user'?s? )?(?:express |explicit |prior )?(?:permission|consent|approval)|\bunless\b|\bexcept (?:where|when|if|with)\b|\bonly (?:do so )?(?:if|when|with|after)\b|\bnot generally\b|\bgenerally (?:do not|don't)\b`;

export interface Cue<T> {
  value: T;
  source: string;
}

export const CONDITION_CUES: Cue<ConditionKind>[] = [
  { value: 'consent', source: String.raw`with (?:your |their )?(?:express |explicit |prior )?(?:permission|consent)|if you (?:give|grant|provide) (?:us )?(?:your )?(?:permission|consent)|if you (?:permit|allow) us|when you (?:permit|allow|consent)|(?:based on|subject to) your consent|your consent|opt[- ]in|consistent with your permissions|if you grant|you have allowed|you(?:'ve| have) allowed|permission|we will ask you|seek (?:any )?(?:required )?(?:permissions?|consent)|without your permission` },
  { value: 'setting', source: String.raw`(?:if|when|once) you (?:turn on|enable|activate|switch on|choose to enable)|if you have it turned on|depending on (?:your |these )?(?:device |account )?settings|if enabled|when enabled|location services (?:is|are) (?:on|turned on|enabled)|in your device settings|(?:device|account|privacy) settings? you turn on|based on what you have allowed|if you turn it on|if you allow|when location services are turned off` },
  { value: 'feature-use', source: String.raw`(?:if|when) you (?:choose|opt|elect|decide|participate|verify|enable|turn on|use (?:certain |our |these |the |optional )?(?:[\w-]+ )?features?)|if you choose|you may choose|you can choose|if your (?:institution|account owner|administrator) elects|if (?:voice|location|face)[\w-]* features are available` },
  { value: 'legal-requirement', source: String.raw`where (?:required|permitted|allowed) by (?:applicable )?law|as (?:required|permitted) by (?:applicable )?law|where (?:local )?laws? allows?|to the extent (?:required|permitted)` },
  { value: 'jurisdiction', source: String.raw`in (?:certain|some) (?:jurisdictions|countries|states|markets)|if you (?:are|live|reside) in|(?:residents?|users?) (?:of|in) (?:the )?(?:us|united states|eea|european|uk|california|illinois|texas)|if available in your (?:area|market)` },
  { value: 'app-version', source: String.raw`(?:current|older|earlier|previous|legacy|certain) (?:app )?versions?(?: of (?:the|our) app)?|app versions?` },
];

export const PURPOSE_CUES: Cue<Purpose>[] = [
  { value: 'features', source: String.raw`special effects|effects|filters|stickers|avatars?|lenses|features|personali[sz]e|customi[sz]e|experience|navigation|directions|weather|translations?|captions?|transcri` },
  { value: 'moderation', source: String.raw`moderat|community (?:guidelines|standards)|safety|harmful|violat|enforce` },
  { value: 'demographics', source: String.raw`demographic|age (?:range|estimation|verification)|estimate (?:your )?age|gender` },
  { value: 'recommendations', source: String.raw`recommend|for you|suggest|relevant content|feeds?` },
  { value: 'advertising', source: String.raw`advertis|\bads?\b|marketing|targeted` },
  { value: 'security', source: String.raw`security|secure|fraud|spam|bot activity|protect|authenticat|integrity` },
  { value: 'legal', source: String.raw`legal obligations?|comply|compliance|law enforcement|legal process|required by law` },
  { value: 'identity-verification', source: String.raw`verif(?:y|ication)|confirm (?:you are|your identity)|identity` },
];

export const ACTION_CUES: Cue<Action>[] = [
  { value: 'sell', source: String.raw`\bsell|\bsale\b|\bsold\b` },
  { value: 'share', source: String.raw`\bshar(?:e|es|ed|ing)\b|disclos|provide[sd]? (?:it |them )?to|transfer|receives?\b(?=[^.]{0,40}(?:partner|provider|third))|send(?:s)? (?:it |them )?to` },
  { value: 'retain', source: String.raw`\bretain|\bkeep|\bstore|\bstoring|retention|\bdelete` },
  { value: 'infer', source: String.raw`\binfer|\bestimat|\bderive|\bdetermine|\bpredict|\bguess` },
  { value: 'use', source: String.raw`\buse[sd]?\b|\busing\b|\bprocess|\banaly[sz]|\bapply` },
  { value: 'collect', source: String.raw`collect|obtain|gather|receive|capture|record|scan|get\b|access` },
];

export const SOURCE_CUES: Cue<Source>[] = [
  { value: 'user-content', source: String.raw`user content|your content|content you (?:create|upload|post|share)|photos?|videos?|images?|memories|snaps?|recordings? you|livestreams?` },
  { value: 'device', source: String.raw`device|phone|sensors?|sim card|ip address|browser|app\b|gps` },
  { value: 'third-party', source: String.raw`third[- ]part(?:y|ies)|partners?|vendors?|providers?|from others` },
  { value: 'user', source: String.raw`you provide|you give|you submit|you share|you choose to provide` },
];

export const THIRD_PARTY_ACTOR_SOURCE = String.raw`third[- ]part(?:y|ies)|partners?|vendors?|service providers?|sub-?processors?|advertisers?|(?:verification|mapping) (?:partner|provider)s?`;

