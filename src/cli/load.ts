import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { marked } from 'marked';
import { boundHtmlDepth } from '../core/markup/html-depth';
import { boundMarkdown } from '../core/markup/markdown-bounds';
import { fetchCapped, MAX_FETCH_BYTES, type FetchLimits } from './fetch-capped';
import { LoadError } from './load-error';

export { LoadError } from './load-error';

/** Largest document the CLI reads, local or fetched (the extension's cap): policies are far smaller. */
export const MAX_DOCUMENT_BYTES = MAX_FETCH_BYTES;

export interface LoadedDocument {
  document: Document;
  /** The URL the document is known by ('' for a local file without `--url`). */
  url: string;
  format: 'html' | 'markdown';
  /** Said once on stderr when the markup nested or emphasised past the bounds and was flattened, and how. */
  notice?: string;
}

export interface LoadOptions extends FetchLimits {
  url?: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Markdown with YAML front matter (as static-site generators write it): the front matter is metadata, not
 * text, and its `title` is the document's title. The body is bounded (nesting, runaway emphasis) before marked
 * sees it; see core/markup/markdown-bounds.
 */
export function markdownToHtml(markdown: string): string {
  return markdownToBoundedHtml(markdown).html;
}

function markdownToBoundedHtml(markdown: string): { html: string; reason?: string } {
  let body = markdown;
  let title = '';
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (front) {
    body = markdown.slice(front[0].length);
    const t = /^title:\s*(.+)$/m.exec(front[1]!);
    if (t) title = t[1]!.trim().replace(/^["']|["']$/g, '');
  }
  const bounded = boundMarkdown(body);
  const html = marked.parse(bounded.text, { async: false, gfm: true });
  const head = `<meta charset="utf-8"><title>${escapeHtml(title)}</title>`;
  const page = `<!doctype html><html><head>${head}</head><body>${html}</body></html>`;
  return { html: page, ...(bounded.reason ? { reason: bounded.reason } : {}) };
}

/**
 * HTML → DOM in Node. parse5 builds the tree as a browser would (the WHATWG tree-construction rules repair
 * broken markup, missing <html>/<head>/<body>, stray table cells); linkedom then gives a fast, light DOM of
 * that well-formed result, which linkedom alone does not get right for fragments. Nesting is bounded first:
 * parse5 and the walkers after it recurse per level.
 */
export function parseDocument(source: string, format: 'html' | 'markdown'): Document {
  return parseBounded(source, format).document;
}

function parseBounded(source: string, format: 'html' | 'markdown'): { document: Document; reason?: string } {
  const md: { html: string; reason?: string } =
    format === 'markdown' ? markdownToBoundedHtml(source) : { html: source };
  const bounded = boundHtmlDepth(md.html);
  const document = parseHTML(serialize(parse(bounded.text))).document as unknown as Document;
  const reason = [md.reason, bounded.reason].filter(Boolean).join('; ');
  return { document, ...(reason ? { reason } : {}) };
}

function formatOf(name: string, contentType = ''): 'html' | 'markdown' {
  if (/markdown/i.test(contentType)) return 'markdown';
  return /^\.(?:md|markdown|mdown)$/i.test(extname(new URL(name, 'file:///').pathname)) ? 'markdown' : 'html';
}

/** A scheme other than http(s) (`file://`, `ftp://`, `data:`) is refused rather than read as a file name. */
const OTHER_SCHEME = /^(?:(?!https?:)[a-z][a-z0-9+.-]*:\/\/|data:)/i;

function loaded(text: string, format: 'html' | 'markdown', url: string, name: string): LoadedDocument {
  const { document, reason } = parseBounded(text, format);
  return { document, url, format, ...(reason ? { notice: `${name}: ${reason}` } : {}) };
}

const READ_ERRORS: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

/** Loads a local HTML or Markdown file, or an http(s) URL, into a DOM. */
export async function loadDocument(source: string, options: LoadOptions | string = {}): Promise<LoadedDocument> {
  // A string is the `--url` override (the older signature, still used by callers outside the CLI).
  if (typeof options === 'string') options = { url: options };
  if (/^https?:\/\//i.test(source)) {
    const { text, contentType } = await fetchCapped(source, options);
    return loaded(text, formatOf(source, contentType), options.url ?? source, source);
  }
  if (OTHER_SCHEME.test(source)) {
    throw new LoadError(`cannot fetch ${source}: only http and https addresses are fetched`);
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = READ_ERRORS[code ?? ''] ?? String(code ?? e);
    throw new LoadError(`cannot read ${source}: ${why}`);
  }
  if (buffer.byteLength > MAX_DOCUMENT_BYTES) {
    throw new LoadError(`cannot use ${source}: larger than ${MAX_DOCUMENT_BYTES} bytes`);
  }
  return loaded(buffer.toString('utf8'), formatOf(source), options.url ?? '', source);
}
