/**
 * What text a regular expression cannot match without: a set of literal strings, one of which every match
 * contains (the idea of a code-search prefilter). A text that holds none of them cannot match, so a cheap scan
 * for the literals can dismiss it before the expression itself runs, with the same answers.
 *
 * It reads the source as a case-sensitive expression without flags. What it does not understand it treats as
 * "anything" (a class, a back-reference, an unknown escape), which only weakens the set, never makes it wrong:
 * `requiredLiterals` returns undefined when no useful set can be proved.
 */

import { FUNCTION_WORDS } from './function-words';
import { rx } from './pattern';

/** The strings a part of the expression matches, when they are few enough to list; else undefined. */
type Exact = Set<string> | undefined;
/** Literals one of which every match of a part contains; undefined when nothing is required. */
type Required = Set<string> | undefined;
interface Info {
  exact: Exact;
  required: Required;
}

/** Above this many strings an exact set is given up for a required set (cross products grow fast). */
const MAX_EXACT = 64;
/** A class of more characters than this is "any character" here. */
const MAX_CLASS = 16;

/**
 * Stands for `\b` inside a literal: "\u0000ble " is "ble " at the start of a word (not inside "possible "),
 * which keeps short words selective. A text holds such a literal where `literalSource` of it matches.
 */
export const WORD_BOUNDARY = '\u0000';
/**
 * Where a look-around forbids a word character beside it ("(?<![\w-])rough", "face(?!\w)"), a word boundary holds
 * there if the character on the other side is one: "(?<![\w-])rough" never matches inside "through". These marks
 * stand for it until the literal is whole (`resolveBoundaries`), when that character is known.
 */
const NO_WORD_BEFORE = '\u0001';
const NO_WORD_AFTER = '\u0002';
/** The literal without its marks (code units 0–2), by a loop over code units: this runs for every literal built. */
function bare(s: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    if (s.charCodeAt(k) <= 2) {
      out += s.slice(from, k);
      from = k + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
const hasLookaroundMark = (s: string) => s.includes(NO_WORD_BEFORE) || s.includes(NO_WORD_AFTER);
const bareLength = (s: string) => bare(s).length;

const ANY: Info = { exact: undefined, required: undefined };
const EMPTY: Info = { exact: new Set(['']), required: undefined };
const exactly = (strings: Iterable<string>): Info => ({ exact: new Set(strings), required: undefined });

function requiredOf(info: Info): Required {
  if (info.exact) return [...info.exact].some((s) => bare(s) === '') ? undefined : info.exact;
  return info.required;
}
/**
 * Words found in most sentences of a policy: a literal made of them alone ("such as ", "including the ") dismisses
 * almost nothing, however long it is, so it counts as the shortest possible when two requirements are compared.
 */
const COMMON_WORDS = new Set(
  // Also the letters of "e.g." and "i.e.", and a policy's own commonest nouns: "data about " is in a third of a
  // policy's sentences, where "face" would have let through almost none.
  rx`${FUNCTION_WORDS} its include e g i eg ie example then information data personal`.split(' '),
);
function isCommon(literal: string): boolean {
  const words = bare(literal).split(/[^a-z]+/i).filter(Boolean);
  return words.length > 0 && words.every((w) => COMMON_WORDS.has(w.toLowerCase()));
}
/**
 * The more selective of two required sets: the longer shortest literal (a literal of common words alone counts
 * as empty), then the fewer literals.
 */
function better(a: Required, b: Required): Required {
  if (!a) return b;
  if (!b) return a;
  const shortest = (set: Set<string>) => {
    let n = Infinity;
    for (const x of set) n = Math.min(n, isCommon(x) ? 0 : bareLength(x));
    return n;
  };
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.size <= b.size ? a : b;
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size * b.exact.size <= MAX_EXACT) {
    const out = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) out.add(x + y);
    return exactly(out);
  }
  // Every match holds a match of each part, so either part's requirement holds for the whole.
  return { exact: undefined, required: better(requiredOf(a), requiredOf(b)) };
}

function alternationOf(branches: Info[]): Info {
  if (branches.every((b) => b.exact) && branches.reduce((n, b) => n + b.exact!.size, 0) <= MAX_EXACT) {
    return exactly(branches.flatMap((b) => [...b.exact!]));
  }
  const required = new Set<string>();
  for (const b of branches) {
    const r = requiredOf(b);
    if (!r) return ANY;
    r.forEach((x) => required.add(x));
  }
  return { exact: undefined, required };
}

/** A look-around's body that any word character matches: `\w`, or a class holding it (`[\w-]`, `[\w'.]`). */
const NO_WORD_CHAR = /^(?:\\w|\[\\w[^\]\\]*\])$/;
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);
/** The marks of a whole literal made word boundaries where a word character is on their other side, else dropped. */
function resolveBoundaries(literal: string): string {
  if (!hasLookaroundMark(literal)) return literal;
  let out = '';
  for (let k = 0; k < literal.length; k++) {
    const c = literal[k]!;
    if (c === NO_WORD_BEFORE || c === NO_WORD_AFTER) {
      const beside = c === NO_WORD_BEFORE ? bare(literal.slice(k + 1))[0] : bare(out).slice(-1);
      if (isWordChar(beside)) out += WORD_BOUNDARY;
    } else {
      out += c;
    }
  }
  return out;
}

const isPlain = (c: string | undefined) => c !== undefined && !'\\()[]{}|?*+.^$'.includes(c);
const isQuantifier = (c: string | undefined) => c === '?' || c === '*' || c === '+' || c === '{';

// Sticky, so they read at the reader's position without copying the rest of the source.
const COUNT = /\{(\d+)(?:(,)(\d*))?\}/y;
const GROUP_OPENER = /\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const BRACED = /[{<][^}>]*[}>]/y;

/**
 * What the whole of `src` requires: a recursive-descent reader over the source, its position `i` shared by the
 * readers of each construct (closures rather than a class: the minifier renames locals, not properties).
 */
function readSource(src: string): Info {
  let i = 0;
  /** The sticky pattern's match at the position, which it then moves past; null where it does not match. */
  const take = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    const m = re.exec(src);
    if (m) i += m[0].length;
    return m;
  };

  const alternation = (): Info => {
    const branches = [sequence()];
    while (src[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0]! : alternationOf(branches);
  };

  /**
   * A sequence keeps the exact strings of its current run of parts (so "micro" + "phone" stays "microphone"
   * after a part that is not exact), and the most selective requirement of the runs it has closed.
   */
  const sequence = (): Info => {
    let run: Set<string> = new Set(['']);
    let closed: Required;
    let exact = true;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const part = quantified(atom());
      if (part.exact && part.exact.size * run.size <= MAX_EXACT) {
        run = concat(exactly(run), part).exact!;
        continue;
      }
      exact = false;
      closed = better(closed, requiredOf(exactly(run)));
      if (part.exact) {
        run = part.exact;
      } else {
        closed = better(closed, requiredOf(part));
        run = new Set(['']);
      }
    }
    if (exact) return exactly(run);
    return { exact: undefined, required: better(closed, requiredOf(exactly(run))) };
  };

  const quantified = (atom: Info): Info => {
    const c = src[i];
    let min: number;
    let max: number;
    let count: RegExpExecArray | null;
    if (c === '?' || c === '*' || c === '+') {
      i++;
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    } else if (c === '{' && (count = take(COUNT))) {
      min = Number(count[1]);
      max = count[2] === undefined ? min : count[3] ? Number(count[3]) : Infinity;
    } else {
      return atom;
    }
    if (src[i] === '?') i++; // lazy: the same strings
    if (min === 0 && max === 1) return atom.exact ? exactly([...atom.exact, '']) : ANY;
    if (min === 0) return ANY;
    if (min === 1 && max === 1) return atom;
    return { exact: undefined, required: requiredOf(atom) };
  };

  const atom = (): Info => {
    const c = src[i++]!;
    if (c === '(') return group();
    if (c === '[') return charClass();
    if (c === '\\') return escape(false);
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    // A run of plain characters is one string (crossing sets one character at a time costs the module's load
    // time); the last character stays apart when a quantifier follows it ("prints?").
    let run = c;
    while (isPlain(src[i]) && !isQuantifier(src[i + 1])) run += src[i++];
    return exactly([run]);
  };

  const group = (): Info => {
    let lookaround = false;
    let negative = false;
    if (src[i] === '?') {
      const m = take(GROUP_OPENER);
      if (!m) unreadable();
      lookaround = /^\?(?:=|!|<=|<!)$/.test(m[0]);
      negative = m[0].endsWith('!');
    }
    const from = i;
    const inner = alternation();
    if (src[i++] !== ')') unreadable();
    // A look-around adds nothing to what the match itself contains, but one that forbids a word character beside
    // the match marks where a word boundary may be.
    if (negative && NO_WORD_CHAR.test(src.slice(from, i - 1))) {
      return exactly([src[from - 2] === '<' ? NO_WORD_BEFORE : NO_WORD_AFTER]);
    }
    return lookaround ? EMPTY : inner;
  };

  const escape = (inClass: boolean): Info => {
    const c = src[i++];
    if (c === undefined) unreadable();
    if (!inClass && c === 'b') return exactly([WORD_BOUNDARY]);
    if (!inClass && c === 'B') return EMPTY;
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (controls[c]) return exactly([controls[c]]);
    const hex = c === 'u' ? take(HEX4) : null;
    if (hex) {
      return exactly([String.fromCharCode(parseInt(hex[0], 16))]);
    }
    // Classes (\w, \s, \d), back-references, \p{…}, \x…, \c…: any text, as far as this reader knows.
    if (/[A-Za-z0-9]/.test(c)) {
      if (c === 'p' || c === 'P' || c === 'k') take(BRACED);
      return ANY;
    }
    return exactly([c]);
  };

  /** One character of a class, escapes read; undefined for an escape that stands for many (\w, \d…). */
  const classChar = (): string | undefined => {
    const c = src[i++]!;
    if (c !== '\\') return c;
    const e = escape(true);
    return e.exact ? [...e.exact][0]! : undefined;
  };

  const charClass = (): Info => {
    const negated = src[i] === '^';
    if (negated) i++;
    const chars = new Set<string>();
    let any = negated;
    while (src[i] !== ']') {
      if (i >= src.length) unreadable();
      const c = classChar();
      if (c === undefined) {
        any = true;
        continue;
      }
      if (src[i] === '-' && src[i + 1] !== ']' && src[i + 1] !== undefined) {
        i++;
        const to = classChar();
        if (to === undefined) {
          any = true;
          continue;
        }
        const [from, end] = [c.charCodeAt(0), to.charCodeAt(0)];
        if (end - from >= MAX_CLASS) any = true;
        else for (let k = from; k <= end; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      chars.add(c);
    }
    i++;
    return any || chars.size > MAX_CLASS ? ANY : exactly(chars);
  };

  const info = alternation();
  if (i < src.length) unreadable();
  return info;
}

/**
 * Syntax this reader cannot read (an unbalanced parenthesis, an unknown group, a trailing backslash): the caller
 * only learns that no literal can be proved, so the error carries no message (each one cost the shipped module
 * its text).
 */
function unreadable(): never {
  throw new SyntaxError();
}

/**
 * Literals one of which every match of `source` contains, shortest first; undefined when none can be proved
 * (the expression may match text with no literal in it, or is written in syntax this reader does not know).
 */
export function requiredLiterals(source: string): string[] | undefined {
  let info: Info;
  try {
    info = readSource(source);
  } catch {
    return undefined;
  }
  const required = requiredOf(info);
  if (!required) return undefined;
  const twice = WORD_BOUNDARY + WORD_BOUNDARY;
  // "\b\b" is one boundary.
  const collapse = (s: string) => {
    while (s.includes(twice)) s = s.replaceAll(twice, WORD_BOUNDARY);
    return s;
  };
  return [...new Set([...required].map((s) => collapse(resolveBoundaries(s))))].sort(byLength);
}

const byLength = (a: string, b: string) => bare(a).length - bare(b).length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The smallest list with the same reach: a literal that contains another one is redundant (any text holding
 * it holds the shorter one too).
 */
export function withoutRedundant(literals: Iterable<string>): string[] {
  const sorted = [...new Set(literals)].sort(byLength);
  const kept: string[] = [];
  next: for (const s of sorted) {
    for (const k of kept) if (s.includes(k)) continue next;
    kept.push(s);
  }
  return kept;
}

/** A literal as a pattern source that matches exactly it (with `\b` for WORD_BOUNDARY). */
export const literalSource = (s: string): string =>
  s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replaceAll(WORD_BOUNDARY, '\\b');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One pattern that finds any of the literals; undefined for none (nothing to look for). The literals are
 * written as a trie ("fa(?:ce|cial)"), which V8 scans several times faster than a flat alternation of
 * hundreds of words: at each position it reads one branch per character instead of trying every literal.
 * It has no quantifier, so a scan costs at most the longest literal's length per position.
 */
export function anyLiteralPattern(literals: readonly string[] | undefined): RegExp | undefined {
  if (!literals) return undefined;
  const root: TrieNode = { end: false, next: new Map() };
  for (const literal of literals) {
    let node = root;
    for (const c of literal) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  // A literal that ends at a node is found whatever follows, so the longer ones through it add nothing.
  const emit = (node: TrieNode): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([c, child]) => literalSource(c) + emit(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return new RegExp(emit(root));
}
