import { attributes } from './dom';
import { expect, test } from './harness';

test.describe('Firefox: detection', () => {
  test('a privacy policy gets the badge, and the background keeps its verdict', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.expectBadge(page, 'PP');
    const state = await ext.tabState(page);
    expect(state?.verdict.kind).toBe('privacy-policy');
    expect(state?.verdict.reasons.length).toBeGreaterThan(0);
  });

  test('a news article about a privacy policy is left alone: no badge, no panel, no highlights, no analysis', async ({ ext }) => {
    const page = await ext.open('/news/policy-change.html');
    // The popup asks the tab: the content script ran there and said "not a policy".
    const popup = await ext.openPopup(page);
    await expect.poll(() => attributes(popup, '.verdict', 'data-kind')).toEqual(['not-policy']);
    // Give a late re-check and a late analysis the time they would take on a policy.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await ext.badgeText(await ext.tabIdOf(page))).toBe('');
    expect(await ext.hasPanel(page)).toBe(false);
    expect((await ext.highlights(page)).ranges).toBe(0);
    expect((await ext.tabState(page))?.analysis).toBeUndefined();
  });

  test('a long article the script on every page dismisses reports nothing; the popup wakes it and says why', async ({ ext }) => {
    const page = await ext.open('/news/riverside-path.html');
    // Long enough for a report to have arrived, had the script sent one.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ext.tabState(page)).toBeNull();
    const popup = await ext.openPopup(page);
    await expect.poll(() => attributes(popup, '.verdict', 'data-kind'), { timeout: 15_000 }).toEqual(['not-policy']);
    expect((await ext.tabState(page))?.verdict.reasons.join(' ')).toMatch(/nothing in its address, title/);
    expect(await ext.badgeText(await ext.tabIdOf(page))).toBe('');
  });
});
