import type { BoundedMarkup } from './html-depth';

/**
 * A linear pre-scan that bounds the two things that make Markdown parsers slow or crash (issue 12, item 5):
 * nesting (2,000 `>` overflowed marked's stack; a 1,000-level list took 38 s, its cost grows with the cube of
 * the depth) and emphasis delimiters that never close (`*a _` × 12,500 took 33 s, quadratic). Policies nest a
 * few levels and emphasise a few words, so:
 * - a line whose containers (`>` quotes, list markers, and indentation at 2 columns a level) nest deeper than
 *   MAX_MARKDOWN_DEPTH keeps the first levels of its prefix and loses the rest: deeper items become siblings;
 * - a paragraph with more than MAX_EMPHASIS_DELIMITERS runs of `*`, `_` or `~` has them backslash-escaped, so it
 *   reads as the characters it holds.
 * Text is never dropped.
 */
export const MAX_MARKDOWN_DEPTH = 32;
export const MAX_EMPHASIS_DELIMITERS = 256;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isDelimiter = (c: string | undefined) => c === '*' || c === '_' || c === '~';
// Fixed-length alternatives: one pass, no backtracking.
const ESCAPE_OR_MARK = /\\[\s\S]|[*_~]/g;

interface Prefix {
  /** Where the line's content starts, after every container marker and the indentation between them. */
  end: number;
  /** Where the prefix reached the depth bound (the line is cut there), or -1. */
  cutAt: number;
  /** The nesting the prefix stands for. */
  depth: number;
  /** The prefix holds a list marker (a new list item: a paragraph ends before it). */
  listItem: boolean;
}

/** Length of a list marker at `i` (`-`, `*`, `+`, `1.`, `1)` followed by a blank or the line's end), or 0. */
function listMarkerLength(line: string, i: number): number {
  const c = line[i];
  let j = i;
  if (c === '-' || c === '*' || c === '+') j = i + 1;
  else if (isDigit(c)) {
    while (j < line.length && j - i < 9 && isDigit(line[j])) j++;
    if (line[j] !== '.' && line[j] !== ')') return 0;
    j++;
  } else return 0;
  return j === line.length || isBlank(line[j]) ? j - i : 0;
}

function scanPrefix(line: string, maxDepth: number): Prefix {
  let columns = 0;
  let markers = 0;
  let cutAt = -1;
  let listItem = false;
  let i = 0;
  for (;;) {
    const c = line[i];
    let step = 1;
    if (c === ' ') columns += 1;
    else if (c === '\t') columns += 4;
    else if (c === '>') markers += 1;
    else {
      step = listMarkerLength(line, i);
      if (step === 0) break;
      markers += 1;
      listItem = true;
    }
    if (cutAt === -1 && markers + Math.floor(columns / 2) > maxDepth) cutAt = i;
    i += step;
  }
  return { end: i, cutAt, depth: markers + Math.floor(columns / 2), listItem };
}

const CHUNK = 65_536;

/**
 * Every unescaped `*`, `_`, `~` backslash-escaped; a backslash pair is one token, so `\\*` (an escaped backslash,
 * then a mark) still gets its mark escaped. In chunks (never cut after a backslash): one replace over megabytes
 * of marks grows faster than linearly in V8.
 */
function escapeMarks(text: string): string {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + CHUNK, text.length);
    while (end < text.length && text[end - 1] === '\\') end++;
    parts.push(text.slice(at, end).replace(ESCAPE_OR_MARK, (m) => (m.length === 2 ? m : `\\${m}`)));
    at = end;
  }
  return parts.join('');
}

/** The paragraph's text with every unescaped `*`, `_` and `~` escaped, if it holds too many delimiter runs. */
function boundEmphasis(lines: string[], contentStarts: number[], maxDelimiters: number): boolean {
  let runs = 0;
  for (let k = 0; k < lines.length && runs <= maxDelimiters; k++) {
    const line = lines[k]!;
    for (let i = contentStarts[k]!; i < line.length; i++) {
      if (isDelimiter(line[i]) && line[i - 1] !== line[i]) runs++;
    }
  }
  if (runs <= maxDelimiters) return false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const start = contentStarts[k]!;
    lines[k] = line.slice(0, start) + escapeMarks(line.slice(start));
  }
  return true;
}

/** Returns Markdown whose nesting and emphasis stay within the bounds above; linear in the input. */
export function boundMarkdown(
  markdown: string,
  maxDepth = MAX_MARKDOWN_DEPTH,
  maxDelimiters = MAX_EMPHASIS_DELIMITERS,
): BoundedMarkup {
  const lines = markdown.split('\n');
  let depth = 0;
  let nestingCut = false;
  let emphasisCut = false;
  // The lines of the current paragraph (where emphasis can pair up), and where each one's text starts.
  let paragraph: number[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const own = paragraph.map((k) => lines[k]!);
    const starts = own.map((l) => scanPrefix(l, Infinity).end);
    if (boundEmphasis(own, starts, maxDelimiters)) {
      paragraph.forEach((k, n) => (lines[k] = own[n]!));
      emphasisCut = true;
    }
    paragraph = [];
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const prefix = scanPrefix(line, maxDepth);
    depth = Math.max(depth, prefix.depth);
    if (prefix.cutAt !== -1) {
      lines[k] = line.slice(0, prefix.cutAt) + line.slice(prefix.end);
      nestingCut = true;
    }
    const blank = line.slice(prefix.end).trim() === '';
    // A table row's cells are parsed one by one: emphasis never pairs across rows.
    const tableRow = line[prefix.end] === '|';
    if (blank || tableRow || prefix.listItem || line[prefix.end] === '#') flush();
    if (!blank) paragraph.push(k);
    if (tableRow) flush();
  }
  flush();
  if (!nestingCut && !emphasisCut) return { text: markdown, depth, flattened: false };
  const reasons = [
    ...(nestingCut ? [`it nests ${depth} levels deep; beyond ${maxDepth} levels they were flattened`] : []),
    ...(emphasisCut ? [`a paragraph holds over ${maxDelimiters} emphasis marks; they were kept as characters`] : []),
  ];
  return { text: lines.join('\n'), depth, flattened: true, reason: reasons.join('; ') };
}
