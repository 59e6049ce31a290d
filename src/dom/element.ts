/**
 * Creates an element with optional text and class. Text goes in through `textContent` only: page and file text
 * is untrusted and never becomes markup (house rule 10).
 */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}
