/**
 * A rule-based sentence splitter, linear in its input (issue 12: a run of 100,000 periods must not cost more
 * than reading them once). compromise's splitter merges sentences after abbreviations ("…in the U.S. We
 * collect…"), which can carry a "we do not" into the next claim, so the cheap pass splits on its own.
 */
import { ABBREVIATION } from './abbreviations';
import { cased, re, rx } from '../text/pattern';

export interface Span {
  start: number;
  end: number;
}

/**
 * A "sentence" longer than this is no sentence a person wrote: it is cut at safe points (a semicolon, a comma,
 * else a space) so that every later pass sees bounded input. Policies' longest real sentences (long lists of
 * data categories) stay under it.
 */
export const MAX_SENTENCE_CHARS = 2000;
/**
 * Pieces read of one oversized sentence; the rest is skipped and counted. A real list of data categories fits
 * in a few pieces; megabytes without a sentence end are hostile or garbage, and must not cost a second.
 */
export const MAX_PIECES = 3;

/** What the splitter had to bound, for `Analysis.stats`. */
export interface SplitStats {
  /** Sentences longer than MAX_SENTENCE_CHARS that were cut into pieces. */
  oversized: number;
  /**
   * Pieces not analysed: windows with no space to cut at (a run of punctuation or one endless token), and
   * pieces of an oversized sentence beyond MAX_PIECES.
   */
  skipped: number;
}

/**
 * An abbreviation (abbreviations.ts) or initials ("U.S", "J.R.R") end the text before the period: the period does
 * not end a sentence, unless a typical sentence opener follows.
 */
const ABBREVIATIONS = re(rx`(?:\b${ABBREVIATION}|\b[A-Z](?:\.[A-Z])+|\bU\.S|\bU\.\x4b)$`);
const OPENERS = cased(
  rx`^(?:We|You|Your|Our|This|These|That|Those|If|When|Where|For|In|To|It|Its|They|Please|Some|Each|Any|All|By|As|With|The|A|An|Us)\b`,
);
const STARTS_SENTENCE = /^(?:[*•●-]\s+)?["'“‘(]?[A-Z0-9]/;

/** A line break or a terminal mark (`isTerminal`). */
const NEXT_MARK = /[\n.!?]/g;
const isTerminal = (c: string) => c === '.' || c === '!' || c === '?';
const isCloser = (c: string) => c === '"' || c === "'" || c === '”' || c === '’' || c === ')' || c === ']';
const isSpace = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(c));
};

/**
 * Splits `text` from `from` to `to` into sentence spans (trimmed, never empty, at most MAX_SENTENCE_CHARS).
 * One left-to-right scan: a run of terminal punctuation is consumed once whether or not a space follows it,
 * and the look-behind and look-ahead windows are of constant size.
 */
export function splitSentences(text: string, from = 0, to = text.length, stats?: SplitStats): Span[] {
  const spans: Span[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    // Straight to the next line break or terminal mark: the characters between them decide nothing.
    NEXT_MARK.lastIndex = i;
    const mark = NEXT_MARK.exec(text);
    if (!mark || mark.index >= to) break;
    i = mark.index;
    if (text[i] === '\n') {
      bounded(text, spans, start, i, stats);
      start = i + 1;
      i++;
      continue;
    }
    const runStart = i;
    while (i < to && isTerminal(text[i]!)) i++;
    while (i < to && isCloser(text[i]!)) i++;
    const end = i;
    if (!isSpace(text[end])) continue;
    const before = text.slice(Math.max(start, runStart - 12), runStart);
    const after = text.slice(end, Math.min(to, end + 20)).trimStart();
    if (!STARTS_SENTENCE.test(after)) continue;
    // A bullet after a list's lead ("We do not collect the following data.   *   Biometric information") is an item
    // of the sentence that governs it; a bounded look back keeps the scan linear.
    if (/^[*•●-]\s/.test(after) && text.slice(Math.max(start, runStart - 120), runStart).includes('following')) continue;
    if (ABBREVIATIONS.test(before) && !OPENERS.test(after)) continue;
    // A Markdown heading's number stays with its heading: "### 1. Location information" (its text alone would be
    // read as an item of data).
    if (end - start <= 12 && /^\s*#{1,6}\s+\w{1,3}\.$/.test(text.slice(start, end))) continue;
    // Inside a short parenthesis, which closes after it: "(Cal. Civ. Code § 1798.140)" is one citation.
    const back = text.slice(Math.max(start, runStart - 40), end);
    if (back.lastIndexOf('(') > back.lastIndexOf(')') && /^[^()]{0,40}\)/.test(text.slice(end, end + 41))) continue;
    bounded(text, spans, start, end, stats);
    start = end;
  }
  bounded(text, spans, start, to, stats);
  return spans;
}

/** Pushes a sentence, cut into pieces at safe points when it is longer than MAX_SENTENCE_CHARS. */
function bounded(text: string, spans: Span[], start: number, end: number, stats?: SplitStats): void {
  if (end - start <= MAX_SENTENCE_CHARS) return push(text, spans, start, end);
  if (stats) stats.oversized++;
  let from = start;
  let pieces = 0;
  while (end - from > MAX_SENTENCE_CHARS) {
    if (pieces === MAX_PIECES) {
      if (stats) stats.skipped += Math.ceil((end - from) / MAX_SENTENCE_CHARS);
      return;
    }
    const limit = from + MAX_SENTENCE_CHARS;
    const cut = safeCut(text, from, limit);
    if (cut === undefined) {
      // No place to cut inside the window: skip it whole (it cannot be a claim a reader wrote).
      if (stats) stats.skipped++;
      from = limit;
      continue;
    }
    push(text, spans, from, cut);
    pieces++;
    from = cut;
  }
  if (pieces < MAX_PIECES) push(text, spans, from, end);
  else if (stats) stats.skipped++;
}

/** The last semicolon, else comma, else space in the second half of the window; one backward scan. */
function safeCut(text: string, from: number, limit: number): number | undefined {
  let comma: number | undefined;
  let space: number | undefined;
  const floor = from + (limit - from) / 2;
  for (let i = limit - 1; i > floor; i--) {
    const c = text[i]!;
    if (c === ';') return i + 1;
    if (c === ',' && comma === undefined) comma = i + 1;
    else if (space === undefined && isSpace(c)) space = i + 1;
  }
  return comma ?? space;
}

function push(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
