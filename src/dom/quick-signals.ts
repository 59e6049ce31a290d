import type { QuickSignals } from '../core/detect/quick';
import { sameDocument } from '../core/url/same-document';

/**
 * The DOM side of detection's cheap stages (`core/detect/quick`). This runs on every page in a fresh script world
 * where every interface is cold: each one's first use there costs more than the work (cost.spec.ts), so in the
 * browser it asks the DOM one question, a single XPath read as one string, and makes no element wrapper at all.
 */

/** How much text the sample reads: the opening screens of a page, enough to tell policy prose. */
export const QUICK_SAMPLE_CHARS = 8000;

/**
 * A sample shorter than this is a page whose text has not arrived yet (a single-page app's shell) or a page with
 * little to read: the script on every page hands such a page to the controller, which watches for late content.
 * A page that already shows this much is judged on what it shows, with no observer (issue 13).
 */
export const THIN_SAMPLE_CHARS = 2000;

/** What the cheap stages read from a page: stage 1's signals and stage 2's text sample. */
export interface QuickRead {
  signals: QuickSignals;
  /** The opening text of the main landmark (else the body), whitespace collapsed: see QUICK_SAMPLE_XPATH. */
  sample: string;
}

/** The `rel` tokens by which a page says it is its site's privacy policy or terms. */
export const SELF_RELS = ['privacy-policy', 'terms-of-service'];
/** The longest first heading read: a heading, not a page someone wrapped in an `h1`. */
export const HEADING_CHARS = 400;

/**
 * Stage 1 and stage 2 in one XPath string, parts separated by a line feed: see quick-xpath.ts, which builds it
 * from its named parts (its unit test checks this literal is that string). A literal here: the script on every
 * page parses less and builds no string at start.
 */
export const QUICK_XPATH =
  "concat(normalize-space(substring((//h1)[1], 1, 400)), '\n', count((//link[contains(concat(' ', " +
  "normalize-space(translate(@rel, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), ' '), " +
  "' privacy-policy ') or contains(concat(' ', normalize-space(translate(@rel, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', " +
  "'abcdefghijklmnopqrstuvwxyz')), ' '), ' terms-of-service ')])[1]/@href), translate((//link[contains(concat(' ', " +
  "normalize-space(translate(@rel, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), ' '), " +
  "' privacy-policy ') or contains(concat(' ', normalize-space(translate(@rel, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', " +
  "'abcdefghijklmnopqrstuvwxyz')), ' '), ' terms-of-service ')])[1]/@href, '\t\n\r', ''), '\n', " +
  "normalize-space(substring((//main | /html/body[not(//main)])[1], 1, 8000)))";
const STRING_TYPE = 2; // XPathResult.STRING_TYPE, spelt out: naming XPathResult would build its interface here.

/** A page's markup can shadow any name on `document` (`<img name="evaluate">`): only a real function is called. */
function method<K extends 'evaluate' | 'querySelector'>(doc: Document, name: K): Document[K] | undefined {
  const value: unknown = doc[name];
  return typeof value === 'function' ? (value as Document[K]) : undefined;
}

type Parts = [heading: string, selfHref: string | null, sample: string];

/** The three parts of the XPath's one string; undefined when `result` holds no such string. */
function partsOf(result: unknown): Parts | undefined {
  const value: unknown = (result as { stringValue?: unknown } | null)?.stringValue;
  if (typeof value !== 'string') return undefined;
  const a = value.indexOf('\n');
  const b = value.indexOf('\n', a + 1);
  if (a < 0 || b < 0) return undefined;
  return [value.slice(0, a), value[a + 1] === '1' ? value.slice(a + 2, b) : null, value.slice(b + 1)];
}

/** The three parts by the XPath, in the browser; undefined where the document has no (real) `evaluate`. */
export function readByXPath(doc: Document): Parts | undefined {
  const evaluate = method(doc, 'evaluate');
  if (!evaluate) return undefined;
  return partsOf(evaluate.call(doc, QUICK_XPATH, doc, null, STRING_TYPE, null));
}

// The script on every page's reads, with the `title` and `URL` getters and `evaluate` taken from the document's
// prototype. Markup shadows names on the document object itself (named access: `<img name="URL">`), never on its
// prototype, so a page cannot hide its hints here; and this bundle needs no selector fallback. The address is the
// document's `URL` rather than `location.href` (the same string for a page's document, history navigation
// included): a dismissed page then never touches `location`, one interface fewer to build in the content
// script's fresh world (cost.spec.ts, alternating builds).

/** Stage 1's read, no element touched: the title and the address; undefined where the prototype has no `title`. */
export function titleAndAddress(doc: Document): [title: string, url: string] | undefined {
  const proto: unknown = Object.getPrototypeOf(doc);
  if (typeof proto !== 'object' || proto === null) return undefined;
  const title: unknown = Reflect.get(proto, 'title', doc);
  const url: unknown = Reflect.get(proto, 'URL', doc);
  return typeof title === 'string' && typeof url === 'string' ? [title, url] : undefined;
}

/** The three parts by the XPath; undefined where the prototype has no `evaluate` (the controller then reads). */
export function partsThroughPrototype(doc: Document): Parts | undefined {
  const evaluate: unknown = (Object.getPrototypeOf(doc) as { evaluate?: unknown } | null)?.evaluate;
  if (typeof evaluate !== 'function') return undefined;
  return partsOf((evaluate as Document['evaluate']).call(doc, QUICK_XPATH, doc, null, STRING_TYPE, null));
}

/** XPath's whitespace: space, tab, CR, LF (not form feed or vertical tab, which Blink keeps too: detect.spec.ts). */
const XPATH_SPACE = /[ \t\n\r]+/;
/** XPath's `normalize-space`: runs of whitespace as one space, none at either end. */
export const normalizeSpace = (s: string) => s.split(XPATH_SPACE).filter(Boolean).join(' ');

/**
 * The same three parts by selectors and `textContent`, for DOMs without XPath (the CLI's and the evaluation's,
 * built in Node): the e2e test in detect.spec.ts checks both give the same answers in Chromium.
 */
export function readBySelectors(doc: Document): [heading: string, selfHref: string | null, sample: string] {
  const querySelector = method(doc, 'querySelector');
  if (!querySelector) return ['', null, ''];
  const q = (selector: string): Element | null => querySelector.call(doc, selector);
  const h1 = q('h1')?.textContent ?? '';
  const href = q(SELF_RELS.map((r) => `link[rel~="${r}"]`).join(','))?.getAttribute('href');
  const root = q('main') ?? q('html > body');
  return [
    normalizeSpace(h1.slice(0, HEADING_CHARS)),
    typeof href === 'string' ? href.replace(/[\t\n\r]/g, '') : null,
    normalizeSpace((root?.textContent ?? '').slice(0, QUICK_SAMPLE_CHARS)),
  ];
}

/** Both stages' reads, in one DOM call where the document has XPath. */
export function quickRead(doc: Document, url: string): QuickRead {
  const [heading, selfHref, sample] = readByXPath(doc) ?? readBySelectors(doc);
  // `title` may be shadowed by markup too (`<img name="title">`): only a string counts.
  const title: unknown = doc.title;
  return {
    signals: {
      url,
      title: typeof title === 'string' ? title.slice(0, 300) : '',
      headings: heading ? [heading.slice(0, 200)] : [],
      relSelf: selfHref !== null && sameDocument(selfHref, url),
    },
    sample,
  };
}

/** Stage 1's signals alone (the evaluation and tests). */
export const quickSignals = (doc: Document, url: string): QuickSignals => quickRead(doc, url).signals;

/** Stage 2's sample alone (the evaluation and tests). */
export const quickSample = (doc: Document): string => quickRead(doc, '').sample;
