// The script on every page leaves a page it dismisses alone: no message, no listener, no extension API (issue 13).
// The reader's click on the toolbar button wakes it (activeTab + scripting), the browser's own pages are said to
// be unreadable, and a tab that moves from a policy to such a page loses the policy's badge and state.
import { articleHtml } from './support/article';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SITE_DIR } from '../../scripts/serve';
import { expect, test } from './harness';

const ARTICLE = '/news/riverside-path';

test.describe('a dismissed page, woken by the toolbar button', () => {
  test.beforeEach(async ({ context, site }) => {
    const html = articleHtml(2800);
    await context.route(site.origin + ARTICLE, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  });

  test('sends nothing until the reader clicks; then the real popup says it is not a policy, and answers', async ({ ext }) => {
    const page = await ext.open(ARTICLE);
    // Long enough for a report to have arrived, had the script sent one.
    await page.waitForTimeout(1500);
    expect(await ext.tabState(page)).toBeNull();
    const popup = await ext.clickAction(page);
    await expect.poll(() => popup.text()).toContain('This page does not look like a privacy policy');
    // Woken, the page answers the popup's messages: "Analyse this page anyway" (before anything brings the page
    // to the front, which closes a real popup).
    await popup.evaluate(`document.querySelector('button.primary').click()`);
    await expect.poll(() => popup.text(), { timeout: 20_000 }).toMatch(/Face[\s\S]*Voice/);
    const state = await ext.tabState(page);
    expect(state?.verdict.kind).toBe('not-policy');
    expect(state?.verdict.reasons.join(' ')).toMatch(/nothing in its address, title/);
    expect(await ext.badgeText(await ext.tabIdOf(page))).toBe('');
  });

  test('the browser’s own pages: the popup says plainly that Policy Lens cannot read them', async ({ context, ext }) => {
    const page = await context.newPage();
    await page.goto('chrome://version');
    const popup = await ext.clickAction(page);
    await expect.poll(() => popup.text()).toContain('Policy Lens cannot read this page');
    expect(await popup.text()).not.toContain('does not look like a privacy policy');
  });

  test('a popup without activeTab (opened as a tab) cannot wake the page and says so', async ({ ext }) => {
    const page = await ext.open(ARTICLE);
    const popup = await ext.openPopup(page);
    await expect(popup.locator('[data-state="unreadable"]')).toBeVisible();
  });

  test('a tab that goes from a policy to a dismissed page loses the badge and the policy’s state', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.expectBadge(page, 'PP');
    await ext.waitForAnalysis(page);
    await page.goto(new URL(ARTICLE, page.url()).href);
    await ext.expectBadge(page, '');
    await expect.poll(() => ext.tabState(page)).toBeNull();
  });

  // Issue 13, loose end: a page restored from the back/forward cache. The fixture site sends `no-store`, which
  // keeps pages out of that cache: these pages are served by routes without it.
  test.describe('restored from the back/forward cache', () => {
    test.use({ backForwardCache: true });
    const POLICY = '/bfcache/privacy-policy';
    test.beforeEach(async ({ context, site }) => {
      const html = readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8');
      await context.route(site.origin + POLICY, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    });

    /** Marks the page in its own world, so that a restore (the same document) can be told from a new load. */
    const mark = (page: Page) =>
      page.evaluate(() => {
        const w = window as unknown as { restored?: boolean };
        w.restored = false;
        addEventListener('pageshow', (e) => (w.restored = e.persisted));
      });
    /** Whether the page shown after going back is the marked document, restored; undefined for a new load. */
    const restored = async (page: Page) => {
      await page.waitForFunction(() => document.readyState === 'complete');
      return page.evaluate(() => (window as unknown as { restored?: boolean }).restored);
    };

    test('a dismissed page (it used no extension API) is restored, and can still be woken', async ({ ext }) => {
      const page = await ext.open(ARTICLE);
      await page.waitForTimeout(500);
      await mark(page);
      await page.goto(new URL(POLICY, page.url()).href);
      await ext.expectBadge(page, 'PP');
      await page.goBack({ waitUntil: 'commit' }); // a restore fires no load event
      expect(await restored(page)).toBe(true);
      await ext.expectBadge(page, '');
      const popup = await ext.clickAction(page);
      await expect.poll(() => popup.text()).toContain('This page does not look like a privacy policy');
    });

    // A page that was handed over (it listens for the popup and reported) ended its lifetime on pagehide; restored,
    // it starts a new one (content/index.ts): it reports again, analyses again, and answers the popup.
    test('a policy page reports again: badge, state and findings come back', async ({ ext }) => {
      const page = await ext.open(POLICY);
      await ext.expectBadge(page, 'PP');
      await ext.waitForAnalysis(page);
      await mark(page);
      await page.goto(new URL(ARTICLE, page.url()).href);
      await ext.expectBadge(page, '');
      await expect.poll(() => ext.tabState(page)).toBeNull();
      await page.goBack({ waitUntil: 'commit' });
      expect(await restored(page)).toBe(true);
      await ext.expectBadge(page, 'PP');
      expect((await ext.waitForAnalysis(page)).verdict.kind).toBe('privacy-policy');
      const popup = await ext.clickAction(page);
      await expect.poll(() => popup.text(), { timeout: 20_000 }).toMatch(/privacy policy[\s\S]*Face/);
    });
  });
});
