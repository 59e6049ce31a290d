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
});
