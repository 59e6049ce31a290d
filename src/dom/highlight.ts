import type { NodeSpan } from './extract';
import { rawOffsetAt } from './walk';

/**
 * From offsets in `PolicyText.text` back to DOM Ranges, through the spans `extractPolicyText` recorded, so the
 * CSS Custom Highlight API can mark passages without touching the page's DOM.
 */

function spanLength(span: NodeSpan): number {
  return span.piece.length;
}

/** Index of the span holding `offset`, or of the first span after it when none holds it. */
function spanAt(spans: NodeSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let answer = spans.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) {
      answer = mid;
      hi = mid - 1;
    } else if (offset >= s.start + spanLength(s)) lo = mid + 1;
    else return mid;
  }
  return answer;
}

/** A Range covering text offsets [start, end), or null when no text node backs them (or the nodes left the page). */
export function rangeFor(doc: Document, spans: NodeSpan[], start: number, end: number): Range | null {
  if (end <= start || spans.length === 0) return null;
  const first = spanAt(spans, start);
  const last = spanAt(spans, end - 1);
  const a = spans[first];
  // The end may fall in a gap (between blocks): step back to the last span before it.
  const lastIndex = last < spans.length && spans[last]!.start <= end - 1 ? last : last - 1;
  const b = spans[lastIndex];
  if (!a || !b || lastIndex < first) return null;
  const startInSpan = Math.max(0, start - a.start);
  const endInSpan = Math.min(spanLength(b) - 1, end - 1 - b.start);
  const startNode = a.piece.node;
  const endNode = b.piece.node;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = doc.createRange();
  range.setStart(startNode, rawOffsetAt(a.piece, startInSpan));
  range.setEnd(endNode, Math.min(endNode.data.length, rawOffsetAt(b.piece, endInSpan) + 1));
  return range;
}

/** The registry and constructor of the CSS Custom Highlight API, passed in (the page's, or a test's). */
export interface HighlightApi {
  registry: {
    set(name: string, highlight: unknown): unknown;
    delete(name: string): unknown;
    has(name: string): boolean;
    get?(name: string): unknown;
  };
  create: (ranges: Range[]) => unknown;
}

/** The page's CSS Custom Highlight API, when the browser has one. */
export function pageHighlightApi(win: Window): HighlightApi | undefined {
  const css = (win as unknown as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Ctor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Ctor) return undefined;
  return { registry: css.highlights, create: (ranges) => new Ctor(...ranges) };
}

/**
 * The highlights this extension registered, remembered with their ranges. `CSS.highlights` is shared with the
 * page's own scripts: a page can delete ours, put its own under our name, or add ranges to ours (painting our
 * colours on text we never flagged). `verify` puts back what we registered (issue 12, item 3).
 */
export class OwnHighlights {
  private own = new Map<string, { highlight: unknown; ranges: Range[] }>();
  constructor(private readonly api: HighlightApi) {}

  set(name: string, ranges: Range[]): void {
    if (ranges.length === 0) {
      this.delete(name);
      return;
    }
    const highlight = this.api.create(ranges);
    this.api.registry.set(name, highlight);
    this.own.set(name, { highlight, ranges });
  }

  delete(name: string): void {
    this.own.delete(name);
    this.api.registry.delete(name);
  }

  /** Re-registers every highlight of ours the page deleted, replaced or changed; returns how many it repaired. */
  verify(): number {
    let repaired = 0;
    for (const [name, { highlight, ranges }] of this.own) {
      const now = this.api.registry.get ? this.api.registry.get(name) : this.api.registry.has(name) ? highlight : undefined;
      const size = (now as { size?: unknown } | undefined)?.size;
      const intact = now === highlight && (typeof size !== 'number' || size === ranges.length);
      if (intact) continue;
      this.set(name, ranges);
      repaired++;
    }
    return repaired;
  }
}

/** Replaces the highlights named in `groups` (other names in `allNames` are removed); names are full names. */
export function setHighlights(own: OwnHighlights, groups: Map<string, Range[]>, allNames: string[]): void {
  for (const name of allNames) own.set(name, groups.get(name) ?? []);
}

/**
 * The offset in `PolicyText.text` of a DOM point (a selection's end), or undefined when the point is not in
 * extracted text. A point inside collapsed whitespace maps to the next character.
 */
export function offsetOf(spans: NodeSpan[], node: Node, offset: number): number | undefined {
  for (const span of spans) {
    if (span.piece.node !== node) continue;
    // The first character of the piece at or after the raw offset.
    for (let i = 0; i < span.piece.length; i++) {
      if (rawOffsetAt(span.piece, i) >= offset) return span.start + i;
    }
    return span.start + span.piece.length;
  }
  return undefined;
}
