/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SITE_DIR, startSiteServer } from '../../scripts/serve';
import { expect, test as base } from './harness';

/** The policy a test changes: served from a temp copy of the fixture site, so each version is a file swap. */
const POLICY_PATH = '/legal/watched-policy.html';
const VERSIONS = resolve('test/fixtures/history');

const test = base.extend<{ siteDir: string; serve: (version: 'policy-v1' | 'policy-v2' | 'policy-v3-reworded') => void }>({
  // eslint-disable-next-line no-empty-pattern
  siteDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-history-site-'));
    cpSync(SITE_DIR, dir, { recursive: true });
    await use(dir);
  },
  site: async ({ siteDir }, use) => {
    const site = await startSiteServer(0, siteDir);
    await use(site);
    await site.close();
  },
  serve: async ({ siteDir }, use) => {
    await use((version) => copyFileSync(join(VERSIONS, `${version}.html`), join(siteDir, POLICY_PATH)));
  },
});

async function grantHostPermission(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, o]) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, o: string): Promise<void> } }).developerPrivate.addHostPermission(id!, o!),
    [extensionId, origin],
  );
  await page.close();
}

/** Visits the policy in a fresh tab and waits for the background to have analysed (and recorded) it. */
async function visit(ext: { open(p: string): Promise<Page>; waitForAnalysis(p: Page): Promise<unknown> }): Promise<Page> {
  const page = await ext.open(POLICY_PATH);
  await ext.waitForAnalysis(page);
  return page;
}

test.describe('changed since you last read it', () => {
  test('a revisit after the policy changed shows the change in the panel and the popup, and then vs now', async ({ ext, context, serve }) => {
    serve('policy-v1');
    const first = await visit(ext);
    const firstPanel = await ext.panel(first);
    await expect.poll(() => firstPanel.texts('.history')).toEqual([]);
    await first.close();

    serve('policy-v2');
    const page = await visit(ext);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.history h3')).toEqual([expect.stringMatching(/^Since you last read it on .+:$/)]);
    const lines = await panel.texts('.history .changes li');
    expect(lines.join('\n')).toMatch(/now allows precise location \(.*turn on location services/);
    expect((await panel.texts('.history .sections')).join('\n')).toContain('Sections added: Voice notes');
    await ext.screenshot(page, 'history-panel');

    const popup = await ext.openPopup(page);
    const news = popup.locator('.history-news');
    await expect(news.locator('h2')).toHaveText(/^Since you last read it on/);
    await expect(news.locator('.changes li', { hasText: 'precise location' })).toBeVisible();
    await popup.setViewportSize({ width: 420, height: 900 });
    console.log(`history popup screenshot: ${await ext.screenshot(popup, 'history-popup')}`);

    // Then vs now, from the popup: the same comparison page, the two versions labelled by date.
    const [report] = await Promise.all([context.waitForEvent('page'), news.getByRole('button', { name: 'Compare then and now' }).click()]);
    await report.waitForLoadState();
    await expect(report.locator('.then-now')).toContainText(POLICY_PATH);
    // One column per version (the comparison table's corner cell is not a header).
    await expect(report.locator('table.matrix thead th')).toHaveCount(2);
    const matrix = report.locator('table.matrix tr', { hasText: 'Precise location' }).locator('td');
    await expect(matrix).toHaveText([/Says it does not/, /May collect/]);
    await expect(report.locator('section.section h3', { hasText: 'Voice notes' })).toBeVisible();
    console.log(`then-vs-now screenshot: ${await ext.screenshot(report, 'then-vs-now')}`);
    await report.close();

    // And from the panel: the page asks the background, which opens the same page.
    const [fromPanel] = await Promise.all([context.waitForEvent('page'), panel.click('.history .then-now')]);
    await fromPanel.waitForLoadState();
    await expect(fromPanel.locator('.then-now')).toBeVisible();
  });

  test('pausing records nothing, and forgetting the site forgets its versions', async ({ ext, serve }) => {
    serve('policy-v1');
    const first = await visit(ext);
    const popup = await ext.openPopup(first);
    await popup.locator('.history-controls summary').click();
    await expect(popup.locator('.history-controls .history-line')).toContainText('1 version(s) of this one');
    await popup.getByRole('button', { name: 'Pause history' }).click();
    await expect(popup.locator('.history-message')).toHaveText('History paused.');
    await first.close();

    serve('policy-v2');
    const second = await visit(ext);
    const panel = await ext.panel(second);
    await expect.poll(() => panel.evaluate<number>('return root.querySelectorAll(".panel .group").length;')).toBeGreaterThan(0);
    expect(await panel.texts('.history')).toEqual([]);
    const again = await ext.openPopup(second);
    await again.locator('.history-controls summary').click();
    // Paused: the changed version was not recorded, so there is no news and still one version.
    await expect(again.locator('.history-controls .history-line')).toContainText('History is paused: visits are not recorded (1 version(s) of this one');
    await expect(again.locator('.history-news')).toHaveCount(0);
    await again.getByRole('button', { name: 'Resume history' }).click();
    await again.getByRole('button', { name: 'Forget this site' }).click();
    await expect(again.locator('.history-message')).toHaveText('Forgot 1 document(s).');
    await expect(again.locator('.history-controls .history-line')).toContainText('0 version(s) of this one, 0 document(s) in all');
  });
});

test.describe('watch list', () => {
  test('watching asks for the site and notifications, a change found by the daily check updates the list', async ({ ext, context, extensionId, worker, serve, siteDir }) => {
    serve('policy-v1');
    const page = await visit(ext);
    await grantHostPermission(context, extensionId, 'http://localhost/*');
    const popup = await ext.openPopup(page);
    // Record what the popup asks for: headless Chromium cannot show the prompt, so the request is observed.
    await popup.evaluate(() => {
      const asked: unknown[] = [];
      (window as unknown as { asked: unknown[] }).asked = asked;
      const real = chrome.permissions.request.bind(chrome.permissions);
      chrome.permissions.request = ((p: chrome.permissions.Permissions) => {
        asked.push(p);
        return real(p);
      }) as typeof chrome.permissions.request;
    });
    await popup.locator('.watch summary').click();
    await popup.getByRole('button', { name: 'Watch this policy' }).click();
    await expect.poll(() => popup.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: ['http://localhost/*'] }, { permissions: ['notifications'] }]);
    const entry = popup.locator('.watch-list .watched');
    await expect(entry).toHaveCount(1, { timeout: 20_000 });
    await expect(entry.locator('.last-check')).not.toContainText('never');
    await expect(entry.locator('.last-change')).toHaveText('No change seen yet');

    serve('policy-v2');
    // The daily alarm's handler, run as the alarm runs it (an alarm cannot be fired on demand).
    const alarm = await worker.evaluate(async () => (await chrome.alarms.get('policy-lens-watch'))?.periodInMinutes);
    expect(alarm).toBe(24 * 60);
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(entry.locator('.last-change')).toHaveText(/^Last changed: /, { timeout: 20_000 });
    await expect(entry.locator('.changes li', { hasText: 'precise location' })).toBeVisible();
    console.log(`watch list screenshot: ${await ext.screenshot(popup, 'watch-list')}`);

    // A failure is shown with its reason, and the last change stays on show.
    rmSync(join(siteDir, POLICY_PATH));
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(entry.locator('.failure')).toHaveText('Last check failed: the site answered HTTP 404', { timeout: 20_000 });
    await expect(entry.locator('.changes li', { hasText: 'precise location' })).toBeVisible();
    await popup.getByRole('button', { name: 'Unwatch' }).click();
    await expect(entry).toHaveCount(0);
  });
});
