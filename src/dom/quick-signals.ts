import type { QuickSignals } from '../core/detect/quick';
import { sameDocument } from '../core/url/same-document';

/**
 * The DOM side of detection's cheap stages (`core/detect/quick`). This runs on every page in a fresh script world
 * where every function is cold, so it asks the DOM as few questions as it can: each call across the bindings
 * costs more there than the string work.
 */

/** How much text the sample reads: the opening screens of a page, enough to tell policy prose. */
export const QUICK_SAMPLE_CHARS = 8000;

/**
 * A sample shorter than this is a page whose text has not arrived yet (a single-page app's shell) or a page with
 * little to read: the script on every page hands such a page to the controller, which watches for late content.
 * A page that already shows this much is judged on what it shows, with no observer (issue 13).
 */
export const THIN_SAMPLE_CHARS = 2000;

/** The `rel` tokens by which a page says it is its site's privacy policy or terms. */
const SELF_RELS = ['privacy-policy', 'terms-of-service'];

/**
 * Stage 1 by XPath, read as strings: no element wrapper is made, and each interface's first use in the content
 * script's fresh world is what costs there (querySelector + textContent ~0.4 ms more than these, cost.spec.ts).
 * The same questions as the selectors below: the first `h1`'s text, and whether a `link` whose `rel` holds one of
 * SELF_RELS (ASCII case-insensitive, as `~=` is for `rel` in HTML) has an `href`, and which.
 */
const lowerRel = "translate(@rel, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
const relHas = (token: string) => `contains(concat(' ', normalize-space(${lowerRel}), ' '), ' ${token} ')`;
const SELF_LINK = `(//link[${SELF_RELS.map(relHas).join(' or ')}])[1]`;
export const XPATH_FIRST_H1 = 'string((//h1)[1])';
/** '1' and the href when the first such link has one, else '0'. */
export const XPATH_SELF_HREF = `concat(count(${SELF_LINK}/@href), string(${SELF_LINK}/@href))`;
const STRING_TYPE = 2; // XPathResult.STRING_TYPE, spelt out: naming XPathResult would build its interface here.

/** Stage 1's signals: the address, the title, the first heading and `link rel` self-references. */
export function quickSignals(doc: Document, url: string): QuickSignals {
  // The page's markup can shadow any of these names on `document` (`<img name="evaluate">`, `name="title"`):
  // only a real function or string is used, so a page can at worst hide its own hints, never break the script.
  let h1: unknown;
  let rel: unknown;
  if (typeof doc.evaluate === 'function') {
    h1 = doc.evaluate(XPATH_FIRST_H1, doc, null, STRING_TYPE, null).stringValue;
    const href = doc.evaluate(XPATH_SELF_HREF, doc, null, STRING_TYPE, null).stringValue;
    rel = href.startsWith('1') ? href.slice(1) : null;
  } else if (typeof doc.querySelector === 'function') {
    // DOMs without XPath (the CLI's and the evaluation's, built in Node).
    h1 = doc.querySelector('h1')?.textContent;
    rel = doc.querySelector(SELF_RELS.map((r) => `link[rel~="${r}"]`).join(','))?.getAttribute('href');
  }
  const title = typeof doc.title === 'string' ? doc.title.slice(0, 300) : '';
  const heading = typeof h1 === 'string' ? h1.slice(0, 200) : '';
  return { url, title, headings: heading ? [heading] : [], relSelf: typeof rel === 'string' && sameDocument(rel, url) };
}

/** Text whose parent is one of these is not prose: code, and links (a table of contents, a menu, a footer). */
const NOT_PROSE = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'OPTION']);

/**
 * Stage 2's sample: the opening prose of the page's main landmark (else its body), bounded in characters, read
 * text node by text node so a 10 MB page costs what a short one does. Only the text node's own parent is asked
 * (one question per node): a link's text, a script's code and the like are left out.
 */
export function quickSample(doc: Document, maxChars = QUICK_SAMPLE_CHARS): string {
  const root = doc.querySelector('main,[role="main"]') ?? doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < maxChars; node = walker.nextNode()) {
    if (NOT_PROSE.has(node.parentNode?.nodeName.toUpperCase() ?? '')) continue;
    text += (node as Text).data.slice(0, maxChars - text.length) + ' ';
  }
  return text.replace(/\s+/g, ' ');
}
