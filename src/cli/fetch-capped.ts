import { LoadError } from './load-error';

/** Largest body the CLI reads, the same cap as the extension's fetches: a policy is far smaller. */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
/** One bound on the whole fetch, redirects and body included: a server that trickles bytes cannot hold us. */
export const FETCH_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

export interface FetchLimits {
  maxBytes?: number;
  timeoutMs?: number;
}

export interface FetchedText {
  text: string;
  contentType: string;
  /** The address the body came from, after redirects. */
  url: string;
}

const USABLE_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml|text\/markdown|text\/x-markdown|text\/plain)\s*(?:;|$)/i;

function httpUrl(address: string, from?: string): URL {
  let url: URL;
  try {
    url = new URL(address, from);
  } catch {
    throw new LoadError(`cannot fetch ${address}: not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new LoadError(`cannot fetch ${address}: only http and https addresses are fetched`);
  }
  return url;
}

/** The body as text in the charset the server names (UTF-8 when it names none or one we do not know). */
function decode(body: Uint8Array, contentType: string): string {
  const charset = /;\s*charset="?([\w.:-]{1,40})/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder().decode(body);
  }
}

/** Reads a body chunk by chunk and stops at the cap: a body that never ends costs the cap, not the disk. */
async function readCapped(response: Response, address: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new LoadError(`cannot use ${address}: the body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) body.set(c, (at += c.byteLength) - c.byteLength);
  return body;
}

/**
 * GETs an http(s) address and returns its text: redirects are followed by hand so each hop is checked for its
 * scheme, the body is streamed under a byte cap, and one timeout covers everything.
 */
export async function fetchCapped(address: string, limits: FetchLimits = {}): Promise<FetchedText> {
  const maxBytes = limits.maxBytes ?? MAX_FETCH_BYTES;
  const timeoutMs = limits.timeoutMs ?? FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const failed = (e: unknown): never => {
    if (e instanceof LoadError) throw e;
    if (signal.aborted) throw new LoadError(`cannot fetch ${address}: no complete answer within ${timeoutMs / 1000} s`);
    const cause = (e as { cause?: { message?: string } }).cause?.message;
    throw new LoadError(`cannot fetch ${address}: ${cause ?? (e instanceof Error ? e.message : String(e))}`);
  };
  try {
    let url = httpUrl(address);
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, { redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) throw new LoadError(`cannot fetch ${address}: more than ${MAX_REDIRECTS} redirects`);
        url = httpUrl(location, url.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new LoadError(`cannot fetch ${address}: HTTP ${response.status}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (contentType && !USABLE_TYPE.test(contentType)) {
        await response.body?.cancel().catch(() => undefined);
        throw new LoadError(`cannot use ${address}: content type ${contentType} is not HTML or Markdown`);
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new LoadError(`cannot use ${address}: the body is larger than ${maxBytes} bytes`);
      }
      const body = await readCapped(response, address, maxBytes);
      return { text: decode(body, contentType), contentType, url: url.href };
    }
  } catch (e) {
    return failed(e);
  }
}
