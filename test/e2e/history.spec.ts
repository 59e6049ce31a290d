/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE_DIR, startSiteServer } from '../../scripts/serve';
import { expect, test as base } from './harness';
import { grantHostPermission } from './support/grant-host-permission';
import { axeLine, runAxe } from './support/axe';
import { launchWithNotificationsGrantedBefore } from './support/granted-notifications';
import { removeScratchDir, scratchDir } from '../support/temp-dir';

/** The policy a test changes: served from a temp copy of the fixture site, so each version is a file swap. */
const POLICY_PATH = '/legal/watched-policy.html';
const VERSIONS = resolve('test/fixtures/history');

const test = base.extend<{ siteDir: string; serve: (version: 'policy-v1' | 'policy-v2' | 'policy-v3-reworded') => void }>({
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

interface WatchEntryLike {
  url: string;
  lastCheck?: string;
  lastChange?: string;
  lastChangeLines?: string[];
  lastError?: string;
}

/** The one watched entry, as the background stored it. */
async function watched(worker: Worker): Promise<WatchEntryLike> {
  const entries = await watchedEntries(worker);
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

/** The watched entries as stored; none before the background has written the list (the click returns first). */
async function watchedEntries(worker: Worker): Promise<WatchEntryLike[]> {
  const list = await worker.evaluate(async () => {
    const stored = (await chrome.storage.local.get('watchList')).watchList as { value?: Record<string, unknown> } | undefined;
    return stored?.value ?? {};
  });
  return Object.values(list) as WatchEntryLike[];
}

/**
 * A day passes, for the schedule: the last check moves back 13 hours (a run skips what was checked within
 * half a day, so "Watch" and the alarm right after it do not fetch twice). Returns the aged time.
 */
async function dayPasses(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const { watchList } = (await chrome.storage.local.get('watchList')) as { watchList: { value: Record<string, { lastCheck?: string }> } };
    let aged = '';
    for (const e of Object.values(watchList.value)) aged = e.lastCheck = new Date(Date.parse(e.lastCheck!) - 13 * 3_600_000).toISOString();
    await chrome.storage.local.set({ watchList });
    return aged;
  });
}

/**
 * The real alarm, due now: the product's alarm name with a `when` a moment away (unpacked extensions are not
 * held to the 30 s minimum), so the background's own `alarms.onAlarm` listener runs the daily check.
 */
const fireWatchAlarm = (worker: Worker) => worker.evaluate(() => chrome.alarms.create('policy-lens-watch', { when: Date.now() + 100 }));

/** Keeps what each `notifications.create` was given (getAll() has only the ids), then calls the real one. */
const recordNotifications = (worker: Worker) =>
  worker.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { created: unknown[] }).created = seen;
    const real = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => unknown;
    (chrome.notifications as unknown as { create: (...args: unknown[]) => unknown }).create = (...args: unknown[]) => {
      seen.push(args.slice(0, 2));
      return real(...args);
    };
  });
const notificationsCreated = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { created: [string, { title: string; message: string }][] }).created);
const notificationIds = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

/** Versions recorded for the watched policy. */
const versionsRecorded = (worker: Worker) =>
  worker.evaluate(async (path) => {
    const { historyIndex } = (await chrome.storage.local.get('historyIndex')) as { historyIndex: { value: { documents: Record<string, { url: string; versions: unknown[] }> } } };
    return Object.values(historyIndex.value.documents).find((d) => d.url.endsWith(path))?.versions.length ?? 0;
  }, POLICY_PATH);

/** A profile where the reader granted notifications before: the popup's real request is then answered at once. */
const notifying = test.extend({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithNotificationsGrantedBefore();
    await use(context);
    await context.close();
  },
});

notifying.describe('the daily check, run by the alarm', () => {
  notifying('a material change raises a notification in plain words; a rewording only updates the record', async ({ ext, context, extensionId, worker, serve }) => {
    serve('policy-v1');
    const page = await visit(ext);
    await grantHostPermission(context, extensionId, 'http://localhost/*');
    const popup = await ext.openPopup(page);
    expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
    await popup.locator('.watch summary').click();
    await popup.getByRole('button', { name: 'Watch this policy' }).click();
    const entry = popup.locator('.watch-list .watched');
    // The first check, at once, records the version the next ones compare with.
    await expect.poll(async () => (await watchedEntries(worker))[0]?.lastCheck, { timeout: 20_000 }).toBeTruthy();
    await expect(entry.locator('.last-change')).toHaveText('No change seen yet');
    // Asked for in the click, with the first policy watched.
    await expect.poll(() => worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(true);
    await recordNotifications(worker);

    // A day later the served policy has changed; the alarm fires and the popup, left open, follows.
    serve('policy-v2');
    await dayPasses(worker);
    await fireWatchAlarm(worker);
    await expect(entry.locator('.last-change')).toHaveText(/^Last changed: /, { timeout: 30_000 });
    await expect(entry.locator('.changes li', { hasText: 'precise location' })).toBeVisible();
    await expect.poll(() => notificationIds(worker)).toEqual([expect.stringMatching(/^watch\|/)]);
    const created = await notificationsCreated(worker);
    expect(created).toHaveLength(1);
    const shown = created[0]![1];
    expect(shown.title).toBe('The privacy policy of localhost changed');
    expect(shown.message).toMatch(/now allows precise location \(.*turn on location services/);
    expect(await versionsRecorded(worker)).toBe(2);
    // The one-off alarm replaced the daily one under the same name: after its run the daily schedule is back.
    await expect.poll(() => worker.evaluate(async () => (await chrome.alarms.get('policy-lens-watch'))?.periodInMinutes)).toBe(24 * 60);
    console.log(`watch notification: ${shown.title} — ${shown.message.replace(/\n/g, ' / ')}`);

    // A rewording with no material difference: recorded, no notification.
    await worker.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
    serve('policy-v3-reworded');
    const aged = await dayPasses(worker);
    await fireWatchAlarm(worker);
    await expect.poll(async () => (await watched(worker)).lastCheck, { timeout: 30_000 }).not.toBe(aged);
    const after = await watched(worker);
    expect(after.lastChangeLines).toEqual([]);
    expect(after.lastError).toBeUndefined();
    expect(await versionsRecorded(worker)).toBe(3);
    expect(await notificationIds(worker)).toEqual([]);
    expect(await notificationsCreated(worker)).toHaveLength(1);
    await expect(entry.locator('.changes')).toHaveCount(0);
  });
});

test.describe('history on the options page', () => {
  /** Presses Tab until the focused element's text matches (the keyboard path a reader takes). */
  async function tabTo(page: Page, name: RegExp, shift = false): Promise<void> {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      if (name.test(await page.evaluate(() => document.activeElement?.textContent ?? ''))) return;
    }
    throw new Error(`no focusable element named ${name}`);
  }
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

  test('pause, forget a site and forget everything, by keyboard, each forget confirmed first', async ({ ext, context, extensionId, site, serve }) => {
    serve('policy-v1');
    await (await visit(ext)).close();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const section = options.locator('section.history');
    const row = section.locator('li.site');
    await expect(row).toHaveCount(1);
    await expect(row.locator('.origin')).toHaveText(site.origin);
    await expect(row.locator('.counts')).toHaveText('1 document(s), 1 version(s)');
    const axe = await runAxe(options);
    console.log(axeLine('options page with history', axe));
    expect(axe.severe).toEqual([]);

    await tabTo(options, /^Pause history$/);
    await options.keyboard.press('Enter');
    await expect(section.locator('.history-status')).toHaveText('History paused.');
    await expect(section.locator('p.help').first()).toContainText('History is paused');
    // The redraw kept the keyboard's place on the same control, now named for what it does next.
    await expect.poll(() => focusedText(options)).toBe('Resume history');
    await options.keyboard.press('Enter');
    await expect(section.locator('.history-status')).toHaveText('History resumed.');

    // Forget the site: the dialog opens on Cancel; Esc leaves everything as it was.
    await tabTo(options, new RegExp(`^Forget ${site.origin.replace(/[.:/]/g, '\\$&')}…$`));
    await options.keyboard.press('Enter');
    const dialog = options.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toHaveText(`Forget ${site.origin}?`);
    await expect(dialog).toContainText('cannot be brought back');
    expect(await focusedText(options)).toBe('Cancel');
    const axeDialog = await runAxe(options);
    console.log(axeLine('options page, forget dialog', axeDialog));
    expect(axeDialog.severe).toEqual([]);
    console.log(`options forget dialog screenshot: ${await ext.screenshot(options, 'options-forget-dialog')}`);
    await options.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(row).toHaveCount(1);
    await options.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(options, /^Forget$/, true);
    await options.keyboard.press('Enter');
    await expect(section.locator('.history-status')).toHaveText('Forgot 1 document(s).');
    await expect(row).toHaveCount(0);
    await expect(section).toContainText('Nothing is recorded yet.');
    await expect(section.getByRole('button', { name: 'Forget everything…' })).toBeDisabled();

    // A new visit shows up by itself; "Forget everything" asks too, then forgets.
    await (await visit(ext)).close();
    await expect(row).toHaveCount(1);
    await options.bringToFront();
    await tabTo(options, /^Forget everything…$/);
    await options.keyboard.press('Enter');
    await expect(dialog.getByRole('heading')).toHaveText('Forget everything (1 document(s), 1 version(s))?');
    await tabTo(options, /^Forget$/, true);
    await options.keyboard.press('Enter');
    await expect(section.locator('.history-status')).toHaveText('Forgot 1 document(s).');
    await expect(row).toHaveCount(0);
    console.log(`options history screenshot: ${await ext.screenshot(options, 'options-history')}`);
  });
});
