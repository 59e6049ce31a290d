/**
 * "Copy link to this passage": a URL text fragment (https://wicg.github.io/scroll-to-text-fragment/), so anyone,
 * even without the extension, lands on the quote: `#:~:text=[prefix-,]start[,end][,-suffix]`.
 */

/** Percent-encodes a fragment term: the syntax characters "-", ",", "&" as well as what URLs need. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * The fragment for text[start, end). Long quotes use their first and last words as start and end; when those
 * words occur elsewhere, the words right before and after the passage are added as prefix and suffix.
 */
export function textFragment(text: string, start: number, end: number): string {
  const quote = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const w = words(quote);
  let directive: string;
  if (w.length <= 8) directive = encodeTerm(quote);
  else directive = `${encodeTerm(w.slice(0, 4).join(' '))},${encodeTerm(w.slice(-4).join(' '))}`;
  const head = w.slice(0, 4).join(' ');
  const unique = text.indexOf(head) === text.lastIndexOf(head);
  if (!unique) {
    const before = words(text.slice(Math.max(0, start - 60), start)).slice(-3).join(' ');
    const after = words(text.slice(end, end + 60)).slice(0, 3).join(' ');
    if (before) directive = `${encodeTerm(before)}-,${directive}`;
    if (after) directive = `${directive},-${encodeTerm(after)}`;
  }
  return `#:~:text=${directive}`;
}

/** The page URL with the passage's text fragment (any existing fragment replaced). */
export function linkToPassage(url: string, text: string, start: number, end: number): string {
  return url.replace(/#.*$/, '') + textFragment(text, start, end);
}
