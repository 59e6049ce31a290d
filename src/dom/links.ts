import type { PageLink } from '../core/regions/discover';

/** Most links read from a page when looking for its regional versions. */
const MAX_LINKS = 2000;

/** The page's links and `link` alternates, with absolute addresses, for finding regional versions. */
export function pageLinks(doc: Document, baseUrl: string): PageLink[] {
  const out: PageLink[] = [];
  for (const el of Array.from(doc.querySelectorAll('a[href], link[rel~="alternate"][href]')).slice(0, MAX_LINKS)) {
    let href: string;
    try {
      href = new URL(el.getAttribute('href') ?? '', baseUrl).href;
    } catch {
      continue;
    }
    out.push({
      href,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      rel: (el.getAttribute('rel') ?? '').toLowerCase(),
      hreflang: el.getAttribute('hreflang') ?? '',
    });
  }
  return out;
}
