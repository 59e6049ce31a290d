import { clickButton, texts } from './dom';
import { expect, test } from './harness';

/**
 * The watch list in Firefox: the background is an event page with a DOMParser, so a watched policy is read
 * there (a dynamic import of the parser), not in Chrome's offscreen document. Prompts for optional
 * permissions are off by pref (headless Firefox cannot answer them), so the click's requests grant at once.
 */
test.use({ firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });

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
});
