/**
 * A small static server for the demo site and the e2e tests: serves test/fixtures/site on localhost only.
 * `/legal?doc=3` style URLs map to `legal.html`; unknown paths under /app/ fall back to the single-page app.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_DIR = resolve(fileURLToPath(new URL('../test/fixtures/site', import.meta.url)));

const FAVICON = fileURLToPath(new URL('../public/icons/icon-32.png', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const base = join(root, clean);
  if (base !== root && !base.startsWith(root + sep)) return undefined;
  for (const candidate of [base, base + '.html', join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  if (clean.startsWith('app/')) return join(root, 'app', 'index.html');
  return undefined;
}

export interface RunningServer {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

export async function startSiteServer(port = 0, root = SITE_DIR): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      void readFile(FAVICON).then((b) => res.writeHead(200, { 'content-type': 'image/png' }).end(b), () => res.writeHead(404).end());
      return;
    }
    void resolveFile(root, url.pathname).then(async (file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    }, () => res.writeHead(500).end());
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    // `localhost`, not 127.0.0.1: content-script matches on http://localhost/* do not match the IP.
    origin: `http://localhost:${actualPort}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
