/**
 * One walk over a page's readable content, block by block. Both detection (bounded, on every page) and
 * extraction (whole document) stand on it, so the live page, `DOMParser` output and a DOM built in Node
 * give the same text. Iterative, so a hostile page nested 100 000 levels deep cannot overflow the stack.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

export interface WalkedBlock {
  kind: BlockKind;
  /** 1..6 for headings, else 0. */
  level: number;
  /** Whitespace-collapsed, trimmed text; never empty. */
  text: string;
  /** How many of its characters stand inside links (a block of links is navigation, not prose). */
  linkChars: number;
  /** Per text node of the block, where its characters went (only when asked for). */
  pieces?: TextPiece[];
}

export interface TextPiece {
  node: Text;
  /** Offset of this piece in the block text. */
  blockStart: number;
  /** How many characters of the block text the piece holds. */
  length: number;
  /**
   * Where its characters came from in `node.data`, as runs: flat pairs [pieceOffset, rawOffset], each starting
   * a stretch where both advance together. Only collapsed whitespace starts a new run, so a paragraph costs a
   * few numbers, not one per character (a per-character map of a 300 000-character policy made the page
   * collect garbage in long pauses).
   */
  runs: number[];
}

/** The offset in `piece.node.data` of the piece's i-th character. */
export function rawOffsetAt(piece: TextPiece, i: number): number {
  const runs = piece.runs;
  let lo = 0;
  let hi = runs.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 2]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return runs[lo * 2 + 1]! + (i - runs[lo * 2]!);
}

/** Maps the piece's next `count` characters to `node.data` from `raw` on (one run, or the current one extended). */
function mapRun(piece: TextPiece, raw: number, count: number): void {
  const k = piece.length;
  const n = piece.runs.length;
  if (n === 0 || raw - piece.runs[n - 1]! !== k - piece.runs[n - 2]!) piece.runs.push(k, raw);
  piece.length += count;
}

export interface WalkOptions {
  /** Keep the map from text back to text nodes (the page needs it to highlight; the CLI does not). */
  withPieces?: boolean;
  /** Stop once this many characters of block text were produced (a text node is read no further than that). */
  maxChars?: number;
  /**
   * Characters the caller puts between two blocks, counted against `maxChars`, so the text it joins stays
   * within the bound (extract joins blocks with a newline).
   */
  separatorChars?: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never readable content. */
const SKIP_TAGS = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT EMBED HEAD TITLE META LINK NAV FOOTER BUTTON SELECT OPTION ' +
    'TEXTAREA INPUT DIALOG MATH'
  ).split(' '),
);
/** Landmarks that hold site chrome, not the document (https://www.w3.org/TR/wai-aria-1.2/#landmark_roles). */
const SKIP_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alert']);

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HR HTML LI MAIN OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  // Collapsed accordions (inline `display: none`, `hidden="until-found"`) hold policy text a reader can open,
  // so only the plain `hidden` attribute and `aria-hidden` count as hidden.
  const hidden = el.getAttribute('hidden');
  if ((hidden !== null && hidden !== 'until-found') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  // A site header holds a logo and a menu; an article's header holds its title, so keep those with a heading.
  if (tag === 'HEADER' && !el.querySelector('h1,h2,h3')) return true;
  return false;
}

function blockKindOf(el: Element): { kind: BlockKind; level: number } {
  const tag = el.tagName.toUpperCase();
  if (/^H[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (el.getAttribute('role') === 'heading') {
    const level = Number(el.getAttribute('aria-level'));
    return { kind: 'heading', level: level >= 1 && level <= 6 ? level : 2 };
  }
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return { kind: 'list-item', level: 0 };
  if (tag === 'TD' || tag === 'TH') return { kind: 'table-cell', level: 0 };
  return { kind: 'paragraph', level: 0 };
}

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'heading';
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160 || c === 0x200b;
/** The characters isSpace accepts, as a pattern. */
const ANY_SPACE = /[ \t\n\r\f\u00a0\u200b]/g;
/**
 * Where a stretch copied as it is ends: any whitespace but a single space between two other characters. One
 * character and one of lookahead per position, so linear; a scan by pattern took a third of the time of a charCodeAt
 * loop over 2 MB (Node 20).
 */
const STRETCH_END = /[\t\n\r\f\u00a0\u200b]| (?![^ \t\n\r\f\u00a0\u200b])/g;

/** How many nodes the walk visits between two chances to pause. */
const NODES_PER_STEP = 256;

/**
 * Calls `onBlock` for each readable block under `root` in document order. `onBlock` returns false to stop.
 */
export function walkBlocks(root: Node, onBlock: (block: WalkedBlock) => boolean | void, options: WalkOptions = {}): WalkOutcome {
  const outcome: WalkOutcome = { bounded: false };
  for (const _ of walkSteps(root, onBlock, options, outcome)) void _;
  return outcome;
}

export interface WalkOutcome {
  /** The walk stopped at `maxChars` (or read a text node only in part for it): there may be more text. */
  bounded: boolean;
}

export interface SliceOptions {
  /** Longest stretch of work before giving the page's main thread back, in ms. */
  budgetMs?: number;
  /** Gives the main thread back; defaults to a macrotask. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  signal?: AbortSignal;
}

export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same walk in slices: a huge page is read without a long task on the main thread (each slice stays
 * within `budgetMs`). Rejects with an AbortError when `signal` aborts.
 */
export async function walkBlocksSliced(
  root: Node,
  onBlock: (block: WalkedBlock) => boolean | void,
  options: WalkOptions & SliceOptions = {},
): Promise<WalkOutcome> {
  const { budgetMs = 8, yieldToPage: pause = yieldToPage, now = () => performance.now(), signal } = options;
  const outcome: WalkOutcome = { bounded: false };
  let sliceStart = now();
  for (const _ of walkSteps(root, onBlock, options, outcome)) {
    void _;
    if (now() - sliceStart >= budgetMs) {
      await pause();
      if (signal?.aborted) throw new DOMException('walk aborted', 'AbortError');
      sliceStart = now();
    }
  }
  return outcome;
}

function* walkSteps(
  root: Node,
  onBlock: (block: WalkedBlock) => boolean | void,
  options: WalkOptions,
  outcome: WalkOutcome,
): Generator<void> {
  const withPieces = options.withPieces === true;
  const maxChars = options.maxChars ?? Infinity;
  const separator = options.separatorChars ?? 0;
  // Characters produced so far, separators included; `gap` is what the next block's separator will add.
  let produced = 0;
  let gap = 0;
  let stopped = false;

  // The block being filled, and the block context (kind and level) of the nearest block element.
  let text = '';
  let pieces: TextPiece[] = [];
  let pendingSpace = false;
  let spaceFrom: { node: Text; raw: number } | undefined;
  let linkDepth = 0;
  let linkChars = 0;
  const context: { kind: BlockKind; level: number }[] = [{ kind: 'paragraph', level: 0 }];

  const flush = () => {
    if (text.length > 0 && !stopped) {
      const ctx = context[context.length - 1]!;
      const block: WalkedBlock = { kind: ctx.kind, level: ctx.level, text, linkChars };
      if (withPieces) block.pieces = pieces;
      produced += gap + text.length;
      gap = separator;
      if (produced >= maxChars) outcome.bounded = true;
      if (onBlock(block) === false || produced >= maxChars) stopped = true;
    }
    text = '';
    pieces = [];
    pendingSpace = false;
    linkChars = 0;
  };

  const appendText = (node: Text) => {
    // A bounded walk (detection's sample) reads no further into a text node than its bound: one 2 MB text node
    // would otherwise be collapsed and split whole (~0.4 s on the page's main thread) to keep its first 20 000
    // characters. Collapsing only shortens, so `room` raw characters give at most `room` characters of text.
    const room = maxChars - produced - gap - text.length;
    if (room <= 0) {
      outcome.bounded = true;
      return;
    }
    if (room < node.data.length) outcome.bounded = true;
    const data = room < node.data.length ? node.data.slice(0, room) : node.data;
    if (!withPieces && linkDepth === 0) {
      // Fast path: collapse whitespace by pattern when no map back to the node is needed.
      const collapsed = data.replace(/[\s\u00a0\u200b]+/g, ' ');
      if (collapsed === ' ' || collapsed === '') {
        if (collapsed === ' ') pendingSpace = text.length > 0;
        return;
      }
      const leading = collapsed.startsWith(' ');
      const trailing = collapsed.endsWith(' ');
      const core = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined);
      if ((pendingSpace || leading) && text.length > 0) text += ' ';
      text += core;
      pendingSpace = trailing;
      return;
    }
    // Slow path, still linear: whole stretches at a time. A stretch of non-space characters with single spaces
    // between them is copied as it is (one slice, one run of the map); only other whitespace starts a new one.
    // Character by character, a 2 MB run-on sentence took ~0.6 s of the page's main thread in one task.
    let piece: TextPiece | undefined;
    const n = data.length;
    let i = 0;
    while (i < n) {
      if (isSpace(data.charCodeAt(i))) {
        if (!pendingSpace && text.length > 0) {
          pendingSpace = true;
          spaceFrom = { node, raw: i };
        }
        i++;
        continue;
      }
      if (pendingSpace) {
        // The collapsed space maps to the first whitespace character of its run, in whichever node that was.
        if (withPieces && spaceFrom) {
          if (spaceFrom.node === node) mapRun((piece ??= newPiece(node)), spaceFrom.raw, 1);
          else {
            const last = pieces[pieces.length - 1];
            mapRun(last && last.node === spaceFrom.node ? last : newPiece(spaceFrom.node), spaceFrom.raw, 1);
          }
        }
        text += ' ';
        pendingSpace = false;
      }
      // Link text counts its non-space characters only (linkChars), so a link's stretch stops at any space.
      const end = linkDepth === 0 ? STRETCH_END : ANY_SPACE;
      end.lastIndex = i + 1;
      const j = end.exec(data)?.index ?? n;
      if (withPieces) mapRun((piece ??= newPiece(node)), i, j - i);
      text += data.slice(i, j);
      if (linkDepth > 0) linkChars += j - i;
      i = j;
    }
  };
  const newPiece = (node: Text): TextPiece => {
    const p: TextPiece = { node, blockStart: text.length, length: 0, runs: [] };
    pieces.push(p);
    return p;
  };

  // Iterative pre/post-order walk: a stack of [node, exiting?].
  const stack: [Node, boolean][] = [[root, false]];
  let visited = 0;
  while (stack.length > 0 && !stopped) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const [node, exiting] = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      appendText(node as Text);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const el = node as Element;
    const elementLike = node.nodeType === ELEMENT_NODE;
    if (exiting) {
      if (el.tagName.toUpperCase() === 'A') linkDepth--;
      else if (isBlock(el)) {
        flush();
        context.pop();
      }
      continue;
    }
    if (elementLike && isSkipped(el)) continue;
    if (elementLike && isBlock(el)) {
      flush();
      const own = blockKindOf(el);
      const parent = context[context.length - 1]!;
      // A paragraph inside a list item or cell still belongs to that item or cell.
      context.push(own.kind === 'paragraph' && parent.kind !== 'heading' ? (parent.kind === 'paragraph' ? own : parent) : own);
      stack.push([node, true]);
    } else if (elementLike && el.tagName.toUpperCase() === 'A') {
      linkDepth++;
      stack.push([node, true]);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
  }
  flush();
}
