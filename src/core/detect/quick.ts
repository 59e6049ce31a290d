import {
  countStems,
  holdsAny,
  MIN_HITS,
  NAME_HINTS,
  NAMING_TITLE_WORDS,
  PROSE_HINTS,
  PROSE_PER_1000,
  stemsOf,
  titleWords,
  URL_HINTS,
  urlHints,
} from './hints';

export { MIN_HITS, PROSE_PER_1000 };
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


/**
 * The path and query of an absolute address, decoded; '' when it has none or cannot be decoded. Cut from the
 * string rather than parsed by `new URL`, whose first use in the content script's fresh world costs ~0.15 ms
 * (cost.spec.ts's probes): `location.href` is already a serialized URL, whose path starts at the first '/' after
 * the '//' of its authority (a user name or password there has no raw '/'), its query at '?', its fragment at '#'.
 */
export function pathAndQuery(url: string): string {
  const authority = url.indexOf('//');
  if (authority < 0) return '';
  let start = authority + 2;
  while (start < url.length && url[start] !== '/' && url[start] !== '?' && url[start] !== '#') start++;
  const hash = url.indexOf('#', start);
  // A single-page app's route in the fragment ("#/privacy-policy", "#!/terms") is part of the page's address.
  const route = hash >= 0 && (url[hash + 1] === '/' || (url[hash + 1] === '!' && url[hash + 2] === '/'));
  try {
    return decodeURIComponent(hash < 0 || route ? url.slice(start) : url.slice(start, hash));
  } catch {
    return '';
  }
}

/** Stage 1: whether the page's address, title, first headings or link relations hint at a policy. */
export function namesHint(s: QuickSignals): boolean {
  const named = (text: string) => holdsAny(text.toLowerCase(), NAMES);
  return s.relSelf || urlHints(pathAndQuery(s.url), URLS) || named(s.title) || s.headings.some(named);
}

/**
 * Stage 1's dismissal, for the script on every page: neither the address nor the title hints, and the title names
 * the page as something else in NAMING_TITLE_WORDS words or more ("Riverside path to open by summer | The Valley
 * Courier"). Such a page is left alone without reading its DOM at all: reading even its first heading costs a fresh
 * script world more than the rest of the script (cost.spec.ts). A page titled with a bare name ("Nimbus", an app's
 * shell whose content arrives later) or untitled is not named, so its heading and opening text are still read.
 * What it gives up: a policy at a neutral address whose title names it otherwise, which the popup's wake still
 * detects when the reader asks.
 */
export function namedOtherwise(s: Pick<QuickSignals, 'url' | 'title'>): boolean {
  const title = s.title.toLowerCase();
  return !urlHints(pathAndQuery(s.url), URLS) && !holdsAny(title, NAMES) && titleWords(title) >= NAMING_TITLE_WORDS;
}

/** Stage 2: whether a text sample reads like policy, terms or cookie prose. */
export function proseHint(sample: string): boolean {
  const hits = countStems(sample.toLowerCase(), PROSE);
  if (hits < MIN_HITS) return false;
  const words = sample.split(' ').length;
  return (hits * 1000) / Math.max(1, words) >= PROSE_PER_1000;
}

/** The cheap stages' one judgement: nothing hints at a policy. A fresh object each time: callers may keep it. */
const noSign = (): Judgement => ({ kind: 'not-policy', score: 1, explained: [{ code: 'no-sign', args: [] }] });

/**
 * Decides what the cheap stages can: a not-policy judgement when nothing hints at a policy, or 'open' when the
 * full detector must look. `sample` is only called when stage 1 says nothing.
 */
export function decideQuickly(s: QuickSignals, sample: () => string): Judgement | 'open' {
  return namesHint(s) || proseHint(sample()) ? 'open' : noSign();
}

/** The script on every page's whole decision (content/index.ts, in its flat form): stage 1's dismissal, then the rest. */
export function decideOnEveryPage(s: QuickSignals, sample: () => string): Judgement | 'open' {
  return namedOtherwise(s) ? noSign() : decideQuickly(s, sample);
}
