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

/** Stage 1's signals: the address, the title, the first heading and `link rel` self-references. */
export function quickSignals(doc: Document, url: string): QuickSignals {
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  const rel = doc.querySelector('link[rel~="privacy-policy"],link[rel~="terms-of-service"]')?.getAttribute('href');
  return { url, title: (doc.title ?? '').slice(0, 300), headings: h1 ? [h1.slice(0, 200)] : [], relSelf: rel != null && sameDocument(rel, url) };
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
