/**
 * Fetching a regional version of a policy from an extension page, on the reader's request only: https (and
 * localhost, for tests) only, no cookies, a timeout, a size cap, redirects only within the same site, HTML or
 * Markdown only. Failures come back as values, each with its reason.
 */
import type { Result } from './result';

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;

export interface FetchedDocument {
  url: string;
  contentType: string;
  body: string;
}

import { siteOf } from '../core/regions/site';
export { siteOf };

/** Whether an address may be fetched at all. */
export function fetchableUrl(url: string): Result<URL> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, error: 'not a valid address' };
  }
  if (u.protocol === 'https:' || (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1'))) return { ok: true, value: u };
  return { ok: false, error: 'only https addresses can be fetched' };
}

/** Origins to ask permission for, e.g. "https://www.example.com/*". */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

export async function fetchPolicyDocument(url: string, fetchImpl: typeof fetch = fetch): Promise<Result<FetchedDocument>> {
  const checked = fetchableUrl(url);
  if (!checked.ok) return checked;
  let response: Response;
  try {
    response = await fetchImpl(checked.value.href, {
      credentials: 'omit',
      redirect: 'follow',
      cache: 'no-store',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (e) {
    return { ok: false, error: (e as { name?: string }).name === 'TimeoutError' ? 'the site did not answer in time' : `could not fetch: ${e instanceof Error ? e.message : String(e)}` };
  }
  const finalUrl = response.url || checked.value.href;
  const final = fetchableUrl(finalUrl);
  if (!final.ok || siteOf(final.value.hostname) !== siteOf(checked.value.hostname)) {
    return { ok: false, error: `it redirected to another site (${final.ok ? final.value.hostname : finalUrl})` };
  }
  if (!response.ok) return { ok: false, error: `the site answered HTTP ${response.status}` };
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !/text\/html|application\/xhtml\+xml|text\/markdown|text\/plain/i.test(contentType)) {
    return { ok: false, error: `it is not a web page (${contentType.split(';')[0]})` };
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FETCH_BYTES) return { ok: false, error: `it is larger than ${MAX_FETCH_BYTES / 1024 / 1024} MB` };
  // Read with a running count, so a page that lies about its length still stops at the cap.
  const reader = response.body?.getReader();
  if (!reader) return { ok: true, value: { url: finalUrl, contentType, body: await response.text() } };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FETCH_BYTES) {
      await reader.cancel();
      return { ok: false, error: `it is larger than ${MAX_FETCH_BYTES / 1024 / 1024} MB` };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, value: { url: finalUrl, contentType, body: new TextDecoder().decode(bytes) } };
}
