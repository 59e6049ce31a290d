import { expect, test } from './harness';

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

// The script on every page reads stage 1 by XPath in the browser (no element wrappers); DOMs in Node use the
// selectors. Both must ask the same questions: compared here in Chromium on authored pages and on edge cases.
test.describe('stage 1 by XPath reads what the selectors read', () => {
  const PAGES = ['/legal/privacy-policy-us', '/legal/terms.html', '/news/policy-change.html', '/help/delete-account.html', '/'];
  const EDGES = [
    '<link rel="Privacy-Policy" href="/a"><h1>One <b>two</b></h1><h1>three</h1>',
    '<link rel="alternate  privacy-policy\tnext" href="">',
    '<link rel="privacy-policy"><link rel="terms-of-service" href="/t">',
    '<link rel="privacy-policyx" href="/no"><link rel="x terms-of-service" href="/yes">',
    '<svg><h1>not html</h1></svg><main><h1>  spaced\n heading </h1></main>',
    '<p>no heading, no link</p>',
  ];
  test('on authored pages and edge cases', async ({ ext }) => {
    const { XPATH_FIRST_H1, XPATH_SELF_HREF } = await import('../../src/dom/quick-signals');
    const page = await ext.open('/');
    const compare = () =>
      page.evaluate(([h1Path, hrefPath]) => {
        const h1 = document.evaluate(h1Path, document, null, 2, null).stringValue;
        const href = document.evaluate(hrefPath, document, null, 2, null).stringValue;
        const link = document.querySelector('link[rel~="privacy-policy"],link[rel~="terms-of-service"]');
        return {
          xpath: [h1, href.startsWith('1') ? href.slice(1) : null],
          selectors: [document.querySelector('h1')?.textContent ?? '', link ? link.getAttribute('href') : null],
        };
      }, [XPATH_FIRST_H1, XPATH_SELF_HREF] as const);
    for (const path of PAGES) {
      await page.goto(new URL(path, page.url()).href);
      const { xpath, selectors } = await compare();
      expect(xpath, path).toEqual(selectors);
    }
    for (const html of EDGES) {
      await page.setContent(`<!doctype html><html><head>${html}</head><body>${html}</body></html>`);
      const { xpath, selectors } = await compare();
      expect(xpath, html).toEqual(selectors);
    }
  });
});
