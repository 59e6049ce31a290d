import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

/**
 * Re-anchoring a quote on a (possibly changed) text: by position first, then by the exact quote (the
 * occurrence whose context and position fit best), then approximately (Myers' bit-parallel matching, from
 * approx-string-match), scored by quote, context and position. Pure: strings in, a result out.
 *
 * The states are what a reader understands (issue 10): **anchored** is the passage itself — its exact words
 * with their context — wherever it now stands (a policy update that only shifts text leaves every note "in
 * place"; `change: "moved"` says it moved); **fuzzy** is a passage whose words changed, or the same words in
 * another context; **orphaned** is a passage not found.
 */
export type AnchorState = 'anchored' | 'fuzzy' | 'orphaned';

export interface AnchorResult {
  state: AnchorState;
  start?: number;
  end?: number;
  /** Detail: "moved" when the passage stands elsewhere than it did, "edited" when its words changed. */
  change?: 'moved' | 'edited';
  /** 0..1: how well the found passage fits the quote, its context and its position. */
  score?: number;
}

/** An exact quote whose stored context fits at least this well is the passage itself, moved. */
export const SAME_CONTEXT = 0.5;
/** Below this a fuzzy candidate is not the passage. */
export const MIN_FUZZY_SCORE = 0.7;
/** At most this share of the quote may differ in a fuzzy match. */
const MAX_ERROR_SHARE = 0.25;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** 0..1: how much of the stored prefix and suffix stand around [start, end) in the text. */
function contextScore(text: string, start: number, end: number, q: TextQuoteSelector): number {
  const prefix = q.prefix ?? '';
  const suffix = q.suffix ?? '';
  if (!prefix && !suffix) return 1;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return (commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix)) / Math.max(1, prefix.length + suffix.length);
}

/** 0..1: nearness to the stored position, relative to the text's length. */
function positionScore(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}

/** How far the ends of an approximate match may move to meet the stored context. */
const SNAP_WINDOW = 40;

/**
 * An approximate match may stop short of or run past the passage (the cheapest alignment is not always the
 * whole passage); where the stored prefix and suffix stand nearby, their edges are the passage's edges.
 */
function snapToContext(text: string, start: number, end: number, q: TextQuoteSelector): { start: number; end: number } {
  const head = (q.suffix ?? '').slice(0, 8);
  if (head.trim()) {
    const from = Math.max(start, end - SNAP_WINDOW);
    const at = text.indexOf(head, from);
    if (at >= 0 && at <= end + SNAP_WINDOW) end = at;
  }
  const tail = (q.prefix ?? '').slice(-8);
  if (tail.trim()) {
    const at = text.lastIndexOf(tail, start + SNAP_WINDOW);
    if (at >= 0 && at + tail.length >= start - SNAP_WINDOW && at + tail.length < end) start = at + tail.length;
  }
  return { start, end };
}

export function anchorQuote(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): AnchorResult {
  const exact = quote.exact;
  if (!exact) return { state: 'orphaned' };
  // 1. Where it was.
  if (position && text.slice(position.start, position.end) === exact) {
    return { state: 'anchored', start: position.start, end: position.end, score: 1 };
  }
  // 2. The same words elsewhere: the occurrence whose context and position fit best.
  let best: { start: number; score: number; context: number } | undefined;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const context = contextScore(text, at, at + exact.length, quote);
    const score = 0.6 * context + 0.4 * positionScore(at, position?.start, text.length);
    if (!best || score > best.score) best = { start: at, score, context };
  }
  if (best) {
    const moved = !position || best.start !== position.start;
    const state: AnchorState = best.context >= SAME_CONTEXT ? 'anchored' : 'fuzzy';
    return {
      state,
      ...(moved ? { change: 'moved' as const } : {}),
      start: best.start,
      end: best.start + exact.length,
      score: 0.6 + 0.4 * best.score,
    };
  }
  // 3. Approximately: the quote with some words changed.
  const maxErrors = Math.max(1, Math.floor(exact.length * MAX_ERROR_SHARE));
  let fuzzy: { start: number; end: number; score: number } | undefined;
  for (const m of search(text, exact, maxErrors)) {
    const quoteScore = 1 - m.errors / exact.length;
    const score =
      0.6 * quoteScore +
      0.25 * contextScore(text, m.start, m.end, quote) +
      0.15 * positionScore(m.start, position?.start, text.length);
    if (!fuzzy || score > fuzzy.score) fuzzy = { start: m.start, end: m.end, score };
  }
  if (fuzzy && fuzzy.score >= MIN_FUZZY_SCORE) {
    const { start, end } = snapToContext(text, fuzzy.start, fuzzy.end, quote);
    return { state: 'fuzzy', change: 'edited', start, end, score: fuzzy.score };
  }
  return { state: 'orphaned' };
}
