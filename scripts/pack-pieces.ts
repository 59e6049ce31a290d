/**
 * Packs a bundled chunk's pattern pieces into one text, the last of the build's rewrites of `rx` pieces (after
 * fold-raw-templates.ts joined and marked them). Marks shorten the commonest short runs; what is left, ~80 KB in the
 * analyzer, still writes many longer runs two or more times ("(?:your |the )?", "[^.;]{0,60}", the same verb lists in
 * several patterns). The packed text writes each such run of five bytes or more as a four-byte reference to its
 * earlier copy, and each piece's place keeps one character, its index among the chunk's pieces: the analyzer ships
 * ~18 KB smaller. `rx` reads the same text as before: a small tag the chunk is given looks each piece up in the
 * unpacked list and hands it to `rx`, which reads its marks back as it always did.
 *
 * It works on a whole chunk (Rollup's `renderChunk`, before the minifier), because that is the only place where the
 * runs shared by all the chunk's modules are known; every chunk that uses `rx` is packed on its own, with its own
 * list, whether it defines `rx` (the analyzer built alone) or imports it (the extension's background, whose `rx`
 * comes from a chunk shared with the compare page). Tests and tsx run the source, where nothing is packed.
 *
 * The format:
 * - a packed piece is one character, U+0250 plus its index (two bytes of UTF-8 for the first 1,456 pieces);
 * - the packed text is the pieces joined by line breaks (no piece holds one), in which a character in U+0600–U+07FF
 *   and the one after it, any of U+0080–U+07FF, are a reference: 512 × 1,920 values, a length of 3–17 characters
 *   (the value over 65,536) and how far back its copy starts (1–65,536 characters, the rest);
 * - a character in U+4000–U+BFFF is a short reference on its own: fifteen bits, the top three a length of 3–10
 *   characters and the other twelve how far back (1–4,096). Three bytes of UTF-8 instead of four: most copies are
 *   short runs written again nearby ("(?:your |the )?", a verb list's endings), and the analyzer ships ~4.4 KB smaller;
 * - and a character in U+0250–U+05FF, which no piece writes (the pieces' indices are in the code, not in the packed
 *   text), is a tiny reference: two bytes, for a copy of 3–5 characters that starts 314 or fewer back (a run of an
 *   alternation's endings, "s?|", "ing|", " (?:"). Taking U+0400–U+05FF from the long references' first character (the
 *   second one can be any two-byte character, so they keep nearly all their twenty bits) and giving it to these
 *   shipped the analyzer ~2.2 KB smaller;
 * - no piece may hold a character of U+0250–U+1FFF or U+4000–U+BFFF (the build fails on one that does): marks end at
 *   U+024F, and what else the pieces write past ASCII is punctuation and symbols from U+2000 on (’, “, –, •).
 */
import ts from 'typescript';
import { splice } from './splice.ts';

/** The character that stands for the chunk's first piece; the next ones for the next pieces. */
export const FIRST_PIECE = 0x250;
/** The first character past the range no piece may write. */
const PIECES_END = 0x2000;
/** The short references' characters: 2^15 from here. */
const FIRST_SHORT = 0x4000;
const SHORT_END = FIRST_SHORT + 0x8000;
/** The first character of a piece's text in the ranges packing reserves ("U+0250"), or undefined. */
export function reservedIn(text: string): string | undefined {
  for (const c of text) {
    const at = c.codePointAt(0)!;
    if ((at >= FIRST_PIECE && at < PIECES_END) || (at >= FIRST_SHORT && at < SHORT_END)) {
      return `U+${at.toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return undefined;
}
/** The first of the 512 characters a reference starts with, and the 1,920 (all of two bytes) its second one is. */
const FIRST_REFERENCE = 0x600;
const REFERENCE_END = 0x800;
const FIRST_SECOND = 0x80;
const SECONDS = REFERENCE_END - FIRST_SECOND;
/** The shortest and the longest copy a reference stands for, and the farthest back its copy may start. */
const SHORTEST_COPY = 3;
const FARTHEST = 0x10000;
/** 17: the longest whose every distance has a value, (length − 3) × 65,536 + distance − 1 < 512 × 1,920. */
const LONGEST_COPY = SHORTEST_COPY + Math.floor(((REFERENCE_END - FIRST_REFERENCE) * SECONDS) / FARTHEST) - 1;
/** What a reference costs in the shipped text: two characters of two bytes each. */
const REFERENCE_BYTES = 4;
/** A short reference: one character of three bytes, for a copy of 3–10 characters that starts 4,096 or fewer back. */
const SHORT_LONGEST = SHORTEST_COPY + 7;
const SHORT_FARTHEST = 0x1000;
const SHORT_BYTES = 3;
/** A tiny reference: one character of two bytes, for a copy of 3–5 characters that starts 314 or fewer back. */
const FIRST_TINY = FIRST_PIECE;
const TINY_LONGEST = SHORTEST_COPY + 2;
const TINY_FARTHEST = Math.floor((FIRST_REFERENCE - FIRST_TINY) / (TINY_LONGEST - SHORTEST_COPY + 1));
const TINY_BYTES = 2;
const SEPARATOR = '\n';

/**
 * The function the build adds to a packed chunk, as source: from a packed text, the list of its pieces. One UTF-16
 * code unit a cell, decoded in one call at the end: a reference copies cell by cell, so a copy may overlap the text
 * it copies, and no string is built (or flattened again) for each of the ~7,000 references (a string a cell and a
 * join took ~3× as long in a fresh process). A long reference writes at most seventeen cells for its two characters, a
 * short one ten for its one and a tiny one five, so ten a character are enough. Each reference is read as one value,
 * its length less three times 65,536 plus its distance less one. The cells are little-endian, as every browser's typed
 * arrays are. Plain JavaScript, since it is written into the built chunk as it is (the tests read it back from here).
 */
export const UNPACK_SOURCE = `(packed) => {
  const out = new Uint16Array(packed.length * 10);
  let n = 0;
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    let value;
    if (c >= ${FIRST_SHORT} && c < ${SHORT_END}) {
      value = c - ${FIRST_SHORT};
      value = ((value >> 12) << 16) | (value & 0xfff);
    } else if (c >= ${FIRST_REFERENCE} && c < ${REFERENCE_END}) {
      value = (c - ${FIRST_REFERENCE}) * ${SECONDS} + packed.charCodeAt(++i) - ${FIRST_SECOND};
    } else if (c >= ${FIRST_TINY} && c < ${FIRST_REFERENCE}) {
      value = c - ${FIRST_TINY};
      value = (((value / ${TINY_FARTHEST}) | 0) << 16) | (value % ${TINY_FARTHEST});
    } else {
      out[n++] = c;
      continue;
    }
    let from = n - 1 - (value & 0xffff);
    for (let k = ${SHORTEST_COPY} + (value >> 16); k > 0; k--) out[n++] = out[from++];
  }
  return new TextDecoder('utf-16le').decode(out.subarray(0, n)).split(${JSON.stringify(SEPARATOR)});
}`;

/** UNPACK_SOURCE as a function, for the build's check and the tests. */
// eslint-disable-next-line no-new-func -- this file's own source above, not input
export const unpackPieces = new Function(`return ${UNPACK_SOURCE};`)() as (packed: string) => string[];
const utf8Bytes = (s: string) => Buffer.byteLength(s);

/**
 * Where the text may be cut: not inside an escape (`\(` is one unit), so that the packed text, shipped as a raw
 * template, never has a backslash before a reference and reads as the pieces wrote it.
 */
function unitStarts(text: string): boolean[] {
  const starts = new Array<boolean>(text.length + 1).fill(true);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') starts[++i] = false;
  }
  return starts;
}

/**
 * The pieces as one packed text (unpackPieces reads it back). At each place a reference or a unit, whichever
 * writes the rest of the text in the fewest bytes (chosen from the end back, so that a long copy is not lost to an
 * earlier, shorter one); a reference copies the longest earlier run found within reach.
 */
export function packPieces(pieces: readonly string[]): string {
  for (const p of pieces) {
    if (p.includes(SEPARATOR)) throw new Error(`pack-pieces: a piece holds a line break: ${p.slice(0, 60)}`);
  }
  const text = pieces.join(SEPARATOR);
  const n = text.length;
  const starts = unitStarts(text);
  // For each place, the longest earlier copy of what follows (its length, capped, and where it starts); and the longest
  // a short reference can reach (within 4,096, capped at its longest), and a tiny one (within 314, capped likewise).
  const longest = new Array<number>(n).fill(0);
  const copyAt = new Array<number>(n).fill(0);
  const near = new Array<number>(n).fill(0);
  const nearAt = new Array<number>(n).fill(0);
  const tiny = new Array<number>(n).fill(0);
  const tinyAt = new Array<number>(n).fill(0);
  const placesOf = new Map<string, number[]>();
  for (let i = 0; i + SHORTEST_COPY <= n; i++) {
    const key = text.slice(i, i + SHORTEST_COPY);
    const earlier = placesOf.get(key) ?? [];
    for (let j = earlier.length - 1; j >= 0 && i - earlier[j]! <= FARTHEST; j--) {
      const p = earlier[j]!;
      let length = SHORTEST_COPY;
      while (length < LONGEST_COPY && i + length < n && text[p + length] === text[i + length]) length++;
      if (length > longest[i]!) [longest[i], copyAt[i]] = [length, p];
      if (i - p <= SHORT_FARTHEST && Math.min(length, SHORT_LONGEST) > near[i]!) [near[i], nearAt[i]] = [Math.min(length, SHORT_LONGEST), p];
      if (i - p <= TINY_FARTHEST && Math.min(length, TINY_LONGEST) > tiny[i]!) [tiny[i], tinyAt[i]] = [Math.min(length, TINY_LONGEST), p];
      if (length === LONGEST_COPY) break;
    }
    earlier.push(i);
    placesOf.set(key, earlier);
  }
  // bytes[i]: the fewest bytes that write text[i..]; step[i]: the first choice there, a reference of that many
  // characters or (negative) a unit of that many; kind[i]: which reference it is.
  const bytes = new Array<number>(n + 1).fill(0);
  const step = new Array<number>(n + 1).fill(0);
  const kind = new Array<'long' | 'short' | 'tiny'>(n + 1).fill('long');
  for (let i = n - 1; i >= 0; i--) {
    if (!starts[i]) continue;
    const unit = text[i] === '\\' ? 2 : 1;
    [bytes[i], step[i]] = [utf8Bytes(text.slice(i, i + unit)) + bytes[i + unit]!, -unit];
    for (let length = SHORTEST_COPY; length <= longest[i]!; length++) {
      const cost = REFERENCE_BYTES + bytes[i + length]!;
      if (starts[i + length] && cost < bytes[i]!) [bytes[i], step[i], kind[i]] = [cost, length, 'long'];
    }
    for (let length = SHORTEST_COPY; length <= near[i]!; length++) {
      const cost = SHORT_BYTES + bytes[i + length]!;
      if (starts[i + length] && cost < bytes[i]!) [bytes[i], step[i], kind[i]] = [cost, length, 'short'];
    }
    for (let length = SHORTEST_COPY; length <= tiny[i]!; length++) {
      const cost = TINY_BYTES + bytes[i + length]!;
      if (starts[i + length] && cost < bytes[i]!) [bytes[i], step[i], kind[i]] = [cost, length, 'tiny'];
    }
  }
  let out = '';
  for (let i = 0; i < n; i += Math.abs(step[i]!)) {
    if (step[i]! < 0) {
      out += text.slice(i, i - step[i]!);
      continue;
    }
    if (kind[i] === 'tiny') {
      out += String.fromCharCode(FIRST_TINY + (step[i]! - SHORTEST_COPY) * TINY_FARTHEST + (i - tinyAt[i]! - 1));
      continue;
    }
    if (kind[i] === 'short') {
      out += String.fromCharCode(FIRST_SHORT + (((step[i]! - SHORTEST_COPY) << 12) | (i - nearAt[i]! - 1)));
      continue;
    }
    const value = (step[i]! - SHORTEST_COPY) * FARTHEST + (i - copyAt[i]! - 1);
    out += String.fromCharCode(FIRST_REFERENCE + Math.floor(value / SECONDS), FIRST_SECOND + (value % SECONDS));
  }
  return out;
}

/**
 * The pieces of a parsed file or chunk: each template tagged `rx` (by that name), and the text of each of its literals
 * between the delimiters ("`" or "}" before, "`" or "${" after), where it starts and ends.
 */
export function piecesOf(source: ts.SourceFile, rx: string) {
  const tags: ts.Identifier[] = [];
  const texts: { from: number; to: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === rx) {
      const t = node.template;
      tags.push(node.tag);
      for (const l of ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)]) {
        const from = l.getStart(source) + 1;
        const to = l.getEnd() - (ts.isTemplateHead(l) || ts.isTemplateMiddle(l) ? 2 : 1);
        texts.push({ from, to, text: source.text.slice(from, to) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { tags, texts };
}

/** pattern.ts's `rx` as the bundler names it in a chunk (it adds `$1`… to a name that two modules declare). */
const RX_NAME = /^rx(?:\$\d+)?$/;
/** A name the chunk does not use yet. */
function freshName(code: string, base: string): string {
  let name = base;
  for (let i = 1; new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code); i++) name = `${base}$${i}`;
  return name;
}

/**
 * A bundled ES chunk with its `rx` pieces packed, or undefined if it has none (or packing them would not make it
 * smaller). `rx` is the chunk's one binding of that name, declared with `String.raw` (pattern.ts) or imported (no
 * other module exports an `rx`, which a test keeps so); the build fails where the chunk binds the name twice and a
 * piece's tag could be either.
 */
export function packChunk(code: string): string | undefined {
  if (!/\brx\b|\brx\$/.test(code)) return undefined;
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // Every binding of an `rx` name, and which of them is pattern.ts's.
  const bindings = new Map<string, { count: number; isRx: boolean }>();
  const visitBindings = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name) && RX_NAME.test(name.text) && (ts.isDeclarationStatement(node) || ts.isVariableDeclaration(node) ||
      ts.isParameter(node) || ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isBindingElement(node))) {
      const seen = bindings.get(name.text) ?? { count: 0, isRx: false };
      seen.count++;
      const init = ts.isVariableDeclaration(node) ? node.initializer : undefined;
      if (ts.isImportSpecifier(node) || (init && init.getText(source).includes('String.raw'))) seen.isRx = true;
      bindings.set(name.text, seen);
    }
    ts.forEachChild(node, visitBindings);
  };
  visitBindings(source);
  const rxes = [...bindings].filter(([, b]) => b.isRx);
  if (rxes.length !== 1) return undefined;
  const [rx, binding] = rxes[0]!;
  if (binding.count !== 1) throw new Error(`pack-pieces: the chunk binds ${rx} more than once`);

  const { tags, texts } = piecesOf(source, rx);
  // A piece shorter than a reference's copy can be ("|a", ")") is packed only where its places save more than its
  // line in the packed text costs: a two-byte character at each place for its text, its text and a line break once.
  const places = new Map<string, number>();
  for (const t of texts) places.set(t.text, (places.get(t.text) ?? 0) + 1);
  const worthPacking = (text: string) => {
    const bytes = utf8Bytes(text);
    return bytes > REFERENCE_BYTES || places.get(text)! * (bytes - 2) > bytes + 1;
  };
  const pieces = [...places.keys()].filter((t) => t !== '' && worthPacking(t));
  for (const p of places.keys()) {
    const reserved = reservedIn(p);
    if (reserved) throw new Error(`pack-pieces: a piece holds ${reserved}, which packing reserves: ${p.slice(0, 60)}`);
  }
  if (FIRST_PIECE + pieces.length > PIECES_END) throw new Error(`pack-pieces: ${pieces.length} pieces, more than the range holds`);
  if (pieces.length === 0) return undefined;
  const packed = packPieces(pieces);
  // The build's own check that the shipped function reads the pieces back as they were.
  const back = unpackPieces(packed);
  if (back.length !== pieces.length || back.some((p, i) => p !== pieces[i])) throw new Error('pack-pieces: the packed text does not read back');
  const index = new Map(pieces.map((p, i) => [p, String.fromCharCode(FIRST_PIECE + i)]));
  const packedPlaces = texts.filter((t) => index.has(t.text));
  // What the chunk saves: its pieces' text, less the packed text, a character a place and the code added (a bound).
  const saved = utf8Bytes(packedPlaces.map((t) => t.text).join('')) - utf8Bytes(packed) - 2 * packedPlaces.length - utf8Bytes(UNPACK_SOURCE);
  if (saved <= 0) return undefined;

  const tag = freshName(code, 'rxPacked');
  const list = freshName(code, 'packedPieces');
  // After the imports, before any code that could call the tag (a function declaration's body included).
  const imports = source.statements.filter(ts.isImportDeclaration);
  const at = imports.length ? imports[imports.length - 1]!.getEnd() : 0;
  const preamble =
    `\nvar ${list} = (${UNPACK_SOURCE})(String.raw\`${packed}\`);\n` +
    // A literal left in place (empty, or too short to pack) has no index, since no piece writes a character of the
    // range, and is handed on as it is.
    `var ${tag} = (strings, ...values) => ${rx}({ raw: strings.raw.map((piece) => ${list}[piece.charCodeAt(0) - ${FIRST_PIECE}] ?? piece) }, ...values);\n`;
  return splice(code, [
    { from: at, to: at, text: preamble },
    ...tags.map((t) => ({ from: t.getStart(source), to: t.getEnd(), text: tag })),
    ...packedPlaces.map((t) => ({ ...t, text: index.get(t.text)! })),
  ].sort((a, b) => a.from - b.from));
}
