import { expect, test } from './harness';

test.describe('Firefox: analysis, highlights and the findings panel', () => {
  test('the background event page analyses the policy, the page is highlighted, and the panel lists the findings', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    const state = await ext.waitForAnalysis(page);
    expect(state.analysis!.identifiers).toEqual({ face: 'collects', voice: 'collects' });
    expect(state.analysis!.summary['location.approximate']).toBe('collects');
    expect(state.analysis!.practiceCount).toBeGreaterThan(3);
    console.log(`Firefox background analysis of the fixture policy: ${state.analysis!.ms} ms, ${state.analysis!.practiceCount} practices`);

    // Highlights, whatever their names: several kinds, covering the words a reader should see marked.
    await expect.poll(async () => Object.keys((await ext.highlights(page)).byName).length).toBeGreaterThanOrEqual(4);
    const marked = Object.values((await ext.highlights(page)).byName).flat();
    expect(marked).toEqual(expect.arrayContaining(['faceprints', 'voiceprints']));

    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((items) => items.length)).toBe(state.analysis!.practiceCount);
    expect((await panel.texts('.item')).join('\n')).toMatch(/faceprints/);
    // Issue 10 in Firefox too: the data words emphasised in the quotes, the legend of the colours.
    expect(await panel.texts('.quote strong')).toEqual(expect.arrayContaining(['faceprints', 'voiceprints']));
    expect(await panel.texts('.legend li')).toEqual(expect.arrayContaining(['strong shade: collects or may collect', 'light dotted shade: says it does not']));
    expect(await panel.hidden('.panel')).toBe(false);
    console.log(`Firefox page screenshot: ${await ext.screenshot(page, 'firefox-page')}`);
  });

  test('Esc collapses the panel to its launcher, and the launcher opens it again', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    const panel = await ext.panel(page);
    await expect.poll(() => panel.texts('.item').then((items) => items.length)).toBeGreaterThan(3);
    await page.bringToFront();
    // Focus inside the panel, then a real key press.
    await panel.evaluate(`root.querySelector('.icon-button').focus(); return true;`);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.hidden('.panel')).toBe(true);
    expect(await panel.hidden('.launcher')).toBe(false);
    expect((await panel.texts('.launcher'))[0]).toMatch(/^Policy Lens · \d+ findings$/);
    await panel.click('.launcher');
    await expect.poll(() => panel.hidden('.panel')).toBe(false);
  });
});
