import { MIN_HITS, NAME_HINTS, NAMING_TITLE_WORDS, PROSE_HINTS, PROSE_PER_1000, stemsOf, titleWords, URL_HINTS } from './hints';

/**
 * The cheap stages' decision (`decideQuickly`) for the script on every page, in one function of native string
 * calls. The same decision costs ~0.5 ms in a content script's fresh world against ~0.1 ms in Node: there each
 * small function is compiled lazily at its first call and each loop runs interpreted, so helpers, closures and
 * per-entry objects are what cost. quick-verdict.test.ts checks this gives `decideQuickly`'s answer on every case.
 */

/** The hint tables (hints.ts) flat, as the stages use them: prepared at build time for the script on every page. */
export interface QuickStems {
  names: string[];
  /** URL stems of five letters or more: they may stand inside a word ("dataprivacy"). */
  urlInside: string[];
  /** Shorter URL stems: only as a whole word ("tos", not "photos"). */
  urlWhole: string[];
  prose: string[];
}

/** The stems from the tables; the bundle of the script on every page gets this result as a literal (vite.config). */
export function quickStems(): QuickStems {
  const urls = stemsOf(URL_HINTS);
  return {
    names: stemsOf(NAME_HINTS),
    urlInside: urls.filter((s) => s.length >= 5),
    urlWhole: urls.filter((s) => s.length < 5),
    prose: stemsOf(PROSE_HINTS),
  };
}

/** What the stages read from a page (see dom/quick-signals): the heading and sample whitespace-normalized. */
export interface QuickInput {
  url: string;
  title: string;
  heading: string;
  relSelf: boolean;
  sample: string;
}

/**
 * Whether the cheap stages leave the question open: exactly `decideQuickly(signals, () => sample) === 'open'`.
 * URL stems are letters only (hints.test.ts), so "a path's word holds the stem" is "the path holds it", and "a
 * word is the stem" is "the path holds it with no word letter (a–z, à–ÿ) on either side" (`wordsOf`'s letters).
 * The sample's words are its spaces plus one, as `split(' ').length` counts them.
 */
export function quickOpens({ url, title, heading, relSelf, sample }: QuickInput, stems: QuickStems): boolean {
  if (relSelf || addressHints(url, stems)) return true;
  const names = title.slice(0, 300).toLowerCase() + '\n' + heading.slice(0, 200).toLowerCase();
  for (const stem of stems.names) if (names.includes(stem)) return true;
  const text = sample.toLowerCase();
  let hits = 0;
  for (const stem of stems.prose) {
    for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + stem.length)) hits++;
  }
  if (hits < MIN_HITS) return false;
  const words = sample.length - sample.replaceAll(' ', '').length + 1;
  return (hits * 1000) / Math.max(1, words) >= PROSE_PER_1000;
}

/**
 * Stage 1's dismissal before any DOM read: exactly `namedOtherwise({ url, title })` (quick.ts). True when neither
 * the address nor the title hints and the title names the page in NAMING_TITLE_WORDS words or more (counted only
 * up to that number: this runs on nearly every page a person opens).
 */
export function dismissedByName(url: string, title: string, stems: QuickStems): boolean {
  const lower = title.slice(0, 300).toLowerCase();
  const words = titleWords(lower, NAMING_TITLE_WORDS);
  return words >= NAMING_TITLE_WORDS && !addressHints(url, stems) && !stems.names.some((stem) => lower.includes(stem));
}

/** Whether the decoded path and query hold a URL stem (quick.ts's pathAndQuery and urlHints, inlined). */
function addressHints(url: string, stems: QuickStems): boolean {
  let path = '';
  const authority = url.indexOf('//');
  if (authority >= 0) {
    // The path starts at the first '/', '?' or '#' after the host: three native searches, no loop in script.
    const from = authority + 2;
    const slash = url.indexOf('/', from);
    const query = url.indexOf('?', from);
    const hash = url.indexOf('#', from);
    let start = url.length;
    if (slash >= 0) start = slash;
    if (query >= 0 && query < start) start = query;
    if (hash >= 0 && hash < start) start = hash;
    // A single-page app's route in the fragment ("#/privacy-policy", "#!/terms") is part of the page's address.
    const route = hash >= 0 && (url[hash + 1] === '/' || (url[hash + 1] === '!' && url[hash + 2] === '/'));
    try {
      path = decodeURIComponent(hash < 0 || route ? url.slice(start) : url.slice(start, hash)).toLowerCase();
    } catch {
      path = '';
    }
  }
  if (stems.urlInside.some((stem) => path.includes(stem))) return true;
  for (const stem of stems.urlWhole) {
    for (let i = path.indexOf(stem); i >= 0; i = path.indexOf(stem, i + 1)) {
      const before = i > 0 ? path.charCodeAt(i - 1) : 0;
      const after = i + stem.length < path.length ? path.charCodeAt(i + stem.length) : 0;
      const letterBefore = (before >= 97 && before <= 122) || (before >= 0xe0 && before <= 0xff);
      const letterAfter = (after >= 97 && after <= 122) || (after >= 0xe0 && after <= 0xff);
      if (!letterBefore && !letterAfter) return true;
    }
  }
  return false;
}
