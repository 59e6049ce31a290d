/** schema.org types and og:type values of reporting and blogging. */
const ARTICLE_TYPES = /\b(?:NewsArticle|BlogPosting|Article|ReportageNewsArticle|OpinionNewsArticle|LiveBlogPosting)\b/;

/** Whether a page declares itself an article or blog post (og:type, microdata, JSON-LD). */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/^article$/i.test(og.trim())) return true;
  const itemtype = doc.querySelector('[itemtype]')?.getAttribute('itemtype') ?? '';
  if (ARTICLE_TYPES.test(itemtype)) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    // Only a type test on a bounded string: page JSON is untrusted and need not parse.
    const json = (script.textContent ?? '').slice(0, 5000);
    if (/"@type"\s*:\s*"(?:NewsArticle|BlogPosting|ReportageNewsArticle|OpinionNewsArticle)"/.test(json)) return true;
  }
  return false;
}
