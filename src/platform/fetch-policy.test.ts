import { describe, expect, it } from 'vitest';
import { fetchableUrl, fetchPolicyDocument, MAX_FETCH_BYTES, siteOf } from './fetch-policy';
import { parseMediaType } from './media-type';
import { sameSite } from './site';

const respond = (body: string | Uint8Array | ReadableStream<Uint8Array>, init: ResponseInit = {}) =>
  (async () => new Response(body as BodyInit, { headers: { 'content-type': 'text/html' }, ...init })) as unknown as typeof fetch;

/** A fake server: address → response. */
const server = (routes: Record<string, () => Response>) => {
  const seen: string[] = [];
  const f = (async (u: string, init: RequestInit) => {
    seen.push(u);
    expect(init.redirect).toBe('manual');
    const route = routes[u];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  }) as unknown as typeof fetch;
  return { f, seen };
};
const redirect = (to: string, status = 302) => () => new Response(null, { status, headers: { location: to } });
const page = (body = '<p>policy</p>') => () => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });

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

  it('refuses plain http (but for localhost), errors, other content, and oversize bodies', async () => {
    expect(fetchableUrl('http://example.com/privacy').ok).toBe(false);
    expect(fetchableUrl('http://localhost:8080/privacy').ok).toBe(true);
    expect(fetchableUrl('javascript:alert(1)').ok).toBe(false);
    expect(await fetchPolicyDocument('https://www.example.com/privacy', respond('x', { status: 404 }))).toMatchObject({ ok: false, error: /HTTP 404/ });
    expect(
      await fetchPolicyDocument(
        'https://www.example.com/privacy',
        respond('x', { headers: { 'content-type': 'application/pdf' } }),
      ),
    ).toMatchObject({ ok: false, error: /not a web page/ });
    const big = new Uint8Array(MAX_FETCH_BYTES + 10);
    expect(await fetchPolicyDocument('https://www.example.com/privacy', respond(big))).toMatchObject({ ok: false, error: /larger than 5 MB/ });
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchPolicyDocument('https://www.example.com/privacy', failing)).toMatchObject({ ok: false, error: /could not fetch/ });
  });

  it('checks every redirect hop before taking it: a hop through another site is never requested', async () => {
    const { f, seen } = server({
      'https://www.example.com/privacy': redirect('https://tracker.test/bounce?to=https://legal.example.com/p'),
      'https://tracker.test/bounce?to=https://legal.example.com/p': redirect('https://legal.example.com/p'),
      'https://legal.example.com/p': page(),
    });
    expect(await fetchPolicyDocument('https://www.example.com/privacy', f)).toMatchObject({ ok: false, error: /another site \(tracker\.test\)/ });
    expect(seen).toEqual(['https://www.example.com/privacy']);

    const same = server({ 'https://www.example.com/privacy': redirect('/legal/privacy', 301), 'https://www.example.com/legal/privacy': page() });
    expect(await fetchPolicyDocument('https://www.example.com/privacy', same.f)).toMatchObject({
      ok: true,
      value: { url: 'https://www.example.com/legal/privacy' },
    });

    const loop = server({ 'https://www.example.com/a': redirect('/a') });
    expect(await fetchPolicyDocument('https://www.example.com/a', loop.f)).toMatchObject({ ok: false, error: /more than 5 times/ });
    // A browser hides where a redirect goes: the hop cannot be checked, so it is not taken.
    const opaque = (async () => Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' })) as unknown as typeof fetch;
    expect(await fetchPolicyDocument('https://www.example.com/a', opaque)).toMatchObject({ ok: false, error: /does not say where/ });
  });

  it('fails, as a value, when the body drips slower than the time limit (it used to throw after 15 s)', async () => {
    const drip = (async (_u: string, init: RequestInit) =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('<p>'));
            init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
          },
        }),
        { headers: { 'content-type': 'text/html' } },
      )) as unknown as typeof fetch;
    expect(await fetchPolicyDocument('https://www.example.com/privacy', drip, 50)).toEqual({ ok: false, error: 'the site did not answer in time' });
  });

  it('parses the media type (anchored) and decodes in the declared charset', async () => {
    expect(
      await fetchPolicyDocument(
        'https://www.example.com/p',
        respond('x', { headers: { 'content-type': 'application/pdf; x=text/html' } }),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await fetchPolicyDocument(
        'https://www.example.com/p',
        respond('x', { headers: { 'content-type': 'image/svg+xml; a=text/html' } }),
      ),
    ).toMatchObject({ ok: false });
    const latin1 = new Uint8Array([0x44, 0x61, 0x74, 0x65, 0x6e, 0x73, 0x63, 0x68, 0x75, 0x74, 0x7a, 0x65, 0x72, 0x6b, 0x6c, 0xe4, 0x72, 0x75, 0x6e, 0x67]);
    const r = await fetchPolicyDocument('https://www.example.com/p', respond(latin1, { headers: { 'content-type': 'Text/HTML; Charset="ISO-8859-1"' } }));
    expect(r).toMatchObject({ ok: true, value: { body: 'Datenschutzerklärung', contentType: 'text/html' } });
    expect(parseMediaType('text/markdown;charset=utf-8')).toEqual({ essence: 'text/markdown', charset: 'utf-8' });
    expect(parseMediaType('nonsense')).toBeUndefined();
  });

  it('drops credentials from addresses', () => {
    const u = fetchableUrl('https://user:secret@www.example.com/privacy');
    expect(u.ok && u.value.href).toBe('https://www.example.com/privacy');
  });

  it('knows what a site is, by the Public Suffix List, and IPs by their exact address', () => {
    expect(siteOf('www.tiktok.com')).toBe('tiktok.com');
    expect(siteOf('policies.google.co.uk')).toBe('google.co.uk');
    expect(sameSite('a.github.io', 'b.github.io')).toBe(false);
    expect(sameSite('www.example.com', 'legal.example.com')).toBe(true);
    expect(sameSite('10.0.0.1', '192.168.0.1')).toBe(false);
    expect(sameSite('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(sameSite('localhost', 'localhost')).toBe(true);
    expect(sameSite('alice.blogspot.com', 'bob.blogspot.com')).toBe(false);
  });
});
