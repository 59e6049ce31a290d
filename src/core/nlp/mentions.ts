import type { DataType } from './types';
import { modifiedHead, modifiesAnOffering } from './head';
import { normalizeSentence } from './normalize';
import { isAddressPart, isAreaInPlacePhrase, ofPremises, readingOfLocation } from './place';
import { AREA_WORD, COARSENED, TRAPS, TYPE_TERMS, type TypeTerm } from './vocabulary';
import { literalIndex } from '../text/literal-index';
import { topAlternatives } from '../text/alternatives';
import { cased, charsAfter, charsBefore, re, rx } from '../text/pattern';
import { EG } from './abbreviations';
import { requiredLiterals, withoutRedundant } from '../text/required-literals';
import { oncePerSentence } from './acts';

export interface Mention {
  term: TypeTerm;
  type: DataType;
  start: number;
  end: number;
  text: string;
}

/**
 * Patterns come in two compilations: case-sensitive, run on the lower-cased sentence (about twice as fast in
 * V8 as a case-insensitive scan, and the vocabulary has no upper-case literal: vocabulary.test.ts), and
 * case-insensitive, for the rare sentence whose lower-case form has another length (offsets must hold).
 */
const compiled = TYPE_TERMS.map((term) => ({
  term,
  lower: re(term.source, 'g'),
  re: re(term.source, 'gi'),
  gate: term.gate ? cased(term.gate) : undefined,
  heads: term.heads ? re(`^(?:${term.heads})$`) : undefined,
  // A term's top-level alternatives, each with its own literals in the scan: a sentence that holds the literals of
  // some runs those alternatives alone (`patternsOf`), the same matches for less work. A gated term's too, behind its
  // gate: the call-recording term's one pattern of a dozen alternatives cost ~7 µs a run on the largest policy.
  parts: topAlternatives(term.source),
  from: 0,
  // Each alternative compiled on first use, once: a pattern per set of alternatives held (51 of the voice term's on
  // the largest policy) was 30% of the regexp code V8 compiled there (too much of it stops V8 optimising: trace-barrier.ts).
  partRes: [] as RegExp[],
}));

/**
 * The patterns to run for term `i` on the lower-cased sentence whose alternatives' literals are `holds`, or
 * undefined when it cannot match: the term's own global, case-sensitive compilation when it may match by all of
 * its alternatives, else those it may match by, one pattern each (`eachMatchOfAny` reads them as their union).
 */
function patternsOf(i: number, holds: Uint8Array): RegExp[] | undefined {
  // The term's own set first (most sentences hold none), then its alternatives'.
  if (!holds[i]) return undefined;
  const c = compiled[i]!;
  const out: RegExp[] = [];
  c.parts.forEach((part, j) => {
    if (holds[c.from + j]) out.push((c.partRes[j] ??= re(part, 'g')));
  });
  return out.length === c.parts.length ? [c.lower] : out;
}

/**
 * Plain words one of which every match of a term holds (required-literals.ts): a scan for them dismisses a
 * sentence before the term's own pattern runs, with the answers the patterns alone give. `held` answers, in one
 * scan of the lower-cased sentence, which terms' literals it holds (literal-index.ts); `trapsHeld` the same of
 * the traps.
 */
interface Prefilter {
  /** Per term, its literals (a gated term without literals of its own: its gate's); undefined for none. */
  termSets: (readonly string[] | undefined)[];
  /** Per term: 1 where the sentence holds one of its literals or it has none. */
  held: (folded: string) => Uint8Array;
  /** The answer `held` shares among texts that hold no literal at all, when no set is always held. */
  heldByNone: Uint8Array | undefined;
  /** The same per trap, asked only of candidates (every sentence pays for the terms' scan, not for this one). */
  trapsHeld: (folded: string) => Uint8Array;
}
let prefilter: Prefilter | undefined;

/**
 * Built on first use rather than at import: reading the patterns costs some tens of milliseconds in a cold
 * process, which a page that is not analysed should not pay.
 */
function prefilterOf(): Prefilter {
  if (prefilter) return prefilter;
  const own = TYPE_TERMS.map((t) => requiredLiterals(t.source));
  // A gated term matches only where its gate does, so its gate's literals will do when it has none of its own.
  const termSets = TYPE_TERMS.map((t, i) => own[i] ?? (t.gate ? requiredLiterals(t.gate) : undefined));
  // After the terms' sets, one per alternative of each term, in order (a gated term's one part has the term's set).
  const partSets = [...termSets];
  compiled.forEach((c, i) => {
    c.from = partSets.length;
    for (const part of c.parts) partSets.push(c.parts.length > 1 ? requiredLiterals(part) : termSets[i]);
  });
  const index = literalIndex(partSets);
  const empty = index('');
  prefilter = {
    termSets,
    // Only where every set has literals: a set without any is held by every text, the empty one too.
    heldByNone: empty.some((x) => x === 1) ? undefined : empty,
    // Asked by isCandidate, then by findMentions of the same sentence: read once.
    held: oncePerSentence(index),
    trapsHeld: literalIndex(Object.values(TRAPS).map((source) => requiredLiterals(source))),
  };
  return prefilter;
}

/**
 * The terms' literals as the shortest list with the same reach ("face" makes "face geometry" redundant), for
 * tests and the bench; undefined when a term requires none (then no sentence can be dismissed).
 */
export function termLiterals(): readonly string[] | undefined {
  const { termSets } = prefilterOf();
  return termSets.every((l) => l) ? withoutRedundant(termSets.flatMap((l) => l!)) : undefined;
}

/**
 * The cheap pass: does the sentence hold any data term? Most sentences hold none of the terms' literals and
 * are dismissed by one scan for plain words; in the rest only the terms whose literals they hold are tried, a
 * gated term behind its gate. The answer is the one the patterns alone give: the literals only dismiss what
 * no pattern can match.
 */
export function isCandidate(raw: string): boolean {
  const sentence = normalizeSentence(raw).toLowerCase();
  const { held, heldByNone } = prefilterOf();
  const holds = held(sentence);
  // The answer shared by every text that holds no literal (literal-index.ts): no term can match it.
  if (holds === heldByNone) return false;
  // Each term whose literals the sentence holds, tried on its own: most sentences hold none, and the rest
  // mostly one or two terms' (one pattern of all the terms would try every term at every position).
  for (let i = 0; i < compiled.length; i++) {
    const patterns = patternsOf(i, holds);
    if (!patterns) continue;
    const gate = compiled[i]!.gate;
    if (gate && !gate.test(sentence)) continue;
    for (const p of patterns) {
      p.lastIndex = 0;
      if (p.test(sentence)) return true;
    }
  }
  return false;
}
// Each trap on its own: one alternation would let an earlier trap's match hide an overlapping later one.
const trapRes = Object.values(TRAPS).map((source) => ({ lower: re(source, 'g'), re: re(source, 'gi') }));

/**
 * Every trigger as plain patterns (the bench's regex-scan floor; the cheap pass uses `isCandidate`): one per family,
 * face and voice, and biometrics and location. One pattern of all of them grew past what V8 compiles to native code
 * and ran ~30× slower, interpreted, which made the floor a measure of V8's limits instead of a regex scan.
 */
// Marked pure: the analyzer never reads it, so the shipped module drops it (and the two patterns it compiled on load).
export const TRIGGER_RES: RegExp[] = /* @__PURE__ */ [
  TYPE_TERMS.filter((t) => t.type === 'face' || t.type === 'voice'),
  TYPE_TERMS.filter((t) => t.type !== 'face' && t.type !== 'voice'),
].map((terms) => re(terms.map((t) => `(?:${t.source})`).join('|')));
/** Whether any trigger matches (the floor's test of a sentence). */
export const anyTrigger = (s: string) => TRIGGER_RES.some((re) => re.test(s));

/** The rest of a registered name after a capitalised word: more such words, then its legal form. */
// South Africa's and Australia's form too: "… (Pty) Ltd".
/** A list of another thing's fields, or its hours, just before a bare "location" (see findMentions). */
const ENTITY = rx`(?:organi[sz]ation|event|church|branch|store|shop|business|company|venue|group|team|club|listing|property` +
  rx`|school|office|facility|restaurant|hotel|job|vacancy|course|class|appointment)`;
// Read only on a window of 160 characters before the word: the unanchored tail is quadratic on a whole sentence.
// The entity heads its record ("Club details:", "event data (") and no reader's possessive follows it.
const ENTITY_RECORD_BEFORE = re(
  // Plural too: "the organisations: location", "appointments (date, doctor, location…)".
  // Not a run-in heading before a clause of the company's: "Events: we use location to recommend events near you".
  rx`\b${ENTITY}(?:s|'s)?\s*(?:information|info|data|details|profiles?|records?)?\s*[:(](?:(?!\b(?:your|we)\b)[^.;:()])*$` +
    rx`|\b${ENTITY}(?:e?s|'s)? (?:hours|address|name|phone number)(?:,? (?:and|&) )$`,
);
/**
 * Heads that make a data word a modifier of something said about its feature, or of a device's capability for it
 * ("fingerprint capability", "location hardware"), not the data.
 */
const MEASURE_OR_CONTROL_HEAD = re(rx`^(?:participation|duration|length|settings?|preferences?|toggles?|buttons?|icons?|availability|quality|volume|capabilit(?:y|ies)|compatibility|hardware)$`);
const LEGAL_NAME_END = cased(rx`^(?: [A-Z][\w&-]*){0,3},? (?:\((?:Pty|PTY)\) )?(?:Inc|INC|LLC|Ltd|LTD|Limited|GmbH|Corp|Corporation|plc|S\.A|Group|Labs)\b`);
/**
 * The rest of a product's name after a capitalised data word, capitalised words up to a product's head: "Location
 * Engine", "Fingerprint Lock", "GPS Map Camera", "Voice Clipboard". (Not a word that names the data: "Face Data".)
 */
const PRODUCT_NAME_END = cased(
  rx`^(?: [A-Z][\w-]*){0,2}? (?:[Aa]pps?|Engine|Lock|Clipboard|Recorder|Camera|Cam|Analy[sz]er|Bot|Safe|Tagger|Pro|Blur|Tracker` +
    rx`|Finder|Studio|Player|Changer|Editor|Translator|\x4beyboard|Lite|Plus|\x4bit|Hub|Pay|Launcher)\b` +
    // Or a name the text defines as its speaker: "Voice Match (“we,” “our,” or “the App”) respects your privacy".
    rx`|^(?: [A-Z][\w-]*){0,2} \(\s*["“'‘]?(?:[Ww]e|[Tt]he [Aa]pp|[Tt]he [Cc]ompany)\b`,
);
/** A capitalised word that ends a name, after another one mid-sentence: "…by Menieres Biometrics.". */
const NAME_WORD_BEFORE = cased(rx`\S\s+(?!(?:Your|Our|Their|The|This|These|Its|\x4dy|And|Or|Of|For|With|Any|All|Use|Collect)\b)[A-Z][\w&'-]* $`);
/** The company saying where it speaks from: "At Gait, we…", "At Location Labs, our…". */
const AT_COMPANY_WE = cased(rx`^\W*At (?:[A-Z][\w&'-]*\s){0,2}[A-Z][\w&'-]*,\s+(?:we|our)\b`);
/** Whether the capitalised mention at `start`..`end` is a word of the company's own name (see findMentions). */
function namesTheCompany(sentence: string, start: number, end: number): boolean {
  if (AT_COMPANY_WE.test(sentence) && sentence.indexOf(',') >= end) return true;
  // A plural that ends the name, with no word of data after it ("Menieres Biometrics data" is data).
  return /^[A-Z][a-z]+s$/.test(sentence.slice(start, end)) && NAME_WORD_BEFORE.test(charsBefore(sentence, start, 40)) &&
    !/^\s+(?:[A-Z]|(?:data|information|identifiers?|templates?|records?|samples?|scans?)\b)/.test(sentence.slice(end, end + 14));
}
/** The end of a name whose head is a document, a law or an office; the words before it capitalised, or a plural's "policy". */
const DOCUMENT_NAME_END = cased(
  rx`^(?:(?: (?:[A-Z][\w&'-]*|and|&|of|for|on))*? (?:Privacy )?(?:Policy|Notice|Statement|Procedure|Commissioner|Act|Laws)| polic(?:y|ies))\b`,
);

/** Words that make a location every kind: "of any kind", "of any precision", "not even from", "whether from". */
export const EVERY_KIND = re(rx`\b(?:of any (?:kind|sort|type|precision|form)|in any form|not even|whether from)\b`);

/** A listing phrase leading a match: "such as", "e.g.", "including". */
const LISTING_LEAD = re(rx`^(?:such|like|${EG}|incl)`, 'i');

/** Marks spans in a per-character map, so overlap checks cost the span's length, not the number of spans. */
function cover(length: number, spans: Iterable<{ start: number; end: number }>): Uint8Array {
  const map = new Uint8Array(length + 1);
  for (const s of spans) map.fill(1, s.start, s.end);
  return map;
}
const covered = (map: Uint8Array | undefined, s: { start: number; end: number }) => {
  if (!map) return false;
  for (let i = s.start; i < s.end; i++) if (map[i]) return true;
  return false;
};

/**
 * The matches of the alternation of global patterns, as the joined pattern gives them: each time the leftmost
 * next match of any, the earliest pattern's at a tie. A pattern's next match is kept while it starts at or after
 * where the last one ended (a search from there would find it again). Of one pattern, its matches as `matchAll`
 * gives them (an empty match moves on by one code unit), from `exec` on the pattern itself (`matchAll` copies it).
 */
export function eachMatchOfAny(res: RegExp[], text: string, visit: (at: number, match: string) => void): void {
  const next: (RegExpExecArray | null | undefined)[] = [];
  for (let from = 0; ; ) {
    let best: RegExpExecArray | undefined;
    res.forEach((r, j) => {
      let m = next[j];
      if (m === undefined || (m && m.index < from)) {
        r.lastIndex = from;
        m = next[j] = r.exec(text);
      }
      if (m && (!best || m.index < best.index)) best = m;
    });
    if (!best) return;
    visit(best.index, best[0]);
    from = best.index + (best[0].length || 1);
  }
}

/** Made coarse, right after a precise kind's words: ", rounded to two decimal places", " location is blurred to 1 km". */
const COARSENED_AFTER = re(
  rx`^[^.;,]{0,30}?,? (?:(?:are|is|will be|being|then|first) )?(?:${COARSENED}|blurred|obfuscated) (?:to|down)\b`,
);
const OF_AN_AREA = re(
  rx`^(?: and longitude)? of (?:the |your |a |each )?(?:(?:centre|center|middle) of (?:the |your |a )?)?${AREA_WORD}(?![\w-])`,
);
/** The data-type mentions in a sentence, traps removed, more specific mentions preferred. Linear in the sentence. */
export function findMentions(sentence: string): Mention[] {
  const folded = sentence.toLowerCase();
  const useLower = folded.length === sentence.length;
  const subject = useLower ? folded : sentence;
  const { held, trapsHeld } = prefilterOf();
  // The literals are read in the lower-cased text, which is what the patterns scan when the lengths agree.
  const holds = useLower ? held(folded) : undefined;
  const trapHolds = useLower ? trapsHeld(folded) : undefined;
  const trapSpans: { start: number; end: number }[] = [];
  trapRes.forEach((t, i) => {
    if (trapHolds && !trapHolds[i]) return;
    eachMatchOfAny([useLower ? t.lower : t.re], subject, (at, match) => trapSpans.push({ start: at, end: at + match.length }));
  });
  // Most sentences hold no trap: no map to build.
  const traps = trapSpans.length > 0 ? cover(sentence.length, trapSpans) : undefined;

  const found: Mention[] = [];
  for (let i = 0; i < compiled.length; i++) {
    const { term, re: insensitive, gate, heads } = compiled[i]!;
    if (gate && !gate.test(folded)) continue;
    const patterns = holds ? patternsOf(i, holds) : [insensitive];
    if (!patterns) continue;
    eachMatchOfAny(patterns, subject, (at, match) => {
      if (match.length === 0) return;
      const end = at + match.length;
      const mention = { term, type: term.type, start: at, end, text: sentence.slice(at, end) };
      if (covered(traps, mention) && !term.beatsTraps) return;
      // An area governed by a locative preposition is where something happens, not the user's area (place.ts).
      if (term.id === 'area-level' && !/level$/i.test(match) && isAreaInPlacePhrase(sentence, mention.start)) return;
      // So is an area after a participle there: "to improve services in a determined region" (not "we determined
      // your region").
      if (term.id === 'area-object' && /^[a-z]+(?:ed|ing) /i.test(match) && isAreaInPlacePhrase(sentence, mention.start)) return;
      // An area listed after "such as" may be an address's field: "shipping address (e.g., city, state)".
      if (term.id === 'approximate-location' && LISTING_LEAD.test(match)) {
        const area = /\b(?:city|country|region)\b/i.exec(match);
        if (area && isAddressPart(sentence, at + area.index)) return;
      }
      // A modifier of another noun names that noun ("audio call usage data", "biometric technology"): head.ts.
      if (heads) {
        const head = modifiedHead(sentence, mention.end);
        if (head !== undefined && !heads.test(head)) return;
      }
      // Nor a modifier of a measure or a control of the feature: "voice chat participation", "location settings",
      // "microphone volume", "voice quality" (what is said of the feature, not the data).
      if (heads === undefined && /^ [a-z]/i.test(sentence.slice(end, end + 2))) {
        const head = modifiedHead(sentence, end);
        if (head !== undefined && MEASURE_OR_CONTROL_HEAD.test(head)) return;
      }
      // Nor one of nouns coordinated before an offering: "voice, text, and data services" (head.ts).
      if (term.type === 'voice' && !/\s/.test(match) && modifiesAnOffering(sentence, end)) return;
      // A word of a company's registered name is no data: "Zoom Voice Communications, Inc." (capitals, then the
      // legal form; in the case as written, which the patterns above do not read).
      if (/^[A-Z]/.test(mention.text) && LEGAL_NAME_END.test(sentence.slice(end, end + 60))) return;
      // Nor the company by a name of its own that holds a data word: "…controlled by Menieres Biometrics", "At Gait, we
      // value your privacy" (capitals mid-sentence; not a defined term, "your Biometric Data", nor a name's own word
      // before data: "Acme Voice recordings").
      if (/^[A-Z]/.test(mention.text) && namesTheCompany(sentence, mention.start, end)) return;
      // Nor a word of a product's name: "Location Engine reserves the right…", "Voice Note Pro syncs your notes" (one
      // or two capitalised words, then the name's head).
      if (/^[A-Z][\w-]*(?: [A-Z][\w-]*)?$/.test(mention.text) && PRODUCT_NAME_END.test(sentence.slice(end, end + 40))) return;
      // Nor a word of a document's, a law's or an office's name: "this Wise Facial Scan Privacy Notice", "our Audio and Visual
      // Recording Policy", "the Biometrics and Surveillance Camera Commissioner", "a sample biometrics policy".
      if (DOCUMENT_NAME_END.test(sentence.slice(end, end + 80)) && /^[A-Z]|s$/.test(mention.text)) return;
      // A precise or approximate location of premises is a place: "the exact location of the nearest store".
      if (/locations?$/i.test(match) && term.id !== 'location' && ofPremises(sentence, end)) return;
      // A field of another thing's record, in a list led by that thing: "Organization information: organization name,
      // website, location", "event data (event title, date, time, location…)", "branch hours and location".
      if (term.id === 'location' && /^location(?: information)?$/i.test(match) && ENTITY_RECORD_BEFORE.test(charsBefore(sentence, mention.start, 160))) return;
      // The bare word "location" is data only in the user's noun phrase, not as a place (place.ts).
      if (
        term.id === 'location' &&
        /^location$/i.test(match) &&
        readingOfLocation(sentence, mention.start, mention.end) === 'place'
      ) {
        return;
      }
      // A precise kind made coarse right after it is not precise: "your GPS coordinates, rounded to two decimal places".
      // Nor a point of an area: "the latitude and longitude of the centre of your city" (vocabulary.ts: approximate).
      if (term.type === 'location.precise' && (COARSENED_AFTER.test(charsAfter(sentence, end, 60)) || OF_AN_AREA.test(charsAfter(sentence, end, 60)))) return;
      found.push(mention);
    });
  }
  // A generic location mention inside a face mention ("the location of your face") or inside a specific
  // location mention ("precise location") is that mention, not another one. The maps are built only when
  // there is a generic location mention or a face mention to look for.
  // Not a source given as one of every kind ("location information of any kind, whether from your browser or your
  // IP address"): the location is every kind, the source one of them.
  const specific = found.some((m) => m.term.id === 'location')
    ? cover(sentence.length, found.filter((m) => m.term.id !== 'location' && !EVERY_KIND.test(m.text)))
    : undefined;
  const faces = found.some((m) => m.type === 'face')
    ? cover(sentence.length, found.filter((m) => m.type === 'face'))
    : undefined;
  if (!specific && !faces) return found;
  return found.filter(
    (m) => !(m.term.id === 'location' && covered(specific, m)) && !(m.type.startsWith('location') && covered(faces, m)),
  );
}
