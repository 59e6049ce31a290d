/**
 * The language pass, on candidate sentences only: the sentence is split into clauses at clause openers,
 * coordinated clauses with their own subject, and clause-level punctuation, so a negation stays in its clause:
 * "we do not sell your data, but we collect your precise location". One left-to-right scan over the words
 * (linear; no parser: compromise's full parse is ~20x slower and its tokenizer added ~100 KB to the analyzer for
 * what is a word-level rule, see `npm run bench`).
 */
import { re, rx } from '../text/pattern';
import { isThirdPersonVerb, verbKind } from './verbs';
export interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Words that open a clause of their own. */
const CLAUSE_OPENERS = new Set([
  'but', 'whereas', 'although', 'though', 'however', 'unless', 'except', 'while', 'because', 'if', 'when', 'once',
]);
/** Subjects: "and we…", ", you…" start a coordinated clause. */
const SUBJECTS = new Set(['we', 'you', 'they', 'it', 'this', 'these', 'that', 'he', 'she']);
const COORDINATORS = new Set(['and', 'or', 'so']);
/** What opens a noun phrase as a subject: "and the age check analyzes…", "and our staff may review…". */
const DETERMINERS = new Set(['the', 'our', 'your', 'its', 'their', 'each', 'every', 'any', 'some', 'all']);
/** The auxiliaries that give a list item a verb of its own (negation.ts reads the same list). */
export const ITEM_VERB_WORDS = ['is', 'are', 'was', 'were', 'will', 'may', 'might', 'can', 'could', 'has', 'have'];
/** Finite verbs that say a noun phrase before them is a subject. */
// The plural's too: "…, and our systems do not perform facial recognition".
const AUXILIARIES = new Set([...ITEM_VERB_WORDS, 'does', 'did', 'shall', 'should', 'would', 'must', 'do', 'had', 'cannot']);
/** Words a subject noun phrase may hold before its verb. */
const SUBJECT_WORDS = 5;
/** What negates a predicate after its auxiliary, or alone: "…, and does not track", "…, and never shares", "and can't". */
const NEGATORS = new Set(['not', 'never', 'cannot']);
/** Words that end the search for that verb: a relative clause or a second noun phrase belongs to an object. */
const NOT_IN_SUBJECT = new Set(['that', 'which', 'who', 'whom', 'where', 'we', 'you', 'they', ...DETERMINERS]);

/**
 * Whether a third-person form at `j` is a verb rather than the plural noun it can also be ("the face scans",
 * "the GPS tracks of your runs", "the finger scans the reader captures"): something follows it in its clause, not
 * "of", and no other verb of the lexicon comes within the next three words (then it was a noun with a relative).
 */
function verbNotNoun(words: Word[], j: number): boolean {
  const next = words[j + 1];
  if (words[j]!.after || !next || next.norm === 'of') return false;
  for (let k = j + 1; k <= j + 3 && k < words.length; k++) if (isThirdPersonVerb(words[k]!.norm)) return false;
  return true;
}

/**
 * Whether words from `i` are a noun phrase that is the subject of a finite verb: "the age-estimation check used
 * at sign-up analyzes…", "your recordings are…". Not an object ("the face templates the app creates"), whose
 * verb comes after a second noun phrase, nor a noun phrase cut by a comma.
 */
function subjectAt(words: Word[], i: number): boolean {
  if (!DETERMINERS.has(words[i]?.norm ?? '') || words[i]!.after) return false;
  let relative = false;
  for (let j = i + 1, last = i + 1 + SUBJECT_WORDS; j < words.length && j <= last; j++) {
    const w = words[j]!;
    // Any verb in -s before an adverb in -ly: "…, and any job search by distance relies solely on…".
    const beforeAdverb = /[^su]s$/.test(w.norm) && /^[a-z]+ly$/.test(words[j + 1]?.norm ?? '') && !w.after;
    if (j > i + 1 && (AUXILIARIES.has(w.norm) || (isThirdPersonVerb(w.norm) && verbNotNoun(words, j)) || beforeAdverb)) return true;
    // A relative clause without "that" inside the subject, its pronoun and verb: "…, and the signals we use are…".
    // One such clause: the walk stays bounded.
    if (j > i + 1 && !relative && CONTACT_RELATIVE.has(w.norm) && !w.after) {
      relative = true;
      j++;
      last += 2;
      continue;
    }
    if (NOT_IN_SUBJECT.has(w.norm) || w.after) return false;
  }
  return false;
}

const CONTACT_RELATIVE = new Set(['we', 'you', 'they']);

const CONDITION_START = re(rx`^\W*(?:even )?(?:if|when|once|unless|where)\b`);

interface Word {
  start: number;
  /** Lower-cased, without surrounding punctuation. */
  norm: string;
  /** The punctuation right after it ("," ";" ":"), if any. */
  after: string;
  /** Whether it opens a parenthesis: "(except". */
  opens: boolean;
}

const WORD = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word without its surrounding punctuation, by two scans (a trailing-punctuation pattern would backtrack). */
function wordOf(raw: string, start: number): Word {
  let from = 0;
  let to = raw.length;
  while (from < to && !LETTER_OR_DIGIT.test(raw[from]!)) from++;
  while (to > from && !LETTER_OR_DIGIT.test(raw[to - 1]!)) to--;
  return { start, norm: raw.slice(from, to).toLowerCase(), after: raw.slice(to), opens: raw[0] === '(' };
}

function wordsOf(sentence: string): Word[] {
  return [...sentence.matchAll(WORD)].map((m) => wordOf(m[0], m.index));
}

/** Whether the list item from word `i` to the next ";" has a verb of its own (each item is read once). */
function itemHasVerb(words: Word[], i: number): boolean {
  for (let j = i; j < words.length; j++) {
    if (ITEM_VERBS.has(words[j]!.norm)) return true;
    if (/;/.test(words[j]!.after)) return false;
  }
  return false;
}
const ITEM_VERBS = new Set(ITEM_VERB_WORDS);
/**
 * Whether the negation at `negAt` is the company's own: after "we" or "I", or a singular subject's ("does not", "Acme
 * never collects"). Not a plural party's, whose list names what others do not get: "Advertisers never receive: …".
 */
function companyDenies(words: Word[], negAt: number): boolean {
  const before = words[negAt - 1]?.norm ?? '';
  const subject = AUXILIARIES.has(before) ? words[negAt - 2]?.norm ?? '' : before;
  return subject === 'we' || subject === 'i' || /^does/.test(before) || /^does/.test(words[negAt]!.norm) ||
    (!AUXILIARIES.has(before) && /s$/.test(words[negAt + 1]?.norm ?? '') && !/s$/.test(subject));
}
/** Prepositions of a means or a source that may stand between a verb and the colon opening its object. */
const MEANS = new Set(['through', 'via', 'from', 'using', 'with', 'by', 'in', 'on']);
/**
 * Whether the colon after word `colonAt` opens the object of the denied verb at `verbAt`: right after it, or past
 * a short phrase of means ("not collect through Sentry:"), with no comma or mark between.
 */
function objectOpensAt(words: Word[], verbAt: number, colonAt: number): boolean {
  if (colonAt === verbAt) return true;
  if (colonAt - verbAt > 4 || !MEANS.has(words[verbAt + 1]?.norm ?? '')) return false;
  for (let k = verbAt; k < colonAt; k++) if (words[k]!.after.trim()) return false;
  return true;
}
/**
 * Whether the colon after word `colonAt` opens the object of the company's denied verb a few words before it: "We do
 * not collect through Sentry: your name; precise geolocation; voice data". Read only at a colon, a few words back.
 */
function deniedObjectOpens(words: Word[], colonAt: number): boolean {
  for (let v = colonAt; v >= Math.max(2, colonAt - 4); v--) {
    const neg = words[v - 1]!.norm;
    if (verbKind(words[v]!.norm) !== undefined && (NEGATORS.has(neg) || /n['’]t$/.test(neg))) {
      return companyDenies(words, v - 1) && objectOpensAt(words, v, colonAt);
    }
  }
  return false;
}
/** How far "the following" may stand before the colon that opens its list ("the following categories of …:"). */
const LIST_LEAD_WORDS = 10;
/** How far after its colon a list's items are read as one clause. */
export const LIST_SPAN = 400;
/**
 * An exception of a few words that a parenthesis closes, with no comma: "(except an avatar)". It opens no clause (the
 * negation before it reaches past it); a longer one does ("(unless you turn it on)"). Reads four words.
 */
const shortException = (words: Word[], i: number) =>
  /^(?:except|unless)$/.test(words[i]!.norm) && /^[^,]*\)/.test(words.slice(i, i + 4).map((w) => w.after || ' ').join(''));
/** Where clauses start: before an opener or a coordinated subject, after ";", ":" or a comma before a subject. */
function clauseStarts(words: Word[]): number[] {
  const starts: number[] = [];
  /** Inside a list opened by "the following …:", whose items the verb before the colon governs. */
  let inList = false;
  let followingAt = -Infinity;
  let listAt = 0;
  /** The clause so far has a verb or a subject pronoun: else "X or any Y is not kept" coordinates two subjects. */
  let predicated = false;
  /** How deep in parentheses: a colon inside one opens no clause unless a subject follows ("(for example: a, b)"). */
  let depth = +words[0]!.opens;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!;
    const next = words[i + 1];
    if (prev.after.includes(')') && depth > 0) depth--;
    if (w.opens) depth++;
    // A verb with its object after it (not its noun: "tracking"), not a plural noun before "and": "Voice samples and any…".
    predicated ||= SUBJECTS.has(prev.norm) || AUXILIARIES.has(prev.norm) || /(?:ed|n't)$/.test(prev.norm) ||
      (verbKind(prev.norm) !== undefined && !/(?:ion|ing|sis|age|ipt|ure)$/.test(prev.norm) && !prev.after && !COORDINATORS.has(w.norm));
    if (prev.norm === 'following') followingAt = i - 1;
    // Or a denied verb whose object the colon opens (the same lead negation.ts reads).
    if (prev.after.includes(':') && (i - followingAt <= LIST_LEAD_WORDS || deniedObjectOpens(words, i - 1))) {
      inList = true;
      listAt = w.start;
    }
    // A list is a few items: past LIST_SPAN characters its marks split clauses again (and a clause stays short).
    if (inList && w.start - listAt > LIST_SPAN) inList = false;
    // "…not collected the following categories: biometric information; precise geolocation": one clause, unless
    // an item has a subject of its own.
    if (inList && /[;:]/.test(prev.after) && !SUBJECTS.has(w.norm) && !itemHasVerb(words, i)) continue;
    // One clause for two openers in a row: "except when you use…", "but if you allow…".
    // Not the "but" of "including but not limited to", which only extends its list.
    const opener = (CLAUSE_OPENERS.has(w.norm) && !(depth > 0 && shortException(words, i)) && !(CLAUSE_OPENERS.has(prev.norm) && !prev.after) &&
      !(w.norm === 'but' && next?.norm === 'not' && /^(?:limited|be)$/.test(words[i + 2]?.norm ?? ''))) ||
      (w.norm === 'so' && next?.norm === 'that');
    const coordinated = COORDINATORS.has(w.norm) && next !== undefined && (SUBJECTS.has(next.norm) || (predicated && subjectAt(words, i + 1))) ||
      // An inverted clause of its own: "…, nor do we collect biometric identifiers".
      // Not a parenthetical one: "does not currently, nor does it intend to, collect…".
      (w.norm === 'nor' && next !== undefined && AUXILIARIES.has(next.norm) && SUBJECTS.has(words[i + 2]?.norm ?? '') &&
        ![i + 2, i + 3, i + 4].some((k) => words[k]?.after.includes(',')));
    // Or after a spaced dash (a word of punctuation alone), before a subject and its verb: "…by your device's
    // operating system - Emblem does not collect…" (a hyphen typed as a dash too).
    const afterMark = ((depth === 0 || SUBJECTS.has(w.norm)) && /[;:]/.test(prev.after)) || (prev.after.includes(',') && SUBJECTS.has(w.norm)) ||
      (prev.norm === '' && (SUBJECTS.has(w.norm) || subjectAt(words, i) || AUXILIARIES.has(next?.norm ?? '')));
    // A second predicate of the same subject, negated, after a comma: "We process your location during shifts, and
    // do not track it outside them" (its own claim and its own scope; not "we collect and do not sell it").
    // Not a modal coordinated before the verb: "We do not, and will not, collect…" is one predicate.
    const negator = next && (NEGATORS.has(next.norm) || /n['’]t$/.test(next.norm))
      ? next
      : next && AUXILIARIES.has(next.norm) && NEGATORS.has(words[i + 2]?.norm ?? '') ? words[i + 2] : undefined;
    const negatedPredicate = COORDINATORS.has(w.norm) && prev.after.includes(',') && negator !== undefined &&
      !negator.after.includes(',');
    if (opener || coordinated || afterMark || negatedPredicate) {
      starts.push(w.start);
      predicated = false;
    }
  }
  return starts;
}

/** Words that can start a clause or negate one; a sentence with none of them is one plain clause. */
const NEEDS_PARSE = re(
  rx`\b(?:not|no|never|cannot|neither|nor|none|if|when|once|unless|where|but|whereas|although|though` +
    rx`|however|except|while|because|so)\b|n['’]t\b|[;:]`,
);

export function clausesOf(sentence: string): Clause[] {
  // Most affirmed sentences have no negation and no clause to separate: skip the scan for them.
  if (!NEEDS_PARSE.test(sentence)) return [{ start: 0, end: sentence.length, text: sentence }];
  const words = wordsOf(sentence);
  const bounds = [0, ...clauseStarts(words), sentence.length];
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    if (end <= start) continue;
    const text = sentence.slice(start, end);
    // A condition ends at its first comma or dash: "If you allow it, we collect…" holds two clauses.
    const boundary = CONDITION_START.test(text) ? /,\s|\s[—–]\s/.exec(text) : null;
    if (boundary && boundary.index + boundary[0].length < text.trimEnd().length) {
      const cut = start + boundary.index + boundary[0].length;
      clauses.push({ start, end: cut, text: '' }, { start: cut, end, text: '' });
    } else clauses.push({ start, end, text: '' });
  }
  if (clauses.length === 0) clauses.push({ start: 0, end: sentence.length, text: sentence });
  // Clauses cover the whole sentence, so every mention falls in one.
  clauses[0]!.start = 0;
  for (let i = 1; i < clauses.length; i++) clauses[i - 1]!.end = clauses[i]!.start;
  clauses[clauses.length - 1]!.end = sentence.length;
  for (const c of clauses) c.text = sentence.slice(c.start, c.end);
  return clauses;
}
