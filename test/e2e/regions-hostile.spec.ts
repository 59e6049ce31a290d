/// <reference types="chrome" />
/**
 * A hostile page's regional "versions" (issue 12, items 4 and 6): `<link rel=alternate hreflang>` rows pointing at
 * a server that drips its body slower than the time limit, and at one that redirects. Each row ends with its
 * reason, and the controls come back.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from '../../scripts/serve';
import { expect, test } from './harness';
import { grantHostPermission } from './support/grant-host-permission';

/** A server that answers /drip with one byte a second for ever, and /moved with a redirect. */
async function hostileServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/moved')) {
      res.writeHead(302, { location: '/drip' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<!doctype html><p>We collect');
    const timer = setInterval(() => res.write(' .'), 1000);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return { server, origin: `http://localhost:${typeof address === 'object' && address ? address.port : 0}` };
}

test('a row that drips slower than the time limit, and one that redirects, each end with their reason', async ({ ext, context, site, extensionId }) => {
  test.setTimeout(90_000);
  const hostile = await hostileServer();
  try {
    const links = `<link rel="alternate" hreflang="ja-JP" href="${hostile.origin}/drip"><link rel="alternate" hreflang="ko-KR" href="${hostile.origin}/moved">`;
    const body = readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8').replace('</head>', `${links}</head>`);
    await context.route(`${site.origin}/hostile/alternates`, (route) => route.fulfill({ body, contentType: 'text/html' }));
    const page = await ext.open('/hostile/alternates');
    await ext.waitForAnalysis(page);
    await grantHostPermission(context, extensionId, 'http://localhost/*');
    const popup = await ext.openPopup(page);
    await popup.getByRole('tab', { name: 'Regions' }).click();
    const row = (region: string) => popup.locator(`.variant[data-region="${region}"]`);
    await expect(row('JP')).toHaveCount(1);
    await expect(row('KR')).toHaveCount(1);
    // ja-JP and ko-KR are language versions, listed but not ticked (preselect.ts): the reader ticks them.
    for (const region of ['JP', 'KR']) {
      await expect(row(region)).toHaveAttribute('data-why', 'language-version');
      await row(region).getByRole('checkbox').click();
      await expect(row(region).getByRole('checkbox')).toBeChecked();
    }
    const compare = popup.getByRole('button', { name: /Fetch and compare|Fetching/ });
    await compare.click();
    await expect(compare).toBeDisabled();
    // The time limit is 15 s for the whole exchange: the drip fails then, with its reason, and the button is back.
    await expect(row('JP').locator('.status.failed')).toContainText('did not answer in time', { timeout: 40_000 });
    await expect(row('KR').locator('.status.failed')).toContainText('redirects');
    await expect(compare).toBeEnabled();
    await expect(popup.locator('.variant .status', { hasText: /Fetching/ })).toHaveCount(0);
  } finally {
    hostile.server.closeAllConnections();
    hostile.server.close();
  }
});
