import { clickButton, texts } from './dom';
import { expect, test } from './harness';
import { setViewportSize } from './firefox';

const rowValue = (type: string) => `.row[data-type="${type}"] .row-value`;

test.describe('Firefox: the popup', () => {
  test('sums the policy up in one row per type, and hides and shows the highlights in the page', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const popup = await ext.openPopup(page);
    await expect.poll(() => texts(popup, rowValue('face'))).toEqual(['Collects']);
    expect(await texts(popup, rowValue('voice'))).toEqual(['Collects']);
    expect(await texts(popup, rowValue('location.precise'))).toEqual(['May collect (with conditions)']);
    expect(await texts(popup, rowValue('location.approximate'))).toEqual(['Collects']);
    expect(await texts(popup, rowValue('location'))).toEqual(['Not mentioned']);
    expect((await texts(popup, '.row[data-type="face"] .quote')).join(' ')).toMatch(/faceprints/);
    await setViewportSize(popup, 420, 760);
    console.log(`Firefox popup screenshot: ${await ext.screenshot(popup, 'firefox-popup')}`);

    // The popup talks to the tab: its button takes the highlights away and brings them back.
    expect((await ext.highlights(page)).ranges).toBeGreaterThan(0);
    await clickButton(popup, 'Hide highlights');
    await expect.poll(async () => (await ext.highlights(page)).ranges).toBe(0);
    await clickButton(popup, 'Show highlights');
    await expect.poll(async () => (await ext.highlights(page)).ranges).toBeGreaterThan(0);
  });
});
