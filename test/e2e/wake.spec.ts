// The script on every page leaves a page it dismisses alone: no message, no listener, no extension API (issue 13).
// The reader's click on the toolbar button wakes it (activeTab + scripting), the browser's own pages are said to
// be unreadable, and a tab that moves from a policy to such a page loses the policy's badge and state.
import { articleHtml } from './support/article';
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
});
