import {
  endsWithQuestion, isVerblessLabel, LEARNS_IF, nonClaimReason, PERSONAL_DATA, POINTED_DATA, SENT_ARTIFACT, userSettingEnd, userSettingFrom, type LineKind,
} from './claim';
import { normalizeSentence } from './normalize';
import { clausesOf, type Clause } from './language';
import { regionNamedIn, scopeOfRegion, SCOPE_LEAD } from '../regions/regions';
import {
  DENYING_AUXILIARY, describesPlatformCheck, onlyResultReaches, PLATFORM_LOCK_BEFORE, processedThereOnly, saysNotSent, staysOnDevice,
} from './flow';
import { DATA, LIST_MARKER_CHARS } from './terms';
import { namesJurisdiction } from './jurisdiction';
import { actedOnByOtherParty, actedOnIndependently, WE_US_OUR } from './actor';
import { oncePerSentence } from './acts';
import { EVERY_KIND, findMentions, type Mention } from './mentions';
import { negationsIn, type Negation } from './negation';
import {
  EVERY_VERB, participleSource, PROCESSING_OR_FLOW_PARTICIPLE, PROCESSING_OR_FLOW_VERB, PROCESSING_OR_FURTHER_VERB, PROCESSING_VERB, verbKind,
} from './verbs';
import type {
  Action, Actor, Condition, DataType, Modality, RegionScope, SentencePractice, Source, Stance,
} from './types';
import { alternatives, cased, charsAfter, charsBefore, re, rx, words } from '../text/pattern';
import { countAtOrBefore } from '../text/sorted';
import { gated, gateSlot, heldIn } from '../text/pattern-gate';
import {
  ACTION_CUES,
  APPROXIMATE,
  CONDITION_CUES,
  LOCATION,
  NEGATED_CONDITION_SOURCE,
  PRECISE,
  PURPOSE_CUES,
  SOURCE_CUES,
  THIRD_PARTY_ACTOR_SOURCE,
} from './vocabulary';

/** An adverb, not a verb that ends like one ("apply", "supply", "rely"). */
const ADVERB = rx`\w+ly(?<!\b(?:apply|supply|reply|comply|rely|multiply))`;
/** Words allowed between a negation and its verb: hedges ("currently"), adverbs, auxiliaries, a subject after "nor". */
const HEDGE = words(
  rx`${ADVERB}|also|even|ever|any longer|at this time|at present|otherwise|be|been|have|has|had|able to|to`,
  // Two adverbs coordinated: "we do not knowingly or intentionally collect".
  rx`(?:or|and) ${ADVERB}`,
  // "We are not in the business of collecting…", "not in a position to see…".
  rx`in the business of|in a position to`,
  // An attempt or an intention negated is the act negated: "at no point do we attempt to infer…"; so is an
  // engagement in it ("we do not engage in the collection of…").
  // "Make use of" is the verb "use": the hedge stops before it, so that "use" is read as the verb governed.
  rx`attempt to|try to|seek to|intend to|plan to|engage in(?: the| any)?|make(?: any)?(?= use of\b)`,
  // So is a permission to do it, not had: "COVID Alert did not have permission to use location services"; or the
  // ability: "we do not have the technical ability to access your recordings".
  rx`(?:the |any )?(?:permission|authori[sz]ation|means|(?:technical )?(?:ability|capability|capacity)) to`,
  // So is an act that a process would contain: "attendance does not involve collecting fingerprints".
  rx`(?:involv(?:e|es|ed|ing)|entail(?:s|ed|ing)?)(?= \w+ing\b)`,
  rx`(?:we|they|our [\w-]+|third parties|anyone)`,
  // The subject after an inverted auxiliary: "at no point does the app transmit", "at no time will SkyPass apply".
  // Of a few words too: "At no time do Desjardins Group components have access to…".
  rx`(?:do|does|did|will|would|can|could) (?:we|they|it|(?:the|our) [\w-]+|[\w-]+(?: [\w-]+){0,2})(?= \w)`,
);
/** A coordinated modal between a negation and its verb: "we do not, and will not, collect". */
const COORDINATED_MODAL =
  rx`(?:,\s*(?:and|or)\s+(?:will|would|do|does|did|have|has|shall|can)\s+(?:not|never)\s*,` +
  // "does not currently, nor does it intend to, collect".
  rx`|,\s*nor\s+(?:do|does|did|will|would|can)\s+(?:it|we|they)(?:\s+(?:intend|plan|expect|wish))?(?:\s+to)?\s*,)`;
/** A negation cue that may open the span a negation governs. */
const GOVERNED_CUE = rx`(?:\s*(?:not|never|n't|no|cannot|neither|nor|without))`;
/** What joins coordinated verbs: a comma with or without "and"/"or", or "and", "or", "and/or". */
// A slash too: "Does not resell / provide location … to third parties".
const VERB_JOINER = rx`\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|and\/or)\s+|\/\s*)`;
// A phrasal verb's particle stays with it: "does not look up, store or infer your location".
const VERB_WORD = rx`[a-z]+(?: (?:up|out|down|in)(?= (?:or|and)\b|,))?`;
/** After a negation cue: hedges, then a list of coordinated verbs ("collect, store or share"). */
const GOVERNED_VERBS = re(
  // The coordinated modal may also follow a hedge: "does not currently, nor does it intend to, collect".
  // A parenthetical may stand between them: "we do not, under any circumstances, collect".
  rx`^${GOVERNED_CUE}?(?:${COORDINATED_MODAL}|,[^,.;]{1,40},)?\s*((?:${HEDGE}(?:\s+|(?=,)))*)${COORDINATED_MODAL}?\s*` +
    rx`(${VERB_WORD}(?:${VERB_JOINER}${VERB_WORD}){0,4})`,
);
/** "X is not collected", "are currently never stored", "will not be sent": a negated passive after the mention. */
/**
 * From the mention to its own predicate: the subject may hold commas ("Location data that could pinpoint your
 * device, such as GPS, is not used"), but no relative or coordinated clause of its own ("…, which is not shared").
 * A restrictive relative belongs to the subject ("Location data that could pinpoint…, is not used"). Nor a second
 * clause: "X is collected, and Y is not…", "…and we do not…"; a coordinated subject is one ("Latitude and
 * longitude of the vehicle are not recorded").
 */
/**
 * The auxiliary of a passive: "is collected", "will be stored", "gets shared"; a modal alone before a negation and
 * its "be": "will not be collected", "would never be shared".
 */
const PASSIVE_AUX = rx`(?:is|are|was|were|will be|would be|will|would|shall|be|being|get|gets)`;
const OWN_PREDICATE_LEAD =
  rx`^(?:(?!,\s*(?:which|that|who|and|but)\b|\band (?:we|it|they|you|these|this)\b|\b(?:but|while|whereas)\b)[^;.]){0,120}?`;
/**
 * A feature named as not offered at all: "Voice authentication is not offered: we identify you with a PIN"; or not
 * where the sentence says, a denial in that scope: "Facial Recognition is not available in Illinois, Texas or
 * Washington" (up to a contrast: "…, but…"). "Not available in all countries" never reaches it: claim.ts's
 * AVAILABILITY rule reads that as no claim at all.
 */
const NOT_OFFERED =
  // Or not switched on, in a relative clause too: "Cameras are equipped for sound recording which is not activated".
  // A head noun or two may follow the mention: "Audio recording is not enabled".
  // (The relative right after the mention, not after another noun: "…from devices that are not activated".)
  re(rx`^(?:(?:\s+[\w-]+){0,2}?\s*|\s*(?:which|that) )(?:is|are)\s+not\s+` +
    rx`(?:offered|supported|activated|enabled|available(?: on (?:this|your|the) (?:device|phone|model|watch|car)` +
    rx`| in\b(?:(?!\bbut\b)[^.;])*)?)(?=\s*(?:[:;.,]|$))`);
/** A condition's opening before a mention: "where location services are not enabled" says when, not that never. */
const CONDITION_LEAD = re(rx`\b(?:where|when|whenever|if|unless|while|until)\s+(?:[\w-]+\s+){0,3}$`);
const PASSIVE_DENIAL = re(
  OWN_PREDICATE_LEAD +
    rx`(?:\b${PASSIVE_AUX}\s+` +
    // "neither stored nor shared"; "is not, and has never been, transmitted".
    rx`(?:(?:\w+ly|currently|presently)\s+)?(?:not|never|neither|at no (?:point|time|stage)|in no (?:case|event|way))` +
    // Contractions and modals: "isn't used", "cannot be used to determine…".
    rx`|\b(?:isn't|aren't|wasn't|weren't|won't be|can ?not be|can't be|could not be|couldn't be|will never be))` +
    rx`(?:,[^,.;]{0,40},)?\s+(?:be\s+)?(?:(?:\w+ly|currently)\s+)?` +
    // Coordinated participles, the processing one last: "shared with or collected by us".
    // Not what it cannot be turned back into: "These voiceprints cannot be used to reconstruct your voice" keeps them.
    rx`(?:[a-z]+(?: with| to| by)?,? (?:or |and |nor )){0,3}(?:${PROCESSING_OR_FLOW_PARTICIPLE})\b` +
    rx`(?! to (?:copy|re-?(?:construct|creat|buil|generat|verse|produc|plicat)))` +
    // "…and palm-print login has been discontinued": the practice ended.
    // Said of the mention's own phrase (a head noun or two may follow it: "palm-print login has been…"), not of
    // another subject later ("…at which the material appeared before it was removed").
    rx`|^(?:\s+[\w-]+){0,2}?\s+(?:(?:has|have) been|was|were|is now|are now) ` +
    rx`(?:discontinued|retired|removed|disabled|switched off|turned off)\b` +
    // Or switched off now: "Sound recording is disabled on all cameras" (not "removed": "…is removed after 30 days").
    rx`|^(?:\s+[\w-]+){0,2}?\s+(?:is|are) (?:\w+ly )?(?:disabled|deactivated|switched off|turned off)\b` +
    // One lead for two shapes of a negated copula. Not a part of what the company does: "… is not part of our
    // hiring process", "… is not and has never been a feature of our app", "… are not something we build". The
    // participle left out after a clause that has it: "step data are synced; GPS data is not".
    rx`|${OWN_PREDICATE_LEAD}\b(?:(?:is|are|was|were) (?:not|never)|isn't|aren't|wasn't|weren't)` +
    rx`(?:(?=\s*(?:[,.;:)]|$|(?:because|since|as)\b))|(?: and (?:has|have) never been)? ` +
    rx`(?:(?:a |an )?(?:part|feature|component) of (?:our|the|this|any)\b` +
    rx`|something (?:that )?we (?:${PROCESSING_VERB}|build|do|offer|make)\b))`,
);
/** Keeping what was received. */
const KEEPING = rx`kept|stored|retained|saved|recorded`;
/**
 * The mention's own predicate affirmed before a coordinated denial: "your geolocation is used to suggest stations and
 * is not kept beyond your session" (used, and kept no longer), not "…is not used and not kept".
 */
const AFFIRMED_THEN_DENIED = re(
  rx`^[^;.]{0,40}?\b${PASSIVE_AUX}\s+(?:only\s+|\w+ly\s+)?(?:${PROCESSING_OR_FLOW_PARTICIPLE})\b` +
    // Only keeping denied (LABELS.md: a denial of storing only, for data it processes): "…stored on the lock and never
    // transmitted to us" still denies. Recording is keeping what was heard: "voice chat is relayed live and is not recorded".
    rx`[^;.]{0,80}?\band (?:is |are |was |were |will )?(?:not|never)\s+(?:be\s+)?(?:\w+ly\s+)?(?:${KEEPING})\b` +
    rx`(?:,? (?:or |and |nor )?(?:${KEEPING}|reviewed|analy[sz]ed)\b)*(?!,? (?:or|and|nor) [a-z]+ed\b)`,
);
/**
 * A further action denied in the passive: "your precise location is never sold", "… is not shown to other users".
 * Like "we never sell…", it says nothing of collection (LABELS.md), so the mention makes no claim.
 */
const PASSIVE_FURTHER_DENIAL = re(
  OWN_PREDICATE_LEAD +
    rx`\b${PASSIVE_AUX}\s+(?:(?:\w+ly|currently)\s+)?` +
    // Shown or published to others is passing it on too (not verbs of the lexicon: "show" names the app's screens).
    rx`(?:not|never|n't)\s+(?:be\s+)?(?:\w+ly\s+)?(?:${participleSource(['further'])}|shown|displayed|published` +
    // Or said to be out of others' sight: "is never visible to other users", "is not public" (not "not accessible to us").
    rx`|(?:visible|viewable|public|publicly (?:visible|available))\b(?! to (?:us|our|the company)\b)|exposed to` +
    rx`|accessible (?:to|by) (?:any )?(?:other|others|anyone|third|the public|members|users|people|your (?:friends|contacts)))\b`,
);
/**
 * Data named back by a demonstrative: "this data", "such information", "this category of personal information",
 * "these kinds of data". What a notice says under a category's label ("Precise geolocation. We do not collect this
 * category.").
 */
const DEMONSTRATIVE_DATA =
  rx`(?:this|that|these|those|such)\s+(?:(?:personal\s+)?${DATA}` +
  rx`|(?:category|type|kind|categories|types|kinds)(?:\s+of\s+(?:personal\s+)?${DATA})?)`;
/** A processing verb whose object is a pronoun for the mention: "…, but the wallet itself records it". */
const PRONOUN_ACT = re(
  rx`\b(?:${PROCESSING_VERB})\s+(?:it|them|${DEMONSTRATIVE_DATA})\b`,
);
/**
 * The mention outside what the company collects: "…does not include GPS location" after "information we
 * collect", "X is not among the information we obtain".
 */
const NOT_AMONG_COLLECTED = re(
  rx`\b(?:information|data|details)\s+(?:that\s+)?(?:we|the app|our (?:apps?|services?))\s+(?:\w+\s+)?` +
    rx`(?:collect|receive|process|hold|obtain|store|keep|use)\w*\s+(?:does|do|will)\s*(?:not|n't)\s+include\b`,
);
const NOT_AMONG_AFTER = re(
  rx`^[^;.]{0,80}?\b(?:(?:(?:is|are)\s+not|isn't|aren't)(?:,[^,.;]{0,40},)?\s+(?:among|part of|one of|included in)` +
    // "…fall outside what this app collects".
    rx`|(?:falls?|lies?|(?:is|are))\s+outside(?: of)?|(?:is|are)\s+excluded\s+from)\s+` +
    rx`(?:what|(?:the\s+)?(?:(?:categories|types|kinds|list|scope) of\s+)?(?:personal\s+)?` +
    rx`(?:information|data|details|things)\s+(?:that\s+)?)\s*` +
    // The party that collects: the company, its app, its device.
    rx`(?:we|the app|(?:the|this|our) [\w-]+(?: [\w-]+)?)\b`,
);
/** "…fingerprint data: we never see it": a negated verb whose object is a pronoun for the mention before it. */
const PRONOUN_DENIAL = re(
  // The company, its staff or servers, or the thing that would take the data ("the wallet itself").
  rx`^[^.]{0,150}?\b(?:we|us|the company|our (?:servers|staff|employees)|(?:the|this|our) [\w-]+ itself` +
    // The organisation by its kind: "the airline neither receives nor stores them".
    rx`|the (?:airline|bank|clinic|school|store|retailer|employer|platform|company|service|app))\s+` +
    // "have not collected this category": the perfect too.
    rx`(?:(?:do|does|will|can|could|would|did|have|has|had)\s*)?(?:not|never|n't|cannot|neither)\s+(?:(?:\w+ly|ever|even)\s+)?` +
    // "neither receives nor stores them": two verbs, the pronoun after the second.
    rx`(?:(?:${EVERY_VERB})\s+nor\s+)?` +
    // The verb's preposition before the pronoun: "listen to them", "listen in on them", "look into it".
    rx`(?:${PROCESSING_OR_FLOW_VERB})\s+(?:to\s+|in\s+on\s+|into\s+)?(?:it|them|this|that|${DEMONSTRATIVE_DATA})\b` +
    // Not bounded in time, which keeps it until then: "…, and we do not store it after your trip ends".
    rx`(?!\s+(?:after|once|longer|beyond|past|for more than|more than|any longer)\b)`,
);
/** Who acts in a cleft: the company, or its app, service or device ("this calculator app"). */
const CLEFT_SUBJECT =
  rx`(?:we|the company|(?:the|this|our) (?:[\w-]+ ){0,2}(?:app|service|company|site|website|device|product|bank|team))`;
/** "Precise location is something we never ask for": the mention, a copula, then a negated relative. */
const CLEFT_DENIAL = re(
  rx`^(?:,\s*)?[^,;.]{0,40}?\b(?:is|are) (?:something|data|information|a thing|one thing)(?: that| which)? ` +
    rx`${CLEFT_SUBJECT}\s+(?:(?:do|does|will|would|can)\s*)?(?:not|never|n't)\s+(?:\w+ly\s+)?(?:${PROCESSING_OR_FLOW_VERB})\b` +
    // "…is not something we collect": the negation on the copula.
    rx`|^(?:,\s*)?[^,;.]{0,40}?\b(?:is|are) (?:not|never) (?:something|data|information|a thing|one)` +
    rx`(?: that| which)? ${CLEFT_SUBJECT}\s+(?:(?:do|does|will|would|can)\s+)?(?:\w+ly\s+)?(?:${PROCESSING_OR_FLOW_VERB})\b`,
);
/** The words from "no" to a later item of its list: nouns, commas and "or"/"and", no clause of their own. */
const NOUN_LIST_GAP = re(rx`^[^;:.]*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:[\w'-]+\s+){0,3}$`);
/** A subject or an auxiliary: the words hold a clause, not only nouns ("face recognition" is a noun here). */
const CLAUSE_MARK = re(rx`\b(?:we|you|they|it|is|are|was|were|be|been|will|would|may|might|can|could|do|does|did|has|have|had)\b`);
/** A processing verb before the mention in its clause affirms it ("we collect X and never store it"). */
const AFFIRMING_VERB = re(rx`\b(?:${PROCESSING_VERB})\b`);
/** An act someone else makes the company do: "the OS forces us to", "Android requires apps to". */
const COMPELLED_ACT = re(
  rx`\b(?:forces?|forced|requires?|obliges?|compels?) (?:us|the app|apps|developers) to\b` +
    rx`|\b(?:we|it|the app) (?:is|are) (?:forced|required|obliged) by\b`,
);
/** Whether such an act stands before the mention in its clause (a bounded window: a run of mentions costs each the same). */
const compelledBefore = (sentence: string, clauseStart: number, at: number) =>
  COMPELLED_ACT.test(sentence.slice(Math.max(clauseStart, at - 120), at));
const NEGATED_CONDITION = re(NEGATED_CONDITION_SOURCE);
/** The same condition opening a clause: "…, unless you allow it", "Without your consent, …". */
const NEGATED_CONDITION_OPENS = re(rx`^\W*(?:(?:and|or|but) )?(?:${NEGATED_CONDITION_SOURCE})`);
/**
 * Learning of a collection the company did not mean to make, as a condition: "and if we learn that a child's audio
 * has been collected, we will delete it", "If a parent believes that we have received a recording…". What it
 * names is what the company would delete, not what it collects.
 */
const LEARNS_OF_CLAUSE = re(
  rx`${LEARNS_IF}(?:we|a parent|parents|you|anyone) (?:\w+ )?` +
    // Learning that something happened, not learning a thing: "if we learn your city from your IP address" collects.
    rx`(?:(?:learns?|discovers?|becomes? aware|finds? out|(?:is|are) (?:notified|made aware)) that|believes?|suspects?)\b`,
);
/** Off by default, in the denial's own clause: "we do not keep audio recordings by default" (not "whether by default or…"). */
const BY_DEFAULT = /(?<!\bwhether )\bby default\b/i;
const FLOW_WORD = re(rx`\b(?:sent|send|sends|upload(?:s|ed)?|transmit(?:s|ted)?|transferred|leaves?)\b`);
/** Read once per clause, not once per mention of it (a hostile clause holds thousands), as clauseStaysOnDevice is. */
const saysByDefault = oncePerSentence((clause: string) => BY_DEFAULT.test(clause));
const NEGATIVE_CONDITION_LEAD = gated(
  // Also opening a clause after a semicolon: "…records your spoken query; if voice search is turned off, no audio is
  // collected".
  // A refusal too: "If a parent withdraws consent, we will not collect…".
  // Not a concession, under which a denial holds all the same: "Even if you have disabled location services, we may
  // still determine your city … (but not your exact location)".
  rx`(?:^|;\s*)(?:if|when|where|once)\b[^,;]{0,200}` +
    rx`\b(?:not|off|disabled?|don'?t|do not|turned off|withdraws?|revokes?|declines?|refuses?|denies|deny)\b[^,;]{0,200},`,
);
const DEVICE_CONDITION = re(
  rx`^\W*(?:if|when|where)\s+(?:your|the user'?s)\s+(?:phone|device|smartphone|tablet|computer|watch)s?\s+` +
    rx`(?:supports?|has|have|offers?|comes? with|is equipped with)\b`,
);
const CONDITION_CLAUSE = re(rx`^\W*(?:even )?(?:if|when|where|once|unless)\b`);
/** A fronted exception: "Apart from an emergency call, …", "Except in an emergency, …". */
// Headed by a circumstance noun, not by data ("Apart from what you type, we get nothing": the typing is data).
const FRONTED_EXCEPTION = gated(
  rx`^\W*(?:apart from|except (?:for|in|during|when)|other than|save for|besides) (?:an? |the |your |any )?` +
    rx`(?:[\w-]+ ){0,2}(?:emergenc(?:y|ies)|crash(?:es)?|accidents?|thefts?|incidents?|breakdowns?|situations?` +
    rx`|circumstances?|investigations?|court orders?|legal (?:requests?|obligations?))\b[^,;.]{0,60},`,
);
/**
 * "Apart from an emergency call, the unit does not transmit the car's position": a circumstance excepted from a
 * denial makes it a conditional affirmation, as "unless" does (LABELS.md). Not when the exception names data
 * ("Except for the country you select, we do not collect your location": that data is affirmed on its own).
 */
function circumstanceExcepted(sentence: string, mentions: Mention[]): boolean {
  const m = FRONTED_EXCEPTION.exec(sentence);
  return m !== null && !mentions.some((x) => x.start < m.index + m[0].length);
}
/** What the law requires or permits, after "unless" or "except where": "(otherwise) permitted by law", "legally required". */
const LAW_CARVE_OUT =
  rx`(?:(?:otherwise |it is |we are |that is )?(?:legally )?(?:permitted|required|authori[sz]ed|compelled|mandated|allowed)` +
  rx`(?: to do so)? (?:by|under) (?:applicable |the |relevant )?(?:laws?|statutes?|regulations?|court order)` +
  rx`|(?:legally|lawfully) (?:required|permitted|compelled))\b`;
const LAW_EXCEPTION = re(rx`\b(?:unless|except (?:where|when|if|as))\b (?:${LAW_CARVE_OUT})`);
/** A face or voice turned into a biometric record: "stores your voice recordings, and converts them into biometric data". */
const CONVERTED_INTO_BIOMETRIC_SOURCE =
  rx`\b(?:convert|turn|transform)(?:s|ed|ing)? (?:them|it|these|this|(?:the|your|such) (?:[\w-]+ ){0,2}` +
  rx`(?:recordings?|samples?|images?|scans?|data)) into (?:a |an )?biometric\b`;
const CONVERTED_INTO_BIOMETRIC = gated(CONVERTED_INTO_BIOMETRIC_SOURCE);
const IDENTIFIER_CONTEXT = gated(
  alternatives([
    // Also whom the company's clients serve: "to help verify or identify their end customers".
    rx`\btemplates?\b|\bauthenticat\w*|\bidentify (?:you|users|individuals|specific` +
      rx`|(?:their |our |your )(?:end[- ])?(?:customers|users|clients|members|callers)(?!['’]| (?:who|that|which|whose|most|likely|at risk)\b))`,
    CONVERTED_INTO_BIOMETRIC_SOURCE,
    rx`\bverify (?:your |their )?identity|\bidentity verification|\bstored template\b`,
    // Faces the reader labelled to be told again: "notify you when a familiar face is detected".
    rx`\bfamiliar faces?\b`,
    // Whom it recognises: "to recognise members at the gym entrance".
    rx`\brecogni[sz]e (?:you|members|customers|visitors|guests|employees|staff|students|pupils|patients|users` +
      rx`|residents|drivers|people|individuals|them)\b`,
    // Checking that it is the same person: "uses your voice to verify you".
    rx`\bverif(?:y|ies|ied|ying) (?:you|users|callers|that it is you)\b`,
    // The same in the passive, the person the subject: "callers may be identified by the characteristics of their
    // speech", "you are recognised by your voice".
    // The face or voice is the means: not "identified by their account number, and calls are recorded".
    rx`\b(?:be|are|is|being|get|gets) (?:identified|recogni[sz]ed|verified|authenticated) (?:by|from|through|using)\b` +
      rx`(?=[^.;,]{0,60}\b(?:voices?|speech|faces?|facial|vocal)\b)`,
    rx`\bcompare (?:your|the) face`,
    // A code made from the face or voice to tell the person again: a template by another name.
    rx`\b(?:create|generate|derive|compute|produce|make)s?\b[^.;]{0,20}\bunique (?:code|number|template|signature)\b`,
    // Telling people apart or establishing who they are: "tell household members apart", "infer your identity".
    rx`\btell (?:[\w-]+ ){1,5}apart\b`,
    // The same said the other way: "tell one person from another". Not speakers told apart in one recording
    // ("distinguish one speaker from another to create an accurate transcript"), which says who spoke when, not who.
    rx`\b(?:tell|distinguish|differentiate) (?:one|each) (?:person|people|user|individual|face|member) ` +
      rx`(?:from|apart from) (?:another|the others?|other (?:people|users|speakers|individuals))\b`,
    // Grouping by person, and saying which person it is: "groups pictures of the same person", "identifies which
    // registered driver is at the wheel".
    rx`\b(?:of|by) the same (?:person|people|individual)\b|\bgroup(?:s|ed|ing)? (?:[\w-]+ ){0,2}by person\b`,
    rx`\bidentif(?:y|ies|ied|ying) (?:which|who|the (?:driver|speaker|caller|user|person|member|wearer))\b`,
    // Or recognising who is speaking ("recognise which family member is talking"); not speakers labelled in one
    // transcript ("…who is speaking in the transcript"), which says who spoke when, not who.
    rx`\b(?:recogni[sz]\w*|work(?:s|ing)? out) (?:who|which (?:[\w-]+ ){0,2}?(?:member|person|user|child|speaker|one)) ` +
      rx`(?:is|was|are|were) (?:speaking|talking)\b(?![^.;]{0,60}\b(?:transcripts?|captions?|minutes)\b)`,
    rx`\b(?:infer|determine|establish|confirm) (?:your|their|the user'?s|a person'?s) identity\b`,
    rx`\bidentify (?:the )?speakers?\b|\bunlock(?:s|ing)? (?:the|your) (?:app|device|phone|account)\b`,
    // A clock that records who came and went knows whose face it read: "The Time-Clock System uses data obtained by
    // scanning an employee's face", "face scans to clock in".
    rx`\btime[- ]?clocks?\b|\bclock(?:s|ing)?[- ](?:in|out)\b|\battendance\b`,
    // Data for identification by its name, or the features that tell one person from another: "biological
    // identification information including facial feature data", "the unique facial features of natural individuals".
    rx`\b(?:biological|biometric) identification\b|\bidentification data\b` +
      rx`|\bunique (?:facial|face|vocal|voice) (?:features?|characteristics|traits)\b`,
  ]),
);
/** Who the elided clause is about: the product, a version of it or the company, not users or other features. */
const ELLIPTIC_SUBJECT =
  rx`(?:(?:the )?(?:current|newer|later|latest|new|older|earlier)\s+versions?(?: of the app)?` +
  rx`|the (?:app|service|website|device)|we|it|this (?:app|version))`;
/** A contrast clause whose verb is left out: "…, but current versions do not." at the sentence's end. */
const ELLIPTIC_DENIAL = re(
  rx`[,;]\s*(?:but|while|whereas|however,?)\s+${ELLIPTIC_SUBJECT}\s+` +
    rx`(?:(?:do|does|did|will|would|can|may)(?:\s+not|n't)|no longer(?:\s+do(?:es)?)?)(?:\s+(?:do so|anymore|any longer))?\s*(?:[.;]\s*)?$`,
);
/** The same, the other way: a denial, then "…, although the mobile app may do so" affirms it for another product. */
const ELLIPTIC_AFFIRMATION = re(
  rx`[,;]\s*(?:but|although|though|while|whereas|however,?)\s+(?:the |our |its )?(?:[\w-]+\s+){0,2}` +
    rx`(?:apps?|applications?|versions?|services?|devices?|websites?|sites?|features?)\s+` +
    rx`(?:may|might|will|does|do|can|could|would)\s+(?:also\s+)?do so\b`,
);
const IDENTIFY_PURPOSE = re(rx`^\s*(?:data )?(?:to|in order to) (?:identify|recogni[sz]e|authenticate|verify) (?:you|users|people)\b`);
// Also "cannot be used to recognize or identify", and data said to be non-identifiable.
const NEGATED_IDENTIFICATION = gated(rx`(?:\bnot|n't|\bnever|\bcannot)\b[^.,;]{0,30}\b(?:identify|recogni[sz]e)\b|\bnon-identifiable\b`);
// Also the age checked from the face: "To check your age, a provider estimates it from a scan of your face".
const AGE_ESTIMATION = gated(rx`\b(?:estimat\w*|check|assess|guess) (?:your |their |a user'?s? )?age\b|\bage estimation\b`);
/**
 * A check that the face is a live person's, which says nothing of whose: "to confirm your selfie is a photo of a real,
 * live person" (liveness). Not beside a match or a recognition, which does ("face-match verification and liveness
 * detection against government photo IDs").
 */
const LIVENESS = gated(rx`\b(?:a|the) (?:real|live|living)(?:,? (?:and )?live)? (?:person|human)\b|\bliveness\b`);
const TELLS_WHOSE = re(rx`\b(?:match|recogni|identif|verify (?:your|their) identity)`);
const livenessOnly = (s: string) => LIVENESS.test(s) && !TELLS_WHOSE.test(s);
/** A face measured to draw an effect on it, not to know whose it is: "…to position and render AR filter effects". */
// (Whatever the sentence says of identifying elsewhere: the identifying context is read before this.)
const FACE_EFFECT = re(
  rx`\b(?:ar|augmented reality) (?:filters?|effects?|masks?|lenses)\b` +
    rx`|\bto (?:position|render|apply|place|animate|overlay|draw)\b[^.;]{0,40}\b(?:effects?|filters?|masks?|stickers?|avatars?|make-?up)\b` +
    rx`|\bdetect\w* (?:[\w-]+ ){0,2}(?:facial|face) (?:geometry|features|landmarks)\b` +
    // Or to edit a picture of it: "…only to compose an ID photo", "kept in memory during the edit session".
    rx`|\bto (?:compose|crop|align|frame|edit|retouch|beautify) (?:an? |the |your )?(?:[\w-]+ ){0,2}(?:photos?|images?|pictures?|portraits?)\b` +
    rx`|\bedit(?:ing)? sessions?\b` +
    // Or said outright to identify no one: "non-identifiable facial geometry, which cannot be used to recognize users".
    rx`|\bnon-identifiable\b|\bcannot be used to (?:recogni[sz]e|identify)\b`,
);
/** Recognising what is said, not who says it: "uses voice recognition to understand your responses". */
// Or its text said to be what it yields: "voice recognition happens in your browser, and recognized text is inserted…".
const SPEECH_UNDERSTOOD =
  re(
    rx`\b(?:voice|speech) recognition\b[^.;]{0,60}?\b` +
      // Also turned into text: "we use voice recognition to turn your speech into text".
      rx`(?:to (?:understand|transcribe|interpret|respond to|convert|execute|carry out|turn [^.;]{1,30} into text)\b|(?:recogni[sz]ed|transcribed) text\b)`,
  );
/** A clause with a subject of its own, after a coordinator or a semicolon: "…, and we do not use…". */
// Also inverted: "…, nor do we collect biometric identifiers".
const OWN_SUBJECT_CLAUSE =
  re(rx`^\W*(?:(?:and|but|or|while|whereas)\s+|nor\s+(?:do|does|did|will|would|can|could|shall|have|has|is|are)\s+)?(?:we|our|it|they|the company|no` +
    rx`|nothing)\b`);
/**
 * The same inside one clause, where the subject is a noun phrase the splitter does not stop at: "…does not collect
 * biometric information from callers, and voice recordings made for quality purposes are not processed to extract
 * voiceprints". An auxiliary and a participle after at most six words of subject: a new predicate, not a list item.
 */
// Not a subject that refers back to the data named before ("…, and the resulting biometric data is stored").
// Or a denied verb of its own: "…, and the Corebolt app does not request access to GPS".
const OWN_NOUN_SUBJECT = re(
  rx`[,;]\s*(?:and|but|while|whereas)\s+` +
    rx`(?!(?:this|that|these|those|such|any|all|its|their|the (?:resulting|same|above|said|collected|derived|extracted|generated))\b)` +
    rx`(?:[\w'-]+\s+){1,6}?` +
    rx`(?:(?:is|are|was|were|will|may|can|must)\s+(?:not\s+|never\s+)?(?:be\s+)?\w+(?:ed|en)|(?:does|do|did|will|can)\s+(?:not|never)\s+\w+)\b`,
  'gi',
);
// Also an item of a list beside the named kinds, not a name for them: "We do not collect biometric data, facial
// geometry, or…" (not "biometric identifiers, such as face geometry").
// Coordinated, the two are items side by side: "No biometric identifiers or facial recognition data are extracted"
// (not a generic item whose examples follow: "…, or biometric identifiers such as face templates").
const GENERIC_KEPT = re(
  rx`\bother (?:form|kind|type)?s? ?(?:of )?biometric|\bbiometrics?["”']? or\b` +
    rx`|\bor (?:other )?["“']?biometric(?![\w ]{0,30}?\b(?:such as|including|like|namely|for example)\b)` +
    rx`|\bbiometric (?:data|information|identifiers?)(?:, |,? (?:and|or|nor|and\/or) )(?:your )?(?:facial|face|voice|faceprints?|voiceprints?)\b` +
    // The kind first, then the generic as the object of a verb of its own: "we do not perform any facial recognition or
    // store biometric data" (not one whose examples follow: "…, or store biometric identifiers such as voiceprints"; a
    // list of items is left as it was: "face landmarks, face mesh, biometric templates" may all be the face's).
    rx`|\b(?:fac(?:e|ial)|voice)[ -][\w-]+,? (?:or|and|nor|and\/or) ` +
    rx`(?:collect|store|keep|retain|use|process|create|generate|extract|capture|save|share|sell|disclose|obtain|receive)s? ` +
    rx`(?:any |your |the )?biometric\b` +
    rx`(?![\w ]{0,30}?\b(?:such as|including|like|namely|for example)\b)`,
);
/** A location named by the device's facility for it, not the data: "location services", "location permissions". */
// Also a use named by it: "we do not show location-based advertising".
const LOCATION_FACILITY_AFTER = re(rx`^(?: (?:services?|permissions?|access|settings?|look-?ups?|features?)|-based)\b`);
/**
 * Whether two mentions are separate items of one list: a list's separator between them, and nothing that makes one the
 * other's example, gloss or source ("location, such as your IP address", "location (city and country)", "location
 * based on your IP address") nor a clause of its own.
 */
// Short items between, each a few words: "geolocation, email address, physical address, telephone number, country".
const LIST_GAP = re(rx`^(?:\s*,\s*(?:[\w'-]+ ){0,3}[\w'-]+)*\s*(?:,\s*(?:and |or |and\/or )?|(?:,\s*)?(?:and|or|&|and\/or|as well as)\s+)(?:your |the |their |its )?(?:[\w-]+ ){0,2}$`);
const NOT_AN_ITEM_OF = re(rx`\b(?:such as|including|includes?|e\.g|i\.e|like|namely|for example|based on|derived|inferred|from|via|using|through|by|which|that|we|is|are|may|will|when|if)\b`);
const MAX_ITEMS_PAIRED = 8;
/** The longest gap read as list items: a list of short items, not a paragraph. */
const MAX_LIST_GAP = 200;
function separateItems(sentence: string, a: Mention, b: Mention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start < first.end || second.start - first.end > MAX_LIST_GAP) return false;
  const gap = sentence.slice(first.end, second.start);
  // The second's own opening too, where its term holds the lead: "…location, such as the nearest city".
  return LIST_GAP.test(gap) && !NOT_AN_ITEM_OF.test(gap + charsAfter(sentence, second.start, 12));
}
/** A precision the policy states in words, not one inferred from a source. */
const APPROXIMATE_STATED = re(rx`\b(?:approximate|approximately|coarse|general|generali[sz]ed|imprecise|non-precise|rough|broad)\b`);
const PRECISE_STATED = re(rx`\b(?:precise|exact|accurate|fine|fine-grained|pin-?point|high-accuracy|high-precision)\b`);
/** From a source to the approximate location it gives: "…, which gives us only a rough idea of where you are". */
const GIVES_REACH = 100;
const GIVES_GAP =
  re(rx`^[^;.]{0,80}?\b(?:gives?|giving|tells?|provides?|yields?|indicates?|to (?:estimate|determine|infer|work out|get))\b[^,;.]{0,30}$`);
const NEEDED_WORD = rx`(?:required|needed|necessary|mandatory)\b`;
const NOT_NEEDED = re(rx`^[^,;.]{0,20}?\b(?:is|are|will be)\s+(?:not|never)\s+${NEEDED_WORD}`);
// A head noun or two may follow the mention: "no fingerprint scanner is required".
const NEEDED = re(rx`^(?:\s+[\w-]+){0,2}?\s+(?:is|are|will be)\s+${NEEDED_WORD}`);
/**
 * A trigger that ends a denial: "…until the wake word is detected", "…until you press the button". Not any event
 * ("until the batteries are replaced" starts nothing).
 */
const UNTIL_EVENT = re(
  // In the mention's own clause: not across ", and" into another ("…voiceprints, and audio is not sent until…").
  rx`^(?:(?!,\s*(?:and|but|while)\b)[^.;]){0,80}?\buntil\b[^.;,]{0,50}?\b(?:detected|heard|recogni[sz]ed|spoken|said|says?|pressed|press(?:es)?` +
    rx`|tap(?:s|ped)?|activated|triggered|wake word)\b`,
);
/** A later act on what the mention names, by pronoun: "…, the app uses it", "…, it is stored in our cloud". */
const ACT_ON_IT = re(
  rx`\b(?:${PROCESSING_OR_FLOW_VERB})\s+(?:it|them)\b|\b(?:it|they)\s+(?:is|are|will be|may be)\s+(?:\w+ly\s+)?` +
    rx`(?:${PROCESSING_OR_FLOW_PARTICIPLE})\b`,
);
const NO_BEFORE = /\bno\s+(?:[\w-]+\s+){0,2}$/i;
/** An act on the data after a necessity: "…required or collected", "…and is never collected". */
const ACT_AFTER = re(rx`^[^.;]{0,60}?(?:,|\b(?:or|and|nor)\b)[^.;]{0,30}?\b(?:${PROCESSING_OR_FLOW_PARTICIPLE}|collect|store|receive|keep|process|use)\b`);
/** "We do not require biometric data to open an account": the act is not asked of the reader, not denied. */
const NOT_REQUIRED_BEFORE = re(
  rx`\b(?:do(?:es)? not|don't|doesn't|never|will not|won't)\s+(?:\w+ly\s+)?(?:require|need)\s+` +
    rx`(?:you to (?:provide|give|share|submit|upload) (?:us )?)?(?:any |your )?$`,
);
/** Between an approximate location and the source it is derived from: "… from nearby …", "… based on the …". */
const DERIVED_FROM_REACH = 120;
/** A character of a list's item: no conjunction that would open a clause of its own. */
const ITEM_CHAR = rx`(?:(?!\b(?:and|if|when|where|unless|but)\b)[^,;.])`;
const LIST_ITEM = rx`${ITEM_CHAR}{1,40}`;
const LIST_TAIL = rx`${ITEM_CHAR}{0,30}`;
const DERIVED_FROM_GAP = re(
  // Also after a comma: "Your approximate location, based on the cell tower your phone uses, …".
  // And past whose location it is: "the approximate location of your device, derived from the nearest cell tower".
  rx`^(?: of (?:your|the|its|their) [\w-]+)?,?(?:(?!\band\b)[^,;.]){0,20}?` +
    rx`\b(?:from|based on|derived from|inferred from|estimated from|using|via|through)\b` +
    // Any item of the list of sources: "approximate location using your IP address, Wi-Fi access points, or cell
    // tower information". Items are short and end at a comma; "and" only after two items ("A, B, and C"), as
    // ", and" after one may open a second item of the claim ("approximate location from your IP address, and GPS
    // data when you allow it").
    // An item holds no clause of its own ("…from your IP address and, if you choose to share it, GPS location").
    rx`(?:[^,;.]{0,30}|(?:${LIST_ITEM},\s*){1,4}(?:or\s+)?${LIST_TAIL}|(?:${LIST_ITEM},\s*){2,4}and\s+${LIST_TAIL})$`,
  'i',
);
/**
 * "if you do not permit us to collect your location": collection on permission, whatever the negation. Any
 * processing verb of the lexicon: "if you don't allow us to track your precise location"; a wish the reader may
 * not have presupposes the act too: "if you don't want us to use the location of your router, rename it".
 */
// Also the reader giving it to us, refused: "if you don't share your location with us, you might see ads for another
// city" (given, the company has it: a conditional affirmation, as "not sent to us unless you allow it").
const PERMISSION_TO_PROCESS = re(
  rx`\b(?:permit|allow|let|authori[sz]e|want) us to (?:${PROCESSING_VERB})\b` +
    // A wish that it not be done says it is done otherwise: "If you do not want your call to be recorded, …".
    rx`|\b(?:want|wish)(?: for)? (?:your |the |any )?(?:[\w-]+ ){1,3}?(?:to be |being )?(?:${participleSource(['processing'])})\b` +
    rx`|\b(?:share|provide|give|send|disclose) (?:your |the |any )?(?:[\w-]+ ){1,3}?(?:with|to) (?:us|our (?:app|service|servers?))\b`,
);
// A refusal is a negative condition too: "If you deny location access, …", "if you decline".
const NEGATIVE_CONDITION = re(
  // Not to be had: "As a fallback when GPS is unavailable, we use your IP address".
  rx`(?:\b(?:not|off|disabled?|unavailable|never|den(?:y|ies|ied)|declines?|declined|refuses?|refused|revokes?|revoked` +
    rx`|withdraws?|withdrawn|opt(?:s|ed)? out)|n't)\b`,
);
const MODAL_MAY = /\b(?:may|might|can|could)\b/i;
const THIRD_PARTY = gated(THIRD_PARTY_ACTOR_SOURCE);
const FIRST_PROCESSING = re(rx`\b(?:${PROCESSING_OR_FURTHER_VERB})\b`);
const ANY_NEGATED_COLLECTION = re(
  rx`(?:\b(?:not|never|no)|n't)\s+(?:be\s+)?(?:\w+ly\s+)?` +
    rx`(?:collect\w*|use[sd]?|using|process\w*|obtain\w*|receiv\w*|sen[dt]\w*|shar\w*|access\w*)\b`,
);
// Also what was made of it: "we do not store the facial geometry created during virtual try-on".
// Not made by another agent: "face templates created by Face ID", "location data generated by other apps".
const NO_OPENS = re(rx`^\W*(?:[^:.;]{1,40}:\s*)?no\b`);
/**
 * A headline's participle: the clause ends right after it ("No location history stored."); not a phrase that goes on,
 * to a verb of its own or past a condition to one ("No voice recordings captured while you use it are sold").
 */
const HEADLINE_PARTICIPLE = re(rx`^\s*[a-z]+ed\s*(?:$|[.;,)])`);
const USED_AFTER = re(rx`^\s*(?:that (?:is|was) |which (?:is|was) |we )?(?:used|collected|processed|(?:created|generated|captured|extracted` +
  rx`|derived)(?! by))\b`);
/**
 * A party's act on the mention (or on the list it opens) as a participle with its agent: "cannot decrypt the
 * audio, video and screen recordings collected and stored by Proctorio" denies decrypting, and says they are
 * collected. Bounded to the clause's next 80 characters, constant per mention.
 */
/** Participles of acts on data that name their agent with "by". */
const BY_PARTICIPLES = rx`collected|stored|processed|recorded|captured|gathered|obtained`;
const PARTICIPLE_BY_AFTER = re(
  // Not the clause's own passive ("no biometric data is collected or stored by the app", "… is ever gathered by"):
  // no auxiliary anywhere between; nor the second of two joined participles; nor the reader or their device as
  // the agent ("the fingerprint data stored by your device" stays on it).
  // Nor a participle of another noun ("biometric processing of images captured by the cameras").
  rx`^(?:(?!\b(?:is|are|was|were|be|been|being|gets?|got)\b|\bof\b)[^.;:()]){0,80}?\b(?<!\b(?:and|or)\s+)` +
    rx`(?:${BY_PARTICIPLES})(?:\s+(?:and|or)\s+(?:${BY_PARTICIPLES}|used|kept))?\s+by\b` +
    rx`(?!\s+(?:you|your|the (?:user|device|phone|operating system)|[\w-]+['’]s (?:device|phone)))`,
);
/**
 * The company's own act on the mention, in a relative clause right after it: "the location data we collect",
 * "voice recordings that we receive", "the data collected by our app". Denying a further act on such data
 * affirms the act (LABELS.md: a sentence that affirms processing and denies only a further action is affirmed).
 */
const OWN_ACT_AFTER = re(
  rx`^\s*(?:(?:that|which) )?(?:we|our (?:app|service|website|platform)s?) (?:(?:may|also|only|\w+ly) )?` +
    rx`(?:collect|receive|obtain|gather|hold|keep|store|process|record|capture)(?:s|ed|es)?\b` +
    // Not on the device: "the location data we store on your device" is no data the company holds.
    rx`(?![^.;]{0,20}\bon (?:your|the) (?:device|phone))` +
    rx`|^\s*(?:collected|received|obtained|gathered|held|kept|stored|processed|recorded|captured) (?:by|through|via) ` +
    rx`(?:us|our|we|the (?:app|service|company))\b` +
    // Its own passive act first: "Location data is used to deliver navigation and is not shared with third parties";
    // or kept encrypted, which holds it: "Biometric data is encrypted and is never shared". Past a quality said first
    // too: "will be confidential and stored securely and will not be shared".
    rx`|^\s*(?:${DATA}\s+)?(?:is|are|will be|may be)\s+(?:\w+ly\s+)?(?:(?!not\b|never\b)[a-z]+ and )?` +
    rx`(?:${participleSource(['processing'])}|encrypted|secured)\b`,
);
/** The company's own act on it in a later clause: "We do not sell biometric data, and we use it only to verify…". */
// Not itself denied by an inverted negation before it: "…, nor do we use it to infer your health".
const WE_ACT_ON_IT = re(
  rx`(?<!\b(?:nor|neither|not|never) (?:do|does|did|will|would|can|shall) )` +
    rx`\bwe (?:(?!not\b|never\b)\w+ ){0,2}(?:${PROCESSING_VERB}) (?:it|them)\b`,
);
/** An exception or a bound right before a mention, after a negation: "other than", "more than", "except". */
// "We do not collect your GPS location, only your city": what follows "only" after the denial is what is collected.
const EXCEPTION_BEFORE =
  re(rx`(?:\b(?:other than|more than|except(?: for)?|beyond|apart from|besides)|[,;]\s*(?:but\s+)?(?:only|just))\s+(?:\S+\s+){0,3}$`);
/**
 * A purpose excepted from a denial after the mention: "we do not use vehicle location except to recover a stolen
 * car", "…for any purpose other than verifying your identity". The data is used for that purpose (a restriction,
 * not a denial). Not a datum excepted ("…, except for your city": the city is the claim) nor a party.
 */
const PURPOSE_EXCEPTION = re(
  // Within the mention's own clause: not past "and"/"but" ("…, and we do not share your information for any purpose
  // other than…" excepts another act); a method is no purpose ("except using your IP address"), nor a reference to
  // the policy ("other than those described in this policy").
  rx`^(?:(?!\b(?:and|but)\b)[^.;]){0,100}?\b(?:(?:except|other than|besides)(?: as \w+(?: \w+)?)? ` +
    rx`(?:to (?!the |an? |any |our |us\b|you\b|third|law)[a-z]+|(?!during|using)[a-z]+ing\b|for [^.;]{0,30}purposes?\b)` +
    // "for any other purpose than that which is necessary to…", "in any other way than to display a map".
    rx`|(?:for|in) (?:any |other ){0,2}(?:purposes?|reasons?|anything|ways?|manner) (?:other than|than|except|besides)(?! those\b))`,
);
/** A retention period after a negated keeping: "for more than 90 days", "longer than necessary". */
/** How long: "for more than 90 days", "longer than necessary". */
const MORE_THAN = rx`(?:for )?(?:more|longer) than (?:\d+|a|one|two|three|six|twelve|the|necessary|needed|required)`;
/** Past an end: "beyond 30 days", "beyond the period". */
// Or past the act it served: "beyond this comparison", "beyond the session".
const BEYOND = rx`beyond (?:\d+|(?:this|that|the|its|each) [a-z]{4,}|what is (?:necessary|needed|required))`;
/** Past an event: "after the transcript is generated", "once your call ends". */
// The event may be bare in a list item's shorthand: "not retained after session ends".
const AFTER_EVENT = rx`(?:after|once) (?:the|your|it|they|each|a|an|we|you|this|that|its|their` +
  rx`|(?:session|call|visit|trip|ride|workout|verification|transaction|conversation)s? (?:ends?|is over|closes?|is completed?)\b)`;
const RETENTION_LIMIT = re(rx`^[^.;]{0,60}?\b(?:${MORE_THAN}|${BEYOND})\b`);
/** The event may open a clause of its own ("… once the call ends"): read past the clause's end, not past a comma. */
// Not "during or after", "before or after", "even after" (never, at any time), nor an "after" of another clause.
const RETENTION_UNTIL = re(rx`^(?:(?!\b(?:and|or|but|nor|even)\b)[^.;,]){0,40}?\b${AFTER_EVENT}\b`);
/** After a subject: a use said (or its collection), then another use denied ("… is used only for X and is not used for Y"). */
const USED_THEN_NOT_USED = re(
  rx`^(?: [\w-]+){0,3}? (?:is|are) (?:\w+ly |only )?(?:used|collected|processed) (?:\w+ly |only )?(?:for|to|in|by)\b[^.;]{1,120}?,? (?:and|but) ` +
    rx`(?:(?:is|are) )?(?:not|never) (?:\w+ )?used\b`,
);
/** A negation whose verbs only keep (store, retain, save): "is not stored", "we do not keep". */
// Keeping only: not "without storing your selfie or extracting a template from it".
const KEEPING_ING = rx`(?:storing|keeping|retaining|saving)\b`;
const WITHOUT_KEEPING = rx`without (?:ever )?${KEEPING_ING}(?![^.;]{0,60}\b(?:or|and|nor) (?!${KEEPING_ING})[a-z]+ing\b)`;
/** A picture of something, by its noun. */
const PICTURE = rx`(?:images?|photos?|photographs?|pictures?|(?:graphical|visual|bitmap)(?: \(\w+\))? representations?)`;
/** What stands between the picture or copy and the mention: "of", a determiner, a possessor, "physical". */
const OF_BEFORE_MENTION = rx`\s+(?:of\s+)?(?:(?:the|your|their|a|an|any)\s+)?(?:[\w-]+['’]s\s+)?(?:physical\s+|actual\s+|raw\s+)?$`;
/** A copy of the data named before it: "an image of your child's fingerprint". */
const IMAGE_OF_BEFORE = re(rx`\b(?:${PICTURE}|cop(?:y|ies))${OF_BEFORE_MENTION}`);
/** A picture before a mention (not a copy, which may be of the data itself). */
const PICTURE_OF_BEFORE = re(rx`\b${PICTURE}${OF_BEFORE_MENTION}`);
/** Not keeping and sending both denied: "No audio data is stored or transmitted outside of the device". */
// Past other keeping verbs too: "…are NOT stored, saved, or transmitted".
// Nor recorded or collected: "we do not store, record, or transmit raw audio" denies getting it at all.
const NOT_ALSO_SENT =
  rx`(?!(?:,? (?:or |nor |and )?(?:stor|sav|ke[ep]|retain|h[oe]ld|record)\w*)*,? (?:or|nor|and) (?:sen[dt]|transmit|upload|transfer|record|captur|collect)\w*)`;
const STORAGE_ONLY_DENIAL = gated(
  rx`(?:\b(?:not|never|neither)|n't)\s+(?:be\s+)?(?:\w+ly\s+)?(?:stored|store|retained|retain|kept|keep|saved|save|maintained|maintain|persisted|persist)\b${NOT_ALSO_SENT}` +
    // A subject of two parties, then the keeping: "Neither Boomtide nor its service providers retain your voice
    // commands after…".
    rx`|\bneither [^.;,]{1,40}? nor [^.;,]{1,40}? (?:stores?|retains?|keeps?|saves?)\b` +
    // The negation on the subject: "No face data is kept longer than necessary".
    rx`|\bno\b[^.;,]{1,40}? (?:is|are) (?:ever )?(?:stored|retained|kept|saved)\b${NOT_ALSO_SENT}` +
    // Doing something without keeping the data: "We provide live captions without storing the audio".
    rx`|\b${WITHOUT_KEEPING}`,
);
/**
 * After a keeping denied, a derived form of the data said to be kept instead: "…, but a one way hash value is", "…
 * — only the mathematical template is kept", "…, the image is converted to a mathematic algorithm and that is stored".
 */
const DERIVED_FORM_KEPT = re(
  rx`^[^.]{0,120}?\b(?:but|only|instead|rather|converted|transformed|turned)\b[^.]{0,80}?` +
    rx`\b(?:hash(?:es)?|hash values?|templates?|algorithms?|vectors?|embeddings?` +
    rx`|(?:mathematic(?:al)?|numerical|numeric|digital|encrypted|encoded|binary) (?:[\w-]+ )?(?:representations?|models?|codes?|values?|maps?))\b` +
    // Of the data itself, not of something else ("a hash of your account number", "codes for your gift cards"); and
    // kept by the company, not on the reader's device.
    rx`(?! (?:of|for) (?:your|the|a|an)\b)(?![^.;]{0,60}\b(?:on|in) (?:your|the user'?s) (?:own )?(?:device|phone))`,
);
/** A keeping denied that says the data is held for a while, or in another form (see stanceOf). */
const KEPT_A_WHILE = re(rx`\b(?:permanently|indefinitely|forever|persistently|beyond temporar\w*|raw\b(?![^.;]{0,80}\b(?:or|and|nor)\b))`);
/** The participles of a use of the data (not of its keeping or sending). */
const USE_PARTICIPLE = rx`(?:used|processed|analy[sz]ed|transcribed|converted|scored|checked|matched|compared)`;
/** A use or processing said affirmatively in a clause of its own: "; it is used only…", "your commands are processed". */
const USED_CLAUSE = gated(
  // Also after a colon, with a determiner of each: "…doesn't keep your audio: each recording is scored and deleted".
  // The copula contracted too: "…; it's only used temporarily to calculate nearby courses".
  rx`(?:[;:]|,? but|,? and)\s+(?:it's|they're|it|they|this|these|those|your [\w-]+|the [\w-]+|we|(?:a|each|every) [\w-]+(?: [\w-]+)?)` +
    // One run of spaces between words, never two optional ones side by side (linear on runs of spaces).
    rx`\s+(?:(?:is|are|may be|will be|gets?)\s+)?(?:only\s+)?(?:\w+ly\s+)?` +
    rx`(?:${USE_PARTICIPLE}|sent|kept|stored)\b` +
    // With no subject of its own: "Location information is not stored permanently and is used only for …".
    rx`|\band (?:is|are) (?:only )?(?:${USE_PARTICIPLE})\b` +
    // Or the use first, the keeping denied after the semicolon: "we use your location to …; it is not stored".
    rx`|\bwe (?:only |also |may )?(?:use|process|analy[sz]e)\b(?=[^.;]{0,120};)` +
    // The same in the passive, the data as the subject: "Voice data is transmitted to the other party during a call;
    // no voice data is stored on any server".
    // (Passed to someone: processed, it may stay on the device.)
    rx`|^\W*(?:[a-z\d]\)\s*)?[\w-]+(?: [\w-]+)? (?:is|are) (?:only )?(?:sent|transmitted|shared)\b(?=[^.;]{0,120};)` +
    // Any noun phrase of a word or two as the subject, in the passive: "…; spoken destinations are converted to
    // text" (a use of the data the first clause only keeps from being stored).
    rx`|;\s+[\w-]+(?: [\w-]+)? (?:is|are) (?:only )?${USE_PARTICIPLE}\b` +
    // The act the keeping is denied beside: "We provide live captions without storing the audio" (the captions are
    // made from it).
    rx`|^(?:[^.;]{0,80}?\b)?(?:we|it|the app|the service) [a-z]+s? [^.;]{1,60}?\b${WITHOUT_KEEPING}`,
);

/**
 * A location that is inferred, estimated or derived, in either order ("infer your location",
 * "location inferred from").
 */
const INFERRED_LOCATION = re(
  alternatives([
    // The noun phrase may have a determiner and one modifier: "estimate a relevant location".
    rx`\b(?:infer|estimat|deriv|guess|approximat)\w* (?:your |the |an? |a user'?s? |their )?` +
      rx`(?:(?!(?:from|of|by|with|for|to|on|in|at|about|via)\b)[a-z-]+ )?(?:geo)?location\b`,
    rx`\b(?:geo)?location (?:${DATA} )?(?:(?:is|was|are|can be|could be|may be|might be|will be) )?(?:\w+ly )?` +
      rx`(?:inferred|estimated|derived|guessed|approximated)\b`,
    rx`\b(?:inferred|estimated|derived|approximated) (?:geo)?location\b`,
    // "we use these to guess where you are", "work out, to the nearest city, where you are".
    rx`\b(?:infer|estimat|deriv|guess|work(?:s|ed|ing)? out|figur(?:e|es|ed|ing) out)\w*(?: [^.;]{0,30}?)? where you are\b`,
    // To the nearest area: "to the nearest city", "down to the postcode".
    rx`\b(?:to the nearest|down to (?:the|your)) (?:city|town|postcode|post code|zip code|country|region|district|neighbou?rhood)\b`,
  ]),
);
/**
 * A stated resolution: how many (group 1) of which unit (group 2). Within the radius US state laws draw for precise
 * geolocation (1,850 feet, ~564 metres, in the CPRA's definition) a location is precise; a coarser one is approximate.
 */
const RESOLUTION = gated(
  // Not "within" alone: "stores within 10 miles of you" is a search radius, not the data's resolution.
  // "down to a few metres" states a resolution too.
  // "approximated to a 1 km radius", "to the nearest mile".
  rx`\b(?:accurate|precise|round(?:s|ed|ing)?|truncat\w*|blurr?\w*|approximat\w*|resolution|accuracy` +
    // And what the company knows of it "to within" a distance: "which we know to within about 10 kilometres".
    rx`|down to|to the nearest|to within)\b[^.;]{0,30}?\b(?:(?:about|approximately|roughly|the nearest|within) )?` +
    rx`(\d{1,3}(?:,\d{3})+|\d+|a few|several|one|ten|a hundred|hundreds of|an?)?[ -]?` +
    rx`(meters|metres|feet|ft|yards|m|kilomet(?:er|re)s?|km|miles?|mi)\b`,
);
const METRES_PER_UNIT: Record<string, number> = { f: 0.3048, y: 0.9144, k: 1000, mi: 1609 };
/** Metres a few or several of a unit may be: a generous reading, so "a few metres" stays precise, "a few km" not. */
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, ten: 10, 'a few': 5, several: 9, 'a hundred': 100, 'hundreds of': 500 };
/** Whether a stated resolution is within the legal radius of precise geolocation. */
function resolutionIsPrecise(count: string | undefined, unit: string): boolean {
  const n = count === undefined ? 1 : /\d/.test(count) ? Number(count.replaceAll(',', '')) : COUNT_WORDS[count.toLowerCase()] ?? 1;
  const u = unit.toLowerCase();
  const perUnit = METRES_PER_UNIT[u.startsWith('mi') ? 'mi' : u[0]!] ?? 1;
  return n * perUnit <= 564;
}
/** A cue and its place in the one literal scan that tells which cues a sentence may hold (`heldIn`). */
interface Cue<T> {
  value: T;
  re: RegExp;
  slot: number;
}
// Global only where every match is read (actionsIn); the others are asked for their first match, from the start.
const compileCues = <T extends string>(cues: Record<T, string>, flags?: string): Cue<T>[] =>
  (Object.entries(cues) as [T, string][]).map(([value, source]) => ({ value, re: re(source, flags), slot: gateSlot(source) }));
const conditionCues = compileCues(CONDITION_CUES);
const purposeCues = compileCues(PURPOSE_CUES);
const actionCues = compileCues(ACTION_CUES, 'gi');
const sourceCues = compileCues(SOURCE_CUES);

/**
 * Mentions that can name the reader's jurisdiction as well as data about them: a residence ("where you live")
 * and an area ("the country in which…"). The word "location" is read by place.ts instead.
 */
const isResidenceOrArea = (m: Mention) =>
  m.term.id === 'area-level' || m.term.id === 'area-object' || m.term.id === 'area-relevance' ||
  /\b(?:of|current|usual|habitual|permanent) residence$/i.test(m.text) ||
  (m.term.id === 'location' && /^where\b/i.test(m.text));

/**
 * Where the reader lives as the scope of a claim: "Where you live in Illinois or Texas, we do not derive face
 * geometry", "If you live in the EEA, …": a condition naming places, not data about the reader's whereabouts.
 */
const SCOPE_OF_RESIDENCE_BEFORE = re(rx`(?:^|[;:]\s*)\W*(?:if |when |for users who |for those who )?$`);
const SCOPE_OF_RESIDENCE_AFTER = /^ in (?:the )?[A-Z][\w.-]*/;
/** One item of a short list of things a condition depends on: a word or two, no subject or verb. */
const CONDITION_LIST_ITEM = rx`(?!(?:we|you|they|it|i)\b)[a-z-]+(?: (?!(?:we|you|may|will|can|might|collect|use|share)\b)[a-z-]+)?`;
/**
 * Where the reader is as what something depends on, or does not: "Depending on your place of residence, you can…",
 * "regardless of location, time and devices used". A condition or its absence (LABELS.md: "depending on where you
 * are" is a condition), not data the company gets.
 */
// Also where a page lost the space before the mention ("regardless oflocation").
// The second of two areas too: "regardless of their country or region of residence".
const WHEREVER_BEFORE =
  // Also the last of a list: "vary depending on your device type, model, or geographic location".
  // Not past the comma that ends the condition: "Depending on your settings, we may collect your precise location".
  re(
    rx`\b(?:depending (?:up)?on|dependent on|regardless of|irrespective of)\s*(?:your |the user'?s |the |their )?(?:current )?` +
      rx`(?:(?:${CONDITION_LIST_ITEM}, ){0,3}${CONDITION_LIST_ITEM},? (?:or|and) )?(?:geographic(?:al)? |physical )?$`,
  );
const namesScopeOfResidence = (sentence: string, m: Mention): boolean =>
  m.term.id === 'location' && /^where you live$/i.test(m.text) &&
  SCOPE_OF_RESIDENCE_AFTER.test(charsAfter(sentence, m.end, 40)) &&
  SCOPE_OF_RESIDENCE_BEFORE.test(charsBefore(sentence, m.start, 24));

type MentionStance = Stance | 'conditional' | 'none' | 'on-device' | 'denied-unless';

/** What holds for the whole sentence, computed once (not once per mention: issue 12). */
interface SentenceFacts {
  onDevice: boolean;
  /** On the device only as where the company's software processes it (a claim, not a denial). */
  processedOnly: boolean;
  /** Only a result of the data reaches the company ("we only receive a yes-or-no answer"), and no negated condition. */
  onlyResult: boolean;
  notApplicable: boolean;
  negatedCondition: boolean;
  negativeConditionLead: boolean;
  negations: Negation[];
  /** The sentence's only denial is of keeping, and it says the data is used in another clause. */
  storageOnly: boolean;
  usedElsewhere: boolean;
  /** Per negation, what its verbs say, read once per cue (not once per mention). */
  verdicts: (Verdict | undefined)[];
  /** A circumstance excepted before a denial (circumstanceExcepted). */
  circumstanceExcepted: boolean;
  /** The sentence describes a sign-in the platform handles, and nothing of what the company gets (flow.ts). */
  platformCheck: boolean;
}

type Verdict = 'denies' | 'further';

/** What the verbs after a negation cue say: a denial (processing or flow verbs), a further action only, or nothing. */
/** "No" before a gerund that governs the data: "No selling voiceprints" denies the selling (not "no recording of"). */
const NO_GERUND = re(rx`^no ([a-z]+ing) (?!of\b|or\b|and\b)(?=\w)`);
/** An intention or a plan denied: "we have no intention of collecting…", "no current plans to use…". */
const NO_INTENT = re(rx`^no (?:current |present |future )?(?:intention|intent|plans?|desire) (?:of|to) (\w+)`);

/** The reader refusing, not the company denying: "you can choose not to provide…", "you do not have to give…". */
const READER_REFUSES = re(
  rx`\byou(?: (?:can|may|could|might|do|does|did|will|would|should))?` +
    rx`(?: (?:choose|decide|elect|opt|prefer))?(?: to)?\s*$|\byou (?:do|ca|wo|did|should)$` +
    // People who refuse it themselves: "Students who do not wish to use fingerprint access may…".
    rx`|\b(?:[\w-]+s|anyone|people|those) who (?:do|does|did)\s*$`,
);

const DESIGNED_TO_WORK = re(rx`\b(?:designed|built|made) to (?:work|function|run|operate)\s*$`);
/** The relative clause of an option the reader may take: "a method that does", "an option which will". */
const ALTERNATIVE_THAT =
  re(rx`\b(?:methods?|options?|alternatives?|ways?|modes?|versions?|settings?|procedures?)\s+(?:that|which)\s+(?:does|do|will|would|can|wo)?\s*$`);
/** What negating one act's verb says: a processing or flow verb denies, a further one denies only a further act. */
function verdictOfAct(verb: string): Verdict | undefined {
  const kind = verbKind(verb);
  return kind === 'processing' || kind === 'flow' ? 'denies' : kind === 'further' ? 'further' : undefined;
}

/** A report, log or request sent to the company as the subject before a negation: "The crash reports do not…". */
// Or data pointed at, which is what the company gets: "It does not include your name, … or precise device location".
const SENT_ARTIFACT_BEFORE = re(
  rx`(?:\b(?:${SENT_ARTIFACT})\b[^.;]{0,30}?|${POINTED_DATA})\s(?:do|does|will)\s*$`,
);
/** A control of the reader's, right after the negation: "you cannot turn off…", "you can't opt out of…". */
const CONTROL_AFTER_CUE = re(rx`^(?:not|n't|cannot)\s+(?:\w+ly\s+)?(?:(?:turn|switch)\s+off|disable|deactivate|opt\s+out|stop|mute)\b`);
function verdictOf(sentence: string, n: Negation): Verdict | undefined {
  // The reader unable to switch it off is no refusal of theirs: what it controls goes on ("You cannot turn off precise
  // location while navigation is active"), read as any control withheld (OTHER_VERB_GOVERNED).
  if (READER_REFUSES.test(charsBefore(sentence, n.at, 40))) return CONTROL_AFTER_CUE.test(charsAfter(sentence, n.at, 40)) ? undefined : 'further';
  // A design, not a denial (LABELS.md: "not designed or intended to process X" is not labelled): "games are designed
  // to work without accessing your device's microphone".
  if (n.cue === 'without' && DESIGNED_TO_WORK.test(charsBefore(sentence, n.at, 40))) return 'further';
  // An alternative described, not an act denied: "you may instead choose a verification method that does not use
  // biometrics" says what the option is, not what the company does not collect.
  if (ALTERNATIVE_THAT.test(charsBefore(sentence, n.at, 60))) return 'further';
  if (n.cue === 'no' || n.cue === 'none of') {
    const intent = NO_INTENT.exec(charsAfter(sentence, n.at, 60)) ?? NO_GERUND.exec(charsAfter(sentence, n.at, 30));
    if (intent) return verdictOfAct(intent[1]!.toLowerCase());
    // An act named as a noun: "no sale of biometric data" denies a further act only, "no collection of…" the data.
    const act = /^no ([a-z]+) of\b/i.exec(charsAfter(sentence, n.at, 30))?.[1]!.toLowerCase();
    if (act && verbKind(act)) return verdictOfAct(act);
    // "No location coordinates are sent to Esri or any other service": a subject denied passing to another party,
    // with no act of the company's among its verbs, is a denial of passing it on (LABELS.md: not labelled).
    const passed = NO_SUBJECT_PASSED.exec(charsAfter(sentence, n.at, 200));
    if (passed && !passed[1]!.split(/[\s,]+/).some((w) => verbKind(w) === 'processing')) return 'further';
    return undefined;
  }
  // "Nothing" stands for what is acted on ("records nothing you say") or does the acting ("nothing … is sent").
  if (n.cue === 'nothing') return 'denies';
  // "stops the car from sending", "prevents the app from collecting": the act kept from happening is after "from".
  const keptFrom = KEPT_FROM.exec(sentence.slice(n.at, Math.min(n.scopeEnd, n.at + 80)));
  if (keptFrom) return verdictOfAct(keptFrom[1]!);
  const m = GOVERNED_VERBS.exec(sentence.slice(n.at + n.cue.length, Math.min(n.scopeEnd, n.at + 160)));
  if (!m) return undefined;
  /** Where the governed verbs end: their objects and complements follow. */
  const past = n.at + n.cue.length + m[0].length;
  // An obligation lifted is no act denied: "we do not require you to provide biometric information".
  if (/^requir/i.test(m[2]!) && OBLIGED_PERSON.test(sentence.slice(past, n.scopeEnd))) return 'further';
  // Letting another party act is passing the data on: "does not allow third parties to access biometric data".
  if (/^(?:allow|permit|let|authori[sz]e)s?$/i.test(m[2]!) && PARTY_TO.test(sentence.slice(past))) return 'further';
  // What a report or log sent to the company leaves out, it does not get: "These reports do not contain names, email
  // addresses, or precise location".
  if (/^(?:include|contain)s?$/i.test(m[2]!) && SENT_ARTIFACT_BEFORE.test(charsBefore(sentence, n.at, 60))) return 'denies';
  // After "engage in", the acts are the heads of the practices listed: "we do not engage in background tracking,
  // real-time location sharing, or movement history logging".
  const words = /\bengage in\b/i.test(m[1]!)
    ? [...sentence.slice(past - m[2]!.length, Math.min(n.scopeEnd, past + 100)).matchAll(/\b[a-z]+(?:ing|ion)\b/gi)].map((w) => w[0])
    : m[2]!.split(/[\s,]+/);
  const kinds = words.map((w) => verbKind(w)).filter((k) => k !== undefined);
  // Data moving to someone other than the company is passed on, a further act: "We do not provide individual-level
  // location data to participants in our Insights Programme" (not "…to us", "…to our servers", "…to the cloud").
  if (
    !kinds.includes('processing') && kinds.includes('flow') &&
    TO_ANOTHER.test(sentence.slice(past, Math.min(n.scopeEnd, n.at + 200))) &&
    // Not where the company is one of the ends: "…to our servers or to any third party" denies its receiving it.
    !TO_US.test(sentence.slice(n.at, Math.min(n.scopeEnd, n.at + 200)))
  ) {
    return 'further';
  }
  if (kinds.includes('processing') || kinds.includes('flow')) return 'denies';
  if (kinds.length > 0 && kinds.every((k) => k === 'further')) return 'further';
  return undefined;
}

/** When, or how often, a claim holds: the scope a denial after it can set apart. */
const TIME_SCOPE = rx`(?:during|while|when|in the background|continuously|constantly|all the time|at all times|24\/7)\b`;
/** That scope denied, not a keeping's manner ("not continuously stored"). */
const TIME_SCOPE_NOT = rx`(?:but |and )?(?:not|never) ${TIME_SCOPE}(?! (?:\w+ly )?[a-z]+ed\b)`;
/**
 * Audio passed through and never recorded: "Audio captured through the microphone is processed instantly and is never
 * recorded or stored", "used solely for real-time monitoring and not stored or transmitted". For sound, recording is
 * collecting: nothing is collected. Not with something made of it (a transcript, a translation) or sent on to a party.
 */
const AUDIO_PASSED_THROUGH = gated(
  rx`\b(?:processed|analy[sz]ed|handled|used)\b[^.;]{0,40}?\b(?:(?:in )?real[- ]time|instantly|on the fly)\b` +
    rx`|\b(?:discarded|deleted) (?:immediately|instantly)\b|\b(?:immediately|instantly) (?:discarded|deleted)\b`,
);
const AUDIO_NOT_RECORDED = re(
  rx`\b(?:not|never|no)\b[^.;]{0,40}?\b(?:recorded|transmitted|uploaded)\b|(?:\b(?:not|never)|n't) (?:\w+ )?(?:record|transmit|upload)\b`,
);
const MADE_OF_SPEECH = re(
  rx`\b(?:transcri\w*|translat\w*|speech[- ]to[- ]text|dictat\w*|captions?|text|authenticat\w*|identif\w*|streamed|sent to)\b`,
);
/**
 * A scope or an exception past which audio is recorded after all: "…is not recorded until the wake word is heard, at
 * which point the recording is uploaded", "…unless you turn on voice history", "…, but calls reported for abuse are kept".
 */
const AUDIO_KEPT_OTHERWISE = re(
  rx`\b(?:until|unless|except|after|once|otherwise|in which case|at which point)\b` +
    // A contrast only with a keeping it does not deny ("…, but is processed instantly and never stored" is no exception).
    rx`|\bbut\b(?![^.;]*\b(?:not|never|no)\b)[^.;]*\b(?:retain|kept|keep|stor|sav|record|upload|transmit)\w*`,
);
/**
 * A closing clause whose verb is elided and negated: "; in Paris we do not.", ", but we don't in the EEA.", ", but
 * not in the EEA.". Anchored at the sentence's end (read over its last 120 characters).
 */
const ELIDED_DENIAL = re(
  rx`(?:[;,]|\bbut)\s*(?:but\s+)?(?:(?:in|for|outside|within|on|at|from) [^.;,]{1,40}?,?\s+)?` +
    rx`(?:we|it|they|the app|the company) (?:do|does|did|will|shall)(?: not|n't)(?: do so)?` +
    rx`(?: (?:in|outside|within|on|at|from) [^.;,]{1,40}?)?\s*[.!]?\s*$` +
    // A place or a version, not a purpose ("but not for advertising" denies only a use) or a condition.
    rx`|,\s*but not (?:in|outside|within|on|at|from) [^.;,]{1,60}?\s*[.!]?\s*$`,
);
/**
 * A time or manner denied after a claim, closing the sentence or in brackets: "We collect location data only at
 * specific moments — not continuously", "…during their journey to pickup (not during the ride itself)". Not a
 * keeping's manner: "…, not continuously stored on our servers".
 */
const TIME_SCOPE_DENIED = gated(
  rx`(?:(?:,|\s[—–-])\s*${TIME_SCOPE_NOT}[^.;,()]{0,60}?\s*[.!]?\s*$|\(\s*${TIME_SCOPE_NOT}[^()]{0,60}\))`,
);

/**
 * An act that ends at a time: "…collection stops after closing the app", "Location access ends once the trip is over";
 * or the company stopping it (group 1): "We stop collecting your location when you close the app". Not the reader's
 * stopping ("you can stop sharing…", "if you stop using…").
 */
const CEASES_AT = gated(
  // The act itself as the subject (not a period, a delivery or a sharing with friends that ends).
  rx`\b(?:collection|access|tracking|recording|capture|monitoring)\b(?: of [^.;,]{1,40}?)? ` +
    rx`(?:stops|ceases|ends|(?:is|are) (?:stopped|paused|ended|turned off|switched off))(?: \w+ly)? (?:when|after|once|as soon as|upon|at the end)\b` +
    rx`|(?<!\b(?:you|users?|can|may|to|not|if|could)\s(?:\w+\s)?)\b(?:stops?|ceases?) (collecting|accessing|tracking|recording|gathering)\b` +
    rx`(?=[^.;]{1,80}?\b(?:when|after|once|as soon as|upon)\b)`,
);
/** A verb that keeps someone from an act, then the act: "stops the car from sending", "prevents us from using". */
// Not security against others: "encryption prevents unauthorised parties from accessing your biometric data" says
// nothing of what the company does.
const KEPT_FROM = re(
  rx`^(?:stop|prevent|block|keep)(?:s|ped|ed|ping|ing)? ` +
    rx`(?!(?:any|all|other|the other|unauthori[sz]ed|third|outside|malicious|anyone|others|people` +
    rx`|hackers|attackers|criminals|strangers)\b)(?:[\w'-]+ ){1,4}?from ([a-z]+ing)\b`,
);

/** A recipient other than the company, after a verb of flow and its object. */
const ANOTHER_PARTY =
  rx`to (?:the |our |any |other |some )?` +
  rx`(?:third[- ]part(?:y|ies)|partners?|participants?|advertisers?|others|customers?|vendors?|companies|businesses` +
  rx`|merchants?|insurers?|brokers?|researchers?|governments?|authorities|law enforcement|data brokers?` +
  // Also "outside entities", "external organisations" (not "external servers", which may be the company's).
  rx`|(?:outside |external )?(?:entities|parties|agencies|organi[sz]ations)` +
  // Any service but the company's, by its name first: "…sent to Esri or any other service".
  rx`|(?:[\w-]+ (?:or|nor) (?:to )?)?any other (?:services?|compan(?:y|ies)|apps?|applications?|websites?|providers?))\b`;
const TO_ANOTHER = re(rx`^[^.;]{0,100}?\b${ANOTHER_PARTY}`);
/** A subject denied by "no", then its passive verbs (captured) and another party they pass it to. */
const NO_SUBJECT_PASSED = re(
  rx`^no\b[^.;]{0,100}?\b(?:is|are) (?:ever )?((?:[a-z]+ed,? (?:or |and |nor )?){0,3}` +
    rx`(?:sent|transmitted|shared|passed|provided|uploaded|transferred|disclosed|sold)) ` +
    // Or shared with them: "No biometric data is shared with third parties".
    rx`(?:${ANOTHER_PARTY}|with (?:any )?(?:other )?(?:third[- ]part(?:y|ies)|advertisers?|partners?|companies|anyone))`,
);
/** An act on data other than keeping it (whose denial or mention makes a sentence more than a denial of keeping). */
const OTHER_ACT = re(
  // Verbs, not the nouns that share their stems ("voice recordings", "records of your location", "GPS tracks", "uploads").
  // Not passing on, sold or shared: a denial of keeping and sharing is one of further acts only (LABELS.md: "We never
  // store or share your exact location" is no claim).
  // Nor a purpose: "for tracking purposes".
  rx`\b(?:collect|transmit|sen[dt]|upload(?!s\b)|leav|access|receiv|process|record(?!ings?\b|s of\b)|captur|(?<!\bfor )track(?!s\b)|gather|obtain` +
    rx`|request|creat|generat|use[sd]?\b|using|stream(?!s\b)|transfer|perform)`,
);
/** A keeping denied even for a moment, which leaves the company nothing: "…, not even temporarily". */
const NOT_EVEN_BRIEFLY = re(rx`\beven (?:temporarily|briefly|momentarily|for a moment)\b`);
/** Given by the reader to another party, after the mention: "…facial images provided to third-party vendors". */
const GIVEN_TO_ANOTHER = re(rx`^[^.;]{0,40}?\b(?:provided|given|submitted|supplied) (?:directly )?${ANOTHER_PARTY}`);
const TO_US = re(rx`\bto (?:us|our (?:own )?(?:servers?|systems?|cloud|backend))\b`);
/**
 * Sent on to another, in the passive: "your location is not passed on to any outside entities" denies only passing it
 * on, as the active "we do not send it to advertisers" does (see verdictOf); not "…is not sent to our servers".
 */
// The first negation after the mention ("…is not collected and is not sent to others" denies collecting); and no
// collecting coordinated after it, even in a clause of its own ("…, nor are they collected by us": COLLECTING_NEXT).
const PASSIVE_PASSED_ON = re(
  rx`^(?:(?!\b(?:not|never)\b)[^;.]){0,120}?\b${PASSIVE_AUX}\s+(?:not|never)\s+(?:be\s+)?(?:\w+ly\s+)?` +
    rx`(?:${participleSource(['flow'])})(?: on)? ${ANOTHER_PARTY}`,
);
const COLLECTING_NEXT = re(rx`^[^.;]{0,60}\b(?:or|nor|and)\b[^.;]{0,20}\b(?:${participleSource(['processing'])})\b`);
/** Someone obliged, after "require": "require you to", "require employees to". */
const OBLIGED_PERSON = re(rx`^\s+(?:you|users?|anyone|any(?:one|body)|employees?|customers?|members?|them|people|individuals?)\s+to\b`);
/**
 * Processed on the device by the company's software (a claim): not a fingerprint's or Face ID's check, which the
 * phone's platform does ("When you pay with your fingerprint, the check takes place only on your phone").
 */
const processedThere = (facts: SentenceFacts, mention: Mention) =>
  facts.processedOnly && mention.type !== 'biometric' && !PLATFORM_CHECK_NAME.test(mention.text);
/** A passing to others named after a negation: "…is not shared with third parties", "not transmitted to advertisers". */
const TO_OTHERS_AFTER = re(
  rx`^[^.;]{0,60}?\b(?:to|with) (?:any |our |your )?(?:third|other|advertis|partners?|affiliates?|vendors?|brokers?|anyone else)`,
);
/** The phone's own sign-in check by its name. */
const PLATFORM_CHECK_NAME = re(rx`^(?:face ?id|touch ?id)$`);
/**
 * A data word naming a sign-in check by the noun after it: "biometric authentication", "fingerprint unlock", "face
 * login" (the head is the check, not the data: a lock, not a collection).
 */
const CHECK_HEAD_AFTER = re(rx`^ (?:authentication|unlock(?:ing)?|log-?in|sign-?in)\b`);
/** The mention's own passive predicate, a design or an intention denied: "… is not intended to be retained". */
const NOT_DESIGNED_AFTER = re(rx`^[^.;]{0,40}?\b(?:is|are|was|were)\s+not\s+(?:\w+ly\s+)?(?:designed|intended|meant)\s+to\b`);
/** An adjective that takes the mention as its complement: "not responsible for", "not liable for", "not aware of". */
const PREDICATE_ADJECTIVE =
  re(rx`\b(?:responsible|liable|accountable|aware|subject|bound|party|designed|intended|obliged|obligated|required|entitled)\b`);

/** A verb of showing or passing on data in the clause before a contrast's "not" (see governed). */
const SHOWN_BEFORE = re(
  // In the contrast's own clause, and not a purpose ("To show you offers, we use your city, not…").
  rx`(?<!\bto )\b(?:display|show|reveal|publish|shar(?:e|ing)|disclos(?:e|ing)|sell|make visible|see)(?:s|ed|n|ing)?\b` +
    rx`(?:(?!\b(?:and|but|we)\b)[^.;]){0,80}(?:\bbut\s*)?$`,
);

/**
 * The subject of a clause made only of parties the company passes data to (its couriers, drivers, merchants,
 * advertisers, other users), one or two coordinated, and not the company itself ("we", "our company").
 */
const RECIPIENT_PARTY =
  rx`(?:(?:our|the|your|any|other|third[- ]party|partner|participating|delivery|local) )*` +
  // A provider named by its service is one too: "our analytics provider" (not "our retail stores", the company's).
  rx`(?:[\w-]+ (?:service )?(?:providers?|vendors?|partners?)` +
  rx`|couriers?|drivers?|riders?|restaurants?|merchants?|sellers?|retailers?|stores?|advertisers?|partners?|hosts?` +
  rx`|users|members|recipients?|vendors?|contractors?|dashers?|shoppers?|agents?|third parties|(?:service )?providers?|(?:sub-?)?processors?)`;
/** Such parties as the ones let to see or get the data: "…allow (any) third parties to access…". */
// Only to see or receive it: "allow third parties to collect location" would deny collecting by them.
const PARTY_TO = re(rx`^\s+(?:any )?${RECIPIENT_PARTY}\s+to (?:access|see|view|receive|use|obtain|get)\b`);
/** Such parties as the subject of a denied seeing or receiving, up to the data: "Couriers never see your…". */
const RECIPIENT_DENIED_RECEIPT = re(
  rx`^\s*(?:(?:neither |not even )?(?:${RECIPIENT_PARTY}(?:,? (?:n?or|and) )?){1,2}\s+` +
    rx`(?:(?:can|could|do|does|did|will|would|may|shall)(?:n't|\s+not|\s+never)?\s+|cannot\s+|(?:not|never)\s+)` +
    // Or none of them: "No third-party service providers store or retain any face data on our behalf".
    rx`|no ${RECIPIENT_PARTY}\s+` +
    // Or "neither" standing for two parties named before: "Neither receives your sleep data, audio, or any identifier".
    rx`|neither (?:of (?:them|these|those) )?)` +
    rx`(?:not\s+|never\s+)?(?:\w+ly\s+)?(?:see|view|receive|get|access|know|learn|hear|have access to|store|retain|keep|hold)s?\b`,
  'i',
);

/** "not" opening a source or means rather than a verb: "not from", "not by", "not through". */
const NOT_FROM = re(rx`^not (?:from|by|through|via|using|with) `);

// A cell tower by its parts too: "calculated from the antennas of our network", "through the access points".
const PRECISE_SOURCE_WORD =
  rx`(?:gps|gnss|satellites?|wi-?fi|bluetooth|beacons?|cell(?:ular)? towers?|cell sites?|cell ids?|access points?|base stations?|antennas?` +
  rx`|(?:cellular |cell |network )?triangulation)`;
const APPROXIMATE_SOURCE_WORD =
  rx`(?:ip address(?:es)?|sim(?: cards?)?|time ?zones?|(?:network|internet) connections?|post ?codes?|zip ?codes?)`;
// Also the act of locating: "we will locate it by satellite".
// And a part of a place: "beacons … to detect which section of the stadium you are in".
const LOCATION_WORD =
  rx`(?:(?:geo)?locations?|position|where (?:you|it|they|the [\w-]+|your [\w-]+) (?:are|is)` +
  rx`|which (?:[\w-]+ ){1,4}?(?:you|it|they) (?:are|is) in` +
  rx`|locat(?:e|es|ed|ing) (?:it|you|them|the [\w-]+|your [\w-]+))`;
/**
 * How a location is drawn from a source: "located by GPS", "estimated from your IP address". The sources are
 * things, not parties: "location collected by your mobile carrier" names an agent, and carriers are no source here.
 */
const BY_WAY_OF = rx`(?:(?:from|based on|using|via|through|with|derived from|determined by|calculated from)|by)`;
const FINDING =
  rx`to (?:determine|work out|find|estimate|calculate|detect|establish|pinpoint|tell|know|note|record|extract|derive|infer|look up|identify)` +
  // Or used for it: "IP addresses — used for geolocation".
  rx`|used for(?= (?:geo)?locat)`;
/** A location drawn from a source, either way round, within one clause. */
const sourceRe = (source: string) =>
  re(
    rx`\b${LOCATION_WORD}\b[^.;]{0,60}?\b${BY_WAY_OF} (?:[\w'-]+ ){0,3}?${source}\b` +
      // Or the location said to go with it: "the IP addresses that accessed your mail, the associated location".
      // Also the act of locating itself: "we may use your IP address to locate your device".
      // Not past a contrast, which opens another clause: "…permission to use Bluetooth, but we never use it to know where you are".
      rx`|\b${source}\b(?:(?!\b(?:but|however)\b)[^.;]){0,60}?\b(?:${FINDING}|notes?|records?|logs?|reports?|to(?= locat))\b[^.;]{0,30}?\b${LOCATION_WORD}\b` +
      rx`|\b${source}\b[^.;]{0,40}?\b(?:associated|corresponding) (?:geo)?locations?\b` +
      // Or the finding first, then its source, then the location: "determine from an IP address a user's ISP and the
      // geographic location of the learner's point of connectivity".
      rx`|\b(?:determin|estimat|infer|deriv|deduc|work)\w*(?: out)? (?:from|using|based on|via) (?:[\w'-]+ ){0,3}?${source}\b` +
      rx`[^.;]{0,80}?\b${LOCATION_WORD}\b` +
      // Or the location's service run on the source: "location-based services …, which employs a combination of GPS
      // and cellular triangulation".
      rx`|\blocation[- ]based services?\b[^.;]{0,100}?\b(?:employs?|uses?|relies on|combines?|combination of) ` +
      rx`(?:[\w'-]+ ){0,3}?${source}\b` +
      // Or named as its source: "the primary source of location data is the campus Wi-Fi network".
      rx`|\bsources? of (?:your )?${LOCATION_WORD}\b[^.;]{0,50}?\b${source}\b` +
      // Or given as the location's example, right after it: "information about your location, such as Wi-Fi access
      // points", "location data (for example, your time zone)".
      rx`|\blocation(?: data| information)?,? \(?(?:such as|for example,?|for instance,?|e\.g\.,?|including) ` +
      rx`(?:[\w'-]+ ){0,3}?${source}\b`,
  );
const PRECISE_SOURCE_OF_LOCATION = sourceRe(PRECISE_SOURCE_WORD);
const APPROXIMATE_SOURCE_OF_LOCATION = sourceRe(APPROXIMATE_SOURCE_WORD);
/** Each pattern behind a plain test for its sources: most sentences with a location name none. */
const PRECISE_SOURCE_GATE = gated(PRECISE_SOURCE_WORD);
const APPROXIMATE_SOURCE_GATE = gated(APPROXIMATE_SOURCE_WORD);
/** The precision a sentence's source of location implies, if it names one. */
function sourceOfLocation(sentence: string): typeof PRECISE | typeof APPROXIMATE | undefined {
  if (PRECISE_SOURCE_GATE.test(sentence) && PRECISE_SOURCE_OF_LOCATION.test(sentence)) return PRECISE;
  if (APPROXIMATE_SOURCE_GATE.test(sentence) && APPROXIMATE_SOURCE_OF_LOCATION.test(sentence)) return APPROXIMATE;
  return undefined;
}

/** Whether the words before `at` end a clause (the sentence's start, a semicolon or colon). */
function opensClause(sentence: string, at: number): boolean {
  // Also after a fronted exception or scope: "Except for SmartBoard, none of our services use…".
  return /(?:^|[;:]|\s[—–]\s?)\s*$/.test(charsBefore(sentence, at, 4)) ||
    FRONTED_SCOPE.test(sentence.slice(0, at));
}
const FRONTED_SCOPE = re(
  rx`^\W*(?:except(?: for)?|apart from|other than|besides|outside(?: of)?|with the exception of|beyond) [^,;]{1,60},\s*$` +
    // Or a short adverbial before the clause: "As a result, neither we nor…", "In practice, none of…".
    rx`|^\W*(?:[\w'’-]+ ){0,3}[\w'’-]+,\s*$`,
);

/**
 * What a negation governs for one mention: its verbs' verdict, else the mention itself when the cue is right
 * before it.
 */
/** A cue, then a verb the lexicon does not hold: of deletion, of scope or of meaning. */
const OTHER_VERB_GOVERNED = re(
  rx`^(?:not|n['’]t|never|cannot)\s+(?:\w+ly\s+)?(?:(?:be|been|being)\s+)?(?:(?:delet|eras|purg)(?:e|es|ing)\b|destroy(?:s|ing)?\b` +
    rx`|(?:cover|covers|govern|governs|affect|affects|mean|means|indicate|indicates|guarantee|guarantees)\b` +
    // A control withheld keeps what it controls: "Patients cannot turn off location sharing" (it stays on).
    rx`|(?:turn|switch)(?:ed|ing)? off\b|(?:disabl|deactivat)(?:e|ed|ing)\b|opt(?:ed|ing)? out of\b|stop(?:s|ped|ping)?\b)`,
);
function governed(sentence: string, n: Negation, verdict: Verdict | undefined, mention: Mention): Verdict | undefined {
  if (verdict) return verdict;
  // "None of the features in Kids Mode use or collect location": a negated subject opening its clause negates
  // its whole predicate.
  // So does "Neither X nor Y is used to build a voiceprint".
  if ((n.cue === 'none of' || n.cue === 'no' || n.cue === 'neither') && opensClause(sentence, n.at)) return 'denies';
  // "no biometric data", "none of your location data", "not your location": the cue is on the mention itself.
  const near = n.cue === 'no' || n.cue === 'none of' ? 30 : 25;
  const gap = sentence.slice(n.at, mention.start);
  // An adjective's complement: "not responsible for the biometric data practices of others", "not designed to
  // collect biometric data" (LABELS.md: not labelled) neither denies nor affirms.
  if (gap.length <= 60 && !/[,;:]/.test(gap) && PREDICATE_ADJECTIVE.test(gap)) return 'further';
  // "X, not Y" takes its clause's verb: "we show other members your neighbourhood, not your precise location" denies
  // only the showing (LABELS.md: a further action), as "we collect your city, not your precise location" denies
  // the collecting.
  if (
    // After a spaced dash too: "Other users see only your approximate distance — never your exact coordinates".
    (n.cue === 'not' || n.cue === 'never') && /(?:,|\bbut|\s[—–-])\s*$/.test(charsBefore(sentence, n.at, 5)) &&
    SHOWN_BEFORE.test(charsBefore(sentence, n.at, 100))
  ) {
    return 'further';
  }
  // Not where a verb outside the lexicon stands between: "This policy does not apply to voice recordings", "we are not
  // deleting Face ID data" (a deletion withheld keeps it).
  if (mention.start - n.at <= near && !/[,;:]/.test(gap) && !OTHER_VERB_GOVERNED.test(gap)) return 'denies';
  // "no face recognition, facial template or comparison of faces": the determiner spans a list of nouns.
  // So does "not" before a source: "from the key fob, not from weight, posture or any other biometric".
  // And "not … any" spans one too: "are not connected to any facial recognition or face analysis software".
  const determiner = n.cue === 'no' || n.cue === 'none of' ||
    (n.cue === 'not' && (NOT_FROM.test(gap) || /^not\s+(?:[\w-]+\s+){0,3}any\s/i.test(gap)));
  return determiner && gap.length <= 90 && NOUN_LIST_GAP.test(gap) && !CLAUSE_MARK.test(gap)
    ? 'denies'
    : undefined;
}

/**
 * Whether a condition that turns a denial into a conditional claim ("unless", "without your consent") is in the
 * clause at `i`, or opens a clause next to it ("…, unless you allow it"; "Unless you allow it, …"): "we do not use
 * the recordings to identify you, and we delete them after seven years unless a dispute is ongoing" conditions the
 * deletion, not the denial two clauses before it; "…, and if we learn that audio has been collected without
 * parental consent" conditions what is learnt, not the denial.
 */
function conditionNear(clauses: Clause[], i: number): boolean {
  const opens = (c: Clause | undefined) => c !== undefined && NEGATED_CONDITION_OPENS.test(c.text);
  return NEGATED_CONDITION.test(clauses[i]!.text) || opens(clauses[i - 1]) || opens(clauses[i + 1]);
}

/** How many negations before a mention are read for it, nearest first (a bound, so each mention costs the same). */
const MAX_NEGATIONS_BACK = 12;

/** Whether one mention is affirmed, denied, affirmed on a condition, or only the object of a further action. */
function stanceOf(sentence: string, mention: Mention, clauses: Clause[], facts: SentenceFacts): MentionStance {
  // By binary search: a table row written out ("location | location | …") can hold as many clauses as mentions.
  const found = clauseIndexOf(clauses, mention);
  const at = clauses[found] && mention.start < clauses[found]!.end ? found : clauses.length - 1;
  const clause = clauses[at]!;
  // A negation inside a condition ("if you do not permit us…") conditions the claim; it does not deny it.
  // A mention inside a condition names the condition, not the claim, unless the condition itself says the
  // company collects; a negative condition ("even if you do not use precise location features…") implies nothing.
  // A condition on what the reader's device can do ("If your phone supports Face ID, …") names a feature of the
  // device, not data the company processes.
  if (DEVICE_CONDITION.test(clause.text.trim())) return 'none';
  // A sign-in the phone's platform handles names a feature of the phone, not the company's data, unless the company
  // is in the mention's own clause ("…, and we also store your fingerprint").
  if (facts.platformCheck && !WE_US_OUR.test(clause.text)) return 'none';
  // The phone's own check named as a lock on something else: "Keys are held in the Keychain, protected by your passcode
  // and, if enabled, Face ID / Touch ID" (the check, not the face or finger, is what the sentence names).
  if (
    (PLATFORM_CHECK_NAME.test(mention.text) || CHECK_HEAD_AFTER.test(charsAfter(sentence, mention.end, 20))) &&
    PLATFORM_LOCK_BEFORE.test(charsBefore(sentence, mention.start, 100))
  ) {
    return 'none';
  }
  // A party acting on its own account ("your carrier may collect your location") makes no claim of the company's,
  // in a condition too ("If another player records your voice, report them").
  // Not when the company then acts on it: "If your carrier shares your precise location, the app uses it…".
  if (actedOnIndependently(sentence, clause.start, mention.start) && !ACT_ON_IT.test(charsAfter(sentence, clause.end, 200))) {
    // Unless the sentence says what reaches the company instead: "your bank checks your fingerprint; we only
    // receive a yes-or-no answer" denies the company the fingerprint (data flow).
    return facts.onlyResult ? 'on-device' : 'none';
  }
  if (CONDITION_CLAUSE.test(clause.text.trim())) {
    if (LEARNS_OF_CLAUSE.test(clause.text)) return 'none';
    // A concession implies nothing either way: "even if you grant the app location permission, we never access…".
    // (A refused permission still implies the act it would allow: "even if you don't allow us to track…".)
    // The clauses split "even" from its "if", so the word before the clause says so.
    const concession = /\beven\s*$/i.test(charsBefore(sentence, clause.start, 6));
    if (concession && /^\W*(?:if|when)\b/i.test(clause.text) && !NEGATIVE_CONDITION.test(clause.text)) return 'none';
    // "Your template never leaves your phone: when you sign in with a fingerprint, we receive only a yes/no": with
    // the data kept on the device, the condition names the reader's act on it there, which the company never gets.
    if (facts.onDevice && !processedThere(facts, mention) && !facts.negatedCondition) return 'on-device';
    return NEGATIVE_CONDITION.test(clause.text) && !PERMISSION_TO_PROCESS.test(clause.text) ? 'none' : 'conditional';
  }
  const otherParty = actedOnByOtherParty(sentence, mention.end, clause.end);
  // Another party's handling with only a result reaching the company is a denial too (as above); so is one said to
  // keep the data on the device ("…is handled by your device's operating system and never leaves your device").
  if (otherParty) {
    return otherParty === 'device' || facts.onlyResult || (facts.onDevice && !facts.negatedCondition && saysNotSent(sentence))
      ? 'on-device'
      : 'none';
  }
  // A necessity denied says the data is optional, not that the company never gets it: "Location information is
  // not required to use the Service", "No fingerprint scanner is needed".
  const next = clauseAfter(sentence, mention, clause, 60);
  const lead = sentence.slice(Math.max(clause.start, mention.start - 60), mention.start);
  // Not when an act on it follows: "…is not required, collected, or stored", "…do not need it and do not collect it".
  if (
    (NOT_NEEDED.test(next) || (NEEDED.test(next) && NO_BEFORE.test(lead)) || NOT_REQUIRED_BEFORE.test(lead)) &&
    !ACT_AFTER.test(charsAfter(sentence, mention.end, 120))
  ) {
    return 'none';
  }
  let denied = false;
  /** The denial rests on a processing verb ("we don't collect"), not only on a cue near the mention. */
  let deniedByVerb = false;
  let furtherOnly = false;
  let disowned = false;
  /** The denial comes from a negation before the mention (not from the mention's own predicate after it). */
  let deniedBefore = false;
  /** The denial comes from a pronoun in a later clause ("…, and we do not collect them"): its conditions are there. */
  let deniedLater = false;
  // The nearest negations before the mention whose scope reaches it, within its clause and a bounded window.
  // From the last negation at or before the mention (binary search: skipping the later ones one by one cost
  // mentions × negations on a long run-on sentence). A mention may open with its cue: "nothing you say".
  // At most the MAX_NEGATIONS_BACK nearest: a real sentence has a few; a hostile one, thousands in one clause.
  const last = countAtOrBefore(facts.negations, (x) => x.at, mention.start) - 1;
  for (let i = last; i >= 0 && i > last - MAX_NEGATIONS_BACK; i--) {
    const n = facts.negations[i]!;
    if (n.at < clause.start) break;
    if (n.scopeEnd < mention.start) continue;
    const verdict = governed(sentence, n, facts.verdicts[i], mention);
    // A further act denied but for an exception ("we do not share biometric data except with the vendor that runs
    // our time clocks") happens in the exception: as in the passive below, a conditional affirmation.
    if (verdict === 'further') {
      // Not the law's own carve-out, which grants no practice: "We will not sell or disclose your biometric identifiers
      // unless permitted by law" (BIPA's words) denies only the selling.
      furtherOnly = !facts.negatedCondition || LAW_EXCEPTION.test(sentence);
      // Only a design or a duty disowned ("not designed to collect X"), which a later denial of it may follow.
      disowned = PREDICATE_ADJECTIVE.test(sentence.slice(n.at, mention.start));
      break;
    }
    if (verdict === 'denies') {
      // What a party the company would pass the data to cannot see or receive is a denial of sharing it (LABELS.md:
      // not labelled): "Neither our couriers nor our partner restaurants can see your precise location". Not the
      // company: "Neither we nor our partners can see it", "Tallyho cannot see it".
      if (RECIPIENT_DENIED_RECEIPT.test(sentence.slice(clause.start, mention.start))) {
        furtherOnly = !facts.negatedCondition;
        break;
      }
      denied = true;
      deniedBefore = true;
      deniedByVerb = facts.verdicts[i] === 'denies';
      break;
    }
  }
  // "no biometric data other than the fingerprint template", "never more than your approximate location": the
  // mention after the exception or the bound is what is processed.
  if (
    denied && deniedBefore && (EXCEPTION_BEFORE.test(sentence.slice(Math.max(clause.start, mention.start - 40), mention.start)) ||
      PURPOSE_EXCEPTION.test(charsAfter(sentence, mention.end, 160)))
  ) {
    denied = false;
  }
  // A long mention can hold its own negation ("IP addresses cannot be used to determine your city").
  if (!denied && !furtherOnly) {
    // The negations are in order: start at the first after the mention's start (binary search), stop at its end.
    for (
      let i = countAtOrBefore(facts.negations, (n) => n.at, mention.start);
      i < facts.negations.length && facts.negations[i]!.at < mention.end;
      i++
    ) {
      if (facts.verdicts[i] === 'denies') denied = true;
    }
  }
  const after = clauseAfter(sentence, mention, clause, 120);
  // Its own predicate a design or an intention disowned: "Raw audio is not intended to be retained" neither affirms nor
  // denies (LABELS.md: "not designed or intended to process X" is not labelled).
  // Not with an act of the company's after it: "…are not intended to be stored longer than necessary, and we delete them".
  if (!denied && !furtherOnly && NOT_DESIGNED_AFTER.test(after) && !WE_US_OUR.test(sentence.slice(mention.end))) {
    return 'none';
  }
  // Asked by both the denial and the further-act test below: read once.
  let passed: boolean | undefined;
  const passedOn = () => {
    if (passed === undefined) {
      const m = PASSIVE_PASSED_ON.exec(after);
      passed = m !== null && !COLLECTING_NEXT.test(charsAfter(sentence, mention.end + m[0].length, 100));
    }
    return passed;
  };
  if (
    !denied && !furtherOnly &&
    ((PASSIVE_DENIAL.test(after) && !AFFIRMED_THEN_DENIED.test(after) && !(passedOn() && !facts.negatedCondition)) ||
      CLEFT_DENIAL.test(after) || (NOT_OFFERED.test(after) && !CONDITION_LEAD.test(charsBefore(sentence, mention.start, 30))))
  ) {
    denied = true;
    // "We collect audio from your microphone (not stored)": collected, and only the keeping denied after it (LABELS.md:
    // a denial of storing only is no denial of data the sentence says is processed).
    // The verb just before it, not denied itself ("We collect no data, and an image of … is not stored").
    const lead = sentence.slice(Math.max(clause.start, mention.start - 60), mention.start);
    if (facts.storageOnly && AFFIRMING_VERB.test(lead) && !/\b(?:no|not|never|none|nor)\b|n't\b/i.test(lead)) return 'affirmed';
  }
  const before = sentence.slice(Math.max(clause.start, mention.start - 80), mention.start);
  if (!denied && !furtherOnly && (NOT_AMONG_AFTER.test(after) || NOT_AMONG_COLLECTED.test(before))) {
    denied = true;
  }
  if (
    !denied &&
    (!furtherOnly || disowned) &&
    PRONOUN_DENIAL.test(charsAfter(sentence, mention.end, 200)) &&
    // A verb before the mention affirms it, unless a negation over the mention governs it too: "The Services are not
    // designed to collect biometric information, and we do not collect it".
    (!AFFIRMING_VERB.test(sentence.slice(clause.start, mention.start)) ||
      facts.negations.some((n) => n.at >= clause.start && n.at < mention.start && n.scopeEnd > mention.end) ||
      // An act the platform makes the company do is not one it claims, and the denial says what it does: "Android
      // forces us to ask for location permission to use Bluetooth, but we never use it".
      compelledBefore(sentence, clause.start, mention.start))
  ) {
    denied = true;
    deniedLater = true;
  }
  // What the platform makes the app ask for, with a denial after it, is no claim of its own: "the app is required by
  // Android to have the location permission, but the location information is never used" (the denial says what is done).
  if (
    // The last negation only (they are in order): a run of mentions costs each the same.
    !denied && !furtherOnly && (facts.negations.at(-1)?.at ?? -1) > mention.end &&
    compelledBefore(sentence, clause.start, mention.start)
  ) {
    return 'none';
  }
  // Only a further action denied, in the passive, and no exception that lets it happen ("…never shared with
  // others, except with your consent" affirms sharing on that condition).
  if (
    !denied && !furtherOnly && (PASSIVE_FURTHER_DENIAL.test(after) || passedOn()) && !facts.negatedCondition &&
    // "…is not shared with merchants, but the wallet itself records it": a later act on it is a claim.
    !PRONOUN_ACT.test(charsAfter(sentence, mention.end, 200))
  ) {
    furtherOnly = true;
  }
  // Kept on the device: the company does not get it, however the device uses it.
  // "…never sent to us, except when you report a hazard": sent on that condition (LABELS.md).
  if (!denied && facts.onDevice && !processedThere(facts, mention)) return facts.negatedCondition ? 'conditional' : 'on-device';
  if (!denied && facts.notApplicable) denied = true;
  // "We do not sell data used for this activity": the data is used, whatever else is denied of it. When the
  // denial is the mention's own predicate ("the scan used to unlock… is never sent"), the participle only
  // describes it.
  // Not where a processing verb denied it: "we never receive the voice model used to recognise you".
  // (A denial of keeping only is still no denial: "we do not keep any of the location data used for this".)
  // Not the participle of a clause that opens with "no" and ends right after it, a headline's passive: "No voice
  // recordings captured." (HEADLINE_PARTICIPLE).
  if (
    denied && deniedBefore && (!deniedByVerb || facts.storageOnly) &&
    (USED_AFTER.test(charsAfter(sentence, mention.end, 40)) &&
      !(NO_OPENS.test(sentence.slice(clause.start, mention.start)) && HEADLINE_PARTICIPLE.test(charsAfter(sentence, mention.end, 40))) ||
      PARTICIPLE_BY_AFTER.test(clauseAfter(sentence, mention, clause, 120)))
  ) {
    return 'affirmed';
  }
  // "We do not keep call recordings for more than 90 days": a retention limit says they are kept until then.
  // Only for a denial of keeping, and in the mention's own clause.
  if (
    denied && facts.storageOnly &&
    (RETENTION_LIMIT.test(clauseAfter(sentence, mention, clause, 80)) ||
      RETENTION_UNTIL.test(charsAfter(sentence, mention.end, 60)))
  ) {
    return 'affirmed';
  }
  // "X is not stored; it is used only during your session": a denial of keeping only, with a use said in the
  // same sentence, is no denial (LABELS.md "a denial of storing only").
  if (denied && facts.storageOnly && facts.usedElsewhere) return 'affirmed';
  // "Location data is used only for navigation and is not used for advertising": one use said, another denied, of
  // the subject before both (LABELS.md: a use denied is a denial only where the data is not otherwise said to be used).
  if (denied && USED_THEN_NOT_USED.test(sentence.slice(mention.end, mention.end + 240))) return 'affirmed';
  // "Fingerprints are not stored, but a one way hash value is", "Raw fingerprint images are never stored — only the
  // mathematical template is kept": what is kept is the data in a derived form, so the company keeps it.
  if (denied && facts.storageOnly && DERIVED_FORM_KEPT.test(charsAfter(sentence, mention.end, 200))) return 'affirmed';
  // "An image of your child's fingerprint is not stored": a copy not kept (the template is), a denial of keeping only.
  // So is any denial of a finger's or an eye's picture alone: "Images of the physical fingerprint are not taken or
  // stored", "No graphical (bitmap) representation of any fingerprints are stored or transmitted" (a picture is not the
  // biometric data, as a photo of a face is not face data: LABELS.md).
  if (
    denied && (facts.storageOnly || mention.type === 'biometric') &&
    (facts.storageOnly ? IMAGE_OF_BEFORE : PICTURE_OF_BEFORE).test(charsBefore(sentence, mention.start, 60)) &&
    // The picture of the finger alone, not of its template or data ("a copy of your fingerprint template").
    !/^\s*(?:templates?|data|information|scans?)\b/i.test(sentence.slice(mention.end, mention.end + 15))
  ) {
    return 'none';
  }
  // "We do not permanently store your audio": kept for a while, so the company has it; a denial of keeping only
  // (LABELS.md), no claim either way. So is one of its raw form alone (not "raw or processed"), and one beyond a
  // temporary use ("…beyond temporary use", "not persistently stored"; not "not even temporarily").
  if (denied && facts.storageOnly && KEPT_A_WHILE.test(clause.text)) return 'none';
  // "not … without your consent", "not … unless you allow it" (LABELS.md): a conditional affirmation; so is a
  // denial after a negative condition ("If you do not enable GPS, we don't collect it": enabling it does).
  // The condition is looked for only once a denial is found (it costs two or three pattern tests a mention).
  const conditioned = () => facts.negatedCondition && (deniedLater || conditionNear(clauses, at));
  // Off by default, of a flow, is a denial as the page's readers read it: "…is not sent to our servers by default",
  // "By default, face data is not uploaded" (a keeping or a feature off by default is one the reader may turn on).
  if (denied && (conditioned() || (saysByDefault(clause.text) && !FLOW_WORD.test(clause.text)) || facts.circumstanceExcepted)) {
    return 'conditional';
  }
  // "If you do not enable GPS, we don't collect your precise location": denied in that case, and affirmed (on
  // the condition) in the other: one sentence, both stances (LABELS.md "both stances for one type").
  if (denied && facts.negativeConditionLead) return deniedByVerb ? 'denied-unless' : 'conditional';
  // "No audio is sent to us until the wake word has been detected": denied before the event, and affirmed (on it)
  // after; both stances, as for a negative condition.
  if (denied && UNTIL_EVENT.test(charsAfter(sentence, mention.end, 100))) return 'denied-unless';
  // A denial of keeping alone, with no other act in the sentence (LABELS.md: not labelled, for data the policy
  // processes; a policy that says it keeps nothing has it to keep: "We do not store your location on our servers").
  // Not what the reader gives another party, which the company never holds: "We do not retain any facial images
  // provided to age verification vendors".
  if (
    denied && facts.storageOnly && !facts.onDevice && !OTHER_ACT.test(sentence) && !NOT_EVEN_BRIEFLY.test(sentence) &&
    !GIVEN_TO_ANOTHER.test(charsAfter(sentence, mention.end, 80))
  ) {
    return 'none';
  }
  if (denied) return 'denied';
  if (furtherOnly) {
    // A purpose excepted from the denied act is one it serves: "We do not share your facial data or use it for any
    // other purpose than that which is necessary to provide the App" uses it for that.
    return OWN_ACT_AFTER.test(charsAfter(sentence, mention.end, 60)) || WE_ACT_ON_IT.test(charsAfter(sentence, mention.end, 120)) ||
      PURPOSE_EXCEPTION.test(clauseAfter(sentence, mention, clause, 160))
      ? 'affirmed'
      : 'none';
  }
  // Kept on the device in its own clause, though another clause sends other data to us: "Viewing data is sent to
  // us, but voice commands never leave your phone".
  if (!facts.onDevice && clauses.length > 1 && CONTRAST_OPENER.test(clause.text) && clauseStaysOnDevice(clause.text)) {
    return 'on-device';
  }
  return 'affirmed';
}
const CONTRAST_OPENER = /^\W*(?:but|while|whereas|however)\b/i;

/**
 * A bracket opening a clause with its own subject: "We collect audio from your phone (such information will not be
 * stored)". What it says is said of its subject, not a predicate of the mention before it.
 */
const OWN_CLAUSE_BRACKET = re(rx`\((?=\s*(?:such|this|these|that|those|it|they|we|the)\b)`);
/** Up to `chars` of the mention's clause after it, to a bracket that opens a clause of its own. */
const clauseAfter = (sentence: string, mention: Mention, clause: Clause, chars: number) => {
  const text = sentence.slice(mention.end, Math.min(clause.end, mention.end + chars));
  const cut = text.search(OWN_CLAUSE_BRACKET);
  return cut < 0 ? text : text.slice(0, cut);
};
/** A stance's polarity: denied outright or kept on the device (deniesIt), against affirmed or conditional (affirmsIt). */
const deniesIt = (stance: MentionStance) => stance === 'denied' || stance === 'on-device';
const affirmsIt = (stance: MentionStance) => stance === 'affirmed' || stance === 'conditional';
/** The types whose claims say whether they identify someone (`identifier`): face and voice. */
const identifiable = (type: DataType) => type === 'face' || type === 'voice';
/** Read once per clause (its text is one string for all its mentions), not once per mention. */
const clauseStaysOnDevice = oncePerSentence(staysOnDevice);

/** The sentence's conditions, one per kind (each kind is one cue), with the words that state each. */
function conditionsOf(sentence: string, held: Uint8Array): Condition[] {
  const out: Condition[] = [];
  for (const { value, re: r, slot } of conditionCues) {
    const m = held[slot] ? r.exec(sentence) : null;
    if (m) out.push({ kind: value, text: m[0] });
  }
  return out;
}

function allCues<T>(sentence: string, cues: Cue<T>[], held: Uint8Array): T[] {
  return cues.filter(({ re: r, slot }) => held[slot] && r.test(sentence)).map((c) => c.value);
}

/**
 * Every action cue's matches, in cue order then sentence order: read once per sentence, asked once per type. The
 * action cues are read only through matchAll (which copies the pattern), so their lastIndex stays 0.
 */
function actionsIn(sentence: string, held: Uint8Array): { action: Action; at: number }[] {
  const out: { action: Action; at: number }[] = [];
  for (const { value, re: r, slot } of actionCues) {
    if (!held[slot]) continue;
    for (const m of sentence.matchAll(r)) out.push({ action: value, at: m.index });
  }
  return out;
}

/** The action nearest the mention, one after it counting double; the first of equals. */
function nearestAction(actions: { action: Action; at: number }[], at: number): Action {
  let best: { action: Action; distance: number } | undefined;
  for (const { action, at: index } of actions) {
    const distance = index <= at ? at - index : (index - at) * 2;
    if (!best || distance < best.distance) best = { action, distance };
  }
  return best?.action ?? 'collect';
}

/** The region a sentence limits itself to ("If you are in the EEA, …", "California residents …"). */
export function regionOf(text: string, needsLead: boolean): RegionScope | undefined {
  // One region table serves the analyzer and variant discovery (src/core/regions/regions.ts).
  if (needsLead && !SCOPE_LEAD.test(text)) return undefined;
  const id = regionNamedIn(text, { statement: true });
  return id === undefined ? undefined : scopeOfRegion(id);
}

export interface SentenceContext {
  /** The region the sentence's section is limited to, from its headings. */
  scope?: RegionScope;
  /**
   * The sentence is a category label in a table whose next cell answers it ("Biometric information | No"), as
   * in US state-law notices: the answer makes the label a claim.
   */
  answer?: TableAnswer;
  /** The sentence stands in a table cell (a row's label there is not an item of a list of data). */
  line?: LineKind;
  /** The sentence's section is headed by a denial of collecting ("What we never collect"): its items are denials. */
  underDenial?: boolean;
}

export type TableAnswer = 'yes' | 'no';

/** A cell that answers a category label: "Yes", "No", "Collected", "Not collected", a check mark. */
const ANSWER = re(
  rx`^\s*(?:(yes|collected|we collect(?: this)?|✓|✔|x)` +
    rx`|(no|(?:not|never) (?:collected|used|accessed)|none|we do not collect(?: this)?|✗|✘|—|-|n\/a))\s*\.?\s*$`,
);
export function tableAnswerOf(cell: string): TableAnswer | undefined {
  const m = ANSWER.exec(cell);
  return m ? (m[1] !== undefined ? 'yes' : 'no') : undefined;
}
/**
 * "Geolocation data: No": a label and its answer in one line, also as a table row written out ("Location | No |
 * — | —", "Postcode — Yes — Used to tailor offers"): the answer is the first cell after the label.
 */
/** A column's name between a label and its answer: "| Collected: No", "— Disclosed in the last 12 months: Yes". */
const ANSWER_COLUMN =
  rx`(?:collected|disclosed|sold|shared|processed|used)(?: for (?:a )?business purposes?)?` +
  rx`(?: in the (?:last|past|preceding) (?:12|twelve) months)?`;
const FURTHER_COLUMN = re(rx`^\s*(?:sold|shared|disclosed|sold or shared)\b`);
/** The column first: "Sold or shared in the past 12 months: Precise geolocation | No". */
const HEADER_ANSWER = gated(
  rx`^\s*((?:collected|processed|used|sold|shared|disclosed)(?: or (?:sold|shared|disclosed))?)(?: [^:|]{0,40})?:` +
    rx`\s*([^|—–:]{3,160}?)\s*[|—–]\s*(yes|no|none)\s*\.?\s*$`,
);
const INLINE_ANSWER = gated(
  // The label may span cells ("Sensitive personal information | Precise geolocation | Collected: No").
  // Cells may be joined by tabs (a table copied as text), and a tick or a cross may follow the label after a space.
  // Empty cells may stand between: "Biometric information | — | Not collected".
  rx`^([^:.;—–\t]{3,160}?)\s*(?:[|\t]\s*[—–-]\s*(?=[|\t]))*(?:[|—–\t-]\s*(?<column>${ANSWER_COLUMN})\s*)?` +
    // The answer, then more denials of the same kind ("— not collected, not inferred, not shared"), then any
    // further cells.
    // A spaced hyphen too, as app-store labels are copied as text ("Precise location - Not collected").
    rx`(?:[:|—–\t]|-(?=\s)|\s(?=[✓✔✗✘]))\s*(yes|no|none|collected|(?:not|never) (?:collected|used|accessed)|[✓✔✗✘])` +
    // What the answer's own cell adds after a dash, or the next cell, names the kind: "Collected: Yes — voiceprints,
    // if you enroll", "Geolocation data | Yes | Approximate location derived from your IP address".
    rx`(?:\s*,\s*not [a-z]+){0,4}\s*\.?(?:\s*[—–|]\s*(?<more>[^|\t]*))?(?:\s*[|—–\t].*)?$`,
);
/** A cell that names its column and answers: "Collected: No", "Collected in the past 12 months? Yes". */
const COLUMN_CELL = re(rx`^\s*(${ANSWER_COLUMN})\s*[:?]\s*(yes|no|none)\s*\.?\s*$`);
/** The most cells of a row read: a notice's table has a handful of columns. */
const MAX_ROW_CELLS = 12;
/**
 * A row written out whose label cells may hold colons of their own, such as an examples column ("Precise
 * geolocation | Examples: GPS coordinates | Collected: No | Disclosed to: none"): the label is every cell before
 * the first that names a column and answers it. Cells split once, no pattern across them.
 */
function columnAnswerOf(sentence: string): { label: string; column: string; answer: TableAnswer } | undefined {
  if (!sentence.includes('|')) return undefined;
  const cells = sentence.split('|', MAX_ROW_CELLS);
  for (let i = 1; i < cells.length; i++) {
    const m = COLUMN_CELL.exec(cells[i]!);
    if (m) return { label: cells.slice(0, i).join('|'), column: m[1]!, answer: tableAnswerOf(m[2]!)! };
  }
  return undefined;
}

/** A row of cells, written out with bars, whose last non-empty cell is a yes or a no: the rest is the label. */
function lastCellAnswerOf(sentence: string): { label: string; answer: TableAnswer } | undefined {
  if (!sentence.includes('|')) return undefined;
  const cells = sentence.split('|', MAX_ROW_CELLS).map((c) => c.trim()).filter(Boolean);
  const answer = cells.length >= 2 ? tableAnswerOf(cells[cells.length - 1]!) : undefined;
  return answer ? { label: cells.slice(0, -1).join(' | '), answer } : undefined;
}

/** A label answered under a named column: a "no" under selling or sharing only says nothing of collection. */
function answeredInColumn(label: string, column: string, answer: TableAnswer, context: SentenceContext): SentencePractice[] {
  return answer === 'no' && FURTHER_COLUMN.test(column) ? [] : answeredLabel(label, answer, context);
}

/** A label led by a cross or a tick, as a list of what is or is not collected shows it: "- ❌ Location data". */
// A cross is the first group, a tick matches none; the label is the second.
// After a lead of its own too: "Data Collected: ✅ Audio Data", "What We Don't Collect: ❌ Location".
const LEADING_MARK = re(
  rx`^\s*(?:[-•*]\s*)?(?:[^.;:]{1,40}:\s*)?(?:([\u274c\u2717\u2718\u2716])|[\u2705\u2713\u2714\u2611])\ufe0f?\s*([^.;:]{3,80}?)\s*\.?$`,
  'u',
);
/**
 * An app-store label's list of what is collected, in title case too, which would read as a heading: "Data Collected:
 * Location", "Data Shared: Audio recordings" (the lead names the act; its items are what the act is on).
 */
const COLLECTED_LIST = re(rx`^\s*(?:[-•*]\s*)?(?:data|information)(?: types?)? (?:collected|shared)\s*:\s*([^.;:]{3,80}?)\s*\.?$`);
/** A subject or a finite verb's auxiliary: an item with one is a clause, not a marked label. */
const CLAUSE_WORD = re(rx`\b(?:is|are|was|were|be|been|has|have|had|we|you|us|it|they|will|can|may|do|does)\b`);
/**
 * An app-store label's list of what is not collected: "Data not collected: Location, Contacts"; or the lead of a list
 * run in: "What is NOT sent: your name, precise location…", "What we never collect: …".
 */
/**
 * A subject's denial before what it denies: "We do not collect", "Acme never gathers any of the following", "The App
 * does not". Whoever is the subject, with a verb of getting the data or none. Also the lead-in of a list (text.ts).
 */
// A subject of one or two words, not a plural, which names other people ("Advertisers never receive:", "Our partners
// do not receive:" deny a sharing, not a collection).
export const DENIAL_LEAD =
  rx`(?:the |this |our )?(?:[\w-]+ )?[\w-]+(?<![^s]s) (?:do(?:es)? not|don't|doesn't|will not|won't|never)` +
  rx`(?: (?:collect|access|gather|track|record|request|receive|capture|obtain|use|process)s?` +
  // Coordinated acts after it: "does not collect, transmit, or store:", "do not collect, store, or have access to:".
  rx`(?:,? (?:or |and |nor )?(?:${EVERY_VERB}|have access to)){0,3}(?: any(?: of)?| the following){0,2})?`;
const NOT_COLLECTED_LIST = gated(
  rx`^(?:[-–•●*]\s+)?(?:${PERSONAL_DATA} )?(?:not (?:collected|gathered|obtained)|${DENIAL_LEAD}` +
    rx`|what (?:is|are|we)(?: do)?(?: not| never|n't) (?:collect|sen[dt]|track|access|receive|upload)(?:ed|d)?)\s*:\s*(\S.{2,})$`,
);

/**
 * A heading run into its sentence, in title case or capitals: "Location Information: We do not collect…",
 * "Biometric Data – We…", "VOICE RECORDINGS. We…". Up to six words, then a colon, or a dash or a period before a
 * capital.
 */
// A slashed pair is one word of it: "Face/Biometric Data Retention – …".
const HEADING_WORD = rx`(?:[A-Z][\w'-]*(?:\/[A-Z][\w'-]*)?|and|of|or|&)`;
const RUN_IN_HEADING = cased(
  rx`^\s*${HEADING_WORD}(?: ${HEADING_WORD}){0,5}(?::\s+|\s*(?:\s[—–-]|\.)\s+(?=[A-Z]))`,
);
/**
 * A label, then a denial of its own: "- Location data — We do not collect…", "- Audio Data: no recordings are kept" (the label is
 * what the denial is about, not an item affirmed). Not before a claim, whose label may say more ("- GPS Location: We collect
 * real-time location data" is precise).
 */
const RUN_IN_LABEL = cased(
  // The denial may go on in lower case, after a hyphen too: "Location data - we do not request…".
  // Or a denial without a subject, the dash against it too: "Voice recordings -no audio is recorded".
  rx`^\s*(?:[-–•●*]\s+)?[A-Z][\w'-]*(?: [A-Za-z][\w'-]*){0,4}(?::\s+|\s[—–-]\s*)` +
    // The product as the subject too: "Precise GPS location — the app never requests location permission".
    rx`(?=(?:[Ww]e|(?:[Tt]he|[Tt]his|[Oo]ur) (?:app|application|service|website|site|product|device)|[Ii]t) ` +
    rx`(?:do not|does not|don't|doesn't|never|will not|won't)\b|(?:[\x4en]o|[\x4en]ever|[\x4en]one of)\b)`,
);
/** In sentence case, shorter, before a sentence of its own: "Biometric data: We process…". */
// Not a clause of its own: "We don't use biometrics: …".
const RUN_IN_SHORT = cased(
  rx`^\s*(?!(?:We|You|It|They|This|Our|I)\b)[A-Z][\w'-]*(?: (?!(?:not|is|are|do|does|never)\b)[a-z][\w'-]*){0,3}:\s+(?=[A-Z])`,
);
const TOPIC_QUESTION_RUN_IN = gated(rx`^[^.;:]{1,60}\s[—–-]\s(?:how|what|why|which|who|when)\b[^.;:]{0,60}:\s`);
const familyOf = (t: DataType) => (t.startsWith('location') ? LOCATION : t);

/**
 * A non-restrictive clause or aside that says what the data before it is: "voiceprints, which are unique mathematical
 * representations of your voice,", "faceprints (i.e. maps of your facial geometry)". Read right after a mention.
 */
// Not a passive's participle, which says what is done with it: ", which are used to create a voiceprint,".
const DEFINING_ASIDE = re(
  rx`^(?:,\s*(?:which|that) (?:is|are|means?|refers? to)|\s*\(\s*(?:i\.\s?e\.,?|which (?:is|are)|that is,?)) ` +
    rx`(?!(?:\w+ly )?(?:[a-z]+ed|built|made|kept|taken|sent|held|done|seen|given|shown|known)\b)`,
);
/** How far a defining aside is read for its end (a comma, a bracket, a semicolon). */
const ASIDE_MAX_CHARS = 160;

/**
 * The mentions inside an aside that defines the mention before it name that data again; they make no claim of their
 * own ("We do not create voiceprints, which are unique representations of your voice, from your call" denies
 * voiceprints, and says nothing else of the voice). The aside's antecedent carries the claim.
 */
function withoutDefiningAsides(sentence: string, mentions: Mention[]): Mention[] {
  const dropped = new Set<Mention>();
  for (const m of mentions) {
    if (dropped.has(m)) continue;
    const aside = DEFINING_ASIDE.exec(sentence.slice(m.end, m.end + 40));
    if (!aside) continue;
    const from = m.end + aside[0].length;
    const rest = sentence.slice(from, from + ASIDE_MAX_CHARS);
    const close = rest.search(aside[0].includes('(') ? /[);]/ : /[,;)]/);
    if (close < 0) continue;
    const end = from + close;
    for (const n of mentions) {
      if (n.start >= from && n.start < end && familyOf(n.type) === familyOf(m.type)) dropped.add(n);
    }
  }
  return dropped.size === 0 ? mentions : mentions.filter((n) => !dropped.has(n));
}

/** The heading's mentions name the topic, not a claim, where the sentence after it names the same kind of data. */
function withoutRunInHeading(sentence: string, mentions: Mention[]): Mention[] {
  // A topic, then a question about it, run in: "Face and voice — why we don't need them: Petalcycle was designed…"
  // (the heading's words are its topic, whatever the sentence after it says).
  const asked = TOPIC_QUESTION_RUN_IN.exec(sentence);
  if (asked) mentions = mentions.filter((m) => m.start >= asked[0].length);
  const heading = RUN_IN_HEADING.exec(sentence) ?? RUN_IN_LABEL.exec(sentence) ?? RUN_IN_SHORT.exec(sentence);
  if (!heading) return mentions;
  const end = heading[0].length;
  const told = new Set(mentions.filter((m) => m.start >= end).map((m) => familyOf(m.type)));
  // A generic heading over a kind named after it is that kind's (LABELS.md): "Biometric data: We process facial geometry".
  const kept = mentions.filter((m) => m.start >= end || !told.has(familyOf(m.type)) && !(m.term.generic && (told.has('face') || told.has('voice'))));
  // The heading's precision is the body's where the body states none: "GPS Coordinates: When you enable location
  // sharing…" is about the precise kind (the policy's word for what the body calls "location").
  const precisions = new Set(mentions.filter((m) => m.start < end && m.type !== LOCATION && familyOf(m.type) === LOCATION).map((m) => m.type));
  const body = kept.filter((m) => m.start >= end && familyOf(m.type) === LOCATION);
  if (precisions.size !== 1 || body.length === 0 || body.some((m) => m.type !== LOCATION)) return kept;
  const [precision] = precisions;
  return kept.map((m) => (m.start >= end && m.type === LOCATION ? { ...m, type: precision! } : m));
}

/**
 * What a setting switches the data to: "…, but you can switch it to your approximate location (city level)". The
 * company then gets that data instead, on the reader's choice: a conditional claim, not the setting's own word.
 */
const SETTING_TARGET = re(
  rx`\b(?:switch|change|set|reduce|limit|downgrade)\w* (?:it|this|that|them|(?:the|your) [\w-]+(?: [\w-]+)?) ` +
    rx`(?:back )?to (?:(?:your|an?|the|their|only|just) )?$`,
);
/**
 * A connective before the sentence's own words ("In addition, ", "For example, ", "Please note that "): it changes
 * nothing the sentence claims, but would hide its start from what reads a start (a definition, a lead-in, a heading).
 * Not one that limits how often or where ("In some cases, ", "Generally, "): "In some cases, your voice is processed
 * on your device" is no denial.
 */
export const LEADING_CONNECTIVE = re(
  // The commonest in policies, "For example, " by far.
  rx`^\s*(?:(?:in addition|additionally|also|further(?:more)?|moreover|however|for (?:example|instance)|finally|specifically|` +
    rx`similarly|in particular|as such|therefore|importantly` +
    // The document's own scope, before a definition as before a claim: "For the purposes of this policy, …".
    rx`|for the purposes? of this (?:privacy )?(?:policy|notice|section|statement)) ?, ?|(?:please )?(?:note|be aware) that )+(?=[\w"“])`,
);
/**
 * A list's marker before a sentence of its own: a subject or a clause of condition first, six words or more, no
 * label's colon, a final period. Not an item that opens with its verb ("- Provide location-based services."), which
 * continues the list's lead ("We use your data to:").
 */
const PROSE_ITEM = re(
  rx`^\s*[${LIST_MARKER_CHARS}]\s+(?=(?:If|When|Where|Unless|We|You|Your|Our|It|They|This|The|\x4eo)\b` +
    // Each run of spaces whole (a non-space after it), or a run split between the counted words would backtrack.
    rx`(?:[^:\s]*\s+(?=\S)){5}[^:]*\.$)`,
  '',
);
/**
 * `practices` read from the part of `text` that starts at `by`, their evidence moved to where it stands in `text`
 * (each once, should two practices share one).
 */
function withEvidenceMoved(practices: SentencePractice[], text: string, by: number): SentencePractice[] {
  for (const e of new Set(practices.flatMap((p) => p.evidence))) e.text = text.slice((e.start += by), (e.end += by));
  return practices;
}
/** One claim per data type that the sentence makes; [] for a sentence that makes none. */
export function classifySentence(raw: string, context: SentenceContext = {}): SentencePractice[] {
  const lead = LEADING_CONNECTIVE.exec(raw)?.[0].length ?? PROSE_ITEM.exec(raw)?.[0].length;
  if (lead) {
    // Read without it, as a sentence (its first letter a capital), and the evidence moved back to its place.
    const rest = raw.slice(lead);
    return withEvidenceMoved(classifySentence(rest[0]!.toUpperCase() + rest.slice(1), context), raw, lead);
  }
  // Typographic apostrophes become plain ones (same length, so offsets hold).
  const sentence = normalizeSentence(raw);
  const inline = INLINE_ANSWER.exec(sentence);
  const answer = context.answer ?? (inline ? tableAnswerOf(inline[3]!) : undefined);
  // A "no" under a column of selling or sharing only ("Geolocation | Sold: No | Shared: No") denies a further
  // action, which says nothing of collection (LABELS.md); a "yes" there says the company holds the data.
  if (
    answer === 'no' &&
    inline &&
    !context.answer &&
    FURTHER_COLUMN.test(inline.groups?.column ?? inline[1]!.split(/[|—–]/)[1] ?? '')
  ) {
    return [];
  }
  if (answer) return answeredLabel(inline ? `${inline[1]} ${inline.groups?.more ?? ''}` : sentence, answer, context);
  const row = columnAnswerOf(sentence);
  if (row) return answeredInColumn(row.label, row.column, row.answer, context);
  // The column first, then the row: "Collected in the past 12 months: Precise geolocation | No".
  const headed = HEADER_ANSWER.exec(sentence);
  if (headed) return answeredInColumn(headed[2]!, headed[1]!, tableAnswerOf(headed[3]!)!, context);
  // A table row written out whose last cell answers it: "| H. Audio … information | … call recordings … | NO |".
  const lastCell = lastCellAnswerOf(sentence);
  if (lastCell) return answeredLabel(lastCell.label, lastCell.answer, context);
  const notCollected = NOT_COLLECTED_LIST.exec(sentence);
  // Not with an exception, which the sentence's own reading keeps ("…: precise location, unless you opt in").
  // Nor with a turn ("…: instead, we infer your city…"). Its evidence moved to where the list stands in the sentence.
  if (notCollected && !EXCEPTS_OR_TURNS.test(notCollected[1]!)) {
    const at = sentence.length - notCollected[1]!.length;
    return withEvidenceMoved(answeredLabel(notCollected[1]!, 'no', context), sentence, at);
  }
  const marked = LEADING_MARK.exec(sentence);
  // A marked item may carry its participle or a purpose: "❌ Voice recordings or audio data sent to external servers",
  // "✅ Audio Data (for speech recognition)".
  if (marked && (isVerblessLabel(marked[2]!) || !CLAUSE_WORD.test(marked[2]!))) {
    return answeredLabel(marked[2]!, marked[1] ? 'no' : 'yes', context);
  }
  const collected = COLLECTED_LIST.exec(sentence);
  if (collected && isVerblessLabel(collected[1]!)) return answeredLabel(collected[1]!, 'yes', context);
  if (nonClaimReason(sentence, context.line)) return [];
  // Mentions after the reader's own setting ("…, but you can switch it to your approximate location") name the
  // setting, not a claim; the claim before it stands.
  const settingAt = userSettingFrom(sentence) ?? Infinity;
  const settingEnd = settingAt === Infinity ? Infinity : userSettingEnd(sentence);
  let mentions = findMentions(sentence).filter(
    (m) =>
      !(m.start >= settingAt && m.start < settingEnd && !SETTING_TARGET.test(charsBefore(sentence, m.start, 60))) &&
      !(isResidenceOrArea(m) && namesJurisdiction(sentence, m.start, m.end)) &&
      !namesScopeOfResidence(sentence, m) &&
      !(m.type.startsWith(LOCATION) && WHEREVER_BEFORE.test(charsBefore(sentence, m.start, 70))),
  );
  // An image of a face counts only where the sentence compares or recognises it; "we do not recognise who they
  // are" is no such sentence.
  const identificationNegated = NEGATED_IDENTIFICATION.test(sentence);
  if (identificationNegated && !/\bmatch|\bcompar/i.test(sentence)) {
    mentions = mentions.filter((m) => m.term.id !== 'matched-face-image');
  }
  mentions = withoutDefiningAsides(sentence, withoutRunInHeading(sentence, mentions));
  if (mentions.length === 0) return [];
  const clauses = clausesOf(sentence);
  const onDevice = staysOnDevice(sentence);
  const negatedCondition = NEGATED_CONDITION.test(sentence);
  const negations = negationsIn(sentence);
  const verdicts = negations.map((n) => verdictOf(sentence, n));
  const storageOnly = STORAGE_ONLY_DENIAL.test(sentence) && !ANY_NEGATED_COLLECTION.test(sentence);
  const facts: SentenceFacts = {
    onDevice,
    // Read once per sentence, and only where the data stays off the company's side at all.
    onlyResult: onDevice && !negatedCondition && onlyResultReaches(sentence),
    notApplicable: /\bN\/A\b/.test(sentence),
    negatedCondition,
    negativeConditionLead: NEGATIVE_CONDITION_LEAD.test(sentence),
    negations,
    verdicts,
    storageOnly,
    circumstanceExcepted: circumstanceExcepted(sentence, mentions),
    usedElsewhere: USED_CLAUSE.test(sentence),
    // Only with no negation anywhere: "…, and the app never gets your face data" is the company's denial, read as one.
    platformCheck: onDevice && negations.length === 0 && describesPlatformCheck(sentence),
    // Only processed there, and no act of the company's denied beside it (a keeping, or a passing to others, denied is
    // no such act): the company's software at work on the data, a claim (flow.ts processedThereOnly).
    processedOnly: onDevice && processedThereOnly(sentence) && !negations.some((n, i) =>
      verdicts[i] === 'denies' && !storageOnly && !TO_OTHERS_AFTER.test(charsAfter(sentence, n.at, 80))),
  };

  const byType = new Map<DataType, { mention: Mention; stance: MentionStance }[]>();
  for (const mention of mentions) {
    const list = byType.get(mention.type) ?? [];
    list.push({ mention, stance: stanceOf(sentence, mention, clauses, facts) });
    byType.set(mention.type, list);
  }
  /** A type's mentions replaced by `list`, or the type dropped when none are left. */
  const setOrDrop = (type: DataType, list: { mention: Mention; stance: MentionStance }[]) =>
    list.length > 0 ? byType.set(type, list) : byType.delete(type);
  /** The generic location's mentions moved to a stated kind, after its own. */
  const genericTo = (type: DataType) => {
    byType.set(type, [...(byType.get(type) ?? []), ...byType.get(LOCATION)!]);
    byType.delete(LOCATION);
  };

  // The policy's own word for precision wins over the source (LABELS.md): "coarse location from nearby cell
  // towers" is approximate, though cell towers alone would place the device. Only in one clause and one stance:
  // "coarse location from cell towers; it does not collect GPS data" still denies GPS.
  // Not "precise or approximate GPS", which states both.
  const approximateStated = byType
    .get(APPROXIMATE)
    ?.filter((x) => APPROXIMATE_STATED.test(x.mention.text) && !PRECISE_STATED.test(x.mention.text));
  const preciseList = byType.get(PRECISE);
  if (approximateStated?.length && preciseList) {
    // The source must be what the approximate location is derived from, right after it: "coarse location from
    // nearby cell towers", not a second item ("approximate location and GPS data").
    // Which approximate mention ends at most DERIVED_FROM_REACH before each offset: one map, so that a table of
    // many mentions costs their number, not its square.
    const nearest = new Int32Array(sentence.length + 1).fill(-1);
    // From inside it too: the word on the source itself ("approximate GPS coordinates", "rough latitude and longitude").
    approximateStated.forEach((a, i) => nearest.fill(i, a.mention.start + 1, Math.min(sentence.length + 1, a.mention.end + DERIVED_FROM_REACH)));
    // The other way round, the source first and what it gives after: "the cell tower your phone uses, which gives
    // us only a rough idea of where you are". Which approximate mention starts at most GIVES_REACH after each offset.
    const following = new Int32Array(sentence.length + 1).fill(-1);
    for (let i = approximateStated.length - 1; i >= 0; i--) {
      const a = approximateStated[i]!;
      following.fill(i, Math.max(0, a.mention.start - GIVES_REACH), a.mention.start + 1);
    }
    const left = preciseList.filter((p) => {
      if (PRECISE_STATED.test(p.mention.text)) return true;
      const a = approximateStated[nearest[p.mention.start]!];
      if (a && a.stance === p.stance && (p.mention.start < a.mention.end || DERIVED_FROM_GAP.test(sentence.slice(a.mention.end, p.mention.start)))) return false;
      const b = approximateStated[following[p.mention.end]!];
      // The map holds only mentions that start at or after the offset: the gap is the words between.
      return !(b && b.stance === p.stance && GIVES_GAP.test(sentence.slice(p.mention.end, b.mention.start)));
    });
    setOrDrop(PRECISE, left);
  }
  // A generic term yields to a named kind: "biometric information, such as faceprints" is about faces. Not across
  // stances: "We collect no biometric data from riders; drivers' selfies go through facial recognition" denies the
  // one and affirms the other.
  // Nor across clauses with subjects of their own: "We do not collect biometric data from our readers, and we do not
  // use facial recognition on photographs" denies both (the kind is no example of the generic term there; a
  // condition's "when you consent to voice or facial authentication" still names examples).
  // Each clause's own-subject clause, read once in one pass (a walk back per mention cost mentions × clauses).
  let owners: Int32Array | undefined;
  let joins: number[] | undefined;
  const ownClause = (m: Mention) => {
    if (!owners) {
      owners = new Int32Array(clauses.length);
      for (let i = 1; i < clauses.length; i++) owners[i] = OWN_SUBJECT_CLAUSE.test(clauses[i]!.text) ? i : owners[i - 1]!;
    }
    joins ??= [...sentence.matchAll(OWN_NOUN_SUBJECT)].map((j) => j.index);
    return `${owners[clauseIndexOf(clauses, m)]!}.${countAtOrBefore(joins, (j) => j, m.start)}`;
  };
  // A kind that identifies yields the generic term anywhere in its clause; one that does not (facial features, the
  // voice) only close by, with no list or clause of its own between them (no comma, "and", "or", "we", "where"…):
  // "identifiers derived from facial features", "uses biometrics to map unique facial features" (not "raw microphone
  // audio, biometrics, and precise location", three items).
  const kinds = [...(byType.get('face') ?? []), ...(byType.get('voice') ?? [])];
  const closeBy = (x: Mention, b: Mention) => {
    const between = sentence.slice(Math.min(x.end, b.end), Math.max(x.start, b.start));
    return /^[^,;]{0,40}$/.test(between) && !/\b(?:and|or|we|where|when|before|after|while|if)\b/.test(between);
  };
  const biometric = byType.get('biometric');
  // Read at most once per sentence, not once per pair of mentions.
  let converted: boolean | undefined;
  const convertedIntoBiometric = () => (converted ??= CONVERTED_INTO_BIOMETRIC.test(sentence));
  if (
    biometric?.every((b) =>
      b.mention.term.generic &&
      kinds.some((x) =>
        deniesIt(x.stance) === deniesIt(b.stance) && ownClause(x.mention) === ownClause(b.mention) &&
        (x.mention.term.identifier || closeBy(x.mention, b.mention) ||
          (x.mention.end < b.mention.start && convertedIntoBiometric())))) &&
    !GENERIC_KEPT.test(sentence)
  ) {
    byType.delete('biometric');
  }
  // Precision inferred from how the location is obtained: a location inferred or estimated (not read from the
  // device) is approximate (LABELS.md: "location inferred from IP address, SIM card or time zone").
  // Precision from the source a location is drawn from, where no term names it: "where the car is, noted by its
  // satellite navigation receiver", "location worked out from the Wi-Fi around you" (precise); "location based on
  // your network connection or time zone" (approximate). LABELS.md's table, read as a data flow. The source
  // decides before the verb does: a location "inferred from Wi-Fi access points" is precise.
  const generic = byType.get(LOCATION);
  const sourced = generic && !byType.has(PRECISE) && !byType.has(APPROXIMATE) ? sourceOfLocation(sentence) : undefined;
  if (sourced === PRECISE) genericTo(PRECISE);
  else if (generic && !byType.has(PRECISE) && INFERRED_LOCATION.test(sentence)) genericTo(APPROXIMATE);
  else if (sourced === APPROXIMATE) genericTo(APPROXIMATE);
  // Precision from a stated resolution: "accurate to within a few meters" is precise, "rounded to about 10
  // kilometers" approximate.
  const resolution = byType.get(LOCATION) ? RESOLUTION.exec(sentence) : null;
  // A small unit only with its count ("accurate to 5 m"); a large one alone too ("to the nearest mile").
  if (resolution && (resolution[1] !== undefined || /^(?:k|mi)/i.test(resolution[2]!))) {
    genericTo(resolutionIsPrecise(resolution[1], resolution[2]!) ? PRECISE : APPROXIMATE);
  }
  // A device said to lack a receiver ("the band has no GPS and cannot record your location") denies a capability,
  // not a precision: where the sentence also denies a location, that generic location is what it denies.
  const lacking = byType.get(PRECISE)?.filter((x) =>
    RECEIVER.test(x.mention.text) && LACKS_RECEIVER.test(charsBefore(sentence, x.mention.start, 40)));
  if (lacking?.length && byType.get(LOCATION)?.some((x) => x.stance === 'denied')) {
    setOrDrop(PRECISE, byType.get(PRECISE)!.filter((x) => !lacking.includes(x)));
  }
  // A generic location yields to a stated precision, but not across stances: "Except for the country you
  // select, we do not collect any information about your location" affirms the one and denies the other.
  // A precision named only in a condition or a side remark ("When GPS is switched off, location is estimated…")
  // states nothing of the claim.
  const precisionStated = [...(byType.get(PRECISE) ?? []), ...(byType.get(APPROXIMATE) ?? [])]
    .filter((x) => x.stance !== 'none');
  // Nor a denial of every kind ("no location data of any precision, including IP-based location"), which denies the
  // location as well as the kind it names.
  if (byType.has(LOCATION) && precisionStated.length > 0) {
    const everyKind = EVERY_KIND.test(sentence);
    const stated = new Set(precisionStated.filter((x) => !(everyKind && deniesIt(x.stance))).map((x) => deniesIt(x.stance)));
    // A denial of its own, in a clause with its own subject, stands beside a denied precision: "does not access your
    // device's location, and we neither request GPS permissions nor…" denies both. Not a denial of the device's
    // permission or setting ("…, and we never ask for access to your device's location services"), which adds nothing.
    const deniedClauses = new Set(precisionStated.filter((x) => deniesIt(x.stance)).map((x) => ownClause(x.mention)));
    const left = byType.get(LOCATION)!.filter((x) =>
      !stated.has(deniesIt(x.stance)) ||
      // An item of its own in a list beside the stated kind, not its example, gloss or source: "your name, country,
      // gender and … your physical location", "Your current country and location" (LABELS.md: each item its label).
      // Only beside an approximate item (an area, an address of the network): a precise one names the same point.
      // (At most a few stated kinds are paired with each location: a hostile row of thousands is read as before.)
      precisionStated.length <= MAX_ITEMS_PAIRED && precisionStated.every((y) =>
        deniesIt(y.stance) !== deniesIt(x.stance) || (y.mention.type === APPROXIMATE && separateItems(sentence, x.mention, y.mention))) ||
      (deniesIt(x.stance) && !everyKind && !deniedClauses.has(ownClause(x.mention)) &&
        !LOCATION_FACILITY_AFTER.test(charsAfter(sentence, x.mention.end, 20))));
    setOrDrop(LOCATION, left);
  }

  // What is left when the precise kind is denied by name is coarse: "We collect location data, but not your
  // precise location" (LABELS.md: a precision inferable). Not a source denied ("…tell us where you are; we do not
  // access your car's GPS" says nothing of how precise what you tell is), and only with no approximate kind stated.
  const leftGeneric = byType.get(LOCATION);
  const preciseOnlyDenied = byType
    .get(PRECISE)
    ?.every((x) => x.stance === 'denied' && PRECISE_STATED.test(x.mention.text));
  if (leftGeneric && preciseOnlyDenied && !byType.has(APPROXIMATE)) {
    // One pass, not a search per mention: a table row written out can hold many.
    const affirmedGeneric: typeof leftGeneric = [];
    const rest: typeof leftGeneric = [];
    for (const x of leftGeneric) (affirmsIt(x.stance) ? affirmedGeneric : rest).push(x);
    if (affirmedGeneric.length > 0) {
      byType.set(APPROXIMATE, affirmedGeneric);
      setOrDrop(LOCATION, rest);
    }
  }

  // A denial bounded by an area keeps the area: "We do not use your IP address to determine your location beyond the
  // country level" uses it to the country (not "…no location of any kind, not even the country").
  const bounded = byType.get(PRECISE)?.filter((x) => x.stance === 'denied' && x.mention.term.id === 'precise-bound');
  if (bounded?.length && !byType.has(APPROXIMATE) && !EVERY_KIND.test(sentence)) {
    byType.set(APPROXIMATE, bounded.map((x) => ({ ...x, stance: 'affirmed' as const })));
  }

  // Per cue, whether the sentence holds one of its literals: the cues it cannot hold are not tried.
  const held = heldIn(sentence);
  const conditions = conditionsOf(sentence, held);
  const purposes = allCues(sentence, purposeCues, held);
  const source = allCues(sentence, sourceCues, held)[0] as Source | undefined;
  const actions = actionsIn(sentence, held);
  const modality: Modality = MODAL_MAY.test(sentence) ? 'may' : 'will';
  const firstVerb = FIRST_PROCESSING.exec(sentence)?.index ?? sentence.length;
  const thirdParty = THIRD_PARTY.exec(sentence);
  const actor: Actor = thirdParty && thirdParty.index < firstVerb ? 'third-party' : 'first-party';
  const scope = regionOf(sentence, true) ?? context.scope;
  const identifierContext = IDENTIFIER_CONTEXT.test(sentence) && !identificationNegated;
  const ageEstimation = AGE_ESTIMATION.test(sentence) || livenessOnly(sentence);

  // Read once per sentence: the closing clause is the same for every type.
  const elidedDenial = ELIDED_DENIAL.test(sentence.slice(-120));
  // A time denied is of the data named last before it ("…record your voice commands (never while the app is in the
  // background)" denies the voice, not the location named earlier).
  const timeDenied = TIME_SCOPE_DENIED.exec(sentence);
  let timeDeniedType: DataType | undefined;
  if (timeDenied) {
    let last = -1;
    for (const [type, read] of byType) {
      for (const x of read) if (x.mention.end <= timeDenied.index && x.mention.end > last) [last, timeDeniedType] = [x.mention.end, type];
    }
  }
  // The act ending at a time: "The collection of geolocation data stops after closing the app" (done until then, not
  // after: both stances), of the data named last before it; "We stop collecting your location when you close the app",
  // of the data named first after it.
  const ceased = timeDeniedType ? null : CEASES_AT.exec(sentence);
  if (ceased) {
    let best = Infinity;
    // The data named inside the act's own phrase counts: "The collection of geolocation data stops…".
    const from = ceased.index + ceased[0].length;
    const before = ceased[1] === undefined;
    for (const [type, read] of byType) {
      for (const x of read) {
        if (x.stance !== 'affirmed') continue;
        const gap = before ? from - x.mention.end : x.mention.start - from;
        if (gap >= 0 && gap < Math.min(best, 120)) [best, timeDeniedType] = [gap, type];
      }
    }
  }
  const practices: SentencePractice[] = [];
  let lastDenialAt = -1;
  for (const read of byType.values()) {
    for (const x of read) if (x.stance === 'denied') lastDenialAt = Math.max(lastDenialAt, x.mention.start);
  }
  // One device key makes the face and body traits beside it keys too: "you can unlock the app with your fingerprint,
  // face, or eyes".
  const keyed = [...byType.values()].some((read) => read.some((x) => isDeviceKey(sentence, x)));
  const audioNotKept =
    byType.has('voice') && AUDIO_PASSED_THROUGH.test(sentence) && AUDIO_NOT_RECORDED.test(sentence) && !MADE_OF_SPEECH.test(sentence) &&
    !AUDIO_KEPT_OTHERWISE.test(sentence);
  for (const [type, read] of byType) {
    // A device key before a denial of what the company gets ("…, to sign in; we do not receive your biometric
    // information"), or in a sentence whose data stays on the device ("…; we only receive confirmation that it
    // succeeded"), is denied with it; one with neither claims nothing.
    const list = keysBesideDenial(sentence, read).flatMap((x) =>
      !isDeviceKey(sentence, x) && !(keyed && /^(?:face|bio)/.test(type) && affirmsIt(x.stance))
        ? [x]
        // Its own stance on the device is that flow: "(Face ID, Touch ID, or fingerprint), all biometric processing
        // happens entirely on your device" (the company never gets it).
        : x.stance === 'on-device' ? [x]
        : lastDenialAt > x.mention.end || facts.onlyResult ? [{ ...x, stance: 'denied' as MentionStance }] : [],
    );
    const affirmed = list.filter((x) => affirmsIt(x.stance) || x.stance === 'denied-unless');
    const denied = list.filter((x) => deniesIt(x.stance) || x.stance === 'denied-unless');
    const chosen = affirmed.length > 0 ? affirmed : denied;
    if (chosen.length === 0) continue;
    const stance: Stance = affirmed.length > 0 && !(type === 'voice' && audioNotKept) ? 'affirmed' : 'denied';
    const conditional =
      stance === 'affirmed' &&
      (affirmed.some((x) => x.stance === 'conditional' || x.stance === 'denied-unless') ||
        conditions.some((c) => c.kind !== 'legal-requirement'));
    const practice: SentencePractice = {
      type,
      stance,
      conditions: stance === 'affirmed' ? conditions : [],
      action: nearestAction(actions, chosen[0]!.mention.start),
      modality,
      actor,
      purposes,
      evidence: evidenceOf(chosen.map(({ mention }) => mention)),
    };
    if (identifiable(type)) {
      const named = chosen.some((x) => x.mention.term.identifier);
      // An age checked from the face is no identifier, unless the sentence identifies too ("…to check your age and to
      // verify your identity").
      practice.identifier = (identifierContext && !(type === 'face' && FACE_EFFECT.test(sentence))) ||
        (named && !ageEstimation && !(type === 'voice' ? SPEECH_UNDERSTOOD : FACE_EFFECT).test(sentence));
      if (identificationNegated && !named) {
        // "…is not used to recognise you": a denial of identifying. "We detect faces, but we do not recognise
        // who they are": detection, not identification. (A second, denied claim for the identification is not
        // added: the real labels do not carry it.)
        practice.identifier = stance === 'denied';
      }
    }
    if (conditional) practice.conditional = true;
    if (stance === 'denied' && denied.some((x) => x.stance === 'on-device')) practice.flow = 'on-device';
    if (source) practice.source = source;
    if (scope) practice.scope = scope;
    practices.push(practice);
    const lastEnd = chosen[chosen.length - 1]!.mention.end;
    if (stance === 'denied') {
      // "Kinetra's web dashboard does not collect your geolocation, although the mobile app may do so": the same
      // claim affirmed for another product.
      // Not a denial in a stated scope ("…does not record your location outside of the door readers"): LABELS.md reads
      // that as denied, what is done within the scope unsaid.
      if (ELLIPTIC_AFFIRMATION.test(sentence.slice(lastEnd))) {
        const affirmation: SentencePractice = { ...practice, stance: 'affirmed' };
        delete affirmation.flow;
        practices.push(affirmation);
      }
      continue;
    }
    // "Outside Paris we collect your GPS location; in Paris we do not.", "…in the US, but not in the EEA.": the
    // claim's verb elided in a second clause that denies it in another scope (LABELS.md "both stances"); or a
    // mention denied but for a condition or an event (denied-unless).
    if (elidedDenial || type === timeDeniedType || affirmed.some((x) => x.stance === 'denied-unless')) {
      practices.push(deniedCopy(practice));
      continue;
    }
    // "We do not collect fingerprints, but we use hand geometry": another mention of the type, denied by its own
    // negation in another clause, is a second claim (LABELS.md "both stances for one type"). A pronoun ("but we
    // do not store it") is no mention, so denying a further act on the same data adds nothing.
    // The clause of each mention, read once, and the affirmed ones grouped by clause (not a scan per pair of
    // mentions: issue 12). A denied mention shares a claim with the nearest affirmed one of its clause unless an
    // exception stands between them.
    const affirmedByClause = new Map<number, Mention[]>();
    for (const a of affirmed) {
      const i = clauseIndexOf(clauses, a.mention);
      affirmedByClause.set(i, [...(affirmedByClause.get(i) ?? []), a.mention].slice(-2));
    }
    const deniedElsewhere = denied.filter((d) => {
      // Denied keeping only, beside a claim of the same type: "does not store audio from voice mode; only the
      // transcript is saved" denies no processing (LABELS.md: a denial of storing only is not labelled).
      if (d.stance !== 'denied' || KEEPING_DENIED_BEFORE.test(charsBefore(sentence, d.mention.start, 50))) return false;
      // Denied as a picture only, beside a claim of the data: "records a measurement taken from a finger, but not a
      // fingerprint image" keeps the measurement (the image is a form of the data, not another kind).
      if (PICTURE_AFTER.test(charsAfter(sentence, d.mention.end, 14))) return false;
      const near = affirmedByClause.get(clauseIndexOf(clauses, d.mention));
      // An identifier denied beside the plain data it would be made from is a claim of its own: "no voiceprint is
      // generated from their recorded calls" keeps the recordings and denies the print.
      if (near && d.mention.term.identifier && identifiable(type) && near.every((a) => !a.term.identifier)) return true;
      return !near || near.every((a) => exceptionBetween(sentence, d.mention, a));
    });
    if (deniedElsewhere.length > 0) {
      const denial = deniedCopy(practice, { evidence: evidenceOf(deniedElsewhere.map((d) => d.mention)) });
      if (identifiable(type)) {
        // "We do not use your voice to identify you; however, we keep recordings": the denial is of identifying.
        denial.identifier = deniedElsewhere.some(
          (d) => d.mention.term.identifier || IDENTIFY_PURPOSE.test(charsAfter(sentence, d.mention.end, 30)),
        );
      }
      practices.push(denial);
      continue;
    }
    // "Older versions collected GPS data, but current versions do not.": the verb left out after a contrast
    // denies the same claim for another scope.
    if (ELLIPTIC_DENIAL.test(sentence.slice(lastEnd))) {
      practices.push(deniedCopy(practice));
      continue;
    }
    // "…faceprints (except in Illinois, where we do not collect them)": the same claim denied for one region.
    const regional = regionalDenial(sentence, lastEnd);
    if (regional) practices.push(deniedCopy(practice, { scope: regional }));
  }
  return practices;
}

/** The reader's means of signing in: "fingerprint login", "Face ID unlock", a fingerprint sensor or reader. */
const KEY_AFTER = re(rx`^[ -]?(?:log-?in|login|sign-?in|sign-?on|unlock\w*|authentication|sensor|reader|scanner)\b`);
/** A machine a biometric word names, not data: "biometric time clocks", "biometric terminal attachments". */
const READER_MACHINE_AFTER = re(rx`^[ -](?:time ?clocks?|timeclocks?|clocks?|terminals?|devices?|attachments?|hardware|equipment|readers?|scanners?)\b`);
/** The company never getting it: "we never obtain a copy of it", "we do not receive or store them". */
const PRONOUN_NOT_RECEIVED = re(
  rx`[;,]\s*(?:but |and )?(?:we|the company|the app)\s+` +
    rx`${DENYING_AUXILIARY}\s+(?:\w+ly\s+)?` +
    rx`(?:collect|receive|obtain|see|access|get)\w*\s+(?:(?:or|and)\s+\w+\s+)?` +
    // The pronoun ends the clause: not a qualified denial ("we do not keep it longer than needed").
    rx`(?:a copy of\s+)?(?:it|them)\s*(?:[.;,]|$)`,
);
/** The reader using it: "you can use your fingerprint", "lets you use your face", "when you use …". */
// Also the act the key opens with: "you can unlock the app with Face ID", "sign in using your fingerprint".
const READER_USES_BEFORE = re(
  rx`\b(?:(?:you (?:can |may |choose to |want to )?|to )use (?:your |their )?` +
    rx`|(?:unlock|sign in|log in|authenticate)\w*(?: [\w-]+){0,3} (?:with|using|via|by) (?:your |their )?)$`,
);

/**
 * "We may offer fingerprint sign-in, but we do not collect your fingerprint", "Our app lets you use your
 * fingerprint to log in; we never obtain a copy of it": beside a denial that the company gets the data, the
 * reader's own way in (the device checks it) claims nothing more; the sentence is the denial.
 */
function keysBesideDenial<T extends { mention: Mention; stance: MentionStance }>(sentence: string, list: T[]): T[] {
  const isKey = (x: T) =>
    affirmsIt(x.stance) &&
    (KEY_AFTER.test(charsAfter(sentence, x.mention.end, 16)) ||
      // So is the machine that reads the body, as what denies: "Our biometric time clocks do not store fingerprints".
      READER_MACHINE_AFTER.test(charsAfter(sentence, x.mention.end, 24)) ||
      READER_USES_BEFORE.test(charsBefore(sentence, x.mention.start, 30)));
  if (list.some((x) => deniesIt(x.stance))) return list.filter((x) => !isKey(x));
  // Denied by a pronoun in a later clause: "…; we never obtain a copy of it".
  const keys = list.filter(isKey);
  if (keys.length === 0 || keys.length < list.length) return list;
  const lastKeyEnd = keys[keys.length - 1]!.mention.end;
  const after = charsAfter(sentence, lastKeyEnd, 160);
  return PRONOUN_NOT_RECEIVED.test(after) ? list.map((x) => ({ ...x, stance: 'denied' as MentionStance })) : list;
}

/** The device's own biometric sign-in by name, or one the sentence gives to the reader's device. */
const DEVICE_KEY_NAME = /^(?:face id|touch id|windows hello)$/i;
const DEVICE_OWNED_BEFORE = re(rx`\byour (?:device|phone|smartphone|computer|tablet)['’]s (?:[\w-]+ ){0,2}$`);
const SENT_TO_US = gated(
  rx`\b(?:sent|uploaded|transmitted|transferred|shared|stored|saved|kept)\b[^.;]{0,40}\b(?:to|with|on|by) (?:us|our)\b` +
    rx`|\bwe (?:also |then )?(?:collect|receive|store|keep|process)\b`,
);
/** Read once per sentence, not once per mention (a hostile sentence holds thousands). */
const sentToUs = oncePerSentence((sentence) => SENT_TO_US.test(sentence));
/** Used to get in: "…, to sign in to the app", "… to unlock saved passwords". */
const TO_GET_IN_AFTER = re(rx`^[^.;]{0,70}?\bto (?:sign ?in|log ?in|unlock|authenticate)\b`);
/**
 * The reader signing in with their device's own biometrics ("You can use your device's biometric authentication,
 * such as Touch ID or Face ID, to sign in"): the device checks it, and a sentence that says so, or says only that
 * the device handles it, claims nothing of the company's. What the company is said to get or not get stands.
 */
function isDeviceKey(sentence: string, x: { mention: Mention; stance: MentionStance }): boolean {
  // Denied (also "unless…") or no claim: nothing the device checks.
  if (/^(?:denied|none)/.test(x.stance)) return false;
  // A key is a body's trait, not where the phone is ("uses your phone's location to unlock the door").
  if (x.mention.type.startsWith('location')) return false;
  const { start, end, text } = x.mention;
  // Not one sent to the company: "Your device's face scan is uploaded to our servers to authenticate you".
  if (sentToUs(sentence)) return false;
  // The device's own by name, whatever it is used for: "The app supports Face ID for convenient login".
  if (DEVICE_KEY_NAME.test(text) && getsIn(sentence)) return true;
  const after = charsAfter(sentence, end, 84);
  // Else an unlock by name ("fingerprint and face unlock", "biometric unlock"), a key used only to unlock ("biometric
  // authentication is used to unlock the app"), or the device's own used to get in. Not a trait the company maps to
  // let the reader in ("we build a map of your face to unlock the app").
  // (An unlock's data is data: "Face Unlock data is stored in our cloud".)
  return (/^[ -]?unlock/i.test(after) || UNLOCK_NAME.test(text)) && !/^(?:[ -]?unlock)?\s*(?:data|information|templates?)\b/i.test(after) ||
    (KEY_AFTER.test(after) && /^[^.;]{0,70}?\bto unlock\b/i.test(after)) ||
    (DEVICE_OWNED_BEFORE.test(charsBefore(sentence, start, 40)) && (TO_GET_IN_AFTER.test(after) || KEY_AFTER.test(after)));
}
const UNLOCK_NAME = /\bunlock$/i;
const GET_IN = re(rx`\b(?:unlock|log ?(?:in|on)|login|sign[ -]?(?:in|on)|authenticat)|\bon your (?:iphone|ipad|device|phone|mac)\b`);
/** Read once per sentence, not once per mention (a hostile sentence holds thousands of "Face ID"). */
const getsIn = oncePerSentence((sentence) => GET_IN.test(sentence));

/** A picture named right after a mention: "a fingerprint image", "face photos" (a form of the data, not another kind). */
const PICTURE_AFTER = re(rx`^[ -]?(?:images?|pictures?|photo(?:graph)?s?)\b`);
/** Keeping denied right before a mention: "does not retain your pronunciation recordings". */
const KEEPING_DENIED_BEFORE = re(rx`(?:\bnot|\bnever|n't)\s+(?:\w+ly\s+)?(?:store|keep|retain|save)s?\s+(?:[\w-]+\s+){0,3}$`);

/** An exception or a contrast between two mentions. */
const EXCEPTION_BETWEEN = re(rx`\b(?:other than|except|besides|apart from|more than|rather than|instead of)\b|, not\b`);
/** Data pointed back at: "such data", "this information". */
const POINTED_BACK = re(rx`^(?:such|this|these|that|the) (?:data|information|processing)\b`);
/** Words that except, condition or turn a list: "…, unless you opt in". */
const EXCEPTS_OR_TURNS = re(rx`\b(?:unless|except|without|other than|if|instead|but|only)\b`);
/** "no biometric data other than the fingerprint template": an exception divides one clause into two claims. */
function exceptionBetween(sentence: string, first: Mention, second: Mention): boolean {
  const [a, b] = first.start < second.start ? [first, second] : [second, first];
  // A bounded window: an exception stands right between the two (and the cost per mention stays constant).
  if (b.start - a.end > 200) return false;
  // A contrast does too: "only the text of your spoken request, not the audio, is sent", "…rather than the audio".
  return EXCEPTION_BETWEEN.test(sentence.slice(a.end, b.start));
}

/** The same claim denied (a second claim of the sentence for another scope, clause or mention): no conditions. */
function deniedCopy(practice: SentencePractice, changes: Partial<SentencePractice> = {}): SentencePractice {
  const denial: SentencePractice = { ...practice, stance: 'denied', conditions: [], ...changes };
  delete denial.conditional;
  return denial;
}

/** The index of the clause a mention starts in (binary search over the clauses, which are in order). */
function clauseIndexOf(clauses: Clause[], m: Mention): number {
  return Math.max(0, countAtOrBefore(clauses, (c) => c.start, m.start) - 1);
}

/**
 * A clause after an affirmed mention that carves one region out: a relative or parenthetical clause naming a
 * region with a negation ("…, where we do not…", "(not for users in the EEA)"), or "except in/for <region>".
 */
const CARVE_OUT = re(
  rx`(?:,|\(|;|\s[—–]\s|\bbut\b)\s*((?:except|other than|excluding|save)\s+(?:in|for|where|when)?\b[^.;)]{0,80}` +
    rx`|[^.;)]{0,60}?(?:\b(?:not|never|no)|n't)\b[^.;)]{0,80}` +
    ')',
);
function regionalDenial(sentence: string, from: number): RegionScope | undefined {
  const m = CARVE_OUT.exec(charsAfter(sentence, from, 300));
  if (!m) return undefined;
  // A list's hedge is no negation: "…the laws including, but not limited to, the Illinois Act".
  const part = m[1]!.replace(/\bnot (?:be )?limited to\b/gi, ' ');
  if (!/^(?:except|other than|excluding|save)\b/i.test(part) && !/\b(?:not|never|no)\b|n't\b/i.test(part)) return undefined;
  const id = regionNamedIn(part, { statement: true });
  if (id === undefined) return undefined;
  // The negation must be about processing or an exception, not a further action ("we do not sell it in the US").
  const exception = /^(?:except|other than|excluding|save)\b/i.test(part);
  if (!exception && /\b(?:sell|share|disclose|rent|trade|transfer)\w*\b/i.test(part)) return undefined;
  return scopeOfRegion(id);
}

/**
 * "Such data does not leave your device": a sentence with no mention of its own that keeps the previous
 * sentence's data on the device denies that the company receives it.
 */
export function refersBackOnDevice(sentence: string): boolean {
  return POINTED_BACK.test(sentence) && staysOnDevice(sentence.replace(/[’‘]/g, "'"));
}

/**
 * "We do not collect this category.": a sentence with no mention of its own that denies processing data named back
 * ("it", "this category", "such information"). After a label, it answers the label.
 */
export function deniesNamedBack(sentence: string): boolean {
  const s = normalizeSentence(sentence);
  // "We do not collect this category unless you turn on …" affirms on a condition (LABELS.md): no answer "no".
  return PRONOUN_DENIAL.test(s) && !/\b(?:unless|except|without your|until)\b/i.test(s);
}

/** Turns a label's affirmed practice into a denial (the next sentence answered it "no"). */
export function denyLabel(practice: SentencePractice): void {
  if (practice.stance !== 'affirmed') return;
  practice.stance = 'denied';
  practice.conditions = [];
  delete practice.conditional;
}

/** Turns an affirmed practice into a denial (for a following on-device sentence). */
export function denyBack(practice: SentencePractice): void {
  if (practice.stance !== 'affirmed') return;
  denyLabel(practice);
  practice.flow = 'on-device';
}

/**
 * The words of a practice, each span once: two terms of one type can match the same words ("approximate
 * location" is both an approximate-location term and an approximate-word one), and each span is one highlight.
 */
function evidenceOf(mentions: readonly Mention[]): SentencePractice['evidence'] {
  const evidence: SentencePractice['evidence'] = [];
  for (const m of mentions) {
    if (!evidence.some((e) => e.start === m.start && e.end === m.end)) {
      evidence.push({ text: m.text, start: m.start, end: m.end });
    }
  }
  return evidence;
}

/**
 * A question about a practice answered by the next sentence ("Do we use facial recognition? No."): the answer
 * decides as a table's answer does. Only questions about processing ("Do we sell your location? No." denies a
 * further act only, which is no label) and only plain answers (yes, no, "we don't", "we never").
 */
const PLAIN_ANSWER = re(
  // "Only when you are using it.": yes, on that condition.
  rx`^\W*(?:(no|nope|never|absolutely not|not at all)\b|(yes)\b|we (?:do not|don't|never|will not|won't|have never)\b` +
    rx`|(we (?:do|may|will|can)\b|only (?:when|if|while|with|after)\b)(?! not))`,
);
// Questions about a further act, about the reader's needs or other people ("Can other users see my location?",
// "Do I need to allow microphone access?"), or about keeping only, are not about the company collecting.
const FURTHER_ONLY_QUESTION = re(
  rx`\b(?:sell|sold|share|shared|disclose|rent|trade|transfer|need|required?|have to|without|other users` +
    rx`|employers?|see|stored?|kept|keep|retain\w*|work)\b`,
);
/** A receiver the device lacks, just before its name: "has no GPS", "do not contain GPS receivers". */
const LACKS_RECEIVER = re(rx`\b(?:(?:has|have|with|contains?) no|(?:does|do)(?: not|n't) (?:have|contain)(?: a| any)?) (?:built-in |internal )?$`);
/** The receiver itself, not its data ("GPS location" is data a policy may list as not included). */
const RECEIVER = re(rx`^gps(?: (?:receivers?|chips?|sensors?|modules?))?$`);
export function answeredQuestion(
  question: string, answer: string, context: SentenceContext,
): SentencePractice[] {
  const q = normalizeSentence(question);
  if (!endsWithQuestion(q) || FURTHER_ONLY_QUESTION.test(q)) return [];
  const m = PLAIN_ANSWER.exec(normalizeSentence(answer));
  if (!m) return [];
  return answeredLabel(q, m[2] !== undefined || m[3] !== undefined ? 'yes' : 'no', context);
}

/** A category label answered yes or no: one practice per type it names, affirmed or denied. */
function answeredLabel(label: string, answer: TableAnswer, context: SentenceContext): SentencePractice[] {
  const byType = new Map<DataType, Mention[]>();
  for (const m of findMentions(label)) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
  if (byType.has(LOCATION) && (byType.has(PRECISE) || byType.has(APPROXIMATE))) {
    byType.delete(LOCATION);
  }
  // "Biometric information (face geometry, …) — Collected: Yes" names face data (LABELS.md: the named kind).
  const named = [...byType].some(([t, ms]) => identifiable(t) && ms.some((m) => m.term.identifier));
  if (named && byType.get('biometric')?.every((m) => m.term.generic) && !GENERIC_KEPT.test(label)) {
    byType.delete('biometric');
  }
  return [...byType].map(([type, mentions]) => {
    const practice: SentencePractice = {
      type,
      stance: answer === 'yes' ? 'affirmed' : 'denied',
      conditions: [],
      action: 'collect',
      modality: 'will',
      actor: 'first-party',
      purposes: [],
      evidence: evidenceOf(mentions),
    };
    if (identifiable(type)) practice.identifier = mentions.some((m) => m.term.identifier === true);
    if (context.scope) practice.scope = context.scope;
    return practice;
  });
}
