import { countStems, holdsAny, NAME_HINTS, PROSE_HINTS, stemsOf, URL_HINTS, urlHints } from './hints';
import type { Judgement } from './types';

/**
 * The first stages of detection, cheapest first, so that a page that is no policy of any kind costs almost
 * nothing (issue 13): its address, title, first headings and `link rel` are read in microseconds and are enough
 * to leave most pages alone; a text sample is read only when they say nothing; the full detector (a lazy module)
 * runs only when one of them hints at a policy. The stages only ever *open* the question: they never call a page
 * a policy, and they dismiss a page only when nothing in them points to one.
 */
export interface QuickSignals {
  url: string;
  title: string;
  /** The first heading's text (or the first few). */
  headings: string[];
  /** The page says it is its site's privacy policy or terms (`link rel` pointing at itself). */
  relSelf: boolean;
}

const NAMES = stemsOf(NAME_HINTS);
const URLS = stemsOf(URL_HINTS);
const PROSE = stemsOf(PROSE_HINTS);

/** A sample at least this dense in policy words (hits per 1000 words, and at least MIN_HITS) opens the question. */
export const PROSE_PER_1000 = 4;
export const MIN_HITS = 3;

function pathAndQuery(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname + u.search);
  } catch {
    return '';
  }
}

/** Stage 1: whether the page's address, title, first headings or link relations hint at a policy. */
export function namesHint(s: QuickSignals): boolean {
  const named = (text: string) => holdsAny(text.toLowerCase(), NAMES);
  return s.relSelf || urlHints(pathAndQuery(s.url), URLS) || named(s.title) || s.headings.some(named);
}

/** Stage 2: whether a text sample reads like policy, terms or cookie prose. */
export function proseHint(sample: string): boolean {
  const hits = countStems(sample.toLowerCase(), PROSE);
  if (hits < MIN_HITS) return false;
  const words = sample.split(' ').length;
  return (hits * 1000) / Math.max(1, words) >= PROSE_PER_1000;
}

/**
 * Decides what the cheap stages can: a not-policy judgement when nothing hints at a policy, or 'open' when the
 * full detector must look. `sample` is only called when stage 1 says nothing.
 */
export function decideQuickly(s: QuickSignals, sample: () => string): Judgement | 'open' {
  if (namesHint(s) || proseHint(sample())) return 'open';
  return { kind: 'not-policy', score: 1, explained: [{ code: 'no-sign', args: [] }] };
}
