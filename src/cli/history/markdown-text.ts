import { Lexer, type Token } from 'marked';
import type { BlockKind, PolicyText, TextBlock } from '../../core/text/policy-text';
import { extractPolicyText } from '../../dom/extract';
import { markdownToHtml, parseDocument } from '../load';

/** The blocks one top-level Markdown chunk extracts to, offsets relative to the chunk's own text. */
interface ChunkBlock {
  kind: BlockKind;
  level?: number;
  text: string;
}

/**
 * A cache of chunk → blocks, shared across the versions of a document. Bounded: when it is full it starts
 * over (an archive's documents are read one after another, so old entries are rarely wanted again).
 */
export class ChunkCache {
  private map = new Map<string, ChunkBlock[]>();
  hits = 0;
  misses = 0;
  constructor(private readonly maxEntries = 200_000) {}
  get(raw: string): ChunkBlock[] | undefined {
    const v = this.map.get(raw);
    if (v) this.hits++;
    else this.misses++;
    return v;
  }
  set(raw: string, blocks: ChunkBlock[]): void {
    if (this.map.size >= this.maxEntries) this.map.clear();
    this.map.set(raw, blocks);
  }
}

function blocksOf(policy: PolicyText): ChunkBlock[] {
  return policy.blocks.map((b) => ({
    kind: b.kind,
    ...(b.level !== undefined ? { level: b.level } : {}),
    text: policy.text.slice(b.start, b.end),
  }));
}

/** The reference path, for a whole document: marked → HTML → DOM → extract (what `policy-lens analyze` does). */
export function markdownPolicyTextWhole(markdown: string): PolicyText {
  const document = parseDocument(markdown, 'markdown');
  return extractPolicyText(document.body ?? document.documentElement).policyText;
}

/**
 * The body that `markdownToHtml` (the CLI's one Markdown path, with whatever bounds it applies) renders for a
 * chunk, or undefined if its output is not shaped as expected.
 */
function renderedBody(raw: string): string | undefined {
  const html = markdownToHtml(raw);
  const open = html.indexOf('<body>');
  const close = html.lastIndexOf('</body>');
  return open >= 0 && close > open ? html.slice(open + '<body>'.length, close) : undefined;
}

/**
 * Extracts many chunks through one DOM: building a DOM costs ~4 ms however small the input, so the chunks a
 * version does not share with the previous ones are rendered together, each in its own <div>, and each div
 * is extracted on its own. A chunk with raw HTML could close its div early, so those take a DOM each.
 */
function extractChunks(raws: string[]): ChunkBlock[][] {
  const out: ChunkBlock[][] = new Array(raws.length);
  const batch: { i: number; body: string }[] = [];
  raws.forEach((raw, i) => {
    const body = raw.includes('<') ? undefined : renderedBody(raw);
    if (body === undefined) out[i] = blocksOf(markdownPolicyTextWhole(raw));
    else batch.push({ i, body });
  });
  if (batch.length === 0) return out;
  const html = batch.map(({ body }) => `<div>${body}</div>`).join('');
  const document = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`, 'html');
  const divs = [...(document.body?.children ?? [])];
  batch.forEach(({ i }, k) => {
    const div = divs[k];
    out[i] =
      divs.length === batch.length && div
        ? blocksOf(extractPolicyText(div).policyText)
        : blocksOf(markdownPolicyTextWhole(raws[i]!));
  });
  return out;
}

/**
 * The same text as `markdownPolicyTextWhole`, built chunk by chunk. Versions of a policy in an archive differ
 * in a few paragraphs, and rendering Markdown into a DOM is most of the cost of reading one (measured: marked,
 * parse5 and linkedom take ~70% of ~180 ms per 60 KB version), so each top-level block of the Markdown
 * (a heading, a paragraph, a whole list, a table) goes through that same path once and is reused by every
 * version that holds it verbatim. Documents whose blocks are not self-contained (reference-style link
 * definitions, YAML front matter) take the whole path.
 */
export function markdownPolicyText(markdown: string, cache: ChunkCache): PolicyText {
  const source = markdown.replace(/\r\n|\r/g, '\n');
  if (source.startsWith('---')) return markdownPolicyTextWhole(markdown);
  const lexer = new Lexer({ gfm: true });
  const tokens = lexer.blockTokens(source, []);
  if (Object.keys(lexer.tokens.links).length > 0 || tokens.some((t) => t.type === 'def')) return markdownPolicyTextWhole(markdown);
  const chunks = tokens.filter((t: Token) => t.type !== 'space').map((t) => t.raw);
  const found = new Map<string, ChunkBlock[]>();
  const unseen = new Set<string>();
  for (const raw of chunks) {
    if (found.has(raw) || unseen.has(raw)) continue;
    const hit = cache.get(raw);
    if (hit) found.set(raw, hit);
    else unseen.add(raw);
  }
  const missing = [...unseen];
  extractChunks(missing).forEach((blocks, i) => {
    found.set(missing[i]!, blocks);
    cache.set(missing[i]!, blocks);
  });
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  // As dom/extract's collector: the open headings, outermost first; a heading closes those of its level or deeper.
  const openHeadings: { level: number; text: string }[] = [];
  let offset = 0;
  for (const raw of chunks) {
    for (const b of found.get(raw)!) {
      if (parts.length > 0) {
        parts.push('\n');
        offset += 1;
      }
      if (b.kind === 'heading') {
        while (openHeadings.length > 0 && openHeadings[openHeadings.length - 1]!.level >= b.level!) openHeadings.pop();
      }
      const entry: TextBlock = { kind: b.kind, start: offset, end: offset + b.text.length, headingPath: openHeadings.map((h) => h.text) };
      if (b.kind === 'heading') {
        entry.level = b.level!;
        openHeadings.push({ level: b.level!, text: b.text.slice(0, 200) });
      }
      blocks.push(entry);
      parts.push(b.text);
      offset += b.text.length;
    }
  }
  return { text: parts.join(''), blocks };
}
