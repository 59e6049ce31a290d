/**
 * A rule-based sentence splitter. compromise's splitter merges sentences after abbreviations ("…in the U.S. We
 * collect…"), which can carry a "we do not" into the next claim, so the cheap pass splits on its own.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end a sentence, unless a typical sentence opener follows. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|inc|ltd|llc|co|corp|no|nos|mr|mrs|ms|dr|st|vs|approx|art|sec|para|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[A-Z](?:\.[A-Z])+|\bU\.S|\bU\.K)$/i;
const OPENERS = /^(?:We|You|Your|Our|This|These|That|Those|If|When|Where|For|In|To|It|Its|They|Please|Some|Each|Any|All|By|As|With|The|A|An|Us)\b/;

/** Splits `text` from `from` to `to` into sentence spans (trimmed, never empty). */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const re = /[.!?]+["'”’)\]]*(?=\s+)|\n/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n') {
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const after = text.slice(end, Math.min(to, end + 20)).trimStart();
      if (!/^["'“‘(]?[A-Z0-9]/.test(after)) continue;
      if (ABBREVIATIONS.test(before) && !OPENERS.test(after)) continue;
    }
    push(text, spans, start, m[0] === '\n' ? m.index : end);
    start = end;
  }
  push(text, spans, start, to);
  return spans;
}

function push(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
