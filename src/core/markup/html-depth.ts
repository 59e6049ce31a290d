/**
 * A linear pre-scan that bounds how deeply HTML nests before a tree builder sees it. parse5 and the recursive
 * walkers after it overflow the stack near 3,000 levels and grow quadratically before that (issue 12, item 5);
 * a policy nests a few dozen levels. Like Chromium's parser (which stops nesting at 512 and adds deeper elements
 * as siblings), elements opened beyond the bound are flattened: their start and end tags are dropped, their text
 * stays where it was.
 *
 * The scan is a tokenizer, not a tree builder: it tracks the elements that nest (not void elements, not those
 * whose end tag is optional and that the parser closes by itself, such as `li`, `p`, `td`), skips comments and
 * raw-text elements, and honours quotes in attributes. What it counts stays within a small factor of the depth
 * the parser builds (a table adds `tbody` and `tr` that are not written), so the bound also bounds the tree.
 */

/** Nesting the scan lets through: far beyond any real page, far below what breaks the parser. */
export const MAX_HTML_DEPTH = 256;

export interface BoundedMarkup {
  text: string;
  /** The deepest nesting seen (counted as above), before flattening. */
  depth: number;
  /** Whether anything was flattened. */
  flattened: boolean;
  /** What was flattened and why, in words, when something was. */
  reason?: string;
}

// https://html.spec.whatwg.org/multipage/syntax.html#void-elements
const VOID = new Set(
  'area base br col embed hr img input link meta source track wbr basefont bgsound frame keygen param'.split(' '),
);
// Elements the tree builder closes by itself when a sibling starts (optional end tags); they never pile up.
const SELF_CLOSING_SIBLINGS = new Set(
  'li dt dd p option optgroup tr td th thead tbody tfoot rt rp rb rtc colgroup caption html head body'.split(' '),
);
// Their content is text up to their end tag: a `<div>` inside `<script>` is not an element.
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes noscript'.split(' '));

const NAME_START = /[A-Za-z]/;
const NAME_END = /[\s/>]/;

/** Index just past the `>` that ends a tag starting at `from`, honouring quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // A quote starts a value only after `=`; elsewhere it is part of a (broken) attribute name.
      let j = i - 1;
      while (j > from && /\s/.test(html[j]!)) j--;
      if (html[j] === '=') quote = c;
    } else if (c === '>') return i + 1;
  }
  return -1;
}

/** Where raw text ends: at `</name` (any case), or at the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  return m ? m.index : html.length;
}

/**
 * Returns the HTML with elements nested beyond `maxDepth` flattened. Linear: every character is visited a
 * bounded number of times (tag ends are searched once from each `<`, and a tag's end is where the scan resumes).
 */
export function boundHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): BoundedMarkup {
  const open: string[] = [];
  // How many of each name are in `open`, so an end tag finds its element without walking the stack.
  const openCount = new Map<string, number>();
  // Start tags dropped beyond the bound, by name: their end tags are dropped too.
  const dropped = new Map<string, number>();
  const keep: string[] = [];
  let copiedTo = 0;
  let depth = 0;
  let droppedOpen = 0;
  let foreign = 0;
  const cut = (from: number, to: number) => {
    keep.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    const next = html[i + 1]!;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', i + 2);
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? i + 2 : i + 1;
    if (!NAME_START.test(html[nameStart] ?? '')) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !NAME_END.test(html[nameEnd]!)) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    if (end === -1) break;
    if (closing) {
      const droppedOfName = dropped.get(name) ?? 0;
      if (droppedOfName > 0) {
        dropped.set(name, droppedOfName - 1);
        droppedOpen--;
        cut(i, end);
      } else if ((openCount.get(name) ?? 0) > 0) {
        // The parser closes everything opened after it: pop down to it. Each element is popped once overall.
        let popped: string | undefined;
        do {
          popped = open.pop()!;
          openCount.set(popped, openCount.get(popped)! - 1);
          if (popped === 'svg' || popped === 'math') foreign--;
        } while (popped !== name);
      }
      i = html.indexOf('<', end);
      continue;
    }
    const selfClosing = html[end - 2] === '/' && foreign > 0;
    if (!VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && !selfClosing) {
      if (open.length >= maxDepth) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        droppedOpen++;
        cut(i, end);
      } else {
        open.push(name);
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
        if (name === 'svg' || name === 'math') foreign++;
      }
      depth = Math.max(depth, open.length + droppedOpen);
    }
    // Everything after <plaintext> is text.
    if (name === 'plaintext') break;
    const resume = RAW_TEXT.has(name) ? rawTextEnd(html, name, end) : end;
    i = html.indexOf('<', resume);
  }
  if (copiedTo === 0) return { text: html, depth, flattened: false };
  keep.push(html.slice(copiedTo));
  const reason = `it nests ${depth} elements deep; beyond ${maxDepth} levels they were flattened`;
  return { text: keep.join(''), depth, flattened: true, reason };
}
