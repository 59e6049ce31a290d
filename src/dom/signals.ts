import type { HeadingSignal, LinkRelSignal, PageSignals } from '../core/detect/types';
import { declaresArticle } from './article';
import { walkBlocks, walkBlocksSliced, type SliceOptions, type WalkedBlock } from './walk';

/** Detection reads at most this much text, so its cost on a 10 MB page is that of a small one. */
export const SAMPLE_CHARS = 40_000;
const MAX_HEADINGS = 80;
const MAX_LEAD = 8;
const MAX_HEADING_LIKE = 200;
const MAX_LINKS = 20;

/** Link relations that say something about what a page is. */
const INTERESTING_RELS = /\b(?:privacy-policy|terms-of-service|canonical|alternate)\b/;
function resolve(href: string, base: string): string {
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return href;
  }
}

/** Headings the bounded walk did not reach, in document order, outside site chrome. */
function addLaterHeadings(doc: Document, headings: HeadingSignal[]): void {
  const seen = new Set(headings.map((h) => h.text));
  const all = doc.querySelectorAll('h1,h2,h3,h4,h5,h6');
  for (let i = 0; i < all.length && i < MAX_HEADINGS * 4 && headings.length < MAX_HEADINGS; i++) {
    const el = all[i]!;
    if (el.closest('nav,footer,[role="navigation"],[role="contentinfo"],[hidden],[aria-hidden="true"]')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    headings.push({ level: Number(el.tagName[1]), text });
  }
}

function looksLikeHeading(text: string): boolean {
  const words = text.split(' ').length;
  return words >= 2 && words <= 12 && !/[.,;:]$/.test(text);
}

function signalCollector() {
  const headings: HeadingSignal[] = [];
  const lead: string[] = [];
  const headingLike: string[] = [];
  let text = '';
  let words = 0;
  const onBlock = (block: WalkedBlock) => {
    if (block.kind === 'heading' && headings.length < MAX_HEADINGS) {
      headings.push({ level: block.level, text: block.text.slice(0, 200) });
    }
    const prose = block.linkChars < block.text.length / 2;
    if (prose && lead.length < MAX_LEAD && block.text.length <= 100) lead.push(block.text);
    if (prose && block.kind !== 'heading' && headingLike.length < MAX_HEADING_LIKE && looksLikeHeading(block.text)) {
      headingLike.push(block.text);
    }
    text += (text ? '\n' : '') + block.text;
    words += block.text.split(' ').length;
  };
  const finish = (doc: Document, url: string): PageSignals => {
    // The sample ends early in a long document, but its later section titles are what tell terms (liability,
    // disputes) from a policy: headings past the sample are cheap to read from the DOM.
    if (headings.length < MAX_HEADINGS) addLaterHeadings(doc, headings);
    const linkRels: LinkRelSignal[] = [];
    for (const link of Array.from(doc.querySelectorAll('link[rel][href], a[rel][href]'))) {
      const rel = (link.getAttribute('rel') ?? '').toLowerCase();
      if (!INTERESTING_RELS.test(rel)) continue;
      linkRels.push({ rel, href: resolve(link.getAttribute('href') ?? '', url) });
      if (linkRels.length >= MAX_LINKS) break;
    }
    return {
      url,
      title: (doc.title ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
      lang: (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase(),
      headings,
      lead,
      headingLike,
      linkRels,
      declaresArticle: declaresArticle(doc),
      text: text.slice(0, SAMPLE_CHARS),
      wordCount: words,
    };
  };
  return { onBlock, finish };
}

/**
 * Gathers what detection needs from a document: cheap and bounded, because it runs on every page.
 * `url` is a parameter (the test seam, and the CLI's `--url`).
 */
export function collectSignals(doc: Document, url: string = doc.location?.href ?? ''): PageSignals {
  const c = signalCollector();
  const body = doc.body ?? doc.documentElement;
  if (body) walkBlocks(body, c.onBlock, { maxChars: SAMPLE_CHARS });
  return c.finish(doc, url);
}

/** The same in slices, for the live page: even a first, cold run on a huge page leaves no long task. */
export async function collectSignalsSliced(doc: Document, url: string, options: SliceOptions = {}): Promise<PageSignals> {
  const c = signalCollector();
  const body = doc.body ?? doc.documentElement;
  if (body) await walkBlocksSliced(body, c.onBlock, { ...options, maxChars: SAMPLE_CHARS });
  return c.finish(doc, url);
}
