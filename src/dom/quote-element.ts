import type { QuoteSegment } from '../core/report/quote';

/**
 * A quote as DOM: “…”, the data words in <strong>. Page text goes in as text nodes only (house rule 10). The
 * same shape serves the panel, the popup and the comparison page (each passes its own document).
 */
export function quoteElement<K extends 'span' | 'q' | 'blockquote'>(
  doc: Document,
  tag: K,
  segments: readonly QuoteSegment[],
  cls = 'quote',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = cls;
  // <q> adds its own quotation marks; the others get them as text.
  if (tag !== 'q') node.append(doc.createTextNode('“'));
  for (const s of segments) {
    if (s.emphasis) {
      const strong = doc.createElement('strong');
      strong.className = 'data-words';
      strong.textContent = s.text;
      node.append(strong);
    } else node.append(doc.createTextNode(s.text));
  }
  if (tag !== 'q') node.append(doc.createTextNode('”'));
  return node;
}
