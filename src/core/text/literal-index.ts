import { WORD_BOUNDARY, anyLiteralPattern } from './required-literals';

/**
 * Which of many literal sets a text holds, in one scan (the prefilters of many patterns at once). Asking each
 * set's own pattern (`anyLiteralPattern(set).test(text)`) costs one scan of the text per set; a sentence is
 * asked about some thirty sets (every term and trap of the vocabulary), so one scan that answers all of them
 * is several times cheaper, with the same answers (a fuzz test compares them).
 *
 * The scan: one pattern of every literal (a trie, anyLiteralPattern) finds each position where some literal
 * starts; from there a walk of the literals' trie in the text names every literal that starts at that position
 * (overlapping ones too). Most texts hold none, and cost one scan; texts that hold one have a few such positions.
 * Linear: at most the longest literal's length of work per position.
 */
interface Node {
  /**
   * The children by UTF-16 code unit. Most nodes inside a literal have one, kept in `code`/`child` (read
   * without a map); the rest are in `more`.
   */
  code: number;
  child: Node | undefined;
  more: Map<number, Node> | undefined;
  /** A word boundary here (`WORD_BOUNDARY` in a literal): matched by position, never by a character. */
  boundary: Node | undefined;
  /** The sets that hold a literal ending at this node. */
  sets: number[];
}

const BOUNDARY_CODE = WORD_BOUNDARY.charCodeAt(0);
const newNode = (): Node => ({ code: -1, child: undefined, more: undefined, boundary: undefined, sets: [] });

function childOf(node: Node, code: number): Node | undefined {
  if (node.code === code) return node.child;
  return node.more?.get(code);
}
function addChild(node: Node, code: number): Node {
  const existing = childOf(node, code);
  if (existing) return existing;
  const child = newNode();
  if (node.code === -1) {
    node.code = code;
    node.child = child;
  } else (node.more ??= new Map()).set(code, child);
  return child;
}

/** `\b` as V8 reads it without the `u` flag: a change between a word character ([A-Za-z0-9_]) and another. */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const atBoundary = (text: string, i: number) =>
  (i > 0 && isWordChar(text.charCodeAt(i - 1))) !== (i < text.length && isWordChar(text.charCodeAt(i)));

/**
 * Literals per start pattern, at most: under the size at which V8 stops compiling a pattern to native code (one
 * pattern of 1,311 literals ran interpreted; 955 did not). The literals are shared evenly among the fewest patterns.
 */
const MAX_LITERALS_PER_PATTERN = 800;

/** For each set, whether the text holds one of its literals; a set given as undefined is always held. */
export type LiteralIndex = (text: string) => Uint8Array;

export function literalIndex(sets: readonly (readonly string[] | undefined)[]): LiteralIndex {
  const root = newNode();
  const always = new Uint8Array(sets.length);
  const all: string[] = [];
  sets.forEach((literals, set) => {
    if (!literals) {
      always[set] = 1;
      return;
    }
    for (const literal of literals) {
      all.push(literal);
      let node = root;
      // By UTF-16 code unit, as a pattern without the `u` flag reads the text.
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        node = c === BOUNDARY_CODE ? (node.boundary ??= newNode()) : addChild(node, c);
      }
      node.sets.push(set);
    }
  });
  // The start patterns, a few hundred literals each: one pattern of every literal (over a thousand) grew past what
  // V8 compiles to native code and ran interpreted, ~30× slower. Each finds where one of its literals starts; the
  // walk from there names every literal of every set that starts at that position, so a position two patterns
  // find is walked twice, with the same answer.
  const starts: RegExp[] = [];
  const size = Math.ceil(all.length / Math.ceil(all.length / MAX_LITERALS_PER_PATTERN));
  for (let i = 0; i < all.length; i += size) {
    starts.push(new RegExp(anyLiteralPattern(all.slice(i, i + size))!.source, 'g'));
  }
  // The walk's pending branches (a node and a position), reused from call to call.
  const nodes: Node[] = [];
  const positions: number[] = [];
  return (text) => {
    const held = always.slice();
    for (const start of starts) walkFrom(start, text, held);
    return held;
  };

  function walkFrom(starts: RegExp, text: string, held: Uint8Array): void {
    starts.lastIndex = 0;
    for (let m = starts.exec(text); m; m = starts.exec(text)) {
      nodes.push(root);
      positions.push(m.index);
      while (nodes.length > 0) {
        const node = nodes.pop()!;
        const at = positions.pop()!;
        const sets = node.sets;
        for (let k = 0; k < sets.length; k++) held[sets[k]!] = 1;
        if (node.boundary && atBoundary(text, at)) {
          nodes.push(node.boundary);
          positions.push(at);
        }
        const next = at < text.length ? childOf(node, text.charCodeAt(at)) : undefined;
        if (next) {
          nodes.push(next);
          positions.push(at + 1);
        }
      }
      // Literals that start inside this match are found from the next position on.
      starts.lastIndex = m.index + 1;
    }
  }
}
