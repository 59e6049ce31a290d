import { texts } from './dom';
import { expect, test } from './harness';

/**
 * Firefox suspends an idle MV3 event page after this pref's milliseconds (30 s by default). At 1 s, on a busy
 * machine, it was sometimes suspended in the middle of one page's upload and that page's analysis failed even
 * after retries (see src/platform/connection-retry.ts); 2 s still suspends it between the steps below.
 */
const IDLE_MS = 2000;
test.use({ firefoxPrefs: { 'extensions.background.idle.timeout': IDLE_MS } });

test.describe('Firefox: the background event page', () => {
  test('still detects, analyses and answers the popup after Firefox suspended it', async ({ ext }) => {
    const background = () => ext.api<number>(`return (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length;`);
    const first = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(first);
    // Suspended: no background context left (its in-memory state is gone with it).
    await expect.poll(background, { timeout: 20_000 }).toBe(0);

    // A new policy wakes it: the verdict and the analysis arrive as messages to the suspended page.
    const second = await ext.open('/legal/privacy-policy-eea.html');
    await ext.expectBadge(second, 'PP');
    const state = await ext.waitForAnalysis(second);
    expect(state.analysis!.identifiers).toEqual({ face: 'silent', voice: 'silent' });
    expect(state.analysis!.summary['location.precise']).toBe('denies');

    // Suspended again, then the popup's question wakes it; the first tab's state survived in storage.session.
    await expect.poll(background, { timeout: 20_000 }).toBe(0);
    const popup = await ext.openPopup(first);
    await expect.poll(() => texts(popup, '.row[data-type="face"] .row-value')).toEqual(['Collects']);
  });
});
