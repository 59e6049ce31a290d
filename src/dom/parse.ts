import { marked } from 'marked';
import { boundMarkdown } from '../core/markup/markdown-bounds';

/**
 * A fetched or opened document as a DOM, in an extension page: HTML through `DOMParser` (scripts never run in
 * a parsed document; the browser's own parser bounds nesting), Markdown rendered first, after the same linear
 * bound on nesting and runaway emphasis as the CLI (a hostile file would otherwise hang or crash the popup in
 * marked). `parser` is the test seam.
 */
export function parseFetched(body: string, kind: 'html' | 'markdown', parser: DOMParser = new DOMParser()): Document {
  const html = kind === 'markdown' ? `<!doctype html><html><body>${renderMarkdown(body)}</body></html>` : body;
  return parser.parseFromString(html, 'text/html');
}

/** Markdown → HTML with nesting and emphasis bounded first (see core/markup/markdown-bounds). */
export function renderMarkdown(markdown: string): string {
  return marked.parse(boundMarkdown(markdown).text, { async: false, gfm: true });
}

export function kindOf(nameOrUrl: string, contentType = ''): 'html' | 'markdown' {
  if (/markdown/i.test(contentType)) return 'markdown';
  return /\.(?:md|markdown)(?:$|[?#])/i.test(nameOrUrl) ? 'markdown' : 'html';
}
