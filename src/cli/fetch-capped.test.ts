import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCapped } from './fetch-capped';
import { loadDocument } from './load';

const CHUNK = Buffer.alloc(64 * 1024, 'a');
let server: Server;
let base = '';
/** Bytes the endless route wrote before the client hung up. */
let endlessSent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/endless') {
      // A body that never ends: no content-length, chunks as fast as the client takes them.
      res.writeHead(200, { 'content-type': 'text/html' });
      endlessSent = 0;
      const pump = () => {
        while (!res.destroyed && res.write(CHUNK)) endlessSent += CHUNK.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    } else if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>We collect'); // and never another byte
    } else if (req.url === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    } else if (req.url === '/to-policy') {
      res.writeHead(301, { location: '/policy' }).end();
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' }).end();
    } else if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end('x');
    } else if (req.url === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from('<p>donn\xe9es</p>', 'latin1'));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>Privacy</title><p>We collect your precise location.</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchCapped', () => {
  it('stops reading a body that never ends at the cap, and says so', async () => {
    const cap = 1024 * 1024;
    await expect(fetchCapped(`${base}/endless`, { maxBytes: cap })).rejects.toThrow(/larger than 1048576 bytes/);
    // What the server got out before the hang-up: the cap plus what sat in socket buffers, not gigabytes.
    expect(endlessSent).toBeLessThan(cap * 8);
  });

  it('gives up on a server that stops sending, at the timeout', async () => {
    await expect(fetchCapped(`${base}/stall`, { timeoutMs: 300 })).rejects.toThrow(/no complete answer within 0.3 s/);
  });

  it('fetches only http and https, at every redirect hop', async () => {
    await expect(fetchCapped('ftp://example.org/policy')).rejects.toThrow(/only http and https/);
    await expect(fetchCapped(`${base}/to-file`)).rejects.toThrow(/only http and https/);
    await expect(fetchCapped(`${base}/loop`)).rejects.toThrow(/more than 5 redirects/);
    const followed = await fetchCapped(`${base}/to-policy`);
    expect(followed).toMatchObject({ url: `${base}/policy`, text: expect.stringContaining('precise location') });
    await expect(loadDocument('file:///etc/passwd')).rejects.toThrow(/only http and https/);
  });

  it('checks the content type anchored, and decodes the charset the server names', async () => {
    await expect(fetchCapped(`${base}/image`)).rejects.toThrow(/image\/png is not HTML or Markdown/);
    expect((await fetchCapped(`${base}/latin1`)).text).toBe('<p>données</p>');
  });
});
