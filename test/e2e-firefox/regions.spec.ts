import { attributes, clickButton, texts } from './dom';
import { expect, test } from './harness';
import { setViewportSize } from './firefox';

/**
 * Firefox grants an MV3 add-on's content-script matches (`http://*\/*`, `https://*\/*`) as host permissions at
 * install, which already cover the optional `http://localhost/*`. To exercise the real request, the test first
 * takes `http://*\/*` away (as a reader can in about:addons); then an extension page cannot fetch localhost.
 * Headless Firefox cannot answer the permission prompt, so the pref below turns prompts for optional permissions
 * off: `permissions.request` from a real (BiDi input) click then grants at once, as if the reader had allowed it.
 */
test.use({ firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });

test.describe('Firefox: regional versions', () => {
  test('finds the US, EEA and other-regions versions, asks for access, fetches them and shows the difference', async ({ ext, site }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    await ext.api(`return browser.permissions.remove({ origins: ['http://*/*'] });`);
    const probe = `try { await fetch(${JSON.stringify(`${site.origin}/legal/privacy-policy-eea`)}, { credentials: 'omit' }); return 'fetched'; }
      catch (e) { return String(e); }`;
    expect(await ext.api<string>(probe)).toMatch(/NetworkError/);
    expect(await ext.api<boolean>(`return browser.permissions.contains({ origins: ['http://localhost/*'] });`)).toBe(false);

    const popup = await ext.openPopup(page);
    await clickButton(popup, 'Regions');
    await expect.poll(() => attributes(popup, '.variant', 'data-region')).toEqual(['US', 'EEA', 'ROW']);
    expect(await attributes(popup, '.variant', 'data-source')).toEqual(['this-page', 'hreflang', 'hreflang']);
    await clickButton(popup, 'Fetch and compare');
    await expect
      .poll(() => texts(popup, '.differences li').then((items) => items[0] ?? ''), { timeout: 30_000 })
      .toBe('US version allows faceprints and voiceprints; EEA and ROW versions do not mention them.');
    expect(await texts(popup, '.matrix tr[data-type="faceprints"] td .cell-value')).toEqual(['Collects', 'Not mentioned', 'Not mentioned']);
    expect(await texts(popup, '.matrix tr[data-type="location.precise"] td .cell-value')).toEqual([
      'May collect (with conditions)',
      'Says it does not',
      'May collect (with conditions)',
    ]);
    expect(await ext.api<boolean>(`return browser.permissions.contains({ origins: ['http://localhost/*'] });`)).toBe(true);
    await setViewportSize(popup, 420, 900);
    console.log(`Firefox regions screenshot: ${await ext.screenshot(popup, 'firefox-popup-regions')}`);
  });
});
