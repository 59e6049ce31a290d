/**
 * The text of a document as the analyzer sees it: one normalized string and its blocks. Produced by
 * `dom/extract` from any DOM; plain data so it crosses contexts and runs in Node.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

export interface TextBlock {
  kind: BlockKind;
  /** Offsets into `PolicyText.text`, end exclusive. */
  start: number;
  end: number;
  /** Heading level 1..6, for headings only. */
  level?: number;
  /** The headings this block stands under, outermost first (a heading's own path excludes itself). */
  headingPath: string[];
}

/**
 * Largest text the extension reads and analyses: ten times the longest policy seen; beyond that it is not a
 * policy. A page with more text is read up to here and the reader is told (issue 12).
 */
export const MAX_POLICY_CHARS = 3_000_000;

export interface PolicyText {
  text: string;
  blocks: TextBlock[];
}
