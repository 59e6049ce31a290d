import { expect, test } from './harness';
import { grantHostPermission } from './support/grant-host-permission';

/**
 * Headless Chromium cannot answer the permission prompt; chrome://extensions can grant an optional host
 * permission (see TOOLCHAIN.md), after which the extension's own `permissions.request` resolves at once.
 */
test.describe('regional versions', () => {
  test('finds the US, EEA and other-regions versions, fetches them after access is granted, and shows the difference', async ({
    ext,
    context,
    extensionId,
  }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    await grantHostPermission(context, extensionId, 'http://localhost/*');
    const popup = await ext.openPopup(page);
    await popup.getByRole('tab', { name: 'Regions' }).click();
    const variants = popup.locator('.variant');
    await expect(variants).toHaveCount(3);
    await expect(variants.nth(0)).toHaveAttribute('data-region', 'US');
    await expect(variants.nth(0)).toHaveAttribute('data-source', 'this-page');
    expect(
      await variants.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-region'), e.getAttribute('data-source')]),
      ),
    ).toEqual([
      ['US', 'this-page'],
      ['EEA', 'hreflang'],
      ['ROW', 'hreflang'],
    ]);
    await popup.getByRole('button', { name: 'Fetch and compare' }).click();
    await expect(popup.locator('.differences li').first()).toHaveText(
      'US version allows faceprints and voiceprints; EEA and ROW versions do not mention them.',
      { timeout: 20_000 },
    );
    const row = (key: string) => popup.locator(`.matrix tr[data-type="${key}"] td .cell-value`);
    await expect(row('faceprints')).toHaveText(['Collects', 'Not mentioned', 'Not mentioned']);
    await expect(row('voiceprints')).toHaveText(['Collects', 'Not mentioned', 'Not mentioned']);
    await expect(row('location.precise')).toHaveText([
      'May collect (with conditions)',
      'Says it does not',
      'May collect (with conditions)',
    ]);
    await expect(popup.locator('.variant .status.ok')).toHaveCount(3);
    // Opened again, the popup shows the comparison it made, with the fetch times, without fetching again.
    const again = await ext.openPopup(page);
    await again.getByRole('tab', { name: 'Regions' }).click();
    await expect(again.locator('.differences li').first()).toHaveText(/^US version allows faceprints and voiceprints/);
    await expect(again.locator('.variant .status.ok')).toHaveCount(3);
    await again.close();
    await popup.setViewportSize({ width: 420, height: 900 });
    console.log(`regions screenshot: ${await ext.screenshot(popup, 'popup-regions')}`);

    const [report] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open the full comparison' }).click(),
    ]);
    await report.waitForLoadState();
    await expect(report.locator('.differences li').first()).toContainText('faceprints and voiceprints');
    await expect(report.locator('section.section h3', { hasText: 'Image and audio information' })).toBeVisible();
    await expect(
      report.locator('section.section', { hasText: 'Image and audio information' }).locator('del').first(),
    ).toContainText('faceprints');
    await expect(report.getByRole('button', { name: 'Export Markdown' })).toBeVisible();
    const [download] = await Promise.all([
      report.waitForEvent('download'),
      report.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('policy-lens-comparison.json');
    console.log(`comparison page screenshot: ${await ext.screenshot(report, 'comparison-page')}`);
  });

  test('compares the regional parts of one page', async ({ ext, context, extensionId }) => {
    const page = await ext.open('/legal/privacy-policy-regions.html');
    await ext.waitForAnalysis(page);
    await grantHostPermission(context, extensionId, 'http://localhost/*');
    const popup = await ext.openPopup(page);
    await popup.getByRole('tab', { name: 'Regions' }).click();
    await expect(popup.locator('.variant[data-source="in-page"]')).toHaveCount(3);
    // Compare the parts, not the whole page.
    await popup.locator('.variant[data-source="this-page"] input[type="checkbox"]').uncheck();
    await popup.getByRole('button', { name: 'Fetch and compare' }).click();
    await expect(popup.locator('.matrix tr[data-type="voiceprints"] td .cell-value')).toHaveText(
      ['Collects', 'Says it does not', 'Not mentioned'],
      { timeout: 20_000 },
    );
    await expect(popup.locator('.differences li').first()).toHaveText(/^US version allows voiceprints/);
  });

  test('a failed version is shown with its reason and the rest still compare', async ({ ext, context, extensionId }) => {
    const page = await ext.open('/legal/privacy-policy-us');
    await ext.waitForAnalysis(page);
    await grantHostPermission(context, extensionId, 'http://localhost/*');
    const popup = await ext.openPopup(page);
    await popup.getByRole('tab', { name: 'Regions' }).click();
    await expect(popup.locator('.variant')).toHaveCount(3);
    await popup.getByText('Compare with…').click();
    await popup.getByLabel('Address of another version').fill('http://localhost:1/nothing-here');
    await popup.getByLabel('Region of the added version').fill('JP');
    await popup.getByRole('button', { name: 'Add' }).click();
    await popup.getByLabel('Address of another version').fill('http://example.com/privacy');
    await popup.getByRole('button', { name: 'Add' }).click();
    await expect(popup.locator('.add .error')).toContainText('only https addresses');
    await popup.getByRole('button', { name: 'Fetch and compare' }).click();
    await expect(popup.locator('.variant[data-region="JP"] .status.failed')).toContainText('not compared', { timeout: 20_000 });
    await expect(popup.locator('.matrix tr[data-type="faceprints"] td .cell-value')).toHaveText(['Collects', 'Not mentioned', 'Not mentioned']);
  });
});
