/// <reference types="chrome" />
/**
 * Session storage overflowing (issue 12, item 4): the comparison the popup makes is kept in `storage.session`
 * (10 MB in Chrome) for the full comparison page. A second large comparison used to overflow it, uncaught: the
 * button stayed "Fetching…". Now earlier comparisons make room; one that cannot be kept at all is still shown,
 * with the reason, and the controls come back. The earlier large comparison and the nearly full storage are
 * seeded by the test (a real one takes minutes to compute).
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './harness';
import { grantHostPermission } from './support/grant-host-permission';

const storedIds = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(((await chrome.storage.session.get('comparisons')).comparisons as { value: object } | undefined)?.value ?? {}));

test('a comparison that overflows session storage: earlier ones make room; one that cannot be kept says why, and the controls come back', async ({ ext, context, extensionId, worker }) => {
  test.setTimeout(120_000);
  const page = await ext.open('/legal/privacy-policy-us');
  await ext.waitForAnalysis(page);
  await grantHostPermission(context, extensionId, 'http://localhost/*');
  // An earlier comparison that leaves 5 kB of the 10 MB: the next one does not fit beside it.
  await worker.evaluate(async () => {
    const used = await chrome.storage.session.getBytesInUse(null);
    const big = 'x'.repeat(chrome.storage.session.QUOTA_BYTES - used - 5_000);
    const earlier = { createdAt: '2026-01-01T00:00:00.000Z', pageUrl: 'https://big.example/privacy', comparison: { big }, versions: [] };
    await chrome.storage.session.set({ comparisons: { v: 1, value: { earlier } } });
  });
  const popup = await ext.openPopup(page);
  await popup.getByRole('tab', { name: 'Regions' }).click();
  const compare = popup.getByRole('button', { name: /Fetch and compare|Fetching/ });
  await compare.click();
  await expect(popup.locator('.differences li').first()).toContainText('faceprints', { timeout: 30_000 });
  // Kept, in place of the earlier one: the full comparison page opens.
  await expect.poll(() => storedIds(worker)).toHaveLength(1);
  expect(await storedIds(worker)).not.toContain('earlier');
  await expect(popup.getByRole('button', { name: 'Open the full comparison' })).toBeVisible();
  // (The "Compare with…" form keeps an empty error line of its own.)
  const problems = popup.locator('.message.error', { hasText: /\S/ });
  await expect(problems).toHaveCount(0);

  // Storage nearly full with other things (1 kB left without any comparison): this one cannot be kept at all.
  await worker.evaluate(async () => {
    await chrome.storage.session.remove('comparisons');
    const used = await chrome.storage.session.getBytesInUse(null);
    await chrome.storage.session.set({ filler: 'x'.repeat(chrome.storage.session.QUOTA_BYTES - used - 1_000) });
  });
  await compare.click();
  await expect(problems).toContainText('too large to keep for the full comparison page', { timeout: 30_000 });
  // Still shown, and the controls are back.
  await expect(popup.locator('.differences li').first()).toContainText('faceprints');
  await expect(compare).toBeEnabled();
  await expect(compare).toHaveText('Fetch and compare');
  await expect(popup.locator('.variant .status', { hasText: /Fetching/ })).toHaveCount(0);
});
