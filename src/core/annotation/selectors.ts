/**
 * W3C Web Annotation selectors for a passage of PolicyText (https://www.w3.org/TR/annotation-model/#selectors):
 * the quote with 32 characters of context either side, and its position.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Characters of context kept either side of a quote. */
export const CONTEXT_CHARS = 32;

export function describePassage(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
