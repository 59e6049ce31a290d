/**
 * Negation as scope, in the NegEx/ConText tradition (Chapman et al. 2001; Harkema et al. 2009): a cue opens a
 * scope that runs forward to a terminator or the end of the sentence; pseudo-cues look like negations and are
 * not. Whether a negation denies a mention is decided by the predicate it governs (classify.ts, verbs.ts).
 * Both passes are one left-to-right scan with constant-size patterns, so they are linear in the sentence.
 */
import { alternatives, cased, charsBefore, re, rx, type NamedSources } from '../text/pattern';
import { ITEM_VERB_WORDS, LIST_SPAN } from './language';
import { gateSlot, heldIn } from '../text/pattern-gate';
import { NOT_PRECISE } from './terms';
import { ALL_KINDS, finiteVerbSource } from './verbs';

/** The finite forms of the lexicon's verbs ("uses", "records"). */
const ACT_FINITE = finiteVerbSource(ALL_KINDS);

/** Not the reader's own act, which is a setting: "you can stop sharing", "you may block the app from…". */
const NOT_THE_READERS = rx`(?<!\byou (?:can |may |could |might |will )?)`;

/** Words that negate what follows them. */
export const NEGATION_CUES: NamedSources = {
  // No system there to get the data, its relative clause the act denied: "We do not operate servers that receive your
  // location", "We have no backend that stores recordings" (first: tried before "not" and "no" at the same place).
  'no-receiver':
    rx`\b(?:no|(?:not|n't|never) (?:operate|have|run|maintain|own|use))(?: any)? (?:[\w-]+ ){0,2}` +
      rx`(?:servers?|databases?|back-?ends?|clouds?)\s+(?:that|which)\s+(?=(?:receive|store|collect|process|hold|keep)s?\b)`,
  not: rx`\bnot\b|n't\b|\bcannot\b`,
  never: alternatives([
    rx`\bnever\b|\bat no (?:point|time|stage)\b|\bunder no circumstances\b`,
    rx`\bin no (?:case|event|way)\b|\bon no account\b|\bby no means\b`,
  ]),
  // Not a number's abbreviation: "Law No. 6698", "Regulation no 2016/679".
  // Nor an answer, whose clause follows it: "No, face data is not shared with third parties", "No. The extension
  // detects faces…" (what that says decides).
  // Nor a number's abbreviation in a list: "your name, contact no., country" (its period may be the one-dot leader
  // normalize.ts writes for an abbreviation's).
  // Not "2D" or "3D": "No 3D face model is created" negates (but "Form no 1A" is a number).
  no: rx`\bno\b(?![.\u2024]? ?\d+(?!\d|d\b)| (?:longer|later|more than|less than)\b|\s*[,!:.\u2024]\s|[.\u2024][,;)])`,
  'no-longer': rx`\bno longer\b`,
  'neither-nor': rx`\bneither\b|\bnor\b`,
  'none-of': rx`\bnone of\b`,
  // "records nothing the child says", "nothing you say is kept": the act is denied of everything.
  nothing: rx`\bnothing\b`,
  // "without collecting your location": a negated gerund. "without your consent" is a condition (classify.ts).
  // Verbs that negate the act they govern: "we stopped collecting", "ceased to record" (not the reader's own
  // "you can stop sharing", which is a setting; nor a noun: "the stops nearest your location", "your start/stop time",
  // "stop locations": "stop" governs an act, an infinitive or an object).
  'negating-verb':
    NOT_THE_READERS +
      rx`\b(?:(?<![/-])stop(?:s|ped|ping)?(?= (?:\w+ly )?(?:\w+ing|to|the|your|all|any|our|its|their)\b)|ceas(?:e|es|ed|ing)|refrain(?:s|ed|ing)? from|discontinu(?:e|es|ed|ing)` +
      rx`|declin(?:e|es|ed|ing) to|paus(?:es|ed)|suspend(?:s|ed)|halt(?:s|ed))\b(?= (?:\w+ly )?(?:to )?\w+(?:ing)?\b)`,
  // Keeping someone else from the act: "Private Mode stops the car from sending location", "we avoid collecting"
  // (classify.ts reads the verb after "from"). Only governing an act: not a thing kept away ("To prevent fraud we
  // may record your calls" records them).
  'keeping-from':
    NOT_THE_READERS + rx`\b(?:avoid|prevent|block)(?:s|ed|ing)?\b` +
      rx`(?= (?:\w+ly )?(?:(?:[\w-]+ ){0,2}\w+ing\b|[^.;,]{0,40}?\bfrom \w+ing\b))`,
  // Switching a capability off is not doing it: "Fleetfox disables audio recording on dashcams in Germany". Said of
  // the company, not of a reader who may (a setting: "you can turn off location", "users may disable voice input").
  'switching-off':
    rx`(?<!\b(?:you|can|may|could|might|to|will|should|must) )` +
      rx`\b(?:disabl(?:es|ed)|deactivat(?:es|ed)|turn(?:s|ed) off|switch(?:es|ed) off|mut(?:es|ed))\b` +
      rx`(?= (?:\w+ly )?(?:the |all |any )?\w+\b)(?! (?:by default|if|when|unless)\b)`,
  // "approximate location rather than your precise location", "instead of recording the call".
  'instead-of': rx`\binstead of\b|\brather than\b`,
  // Also before access as a noun: "works without access to your location".
  // And before "any": "workouts are logged without any location data" (not "without your consent", a condition).
  // Not the reader's own permission withheld: "riders can enter addresses without granting location permission".
  // Not the "without" of a necessity ("cannot function without access to your location", above).
  // And after a verb of working: "the app works entirely without your location" (the data itself is not needed).
  // A thing left out of what is recorded: "video data (excluding audio)".
  excluding: rx`\bexcluding\b(?:(?<=\b(?:record|captur|collect)\w*\b[^.;]{0,60}?excluding)|(?=[^.;]{0,60}\b(?:recorded|captured|collected)\b))`,
  // Also a noun left out of an act just named: "records video without audio".
  'without-ing': rx`(?<!\b(?:cannot|can't|could not|couldn't)\b[^.;]{0,80})\bwithout(?= (?:\w+ly |ever )?\w+ing\b| (?:any )?access to\b| any\b` +
    rx`|(?<=\b(?:record|captur|collect)\w* [^.;,]{1,40}?\bwithout)(?= (?:the |any )?[a-z]+ (?:data|recordings?|information)\b)` +
    // (Not a condition: "it works without your consent".)
    rx`|(?<=\b(?:works?|runs?|functions?|operates?|usable|available)(?: \w+ly)? without) ` +
    rx`(?!(?:your |the |any |prior )?(?:consent|permission|authori[sz]ation|approval|knowledge|agreement|notice)\b)` +
    // Nor the reader's setting withheld ("works without location permission", "…without Location Services enabled"),
    // nor a bare noun the verbs after it would read as coordinated with them ("operates without staff and uses…").
    rx`(?!(?:your |the |any )?(?:[\w-]+ ){0,2}?(?:permissions?|services|settings?)\b|[a-z]+ (?:and|or) (?:\w+ly )?(?:${ACT_FINITE})\b))` +
    rx`(?! (?:granting|giving|allowing|enabling|turning on|switching on)\b)`,
  // An inability is a negation of the act: "we are unable to see your fingerprint".
  // So is a lack of the means: "we lack the ability to see your location".
  // Not a lack of the reader's: "users who lack the ability to use fingerprint login".
  unable: rx`\bunable(?= to\b)|(?<!\b(?:you|users?|who|people|individuals|customers)\s)\black(?:s|ed)? (?:the |any )?` +
    rx`(?:ability|means|capability|capacity)(?= to\b)`,
};

/** Phrases that contain a cue and do not negate: they are matched first and consume it. */
export const PSEUDO_CUES: NamedSources = {
  'not-only': rx`\bnot only\b|\bnot just\b`,
  'not-limited': rx`\bnot (?:be )?limited to\b|\bbut not limited to\b`,
  'whether-or-not': rx`\bwhether or not\b`,
  'no-matter': rx`\bno matter\b`,
  'if-not': rx`\bif not\b`,
  'not-to-mention': rx`\bnot to mention\b`,
  // "we collect nothing but your location": an exception, not a denial.
  'nothing-but': rx`\bnothing (?:but|else than|other than|more than|less than|except)\b`,
  // A bound, not a denial: "location no more precise than your city" is collected, coarse.
  'no-more-than': rx`\bno (?:any )?more [\w-]+ than\b`,
  // A precision said not to hold, of data that is held: "location information that is not precise" (rough).
  // A negation still before a named precise location, its source too: "(not precise GPS location)".
  'not-precise': rx`\b${NOT_PRECISE}\b(?! (?:(?:gps|gnss|device|real-time|live) )?(?:location|geolocation|position|coordinates)\b| gps(?![\w-]))`,
  // "we do not record every call": some are, so it is not a denial.
  // "We do not record all conversations": some are. (Not "not at all", which denies.)
  // Also past the verb and its object: "We don't track the location of all employees".
  'not-every': rx`(?:\bnot|n't) (?:(?!at |and )[\w-]+ ){0,4}?(?:every|each and every|all)\b|\bnot always\b`,
  // A possible failure, not a refusal: "we may not be able to recognise your voice if the line is bad".
  'may-fail': rx`\b(?:may|might) not be able to\b`,
  // That a template cannot be turned back into what it was made from says the template is kept: "there is no way to
  // generate a fingerprint from the template", "the hash cannot be converted back into an image".
  // Nor what it cannot be used for: "These voiceprints cannot be used to reconstruct your voice".
  irreversible: rx`\bno way to (?:re)?(?:generate|create|construct)\b|\b(?:cannot|can't) be (?:converted|turned) back\b` +
    // Or copied from it: "the representation can not be used to copy or re-produce a finger image".
    rx`|\b(?:can ?not|can't|could not) be (?:used to )?(?:reconstruct|recreat|rebuil|reverse[- ]engineer|regenerat|re-?produc|replicat|cop)\w*`,
  // A necessity: "the Services cannot be provided … without Lime processing data about you including location data".
  // Also without the access itself: "Some features cannot function without access to your location".
  'cannot-without':
    // Or without the data itself: "the app cannot work without your location".
    // (In its own clause: not "We cannot access your fingerprint data, and you can sign in without the sensor".)
    rx`\b(?:cannot|can't|could not|couldn't)\b(?=[^.;]{0,80}\bwithout (?:[A-Z]?[a-z]+ )?(?:processing|using|collecting|access)\b` +
    rx`|(?:(?!\b(?:and|but|as|because|since|so|while|which)\b)[^.;,]){0,80}\bwithout (?:your|the)\b)`,
  // What a thing is not classed as, not an act denied: "Photos of you are not biometric data", "a photo does not
  // constitute a biometric identifier".
  'not-a-kind':
    rx`\b(?:(?:is|are)(?: not|n't)(?: (?:considered|deemed|treated as|classed as|classified as|regarded as))?` +
      rx`|(?:does|do)(?: not|n't) (?:constitute|qualify as|count as)) (?:an? )?(?=(?:[\w-]+ )?(?:biometric|sensitive)\b)`,
  // A promise withheld about results, not an act on data denied: "we do not guarantee that location-based results
  // will be accurate".
  'no-warranty': rx`\b(?:do|does|can|cannot|will)(?:n't| not)? (?:not )?(?:guarantee|warrant|promise)\b`,
};

/** Words and marks that end a negation's scope. */
export const SCOPE_TERMINATORS: NamedSources = {
  // Not the "but" of a pseudo-cue: "does not collect any PII, including but not limited to … location data".
  contrast: rx`\b(?:but(?! not (?:be )?limited\b)|however|although|though|whereas|while|yet)\b`,
  // Or what is kept after a dash or a comma: "We do not upload the photos themselves—only the embedded GPS coordinates".
  exception: rx`\b(?:except|unless|other than)\b|[,—–]\s*only\b(?= (?:the|their|its|your|a|an)\b)`,
  // A reason opens a clause of its own: "No GPS permission is required, as your approximate location is estimated
  // from your IP address". Only before a subject: not "such as", "since 2020".
  cause: rx`(?:\bbecause|\bsince|, as)\b(?= (?:we|you|your|the|our|it|this|they|its|their)\b)`,
  // Not a question a verb of knowing embeds: "does not learn which organisation you shared it with or where you were".
  relative:
    rx`(?<!\b(?:learn(?:s|ed|t)?|know(?:s|n)?|knew|see(?:s|n)?|saw|record(?:s|ed)?|track(?:s|ed)?|log(?:s|ged)?` +
      rx`|determine[sd]?|infer(?:s|red)?|tells?|told|identif(?:y|ies|ied)|detect(?:s|ed)?|store[sd]?) )` +
      rx`\b(?:which|who|whom)\b|, that\b`,
  // A parenthesis is not one: "(for example, …)" elaborates the negated object; nor is a pair of dashes around
  // one ("No biometric data — fingerprint, palm or iris — is gathered"): see `parentheticalDashes`.
  punctuation: rx`[;:]|\s[—–]\s`,
};

export interface Negation {
  /** Offset of the cue in the sentence. */
  at: number;
  cue: string;
  /** Where its scope ends (a terminator's offset, or the sentence's end). */
  scopeEnd: number;
}

const join = (rows: NamedSources) => Object.values(rows).map((source) => `(?:${source})`).join('|');
// Both are read only through matchAll, which copies the pattern: their own lastIndex never moves from 0.
// Pseudo-cues first: at one position the longer, non-negating phrase wins.
const CUE_RE = re(`(${join(PSEUDO_CUES)})|(${join(NEGATION_CUES)})`, 'gi');
const TERMINATOR_RE = re(join(SCOPE_TERMINATORS), 'gi');
/** The cues' place in the sentence gate: most sentences hold no cue's literal, and need no terminators either. */
const CUE_SLOT = gateSlot(CUE_RE.source);

/** A spaced dash, which ends a scope unless it opens or closes a parenthesis. */
const DASH = /^\s[—–]\s$/;
/** How far apart two dashes may be and still enclose a parenthesis rather than split two clauses. */
const DASH_PAIR_SPAN = 100;

/**
 * Drops the dashes that come in pairs around an aside ("no data — a, b or c — is kept"): two dashes within
 * DASH_PAIR_SPAN with no other terminator between them. One pass over the terminators, in order.
 */
function parentheticalDashes(at: number[], text: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < at.length; i++) {
    const next = i + 1 < at.length ? i + 1 : -1;
    if (DASH.test(text[i]!) && next >= 0 && DASH.test(text[next]!) && at[next]! - at[i]! <= DASH_PAIR_SPAN) {
      i = next;
      continue;
    }
    out.push(at[i]!);
  }
  return out;
}

/** The company's own denial: after "we" or "I", or a singular subject's ("does not", "Acme never collects"). */
const COMPANY_NEGATION =
  rx`(?:\b(?:we|i)(?: (?:do|did|will|shall|can|would|could))? (?:not|never)|\bdoes not|\bdoesn't|\b(?:we|i) \w+ly never` +
    rx`|\bnever(?= (?:\w+ly )?\w+s\b))`;
/** A colon that opens the object of its verb as a list: "we have not collected the following categories: …". */
// Or a denied verb with no object before the colon, past a means at most: "We do not collect through Sentry: your
// name; precise geolocation; voice data" (not "we do not share your data with: …", whose object is said).
// Not a plural party's, whose list names what others do not get: "Advertisers never receive: …".
const LIST_LEAD = re(
  rx`(?:\bthe following\b[^.;:]{0,60}|${COMPANY_NEGATION} (?:\w+ly )?` +
    rx`(?:collect|receiv|stor|access|process|us|shar|track|record|request|obtain|gather|keep|retain|sav|transmit|send)(?:e|es|ed|ing|s)?` +
    rx`(?:(?:,| or| and) \w+){0,3}(?: (?:through|via|from|using|with|by|in|on) [^.;:]{1,30})?)$`,
);
/**
 * Drops a colon that opens a list of what the verb governs, and the semicolons between that list's items: the
 * negation before it reaches every item ("…not collected the following categories: biometric information;
 * precise geolocation"). One pass over the terminators.
 */
function listColon(sentence: string, at: number[]): number[] {
  const i = at.findIndex((x) => sentence[x] === ':' && LIST_LEAD.test(charsBefore(sentence, x, 80)));
  if (i < 0) return at;
  const colon = at[i]!;
  const rest = at.slice(i + 1);
  // An item with a verb of its own is a clause of its own: "…: biometric information; precise geolocation is
  // collected only in the app". Each item is read once; only within the span the clause scan reads as one list
  // (language.ts LIST_SPAN).
  return [
    ...at.slice(0, i),
    ...rest.filter((x, k) => sentence[x] !== ';' || x - colon > LIST_SPAN ||
      OWN_VERB.test(sentence.slice(x + 1, rest[k + 1] ?? sentence.length))),
  ];
}
/** An item's own verb, or a subject of its own. */
const OWN_VERB = re(rx`\b(?:${ITEM_VERB_WORDS.join('|')}|we|you)\b`);

/** A terminator and then a subject: "but we". */
const SUBJECT_NEXT = /^\S*\s+(?:we|you|they|it)\b/i;
/** The outermost parentheses of a sentence, in order, each closed (an unclosed one is no parenthesis). */
function parenthesesOf(sentence: string): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  let depth = 0;
  let open = -1;
  for (let i = sentence.indexOf('('), j = sentence.indexOf(')'); i >= 0 || j >= 0; ) {
    if (i >= 0 && (j < 0 || i < j)) {
      if (depth++ === 0) open = i;
      i = sentence.indexOf('(', i + 1);
    } else {
      if (depth > 0 && --depth === 0) out.push({ open, close: j });
      j = sentence.indexOf(')', j + 1);
    }
  }
  return out;
}

/** A pause or a stop, and the words that make it one for a while or until an event. */
const PAUSE_CUE = /^(?:stop|paus|suspend|halt)/i;
const FOR_A_WHILE = /\b(?:when|while|whenever|during)\b/i;
const UNTIL_AN_EVENT = /\b(?:once|as soon as)\b/i;
/**
 * What opens a clause that says when or where, up to two words before a cue: "instances where no", "when you do not".
 * Or what the reader may ask for: "you can ask us not to record the call", "request that your call isn't recorded"
 * (the request says the call is recorded otherwise). A contraction's cue follows its verb: "when you don't".
 */
const CONDITION_LEAD = re(rx`\b(?:(?:where(?! we\b)|when|whenever|if|unless|ask(?:s|ed)?)\s+(?:[\w'’-]+\s+){0,2}|request(?:s` +
  rx`|ed)? that (?:[\w'’-]+\s+){0,3})\w*$`);

/** A cue in a relative clause set off by commas: "Our app, which does not use GPS, estimates your city from…". */
const RELATIVE_LEAD = /,\s+(?:which|who|where)\b[^,;.]{0,80}$/i;
/** An item of a list the clause's verb governs ("which does not use GPS, Wi-Fi or Bluetooth, …"), not the main verb. */
const LIST_ITEM_AFTER = cased(rx`^(?:\s*[^\s,;.]+){1,4}\s*,|^[^,;.]*\b(?:and|or)\b`);
/**
 * The clause ends at the comma before the main clause's words: the negation denies within it ("…, which has no GPS
 * chip, uses your phone's location" uses the location). Within a bounded span, so a run of cues costs each the same.
 */
function relativeClauseEnd(sentence: string, from: number, end: number): number {
  const stop = Math.min(end, from + 200);
  for (let c = sentence.indexOf(',', from); c >= 0 && c < stop; c = sentence.indexOf(',', c + 1)) {
    if (!LIST_ITEM_AFTER.test(/^[^,;.]*,?/.exec(sentence.slice(c + 1, c + 120))![0])) return c;
  }
  return end;
}

/**
 * A concession that opens the sentence, to its comma: "While we do not transmit data to them, …"; or a phrase of
 * what is not done: "Instead of asking for your location, we estimate your city from your IP address" estimates it.
 */
const FRONTED_CONCESSION = re(rx`^\W*(?:while|although|though|whereas|even though|instead of|rather than)\b[^,;.]{1,160},`);

/** The negations of a sentence with their scopes, in order. */
export function negationsIn(sentence: string): Negation[] {
  if (heldIn(sentence)[CUE_SLOT] === 0) return [];
  // A cue in that concession denies only there: the main clause after its comma says what is done.
  const concessionEnd = (FRONTED_CONCESSION.exec(sentence)?.[0].length ?? 0) - 1;
  const found: number[] = [];
  const texts: string[] = [];
  for (const m of sentence.matchAll(TERMINATOR_RE)) {
    found.push(m.index);
    texts.push(m[0]);
  }
  const terminators = listColon(sentence, parentheticalDashes(found, texts));
  const parens = parenthesesOf(sentence);
  // Terminators inside a parenthesis end no scope from outside it when they open examples ("not create biometric
  // identifiers (for example: faceprints, …)") or a short aside ("We do not collect: precise location,
  // photos (except an optional avatar), or biometric identifiers" denies the last item too). Not one with a subject
  // after it, nor a longer one, which is a clause of its own ("(unless you turn it on)", "(except, for drivers, GPS
  // data)", "(although third-party SDKs may collect…)"). (One pass: both are in order.)
  let q = 0;
  const outside = terminators.filter((x) => {
    while (parens[q] && parens[q]!.close < x) q++;
    const paren = parens[q];
    return !(paren && paren.open < x) || SUBJECT_NEXT.test(sentence.slice(x, x + 20)) ||
      (sentence[x] !== ':' && (paren.close - x > 40 || sentence.slice(x, paren.close).includes(',')));
  });
  const out: Negation[] = [];
  let t = 0;
  let u = 0;
  let p = 0;
  for (const m of sentence.matchAll(CUE_RE)) {
    // A pseudo-cue, or a cue in a clause that says when or where: "flag instances where no face is detected", "when
    // you do not use the app, …" (the condition's own negation denies no practice; a later cue still may).
    if (m[1] !== undefined || CONDITION_LEAD.test(charsBefore(sentence, m.index, 40))) continue;
    while (terminators[t]! <= m.index) t++;
    while (outside[u]! <= m.index) u++;
    while (parens[p] && parens[p]!.close <= m.index) p++;
    // A cue inside a parenthesis negates only in it: "Transcripts (not the audio) are saved".
    const paren = (parens[p]?.open ?? Infinity) < m.index ? parens[p] : undefined;
    let scopeEnd = (paren ? terminators[t] : outside[u]) ?? sentence.length;
    if (paren && paren.close < scopeEnd) scopeEnd = paren.close;
    if (RELATIVE_LEAD.test(charsBefore(sentence, m.index, 90))) scopeEnd = relativeClauseEnd(sentence, m.index, scopeEnd);
    if (m.index < concessionEnd) scopeEnd = Math.min(scopeEnd, concessionEnd);
    // A pause for a while is no end: "we will stop the call recording when you give your card details" records the
    // rest of the call. (A bounded window: a run of cues costs each the same.)
    // So is a present-tense stop at an event: "the app stops collecting location as soon as you end your shift"
    // collects it until then (not "we stopped collecting it once the law changed").
    if (PAUSE_CUE.test(m[0])) {
      const scope = sentence.slice(m.index, Math.min(scopeEnd, m.index + 120));
      if (FOR_A_WHILE.test(scope) || (/^stops?$/i.test(m[0]) && UNTIL_AN_EVENT.test(scope))) continue;
    }
    out.push({ at: m.index, cue: m[0].toLowerCase(), scopeEnd });
  }
  return out;
}
