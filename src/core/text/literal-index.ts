import { WORD_BOUNDARY, withoutRedundant } from './required-literals';

/**
 * Which of many literal sets a text holds, in one scan (the prefilters of many patterns at once). Asking each
 * set's own pattern (`anyLiteralPattern(set).test(text)`) costs one scan of the text per set; a sentence is
 * asked about some thirty sets (every term and trap of the vocabulary), so one scan that answers all of them
 * is several times cheaper, with the same answers (a fuzz test compares them).
 *
 * The scan is an Aho–Corasick automaton over the text read as symbols: each UTF-16 code unit (as a pattern
 * without the `u` flag reads it), with a word-boundary symbol between two code units of which one is a word
 * character ([A-Za-z0-9_]) and the other not, and at either end beside a word character: where `\b` holds.
 * A literal's `WORD_BOUNDARY` mark is that symbol, and the boundaries its own characters imply are written into
 * it, so a literal is held exactly where its symbols appear in a row. One table read per symbol, whatever the
 * number of literals: linear, and no pattern to compile (a regular expression of every literal, a trie of
 * thousands of words, took V8 tens of milliseconds to compile on a page's first analysis and scanned slower).
 */

/**
 * For each set, whether the text holds one of its literals; a set given as undefined is always held. The answer
 * may be shared with other texts': read it, never write it.
 */
export type LiteralIndex = (text: string) => Uint8Array;

const BOUNDARY_CODE = WORD_BOUNDARY.charCodeAt(0);
/** `\b` as V8 reads it without the `u` flag: a change between a word character ([A-Za-z0-9_]) and another. */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * A literal as symbols, or undefined when no text can hold it (a boundary mark between two word characters, or
 * between two others). Consecutive marks are one boundary.
 */
function symbolsOf(literal: string, symbolOf: (code: number) => number, boundary: number): number[] | undefined {
  const out: number[] = [];
  let previous = -1; // the last code unit, -1 before the first
  let marked = false;
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c === BOUNDARY_CODE) {
      marked = true;
      continue;
    }
    if (previous === -1) {
      if (marked) out.push(boundary);
    } else {
      const change = isWordChar(previous) !== isWordChar(c);
      if (marked && !change) return undefined;
      if (change) out.push(boundary);
    }
    out.push(symbolOf(c));
    previous = c;
    marked = false;
  }
  if (marked) out.push(boundary);
  return out;
}

/**
 * `foldAsciiCase`: A–Z read as a–z, in the literals and in the text (what lower-casing both would give for
 * ASCII literals, without a lower-cased copy of each text).
 */
export function literalIndex(
  sets: readonly (readonly string[] | undefined)[],
  foldAsciiCase = false,
): LiteralIndex {
  const fold = (c: number) => (foldAsciiCase && c >= 65 && c <= 90 ? c + 32 : c);
  const always = new Uint8Array(sets.length);
  // Symbols: 1… for the code units the literals hold, then the boundary; 0 for every other code unit.
  const symbols = new Map<number, number>();
  for (const literals of sets) {
    for (const literal of literals ?? []) {
      for (let i = 0; i < literal.length; i++) {
        const c = fold(literal.charCodeAt(i));
        if (c !== BOUNDARY_CODE && !symbols.has(c)) symbols.set(c, symbols.size + 1);
      }
    }
  }
  const boundary = symbols.size + 1;
  // Distinct code units over all the literals: each symbol × 2 + 1 must fit a Uint16Array cell.
  if (boundary * 2 + 1 > 0xffff) throw new Error('literalIndex: over 32,766 code units');
  const width = boundary + 1;
  // Per code unit, its symbol × 2, + 1 for a word character: the scan reads both with one array read. Every
  // code unit outside ASCII and the literals is 0 (symbol 0, not a word character) as allocated.
  const codeInfo = new Uint16Array(65536);
  for (let c = 0; c < 128; c++) if (isWordChar(c)) codeInfo[c] = 1;
  symbols.forEach((symbol, code) => (codeInfo[code] = symbol * 2 + (isWordChar(code) ? 1 : 0)));
  if (foldAsciiCase) for (let c = 65; c <= 90; c++) codeInfo[c] = codeInfo[c + 32]!;

  // The trie: `next` grows by one row of `width` per node; 0 is "no child" (the root is never a child).
  let next = new Int32Array(width * 64);
  let nodes = 1;
  const ends: number[][] = [[]];
  sets.forEach((literals, set) => {
    if (!literals) {
      always[set] = 1;
      return;
    }
    // A literal that holds another of its set adds nothing to the set's answer ("face" makes "of your face"
    // redundant): fewer states to build.
    for (const literal of withoutRedundant(literals)) {
      const seq = symbolsOf(literal, (c) => codeInfo[fold(c)]! >> 1, boundary);
      if (!seq) continue;
      let node = 0;
      for (const symbol of seq) {
        let child = next[node * width + symbol]!;
        if (child === 0) {
          if ((nodes + 1) * width > next.length) {
            const grown = new Int32Array(next.length * 2);
            grown.set(next);
            next = grown;
          }
          child = nodes++;
          ends.push([]);
          next[node * width + symbol] = child;
        }
        node = child;
      }
      // An empty literal is held by every text, the empty one too.
      if (node === 0) always[set] = 1;
      else ends[node]!.push(set);
    }
  });

  // Breadth first: each node's failure (its longest proper suffix in the trie), and the missing transitions
  // filled from it, so the scan never follows a failure; `report` links a node to the nearest node on its
  // failure chain that ends a literal (-1 for none).
  const fail = new Int32Array(nodes);
  const report = new Int32Array(nodes).fill(-1);
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let s = 0; s < width; s++) {
    const child = next[s]!;
    if (child !== 0) queue[tail++] = child; // fail 0, report -1
  }
  while (head < tail) {
    const node = queue[head++]!;
    const f = fail[node]!;
    for (let s = 0; s < width; s++) {
      const child = next[node * width + s]!;
      if (child === 0) {
        next[node * width + s] = next[f * width + s]!;
        continue;
      }
      const cf = next[f * width + s]!;
      fail[child] = cf;
      report[child] = ends[cf]!.length > 0 ? cf : report[cf]!;
      queue[tail++] = child;
    }
  }
  // The scan reads a state's row, node × width, in a table of node numbers: a few array reads per code unit. The
  // nodes are renumbered breadth first, so the shallow states most code units lead to share a few cache lines (in
  // the order the literals were added they were strewn over megabytes), and those on which a literal ends come
  // after all the others, told by their number alone. Two bytes a cell where the nodes fit.
  const isEnd = (n: number) => ends[n]!.length > 0 || report[n]! > 0;
  const bfs = [0, ...queue.subarray(0, tail)];
  const plain = bfs.filter((n) => !isEnd(n));
  const order = [...plain, ...bfs.filter(isEnd)];
  const firstEnding = plain.length;
  const number = new Int32Array(nodes);
  order.forEach((n, k) => (number[n] = k));
  const table = nodes <= 0x10000 ? new Uint16Array(nodes * width) : new Uint32Array(nodes * width);
  order.forEach((n, k) => {
    for (let s = 0; s < width; s++) table[k * width + s] = number[next[n * width + s]!]!;
  });
  /**
   * Per state that ends a literal (renumbered, from `firstEnding`), the sets of the literals that end on it and on its
   * report chain, in one array: a mark reads one array, not the chain's nodes and their lists (strewn over the heap,
   * each a cache miss in a page's analysis). The other states are never marked, and get none.
   */
  const setsAt = order.slice(firstEnding).map((node) => {
    const out: number[] = [];
    for (let n = ends[node]!.length > 0 ? node : report[node]!; n > 0; n = report[n]!) out.push(...ends[n]!);
    return out;
  });
  /**
   * Marks the sets of the literals that end on state `k` (renumbered), in a copy of `always` made at the first
   * mark: most texts hold none, and share `always` (a typed array of over 64 bytes is slow to allocate).
   */
  const mark = (held: Uint8Array, k: number) => {
    if (held === always) held = always.slice();
    for (const set of setsAt[k - firstEnding]!) held[set] = 1;
    return held;
  };

  return (text) => {
    let held: Uint8Array = always;
    if (nodes === 1) return held;
    let state = 0;
    let wordBefore = 0;
    for (let i = 0; i < text.length; i++) {
      const info = codeInfo[text.charCodeAt(i)]!;
      const word = info & 1;
      if (word !== wordBefore) {
        state = table[state * width + boundary]!;
        if (state >= firstEnding) held = mark(held, state);
        wordBefore = word;
      }
      state = table[state * width + (info >> 1)]!;
      if (state >= firstEnding) held = mark(held, state);
    }
    if (wordBefore) {
      state = table[state * width + boundary]!;
      if (state >= firstEnding) held = mark(held, state);
    }
    return held;
  };
}
