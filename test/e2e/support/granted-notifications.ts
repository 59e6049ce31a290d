/**
 * A Chromium profile in which the reader has granted Policy Lens the optional `notifications` permission
 * before. Headless Chromium cannot answer a permission prompt, and no switch or CDP call grants an extension's
 * API permission. But Chromium grants, without a prompt, an optional permission the profile records as granted
 * at run time earlier (`runtime_granted_permissions`, as after the reader allowed it and the extension removed
 * it): the product's own `permissions.request`, in a real click, then resolves `true` and the permission is live.
 * So: launch once (the extension is installed and its settings written), close, record that grant in the
 * profile's Preferences, launch again on the same profile.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launchArgs } from '../harness';
import { scratchDir } from '../../support/temp-dir';

const launch = (dir: string) =>
  chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: launchArgs(), viewport: { width: 1200, height: 900 } });

export async function launchWithNotificationsGrantedBefore(): Promise<BrowserContext> {
  const dir = scratchDir('policy-lens-profile-');
  const first = await launch(dir);
  const worker = first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await first.close();
  const path = join(dir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(path, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, unknown>> } };
  const settings = prefs.extensions?.settings?.[id];
  if (!settings) throw new Error(`no settings for extension ${id} in the profile's Preferences`);
  settings.runtime_granted_permissions = { api: ['notifications'], explicit_host: [], manifest_permissions: [], scriptable_host: [] };
  writeFileSync(path, JSON.stringify(prefs));
  return launch(dir);
}
