/**
 * Negation as scope, in the NegEx/ConText tradition (Chapman et al. 2001; Harkema et al. 2009): a cue opens a
 * scope that runs forward to a terminator or the end of the sentence; pseudo-cues look like negations and are
 * not. Whether a negation denies a mention is decided by the predicate it governs (classify.ts, verbs.ts).
 * Both passes are one left-to-right scan with constant-size patterns, so they are linear in the sentence.
 */
import { re, rx } from '../text/pattern';
export interface NegationRow {
  id: string;
  source: string;
}

/** Words that negate what follows them. */
export const NEGATION_CUES: NegationRow[] = [
  { id: 'not', source: rx`\bnot\b|n't\b|\bcannot\b` },
  { id: 'never', source: rx`\bnever\b|\bat no (?:point|time|stage)\b|\bunder no circumstances\b|\bin no (?:case|event|way)\b|\bon no account\b|\bby no means\b` },
  { id: 'no', source: rx`\bno\b(?! (?:longer|later|more than|less than)\b)` },
  { id: 'no-longer', source: rx`\bno longer\b` },
  { id: 'neither-nor', source: rx`\bneither\b|\bnor\b` },
  { id: 'none-of', source: rx`\bnone of\b` },
  // "records nothing the child says", "nothing you say is kept": the act is denied of everything.
  { id: 'nothing', source: rx`\bnothing\b` },
  // "without collecting your location": a negated gerund. "without your consent" is a condition (classify.ts).
  // Verbs that negate the act they govern: "we stopped collecting", "ceased to record" (not the reader's own
  // "you can stop sharing", which is a setting).
  {
    id: 'negating-verb',
    source:
      rx`(?<!\byou (?:can |may |could |might |will )?)` +
      rx`\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|refrain(?:s|ed|ing)? from|discontinu(?:e|es|ed|ing)` +
      rx`|avoid(?:s|ed|ing)?|declin(?:e|es|ed|ing) to` +
      // Keeping someone else from the act: "Private Mode stops the car from sending location" (classify.ts reads
      // the verb after "from").
      rx`|prevent(?:s|ed|ing)?|block(?:s|ed|ing)?)\b` +
      rx`(?= (?:\w+ly )?(?:to )?\w+(?:ing)?\b)`,
  },
  // "approximate location rather than your precise location", "instead of recording the call".
  { id: 'instead-of', source: rx`\binstead of\b|\brather than\b` },
  // Also before access as a noun: "works without access to your location".
  // And before "any": "workouts are logged without any location data" (not "without your consent", a condition).
  { id: 'without-ing', source: rx`\bwithout(?= (?:\w+ly |ever )?\w+ing\b| (?:any )?access to\b| any\b)` },
  // An inability is a negation of the act: "we are unable to see your fingerprint".
  { id: 'unable', source: rx`\bunable(?= to\b)` },
];

/** Phrases that contain a cue and do not negate: they are matched first and consume it. */
export const PSEUDO_CUES: NegationRow[] = [
  { id: 'not-only', source: rx`\bnot only\b|\bnot just\b` },
  { id: 'not-limited', source: rx`\bnot (?:be )?limited to\b|\bbut not limited to\b` },
  { id: 'whether-or-not', source: rx`\bwhether or not\b` },
  { id: 'no-matter', source: rx`\bno matter\b` },
  { id: 'if-not', source: rx`\bif not\b` },
  { id: 'not-to-mention', source: rx`\bnot to mention\b` },
  // "we collect nothing but your location": an exception, not a denial.
  { id: 'nothing-but', source: rx`\bnothing (?:but|else than|other than|more than|less than|except)\b` },
  // A bound, not a denial: "location no more precise than your city" is collected, coarse.
  { id: 'no-more-than', source: rx`\bno (?:any )?more [\w-]+ than\b` },
  // "we do not record every call": some are, so it is not a denial.
  { id: 'not-every', source: rx`\bnot (?:\w+ )?(?:every|each and every|all of)\b|\bnot always\b` },
];

/** Words and marks that end a negation's scope. */
export const SCOPE_TERMINATORS: NegationRow[] = [
  { id: 'contrast', source: rx`\b(?:but|however|although|though|whereas|while|yet)\b` },
  { id: 'exception', source: rx`\b(?:except|unless|other than)\b` },
  { id: 'relative', source: rx`\b(?:which|who|whom)\b|, that\b` },
  // A parenthesis is not one: "(for example, …)" elaborates the negated object; nor is a pair of dashes around
  // one ("No biometric data — fingerprint, palm or iris — is gathered"): see `parentheticalDashes`.
  { id: 'punctuation', source: rx`[;:]|\s[—–]\s` },
];

export interface Negation {
  /** Offset of the cue in the sentence. */
  at: number;
  cue: string;
  /** Where its scope ends (a terminator's offset, or the sentence's end). */
  scopeEnd: number;
}

const join = (rows: NegationRow[]) => rows.map((r) => `(?:${r.source})`).join('|');
// Pseudo-cues first: at one position the longer, non-negating phrase wins.
const CUE_RE = re(`(${join(PSEUDO_CUES)})|(${join(NEGATION_CUES)})`, 'gi');
const TERMINATOR_RE = re(join(SCOPE_TERMINATORS), 'gi');

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

/** The negations of a sentence with their scopes, in order. */
export function negationsIn(sentence: string): Negation[] {
  const found: number[] = [];
  const texts: string[] = [];
  TERMINATOR_RE.lastIndex = 0;
  for (const m of sentence.matchAll(TERMINATOR_RE)) {
    found.push(m.index);
    texts.push(m[0]);
  }
  const terminators = parentheticalDashes(found, texts);
  const parens = parenthesesOf(sentence);
  const out: Negation[] = [];
  let t = 0;
  let p = 0;
  CUE_RE.lastIndex = 0;
  for (const m of sentence.matchAll(CUE_RE)) {
    if (m[1] !== undefined) continue;
    while (t < terminators.length && terminators[t]! <= m.index) t++;
    while (p < parens.length && parens[p]!.close <= m.index) p++;
    let scopeEnd = terminators[t] ?? sentence.length;
    // A cue inside a parenthesis negates only in it: "Transcripts (not the audio) are saved".
    const paren = parens[p];
    if (paren && paren.open < m.index && paren.close < scopeEnd) scopeEnd = paren.close;
    out.push({ at: m.index, cue: m[0].toLowerCase(), scopeEnd });
  }
  return out;
}
