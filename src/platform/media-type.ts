/**
 * The media type and charset of a Content-Type header (RFC 9110 §8.3), parsed rather than searched: an
 * unanchored search took `application/pdf; x=text/html` for a web page (issue 12, item 6).
 */
export interface MediaType {
  essence: string;
  charset?: string;
}

export function parseMediaType(header: string): MediaType | undefined {
  const [type, ...params] = header.split(';');
  const essence = (type ?? '').trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(essence)) return undefined;
  let charset: string | undefined;
  for (const p of params) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    if (p.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    charset = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    break;
  }
  return charset ? { essence, charset } : { essence };
}

/** What a regional version may be: a web page or Markdown (plain text is read as Markdown's subset). */
export const DOCUMENT_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/markdown', 'text/x-markdown', 'text/plain']);

/** Decodes a body in its declared charset; an unknown label falls back to UTF-8, the web's default. */
export function decodeBody(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
