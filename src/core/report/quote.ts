/**
 * How a quote is shown everywhere (panel, popup, comparison page, exports): the sentence whole when it is short
 * enough, else a window centred on the words that name the data, with "…" at each cut end. The data words are
 * segments of their own with `emphasis`, so each surface renders them its own way (an element, `**…**`) and page
 * text never becomes markup.
 */
export interface QuoteSegment {
  text: string;
  emphasis: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** Longest quote shown whole; beyond it a window of about this size around the data words. */
export const QUOTE_MAX_CHARS = 280;
export const ELLIPSIS = '…';

/** Moves a cut point to the nearest whitespace within `slack` characters, so no word is cut in half. */
function snapToSpace(text: string, at: number, direction: -1 | 1, slack = 24): number {
  for (let i = 0; i <= slack; i++) {
    const p = at + direction * i;
    if (p <= 0 || p >= text.length) return Math.max(0, Math.min(text.length, p));
    if (/\s/.test(text[p]!)) return direction > 0 ? p + 1 : p;
  }
  return at;
}

/** The window [from, to) of `sentence` to show: whole, or centred on the evidence. */
export function quoteWindow(sentence: string, evidence: readonly Span[], max = QUOTE_MAX_CHARS): Span {
  if (sentence.length <= max) return { start: 0, end: sentence.length };
  const inside = evidence.filter((e) => e.start >= 0 && e.end <= sentence.length && e.end > e.start);
  const first = inside.length ? Math.min(...inside.map((e) => e.start)) : 0;
  let last = inside.length ? Math.max(...inside.map((e) => e.end)) : 0;
  // Evidence spread wider than the window: centre on the first words instead.
  if (last - first > max) last = inside.filter((e) => e.start === first)[0]!.end;
  const centre = Math.floor((first + last) / 2);
  let start = Math.max(0, centre - Math.floor(max / 2));
  let end = Math.min(sentence.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) start = Math.min(first, snapToSpace(sentence, start, 1));
  if (end < sentence.length) end = Math.max(last, snapToSpace(sentence, end, -1));
  return { start, end };
}

/**
 * The quote as segments: "…" where the window cuts the sentence, the evidence words emphasised. Evidence
 * offsets are relative to `sentence`; overlapping or out-of-range ones are merged or dropped.
 */
export function quoteSegments(sentence: string, evidence: readonly Span[], max = QUOTE_MAX_CHARS): QuoteSegment[] {
  const window = quoteWindow(sentence, evidence, max);
  const marks = evidence
    .map((e) => ({ start: Math.max(e.start, window.start), end: Math.min(e.end, window.end) }))
    .filter((e) => e.end > e.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const m of marks) {
    const prev = merged[merged.length - 1];
    if (prev && m.start <= prev.end) prev.end = Math.max(prev.end, m.end);
    else merged.push({ ...m });
  }
  const out: QuoteSegment[] = [];
  const push = (text: string, emphasis: boolean) => {
    if (!text) return;
    const prev = out[out.length - 1];
    if (prev && prev.emphasis === emphasis) prev.text += text;
    else out.push({ text, emphasis });
  };
  if (window.start > 0) push(`${ELLIPSIS} `, false);
  let at = window.start;
  for (const m of merged) {
    push(sentence.slice(at, m.start), false);
    push(sentence.slice(m.start, m.end), true);
    at = m.end;
  }
  push(sentence.slice(at, window.end), false);
  if (window.end < sentence.length) push(` ${ELLIPSIS}`, false);
  return out;
}

/** The quote as plain text (for tooltips, titles and terminals). */
export function quotePlain(segments: readonly QuoteSegment[]): string {
  return segments.map((s) => s.text).join('');
}

/** The quote as Markdown: page text escaped by `escape`, the data words in bold. */
export function quoteMarkdown(segments: readonly QuoteSegment[], escape: (s: string) => string): string {
  return segments.map((s) => (s.emphasis ? `**${escape(s.text)}**` : escape(s.text))).join('');
}

/** Offsets of `words` inside `sentence`, found as written (for evidence that arrives as strings). */
export function spansOfWords(sentence: string, words: readonly string[]): Span[] {
  const lower = sentence.toLowerCase();
  const out: Span[] = [];
  for (const w of words) {
    if (!w) continue;
    const at = lower.indexOf(w.toLowerCase());
    if (at >= 0) out.push({ start: at, end: at + w.length });
  }
  return out;
}
