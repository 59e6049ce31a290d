import { marked } from 'marked';

/**
 * A fetched or opened document as a DOM, in an extension page: HTML through `DOMParser` (scripts never run in
 * a parsed document), Markdown rendered first. `parser` is the test seam.
 */
export function parseFetched(body: string, kind: 'html' | 'markdown', parser: DOMParser = new DOMParser()): Document {
  const html = kind === 'markdown' ? `<!doctype html><html><body>${marked.parse(body, { async: false, gfm: true })}</body></html>` : body;
  return parser.parseFromString(html, 'text/html');
}

export function kindOf(nameOrUrl: string, contentType = ''): 'html' | 'markdown' {
  if (/markdown/i.test(contentType)) return 'markdown';
  return /\.(?:md|markdown)(?:$|[?#])/i.test(nameOrUrl) ? 'markdown' : 'html';
}
