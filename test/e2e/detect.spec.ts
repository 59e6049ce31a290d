import { expect, test } from './harness';
import { pageBundle } from './support/page-bundle';

test.describe('policy-page detection in the browser', () => {
  test('a privacy policy gets the badge and the popup says why', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.expectBadge(page, 'PP');
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.verdict')).toHaveAttribute('data-kind', 'privacy-policy');
    await expect(popup.locator('.verdict strong')).toHaveText('This page is a privacy policy');
    await popup.getByText('Why', { exact: true }).click();
    await expect(popup.locator('ul.reasons li').first()).toBeVisible();
    await expect(popup.locator('ul.reasons')).toContainText('its title names a privacy policy');
    console.log(`popup screenshot: ${await ext.screenshot(popup, 'popup-privacy-policy')}`);
  });

  test('terms of service: no badge, popup says terms', async ({ ext }) => {
    const page = await ext.open('/legal/terms.html');
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.verdict')).toHaveAttribute('data-kind', 'terms');
    expect(await ext.badgeText(await ext.tabIdOf(page))).toBe('');
  });

  test('a news article about a privacy policy is not a policy', async ({ ext }) => {
    const page = await ext.open('/news/policy-change.html');
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.verdict')).toHaveAttribute('data-kind', 'not-policy');
    await popup.getByText('Why', { exact: true }).click();
    await expect(popup.locator('ul.reasons')).toContainText('the page says it is an article');
    expect(await ext.badgeText(await ext.tabIdOf(page))).toBe('');
  });

  test('a policy at a URL that says nothing is found from its content', async ({ ext }) => {
    const page = await ext.open('/legal?doc=3');
    await ext.expectBadge(page, 'PP');
  });

  test('a single-page app whose policy arrives a second after load', async ({ ext }) => {
    const page = await ext.open('/app/');
    const tabId = await ext.tabIdOf(page);
    // At first the shell says "Loading…": not a policy.
    expect(await ext.badgeText(tabId)).toBe('');
    await page.waitForSelector('h1:has-text("Nimbus Privacy Notice")');
    await ext.expectBadge(page, 'PP');
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.verdict')).toHaveAttribute('data-kind', 'privacy-policy');
  });

  test('history navigation inside the app is re-checked', async ({ ext }) => {
    const page = await ext.open('/app/');
    await page.waitForSelector('h1:has-text("Nimbus Privacy Notice")');
    await ext.expectBadge(page, 'PP');
    await page.click('a[data-route][href="/app/about"]');
    await page.waitForSelector('h1:has-text("About Nimbus")');
    await expect(page).toHaveURL(/\/app\/about$/);
    await ext.expectBadge(page, '');
  });

  test('the popup explains when it has nothing for a tab', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=999999`);
    await expect(popup.locator('.message')).toContainText('cannot read this page');
  });

  test('no console errors on a policy page or in the popup', async ({ ext, context }) => {
    const errors: string[] = [];
    context.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.location().url}: ${m.text()}`)));
    context.on('weberror', (e) => void errors.push(e.error().message));
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.expectBadge(page, 'PP');
    const popup = await ext.openPopup(page);
    await expect(popup.locator('.verdict')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

// The script on every page reads both cheap stages by one XPath in the browser (no element wrappers); DOMs in Node
// use selectors and textContent. Both must read the same: compared here in Chromium, with the module itself
// (bundled for the page), on authored pages and on edge cases.
test.describe('the cheap stages by XPath read what the selectors read', () => {
  const PAGES = ['/legal/privacy-policy-us', '/legal/terms.html', '/news/policy-change.html', '/help/delete-account.html', '/'];
  const EDGES = [
    '<link rel="Privacy-Policy" href="/a"><h1>One <b>two</b></h1><h1>three</h1>',
    '<link rel="alternate  privacy-policy\tnext" href="">',
    '<link rel="privacy-policy"><link rel="terms-of-service" href="/t">',
    '<link rel="privacy-policyx" href="/no"><link rel="x terms-of-service" href="/y\nes">',
    '<svg><h1>not html</h1></svg><main><h1>  spaced\n heading </h1></main>',
    '<p>no heading, no link</p>',
    '<nav><a href="/">Home</a></nav><main>Main <script>var s = "code";</script><style>p{}</style> text</main><main>second</main>',
    '<p>tab\tform\ffeed\u000bvtab\u00a0nbsp\u2003em <template>inert</template><noscript>no script</noscript></p>',
    `<main>${'<p>word   and\n\nmore </p>'.repeat(800)}</main>`,
  ];
  test('on authored pages and edge cases', async ({ ext }) => {
    const script = await pageBundle('src/dom/quick-signals.ts', 'quickSignalsModule');
    const page = await ext.open('/');
    const compare = async () => {
      await page.addScriptTag({ content: script });
      return page.evaluate(() => {
        const m = (globalThis as unknown as { quickSignalsModule: typeof import('../../src/dom/quick-signals') }).quickSignalsModule;
        return { xpath: m.readByXPath(document), selectors: m.readBySelectors(document) };
      });
    };
    for (const path of PAGES) {
      await page.goto(new URL(path, page.url()).href);
      const { xpath, selectors } = await compare();
      expect(xpath, path).toEqual(selectors);
    }
    for (const html of EDGES) {
      await page.setContent(`<!doctype html><html><head>${html}</head><body>${html}</body></html>`);
      const { xpath, selectors } = await compare();
      expect(xpath, html).toEqual(selectors);
      expect(xpath![2].length, html).toBeLessThanOrEqual(8000);
    }
  });

  // Issue 13, loose end: named access makes `document.evaluate` or `document.querySelector` the page's element
  // (in every world); the read then hides the page's own hints at worst, and never throws.
  test('names the page shadows on document make it read less, never throw', async ({ ext }) => {
    const script = await pageBundle('src/dom/quick-signals.ts', 'quickSignalsModule');
    const page = await ext.open('/');
    const body = '<main><h1>Privacy policy</h1><p>We collect personal data.</p></main>';
    const shadows = ['<img name="evaluate">', '<form name="querySelector"></form>', '<img name="title">', '<img name="evaluate"><form name="querySelector"></form>'];
    for (const shadow of shadows) {
      await page.setContent(`<!doctype html><html><head><title>Privacy policy</title></head><body>${shadow}${body}</body></html>`);
      await page.addScriptTag({ content: script });
      const read = await page.evaluate(() => {
        const m = (globalThis as unknown as { quickSignalsModule: typeof import('../../src/dom/quick-signals') }).quickSignalsModule;
        return { shadowed: typeof document.evaluate !== 'function' || typeof document.querySelector !== 'function' || typeof document.title !== 'string', read: m.quickRead(document, location.href) };
      });
      expect(read.shadowed, shadow).toBe(true);
      const both = shadow.includes('evaluate') && shadow.includes('querySelector');
      expect(read.read.sample, shadow).toBe(both ? '' : 'Privacy policyWe collect personal data.');
      expect(read.read.signals.title, shadow).toBe(shadow.includes('title') ? '' : 'Privacy policy');
    }
  });
});
