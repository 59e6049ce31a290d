import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { marked } from 'marked';

/** Largest document the CLI reads, local or fetched: policies are far smaller; anything bigger is a mistake. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export interface LoadedDocument {
  document: Document;
  /** The URL the document is known by ('' for a local file without `--url`). */
  url: string;
  format: 'html' | 'markdown';
}

export class LoadError extends Error {}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Markdown with YAML front matter (as static-site generators write it): the front matter is metadata, not
 * text, and its `title` is the document's title.
 */
export function markdownToHtml(markdown: string): string {
  let body = markdown;
  let title = '';
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (front) {
    body = markdown.slice(front[0].length);
    const t = /^title:\s*(.+)$/m.exec(front[1]!);
    if (t) title = t[1]!.trim().replace(/^["']|["']$/g, '');
  }
  const html = marked.parse(body, { async: false, gfm: true });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${html}</body></html>`;
}

/**
 * HTML → DOM in Node. parse5 builds the tree as a browser would (the WHATWG tree-construction rules repair
 * broken markup, missing <html>/<head>/<body>, stray table cells); linkedom then gives a fast, light DOM of
 * that well-formed result, which linkedom alone does not get right for fragments.
 */
export function parseDocument(source: string, format: 'html' | 'markdown'): Document {
  const html = format === 'markdown' ? markdownToHtml(source) : source;
  return parseHTML(serialize(parse(html))).document as unknown as Document;
}

function formatOf(name: string, contentType = ''): 'html' | 'markdown' {
  if (/markdown/i.test(contentType)) return 'markdown';
  return /^\.(?:md|markdown|mdown)$/i.test(extname(new URL(name, 'file:///').pathname)) ? 'markdown' : 'html';
}

async function fetchText(url: string): Promise<{ text: string; contentType: string }> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).catch(
    (e: unknown) => {
      throw new LoadError(`cannot fetch ${url}: ${e instanceof Error ? e.message : String(e)}`);
    },
  );
  if (!response.ok) throw new LoadError(`cannot fetch ${url}: HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !/text\/html|application\/xhtml|text\/markdown|text\/plain/i.test(contentType)) {
    throw new LoadError(`cannot use ${url}: content type ${contentType} is not HTML or Markdown`);
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_DOCUMENT_BYTES) throw new LoadError(`cannot use ${url}: larger than ${MAX_DOCUMENT_BYTES} bytes`);
  const buffer = await response.arrayBuffer();
  if (buffer.byteLength > MAX_DOCUMENT_BYTES) throw new LoadError(`cannot use ${url}: larger than ${MAX_DOCUMENT_BYTES} bytes`);
  return { text: new TextDecoder().decode(buffer), contentType };
}

/** Loads a local HTML or Markdown file, or an http(s) URL, into a DOM. */
export async function loadDocument(source: string, urlOverride?: string): Promise<LoadedDocument> {
  if (/^https?:\/\//i.test(source)) {
    const { text, contentType } = await fetchText(source);
    const format = formatOf(source, contentType);
    return { document: parseDocument(text, format), url: urlOverride ?? source, format };
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    throw new LoadError(`cannot read ${source}: ${why}`);
  }
  if (buffer.byteLength > MAX_DOCUMENT_BYTES) throw new LoadError(`cannot use ${source}: larger than ${MAX_DOCUMENT_BYTES} bytes`);
  const format = formatOf(source);
  return { document: parseDocument(buffer.toString('utf8'), format), url: urlOverride ?? '', format };
}
