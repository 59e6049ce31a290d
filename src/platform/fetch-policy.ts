/**
 * Fetching a regional version of a policy from an extension page, on the reader's request only: https (and
 * localhost, for tests) only, no cookies, one time limit for the whole exchange (answer and body), a size cap,
 * redirects followed one hop at a time and only within the same site, HTML or Markdown only. Every failure comes
 * back as a value with its reason; nothing here throws.
 */
import { DOCUMENT_TYPES, decodeBody, parseMediaType } from './media-type';
import type { Result } from './result';
import { fetchableUrl } from './fetchable-url';
import { sameSite } from './site';

export { siteOf } from './site';
export { fetchableUrl } from './fetchable-url';

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface FetchedDocument {
  url: string;
  contentType: string;
  body: string;
}

/** Origins to ask permission for, e.g. "https://www.example.com/*". */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

const tooBig = () => ({ ok: false as const, error: `it is larger than ${MAX_FETCH_BYTES / 1024 / 1024} MB` });

function failureOf(e: unknown): { ok: false; error: string } {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, error: 'the site did not answer in time' };
  return { ok: false, error: `could not fetch: ${e instanceof Error ? e.message : String(e)}` };
}

/** Reads a body with a running count, so a page that lies about its length (or never ends) stops at the cap. */
async function readCapped(response: Response): Promise<Result<Uint8Array>> {
  const reader = response.body?.getReader();
  if (!reader) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.byteLength > MAX_FETCH_BYTES ? tooBig() : { ok: true, value: buffer };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FETCH_BYTES) {
      await reader.cancel().catch(() => undefined);
      return tooBig();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, value: bytes };
}

/** One request, redirects not followed: the caller checks each hop before taking it. */
async function fetchDocument(start: URL, fetchImpl: typeof fetch, signal: AbortSignal): Promise<Result<FetchedDocument>> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await fetchImpl(url.href, { credentials: 'omit', redirect: 'manual', cache: 'no-store', signal });
    if (response.type === 'opaqueredirect') {
      // Browsers hide where a redirect goes (Fetch standard, "atomic HTTP redirect handling"), so its hop cannot
      // be checked: it is not taken.
      return { ok: false, error: 'it redirects, and the browser does not say where to: add the address it ends at with "Compare with…"' };
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      if (hop >= MAX_REDIRECTS) return { ok: false, error: `it redirected more than ${MAX_REDIRECTS} times` };
      const next = fetchableUrl(new URL(response.headers.get('location') ?? '', url).href);
      if (!next.ok || !sameSite(next.value.hostname, start.hostname)) {
        const where = next.ok ? next.value.hostname : 'an address that cannot be fetched';
        return { ok: false, error: `it redirected to another site (${where})` };
      }
      await response.body?.cancel().catch(() => undefined);
      url = next.value;
      continue;
    }
    if (!response.ok) return { ok: false, error: `the site answered HTTP ${response.status}` };
    const contentType = response.headers.get('content-type') ?? '';
    const media = contentType ? parseMediaType(contentType) : undefined;
    if (contentType && (!media || !DOCUMENT_TYPES.has(media.essence))) {
      return { ok: false, error: `it is not a web page (${media?.essence ?? 'unknown type'})` };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_FETCH_BYTES) return tooBig();
    const body = await readCapped(response);
    if (!body.ok) return body;
    return { ok: true, value: { url: url.href, contentType: media?.essence ?? '', body: decodeBody(body.value, media?.charset) } };
  }
}

export async function fetchPolicyDocument(
  url: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Result<FetchedDocument>> {
  const checked = fetchableUrl(url);
  if (!checked.ok) return checked;
  // One clock for the whole exchange: a body that drips a byte a second fails here, as a value, with its reason.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await fetchDocument(checked.value, fetchImpl, signal);
  } catch (e) {
    return failureOf(signal.aborted ? signal.reason : e);
  }
}
