import { expect, test } from './harness';

test.describe('analysis of a detected policy', () => {
  test('the US policy: faceprints and voiceprints, approximate location; the analysis runs in the background', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    const state = await ext.waitForAnalysis(page);
    expect(state.analysis!.identifiers).toEqual({ face: 'collects', voice: 'collects' });
    expect(state.analysis!.summary['location.approximate']).toBe('collects');
    expect(state.analysis!.keyQuotes.face!.sentence).toMatch(/faceprints/);
    console.log(`background analysis of the demo policy: ${state.analysis!.ms} ms, ${state.analysis!.practiceCount} practices`);
  });

  test('the EEA version: no face or voice identifiers', async ({ ext }) => {
    const page = await ext.open('/legal/privacy-policy-eea.html');
    const state = await ext.waitForAnalysis(page);
    expect(state.analysis!.identifiers).toEqual({ face: 'silent', voice: 'silent' });
    expect(state.analysis!.summary['location.precise']).toBe('denies');
  });

  test('pages that are not policies are not analysed', async ({ ext }) => {
    const page = await ext.open('/news/policy-change.html');
    await ext.expectBadge(page, '');
    await page.waitForTimeout(1500);
    expect((await ext.tabState(page))?.analysis).toBeUndefined();
  });

  test('a policy that arrives late in a single-page app is analysed once it is there', async ({ ext }) => {
    const page = await ext.open('/app/');
    const state = await ext.waitForAnalysis(page);
    expect(state.analysis!.summary['location.precise']).toBe('may-collect');
    // "If you do not give permission, we use your approximate location": affirmed, on a condition.
    expect(['collects', 'may-collect']).toContain(state.analysis!.summary['location.approximate']);
  });
});
