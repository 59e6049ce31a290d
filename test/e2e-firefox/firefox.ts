/**
 * Launching Firefox with the built extension (dist/, the same one Chromium loads) through puppeteer-core over
 * WebDriver BiDi. Playwright's own Firefox is a patched build that cannot load extensions; Debian's
 * firefox-esr can, as a temporary add-on. See README "Tests" and TOOLCHAIN.md "Firefox e2e".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DIST } from '../e2e/harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The add-on id from the manifest's `browser_specific_settings.gecko.id`. */
export const ADDON_ID = (JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
}).browser_specific_settings.gecko.id;

/**
 * A fixed internal UUID, so the extension's pages have a known `moz-extension://` host (Firefox otherwise draws
 * a random one per profile, and BiDi gives no way to read it back).
 */
export const EXTENSION_UUID = '6f1d3a52-1c2b-4c9e-9a57-2b8f0e4f7a11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export type FirefoxPrefs = Record<string, string | number | boolean>;

export async function launchFirefox(extraPrefs: FirefoxPrefs = {}): Promise<Browser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: FIREFOX,
    // Without it BiDi refuses to open or script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }), ...extraPrefs },
  });
  try {
    await browser.installExtension(DIST);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return browser;
}

/** The BiDi browsing context of a page: puppeteer does not type it publicly, but its BiDi frame holds one. */
interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  setViewport(options: { viewport: { width: number; height: number } | null }): Promise<void>;
}

function bidiContext(page: Page): BidiContext {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiContext }).browsingContext;
  if (!context) throw new Error('not a WebDriver BiDi page: launch Firefox with protocol webDriverBiDi');
  return context;
}

/**
 * Sizes the page's viewport with BiDi's own `browsingContext.setViewport`. puppeteer's `page.setViewport` also
 * sends `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does not know (an unknown-command error),
 * though later releases do: Debian has shipped both.
 */
export async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  await bidiContext(page).setViewport({ viewport: { width, height } });
}

/**
 * Opens an extension page in a new tab. `page.goto` on a moz-extension:// URL never resolves (puppeteer waits
 * for a navigation event Firefox does not send for it); BiDi's own `browsingContext.navigate` does.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await bidiContext(page).navigate(`${EXTENSION_ORIGIN}/${path}`, 'complete');
  return page;
}
