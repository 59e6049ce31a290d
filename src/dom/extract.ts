import { walkBlocks, walkBlocksSliced, type SliceOptions, type TextPiece, type WalkedBlock } from './walk';
import type { PolicyText, TextBlock } from '../core/text/policy-text';

/** Where a stretch of `PolicyText.text` came from in the page: used to build highlight ranges. */
export interface NodeSpan {
  /** Start of the stretch in `PolicyText.text`. */
  start: number;
  piece: TextPiece;
}

export interface ExtractedPage {
  policyText: PolicyText;
  /** Sorted by `start`; empty unless asked for. */
  spans: NodeSpan[];
  /** The page had more text than `maxChars`: the text was read up to there (its length). */
  cutAt?: number;
}

/** Blocks are joined with a newline, so no sentence runs from one block into the next. */
const BLOCK_SEPARATOR = '\n';

function collector() {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  const spans: NodeSpan[] = [];
  // The open headings, outermost first: a level-2 heading closes every open heading of level 2 or deeper.
  const openHeadings: { level: number; text: string }[] = [];
  let offset = 0;
  const onBlock = (block: WalkedBlock) => {
    if (parts.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    if (block.kind === 'heading') {
      while (openHeadings.length > 0 && openHeadings[openHeadings.length - 1]!.level >= block.level) openHeadings.pop();
    }
    const entry: TextBlock = {
      kind: block.kind,
      start: offset,
      end: offset + block.text.length,
      headingPath: openHeadings.map((h) => h.text),
    };
    if (block.kind === 'heading') {
      entry.level = block.level;
      openHeadings.push({ level: block.level, text: block.text.slice(0, 200) });
    }
    blocks.push(entry);
    for (const piece of block.pieces ?? []) spans.push({ start: offset + piece.blockStart, piece });
    parts.push(block.text);
    offset += block.text.length;
  };
  const result = (bounded = false): ExtractedPage => {
    const text = parts.join('');
    return { policyText: { text, blocks }, spans, ...(bounded ? { cutAt: text.length } : {}) };
  };
  return { onBlock, result };
}

/**
 * Turns a document (the live page, `DOMParser` output, or a DOM built in Node) into `PolicyText`:
 * one normalized string, its blocks with offsets and heading path, and on request the map back to text nodes.
 */
export function extractPolicyText(root: Node, options: { withSpans?: boolean; maxChars?: number } = {}): ExtractedPage {
  const c = collector();
  const { bounded } = walkBlocks(root, c.onBlock, { withPieces: options.withSpans === true, ...bounds(options.maxChars) });
  return c.result(bounded);
}

/** A bound on the joined text (separators included), when one is asked for. */
const bounds = (maxChars?: number) => (maxChars === undefined ? {} : { maxChars, separatorChars: BLOCK_SEPARATOR.length });

/** The same, in slices that leave the page's main thread free between them (for the live page). */
export async function extractPolicyTextSliced(
  root: Node,
  options: { withSpans?: boolean; maxChars?: number } & SliceOptions = {},
): Promise<ExtractedPage> {
  const c = collector();
  const { bounded } = await walkBlocksSliced(root, c.onBlock, {
    ...options,
    withPieces: options.withSpans === true,
    ...bounds(options.maxChars),
  });
  return c.result(bounded);
}
