import { describe, expect, it } from 'vitest';
import { fetchableUrl, fetchPolicyDocument, MAX_FETCH_BYTES, siteOf } from './fetch-policy';

const respond = (body: string | Uint8Array, init: ResponseInit & { url?: string } = {}) =>
  (async () => {
    const r = new Response(body as BodyInit, { headers: { 'content-type': 'text/html' }, ...init });
    Object.defineProperty(r, 'url', { value: init.url ?? 'https://www.example.com/privacy' });
    return r;
  }) as unknown as typeof fetch;

describe('fetchPolicyDocument', () => {
  it('fetches https pages, without cookies', async () => {
    let seen: RequestInit | undefined;
    const f = (async (_u: string, init: RequestInit) => {
      seen = init;
      return (respond('<p>policy</p>') as unknown as () => Promise<Response>)();
    }) as unknown as typeof fetch;
    const r = await fetchPolicyDocument('https://www.example.com/privacy', f);
    expect(r).toMatchObject({ ok: true, value: { body: '<p>policy</p>' } });
    expect(seen?.credentials).toBe('omit');
  });

  it('refuses plain http (but for localhost), redirects to another site, errors, other content, and oversize bodies', async () => {
    expect(fetchableUrl('http://example.com/privacy').ok).toBe(false);
    expect(fetchableUrl('http://localhost:8080/privacy').ok).toBe(true);
    expect(fetchableUrl('javascript:alert(1)').ok).toBe(false);
    expect(await fetchPolicyDocument('https://www.example.com/privacy', respond('x', { url: 'https://evil.test/privacy' }))).toMatchObject({ ok: false, error: /another site/ });
    expect(await fetchPolicyDocument('https://www.example.com/privacy', respond('x', { url: 'https://legal.example.com/privacy' }))).toMatchObject({ ok: true });
    expect(await fetchPolicyDocument('https://www.example.com/privacy', respond('x', { status: 404 }))).toMatchObject({ ok: false, error: /HTTP 404/ });
    expect(await fetchPolicyDocument('https://www.example.com/privacy', respond('x', { headers: { 'content-type': 'application/pdf' } }))).toMatchObject({ ok: false, error: /not a web page/ });
    const big = new Uint8Array(MAX_FETCH_BYTES + 10);
    expect(await fetchPolicyDocument('https://www.example.com/privacy', respond(big))).toMatchObject({ ok: false, error: /larger than 5 MB/ });
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchPolicyDocument('https://www.example.com/privacy', failing)).toMatchObject({ ok: false, error: /could not fetch/ });
  });

  it('knows what a site is', () => {
    expect(siteOf('www.tiktok.com')).toBe('tiktok.com');
    expect(siteOf('policies.google.co.uk')).toBe('google.co.uk');
  });
});
