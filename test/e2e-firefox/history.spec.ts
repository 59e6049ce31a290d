import { copyFileSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE_DIR, startSiteServer } from '../../scripts/serve';
import { clickButton, texts } from './dom';
import { expect, test as base } from './harness';
import { removeScratchDir, scratchDir } from '../support/temp-dir';

/**
 * The watch list in Firefox: the background is an event page with a DOMParser, so a watched policy is read
 * there (a dynamic import of the parser), not in Chrome's offscreen document. Prompts for optional
 * permissions are off by pref (headless Firefox cannot answer them), so the click's requests grant at once.
 */
base.use({ firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });

/** The policy the alarm test changes: served from a temp copy of the fixture site, so each version is a file swap. */
const POLICY_PATH = '/legal/watched-policy.html';
const VERSIONS = resolve('test/fixtures/history');

const test = base.extend<{ siteDir: string; serve: (version: 'policy-v1' | 'policy-v2') => void }>({
  // eslint-disable-next-line no-empty-pattern
  siteDir: async ({}, use) => {
    const dir = scratchDir('pl-history-site-');
    cpSync(SITE_DIR, dir, { recursive: true });
    await use(dir);
    removeScratchDir(dir);
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

interface WatchEntryLike {
  lastCheck?: string;
  lastChange?: string;
  lastChangeLines?: string[];
}

test.describe('Firefox: history and the watch list', () => {
  test('watching a policy fetches and reads it in the event page, and lists it with its check', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const popup = await ext.openPopup(page);
    await expect.poll(() => texts(popup, '.watch summary')).toEqual(['Watched policies (0)']);
    await popup.click('.watch summary');
    await clickButton(popup, 'Watch this policy');
    await expect.poll(() => texts(popup, '.watch-list .watched .last-check'), { timeout: 30_000 }).toEqual([expect.stringMatching(/^Last checked: \d/)]);
    expect(await texts(popup, '.watch-list .watched .failure')).toEqual([]);
    expect(await texts(popup, '.watch-list .watched .last-change')).toEqual(['No change seen yet']);
    expect(await ext.api<boolean>(`return browser.permissions.contains({ permissions: ['notifications'] });`)).toBe(true);
  });

  test('the daily alarm, fired for real, finds the change, notifies it and updates the list', async ({ ext, serve }) => {
    serve('policy-v1');
    const page = await ext.open(POLICY_PATH);
    await ext.waitForAnalysis(page);
    const popup = await ext.openPopup(page);
    await popup.click('.watch summary');
    await clickButton(popup, 'Watch this policy');
    // Polled from the click on: the list may not be stored yet on the first reads (a slow machine showed it).
    const entry = () => ext.api<WatchEntryLike>(`const { watchList } = await browser.storage.local.get('watchList'); return Object.values(watchList?.value ?? {})[0] ?? {};`);
    await expect.poll(async () => (await entry()).lastCheck, { timeout: 30_000 }).toBeTruthy();

    // Headless Firefox (153) closes a notification as soon as it is shown (no system alerts), while ESR 140 shows it
    // and keeps it: it is seen through the notification events every extension page receives, either of them, not
    // through getAll().
    await ext.api(`
      window.seen = [];
      browser.notifications.onShown?.addListener((id) => window.seen.push(['shown', id]));
      browser.notifications.onClosed.addListener((id) => window.seen.push(['closed', id]));`);
    serve('policy-v2');
    // A day passes for the schedule (it skips what was checked within half a day), then the product's alarm
    // is made due now: the event page's own alarms.onAlarm listener runs the check.
    await ext.api(`
      const { watchList } = await browser.storage.local.get('watchList');
      for (const e of Object.values(watchList.value)) e.lastCheck = new Date(Date.parse(e.lastCheck) - 13 * 3600000).toISOString();
      await browser.storage.local.set({ watchList });
      await browser.alarms.create('policy-lens-watch', { when: Date.now() + 100 });`);
    await expect.poll(async () => (await entry()).lastChange, { timeout: 30_000 }).toBeTruthy();
    expect((await entry()).lastChangeLines?.join('\n')).toMatch(/now allows precise location/);
    // The popup, left open, follows the list.
    await expect.poll(() => texts(popup, '.watch-list .watched .changes li')).toContainEqual(expect.stringMatching(/precise location/));
    // Created for this change (its id names the document and the two versions; the text is checked in Chromium,
    // where the notification stays to be read).
    await expect
      .poll(async () => (await ext.api<[string, string][]>('return window.seen;')).map(([, id]) => id))
      .toContainEqual(expect.stringMatching(/^watch\|http:\/\/localhost:\d+\/legal\/watched-policy\.html\|/));
    await expect.poll(() => ext.api<number | undefined>(`return (await browser.alarms.get('policy-lens-watch'))?.periodInMinutes;`)).toBe(24 * 60);
  });
});
