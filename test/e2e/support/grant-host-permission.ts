import type { BrowserContext } from '@playwright/test';

/**
 * Grants an optional host permission as the user would on chrome://extensions (headless Chromium cannot answer
 * the permission prompt): through the extensions page's own `developerPrivate` API.
 */
export async function grantHostPermission(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, o]) =>
      (
        chrome as unknown as { developerPrivate: { addHostPermission(id: string, o: string): Promise<void> } }
      ).developerPrivate.addHostPermission(id!, o!),
    [extensionId, origin],
  );
  await page.close();
}
