import {
  answeredQuestion,
  classifySentence,
  deniesNamedBack,
  DENIAL_LEAD,
  denyBack,
  LEADING_CONNECTIVE,
  denyLabel,
  refersBackOnDevice,
  type SentenceContext,
} from './classify';
import { endsWithQuestion, isVerblessLabel, LIST_MARKER } from './claim';
import { foldCompatibility, type Folded } from './fold';
import { DENIES_SENDING, deniesReceipt, onlyResultReaches, SCOPED_DENIAL, TIME_SCOPED, whereLeft } from './flow';
import { EVERY_KIND, findMentions, isCandidate } from './mentions';
import { splitSentences, type Span } from './sentences';
import { re, rx } from '../text/pattern';
import type { SentencePractice } from './types';

/**
 * The two per-sentence passes: the cheap trigger test and the language pass. A caller may wrap them (the
 * history command memoises both across the thousands of versions of one document, which share most
 * sentences); `classify` must return fresh objects, since a later "such data stays on your device" sentence
 * rewrites them in place.
 */
export interface SentencePasses {
  isCandidate: (sentence: string) => boolean;
  classify: (sentence: string, context: SentenceContext) => SentencePractice[];
}
export const SENTENCE_PASSES: SentencePasses = { isCandidate, classify: classifySentence };

export interface ClassifiedSentence {
  span: Span;
  practices: SentencePractice[];
}

/** A question asking what a term is: "What is biometric information?", "What does precise location mean?". */
const WHAT_IS_QUESTION = re(rx`^\W*what (?:is|are|does|do) (?:an? |the )?[^?]{1,60}\?\W*$`);
/** An answer that says what it is, with the term as a pronoun. */
const ANSWER_DEFINES = re(rx`^\W*(?:it|this|they|these|that)\s+(?:is|are|includes?|means|refers? to|covers?|consists? of)\b`);

/**
 * A lead-in that denies collecting what its list will name: "We do not collect:", "The App does not:", "What we don't
 * collect". Only a subject, a negated auxiliary and a verb of collecting (or none): not one that excepts or sets a
 * condition ("…other than:", "…without consent:", "If you don't want us to collect:"), nor one of another act
 * ("We do not sell:", "We don't keep:", "You do not need to provide:").
 */
// Whoever does not: "What Acme does not collect:".
const DENYING_LEAD = re(
  rx`^\W*(?:${DENIAL_LEAD} ?:|(?:what|data|information) [\w-]+ (?:do not|don't|does not|doesn't|never) (?:collect|access|track|record)\W*)$`,
);
/** An item that says its own stance: a clause, an exception, or a further act. */
const OWN_STANCE_ITEM = re(rx`\b(?:we|is|are|except|unless|if|when|only|sell|share|disclose|transfer|keep|store)\b`);
/** A line that is a clause of its own (a subject or a finite verb), not a list's item: "We may use it to…". */
const CLAUSE_OF_ITS_OWN = re(rx`\b(?:we|us|our|you|they|it|is|are|was|were|will|may|can|do|does|has|have|helps?|needs?|needed|however|instead|but|note)\b`);
/**
 * A recording the sentence does not say is of another medium: "Recordings are kept for 90 days", "the recording
 * will be made available". Not a verb ("when recording your attendance"), one of something named, nor its measure ("the
 * time of the recording").
 */
const BARE_RECORDING = re(
  // The word first, what stands around it after: the look-arounds are tried only where it matched.
  rx`\brecording(?:s|(?<=\b(?:the|a|this|each|any|your|such) recording))\b(?<!\b(?:time|date|duration|length) of (?:the |a |each )?recordings?)` +
    rx`(?![- /](?:of|process|metadata|device)\b)`,
  'gi',
);
/** Words of another medium, with which a bare recording may be a video's or a web session's. */
const OTHER_MEDIUM = re(rx`\b(?:video|cctv|cameras?|footage|screens?|images?|session recordings?|dashcams?|doorbells?|surveillance|studios?)\b`);

/** Whether a heading denies collecting what its section lists: "What we never collect", "3. Data we do not collect". */
export function headingDenies(heading: string): boolean {
  return heading.length < 160 && DENYING_LEAD.test(heading.replace(/[’‘]/g, "'").replace(/^\W*\d+(?:\.\d+)*\.?\s+/, ''));
}

/** Reads sentences one at a time, in document order (`sentenceReader`): `read` each, then `candidates` counts. */
export interface SentenceReader {
  /** How many sentences reached the language pass. */
  candidates: number;
  /** The sentence's claims as a new result, or undefined (none, or it only changed the previous result). */
  read(text: string, span: Span, context: SentenceContext): ClassifiedSentence | undefined;
}

/**
 * Classifies sentences one at a time, in document order. The cheap pass (one compiled trigger pattern) skips
 * sentences that mention no data type; only candidates reach the language pass. A sentence that keeps "such
 * data" on the device turns the previous sentence's claims into denials, so the reader keeps that one sentence.
 * Its state is in closures, not properties: the minifier renames locals.
 */
export function sentenceReader(passes: SentencePasses = SENTENCE_PASSES): SentenceReader {
  /**
   * The last sentence's result, its text (as read), whether it was a verbless label (a category's name), and where it
   * left the data (flow.ts `whereLeft`). What else the next sentence asks of it is read from its text then.
   */
  let previous: (ClassifiedSentence & { text: string; label: boolean; left: 'kept' | 'nowhere' | undefined }) | undefined;
  /** A question naming data, kept for one sentence: the next may answer it ("…? No."). */
  let question: { sentence: string; span: Span; context: SentenceContext; folded?: Folded; raw: string } | undefined;
  /** Under a lead-in that denies ("We do not collect:"), until the list ends: its items are denials. */
  let denyingList = false;
  /** The document has named recordings of the voice ("call recording"): its bare "recordings" are those. */
  let spoken = false;
  const reader: SentenceReader = {
    candidates: 0,
    read(text, span, context) {
      const raw = text.slice(span.start, span.end);
      const folded = foldCompatibility(raw);
      const plain = folded ? folded.text : raw;
      // Read with a word that names speech in their place, of the same length so that offsets hold.
      // The medium last named is the recordings': a sentence naming another one ends the reading until voice
      // recordings are named again.
      if (spoken && OTHER_MEDIUM.test(plain)) spoken = false;
      const sentence =
        spoken && plain.includes('ecording') ? plain.replace(BARE_RECORDING, (w) => (w[0] === 'R' ? 'U' : 'u') + 'tterance' + w.slice(9)) : plain;
      const asked = question;
      question = undefined;
      const marked = context.line === 'list-item' || LIST_MARKER.test(sentence);
      // Under a heading that denies, only its list's items; after a lead-in in plain text, a line that is no clause.
      const item = marked || (denyingList && !context.line && !CLAUSE_OF_ITS_OWN.test(sentence));
      // An item that is a clause of its own, excepts, or names a further act says its own stance: "- We collect your
      // location but never sell it", "- precise location, except when you use the store finder", "- sell your data".
      const denied = (denyingList || (context.underDenial === true && marked)) && item && !OWN_STANCE_ITEM.test(sentence);
      // A lead-in is short, and ends with a colon or opens as a heading: only those are read for one (a cheap test first).
      denyingList =
        (denyingList && item) ||
        (sentence.length < 160 &&
          (sentence.trimEnd().endsWith(':') || /^\W*(?:what|data|information) we\b/i.test(sentence)) &&
          // Past a leading connective too: "In addition, we do not collect:".
          DENYING_LEAD.test(sentence.replace(/[’‘*]/g, (c) => (c === '*' ? '' : "'")).replace(LEADING_CONNECTIVE, '')));
      const candidate = passes.isCandidate(sentence);
      // Only an answer that names no data itself ("No.", "We don't make them."); an answer with its own claims
      // ("No, but we record your voice commands") is read as a sentence of its own.
      if (asked && !candidate) {
        const answered = answeredQuestion(asked.sentence, sentence, asked.context);
        if (answered.length > 0) {
          previous = undefined;
          return { span: asked.span, practices: unfolded(answered, asked.raw, asked.folded) };
        }
      }
      if (!candidate) {
        // Or names it back by a pronoun and denies it is sent, after a sentence in which the company does not act on it:
        // "Call audio travels between the two phones. It is never routed through or stored on our servers."
        // Only after a sentence that does not keep it on servers or upload it ("…are stored on AWS servers"),
        // with the pronoun the data's (not the app's: "It does not send push notifications") and out of any scope
        // ("…while you are on a cellular connection", "…unless you turn on backup", "…to data brokers").
        if (
          previous &&
          (refersBackOnDevice(sentence) ||
            (!FIRST_PERSON.test(previous.text) && !ON_SERVERS.test(previous.text) && !TIME_SCOPED.test(sentence) &&
              ((BACK_PRONOUN.test(sentence) && DENIES_SENDING.test(sentence)) ||
                // Or says only a result reaches the company, or that it never gets the data named back: "Your fingerprint
                // is checked by the lock. We never see it.", "The app scores your voice on the phone. Only the score is
                // sent to us."
                onlyResultReaches(sentence) || WE_NEVER_GET_IT.test(sentence))))
        ) {
          previous.practices.forEach(denyBack);
        }
        // A category's label, then "We do not collect this category.": the answer is no.
        else if (previous?.label && deniesNamedBack(sentence)) previous.practices.forEach(denyLabel);
        previous = undefined;
        return undefined;
      }
      // The answer to "What is precise location?" defines the term: "It is your device's exact position…".
      if (asked && WHAT_IS_QUESTION.test(asked.sentence) && ANSWER_DEFINES.test(sentence)) {
        previous = undefined;
        return undefined;
      }
      reader.candidates++;
      let practices = unfolded(passes.classify(plain, context), raw, folded);
      // The recordings read as speech only where the sentence as written names no voice ("No recordings are made"
      // keeps its own reading).
      if (sentence !== plain && !practices.some((p) => p.type === 'voice')) {
        practices = unfolded(passes.classify(sentence, context), raw, folded);
        for (const p of practices) p.evidence.forEach((e) => (e.text = raw.slice(e.start, e.end)));
      }
      if (denied) practices.forEach(denyLabel);
      // Until one names them, a sentence with "record" in it is asked (its mentions found once more: a few sentences).
      // "Calls may be monitored or recorded" names the calls; the verb is the sentence's.
      // Not after a denial ("We do not record calls."): what recordings a later sentence means is not said.
      spoken ||= /record/i.test(plain) && !practices.some((p) => p.stance === 'denied') && findMentions(plain).some((m) => m.type === 'voice');
      if (practices.length === 0 && endsWithQuestion(sentence)) question = { sentence, span, context, folded, raw };
      if (practices.length === 0 && previous && refersBackOnDevice(sentence)) {
        previous.practices.forEach(denyBack);
        return undefined;
      }
      // Data flow over two sentences: one keeps the data on the device, or uses it and moves it nowhere, the one beside
      // it denies the company gets it ("Recordings are stored locally on your device. We do not access or transmit audio
      // data.", "We never upload your voice. Speech is processed in real time and discarded."): the device's alone.
      const left = practices.some((p) => p.stance === 'affirmed') ? whereLeft(plain) : undefined;
      if (previous && (left || previous.left)) {
        const [keeping, denying, how, denial] = left
          ? [practices, previous.practices, left, previous.text]
          : [previous.practices, practices, previous.left!, plain];
        if ((how === 'kept' || DENIES_SENDING.test(denial) || deniesReceipt(denial)) && !SCOPED_DENIAL.test(denial)) {
          for (const p of keeping) if (denying.some((q) => q.stance === 'denied' && covers(q, p))) denyBack(p);
        }
      }
      const entry = { span, practices };
      previous = practices.length > 0 ? { ...entry, text: plain, label: isVerblessLabel(sentence), left } : undefined;
      return practices.length > 0 ? entry : undefined;
    },
  };
  return reader;
}

/** A sentence opening with a pronoun that names the last sentence's data back. */
// The data's own verb: a passive, or leaving or reaching ("It never leaves the phone"), not the app's act ("It does
// not send…").
const BACK_PRONOUN = re(
  rx`^\W*(?:it|they|this|these)\b(?=[^.;]{0,40}?\b` +
    rx`(?:(?:is|are|was|were|be|been|gets?)\b[^.;]{0,60}?\b(?:uploaded|transmitted|sent|routed|shared|synced)\b|(?:leav|reach|travel|pass)\w*))`,
);
const FIRST_PERSON = /\b(?:we|us|our|the company)\b/i;
/** The data kept on servers or uploaded: the company has it, whatever a pronoun after denies. */
const ON_SERVERS = re(rx`\b(?:servers?|cloud|upload(?:s|ed|ing)?)\b`);
/** The company never getting what the last sentence named, by a pronoun: "We never see it", "We cannot access them". */
const WE_NEVER_GET_IT = re(
  rx`^\W*(?:we|i|the company) (?:(?:never|do not|don't|cannot|can't|will not|won't)(?: \w+ly)? ` +
    rx`(?:see|receive|get|access|have access to|collect|obtain|hear)|have no access to)\b[^.;]{0,30}?\b(?:it|them|this|that|these)\b`,
);
/**
 * Whether denial `q` covers claim `p`: the same type (a bare "location" denial covers the precise and the approximate,
 * not the other way round), and not a denial of identifiers only ("voiceprints") for recordings.
 */
const covers = (q: SentencePractice, p: SentencePractice) =>
  (q.type === p.type || (q.type === 'location' && p.type.startsWith('location.'))) && !(q.identifier && !p.identifier);

/** Evidence found in a folded sentence, pointed back at the sentence as written. */
function unfolded(practices: SentencePractice[], raw: string, folded: Folded | undefined): SentencePractice[] {
  if (!folded) return practices;
  for (const p of practices) {
    p.evidence = p.evidence.map((e) => {
      const start = folded.startAt(e.start);
      const end = folded.endAt(e.end);
      return { text: raw.slice(start, end), start, end };
    });
  }
  return practices;
}

export function classifySpans(
  text: string,
  spans: Span[],
  contextOf: (span: Span) => SentenceContext = () => ({}),
  passes: SentencePasses = SENTENCE_PASSES,
): {
  results: ClassifiedSentence[];
  candidates: number;
} {
  const reader = sentenceReader(passes);
  const results: ClassifiedSentence[] = [];
  for (const span of spans) {
    const entry = reader.read(text, span, contextOf(span));
    if (entry) results.push(entry);
  }
  return { results, candidates: reader.candidates };
}

/**
 * Classifies a short text on its own (one sentence or a short passage): its sentences' claims, one per data
 * type, an affirmation in any sentence outweighing a denial in another; a sentence that affirms in one region
 * and denies in another keeps both.
 */
export function classifyText(text: string, context: SentenceContext = {}): SentencePractice[] {
  const byType = new Map<string, SentencePractice>();
  /**
   * Generic location claims a stated precision elsewhere does not replace: denials of every kind ("of any kind, whether
   * from…"), and those a sentence made beside a precision of the same stance (it kept them on purpose).
   */
  const kept = new Set<SentencePractice>();
  for (const { span, practices } of classifySpans(text, splitSentences(text), () => context).results) {
    const universal = EVERY_KIND.test(text.slice(span.start, span.end));
    for (const practice of practices) {
      const evidence = practice.evidence.map((e) => ({ ...e, start: e.start + span.start, end: e.end + span.start }));
      const shifted = { ...practice, evidence };
      // A sentence that affirms in one scope and denies in another keeps both (LABELS.md settled calls).
      const sameSentenceBoth = practices.some(
        (q) => q !== practice && q.type === practice.type && q.stance !== practice.stance,
      );
      if (sameSentenceBoth && practice.stance === 'denied') {
        byType.set(`${practice.type}|denied`, shifted);
        continue;
      }
      const existing = byType.get(practice.type);
      if (!existing || (existing.stance === 'denied' && practice.stance === 'affirmed')) {
        byType.set(practice.type, shifted);
        if (
          practice.type === 'location' &&
          ((universal && practice.stance === 'denied') ||
            practices.some((q) => q.type.startsWith('location.') && q.stance === practice.stance))
        ) {
          kept.add(shifted);
        }
      } else if (existing.stance === practice.stance) {
        existing.identifier = existing.identifier || practice.identifier;
        existing.conditional = existing.conditional || practice.conditional;
      }
    }
  }
  // A generic location claim adds nothing where another claim of the same stance states the precision.
  const stated = [...byType.values()].filter((p) => p.type === 'location.precise' || p.type === 'location.approximate');
  for (const key of ['location', 'location|denied']) {
    const generic = byType.get(key);
    if (generic && !kept.has(generic) && stated.some((p) => p.stance === generic.stance)) byType.delete(key);
  }
  return [...byType.values()];
}
