/// <reference types="chrome" />
/**
 * Stale state after a reload (issue 12): the background keeps one state per tab. A reload or a navigation to
 * the same address starts a new document, which may say something else; until it reports, the popup shows the
 * tab loading, never the previous document's findings. A fragment link within the page keeps them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from '../../scripts/serve';
import { expect, test } from './harness';

const US = () => readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8');
const EEA = () => readFileSync(join(SITE_DIR, 'legal/privacy-policy-eea.html'), 'utf8');

test('after a reload the popup shows the tab loading, then the new document’s findings, never the old ones', async ({ ext, context, site }) => {
  // The same address serves the US policy, then (reloaded) the EEA one, whose parser-blocking script is held
  // back: the new document is in the tab (the navigation has committed) but its content script, which runs after
  // DOMContentLoaded, has not reported yet.
  let served = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(`${site.origin}/hostile/changing`, async (route) => {
    served++;
    const body = served > 1 ? EEA().replace('</body>', '<script src="/hostile/slow.js"></script></body>') : US();
    await route.fulfill({ body, contentType: 'text/html' });
  });
  await context.route(`${site.origin}/hostile/slow.js`, async (route) => {
    await held;
    await route.fulfill({ body: '', contentType: 'text/javascript' });
  });
  const page = await ext.open('/hostile/changing');
  await ext.waitForAnalysis(page);
  const popup = await ext.openPopup(page);
  const row = (type: string) => popup.locator(`.row[data-type="${type}"] .row-value`);
  await expect(row('location.precise')).toHaveText('May collect (with conditions)');

  const reloaded = page.reload();
  // Loading: the old findings are gone from the popup, it says it is checking the page.
  await expect(popup.locator('#app')).toContainText('Checking this page…');
  await expect(popup.locator('.row')).toHaveCount(0);
  const state = await ext.tabState(page);
  expect(state === null || (state as { navigating?: boolean }).navigating === true || state.analysis === undefined).toBe(true);
  release();
  await reloaded;
  // The new document's findings, when it has reported.
  await expect(row('location.precise')).toHaveText('Says it does not', { timeout: 20_000 });
  await expect(popup.locator('.row[data-type="face"] .row-note')).toHaveText('no biometric identifiers');

  // A fragment link in the same document keeps its findings (no new document reports anything new).
  await page.evaluate(() => (location.hash = '#contact'));
  await page.waitForTimeout(1000);
  await popup.reload();
  await expect(row('location.precise')).toHaveText('Says it does not');
  expect((await ext.tabState(page))?.analysis).toBeDefined();
});
