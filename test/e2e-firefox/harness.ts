/**
 * The Firefox e2e harness: the built extension (dist/) in Debian's firefox-esr, driven by puppeteer-core over
 * WebDriver BiDi from Playwright's test runner (one runner, one JSON report with the Chromium suite).
 * Each test gets a fresh browser and profile. Extension APIs are reached from an open extension page.
 */
import { test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startSiteServer, type RunningServer } from '../../scripts/serve';
import { ARTIFACTS, type TabStateLike } from '../e2e/harness';
import { panelProbe, type ExtensionEval, type PanelProbe } from './content-world';
import { launchFirefox, openExtensionPage, type FirefoxPrefs } from './firefox';

export type { PanelProbe } from './content-world';

/** What the page's main world sees of the CSS Custom Highlight API registry. */
export interface HighlightsSeen {
  /** Registered highlights, by name, with the text of each range. */
  byName: Record<string, string[]>;
  /** Number of ranges over all registered highlights. */
  ranges: number;
}

export interface FirefoxHelpers {
  /** Opens a page of the fixture site in a new tab and waits for it to load. */
  open(path: string): Promise<Page>;
  /** Runs `body` (an async function body) in an extension page, where `browser.*` is in scope. */
  api: ExtensionEval;
  /** The extension's tab id for a page. */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** Waits until the badge of the page's tab reads `text`. */
  expectBadge(page: Page, text: string): Promise<void>;
  /** The background's state for the page's tab, from `storage.session`. */
  tabState(page: Page): Promise<TabStateLike | null>;
  /** Waits until the background has analysed the page, and returns the tab state. */
  waitForAnalysis(page: Page): Promise<TabStateLike>;
  /** Opens the popup for the page's tab as a tab of its own (headless has no toolbar to click). */
  openPopup(page: Page): Promise<Page>;
  /** The findings panel, inside its closed shadow root. */
  panel(page: Page): Promise<PanelProbe>;
  /** Whether the page has the panel's host element at all. */
  hasPanel(page: Page): Promise<boolean>;
  /** The highlights registered in the page (the registry is shared with the page's main world). */
  highlights(page: Page): Promise<HighlightsSeen>;
  /** Saves a screenshot under artifacts/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
}

export interface FirefoxFixtures {
  /** Extra Firefox prefs for this test's browser (`test.use({ firefoxPrefs: {...} })`). */
  firefoxPrefs: FirefoxPrefs;
  site: RunningServer;
  firefox: Browser;
  ext: FirefoxHelpers;
}

/** Page-world scripts are strings: a function from a TypeScript file could carry a transpiler's helper calls. */
const READ_HIGHLIGHTS = `(() => {
  const byName = {};
  let ranges = 0;
  for (const [name, h] of CSS.highlights) {
    byName[name] = [...h].map((r) => r.toString());
    ranges += h.size;
  }
  return { byName, ranges };
})()`;

export const test = base.extend<FirefoxFixtures>({
  firefoxPrefs: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const site = await startSiteServer();
    await use(site);
    await site.close();
  },
  firefox: async ({ firefoxPrefs }, use) => {
    const browser = await launchFirefox(firefoxPrefs);
    await use(browser);
    await browser.close();
  },
  ext: async ({ firefox, site }, use) => {
    let control: Promise<Page> | undefined;
    const api: ExtensionEval = async <T>(body: string) => {
      // The comparison page with no comparison: an extension page that only reads storage on load.
      control ??= openExtensionPage(firefox, 'src/report/index.html?id=');
      return (await (await control).evaluate(`(async () => { ${body} })()`)) as T;
    };
    const tabIds = new WeakMap<Page, number>();
    const helpers: FirefoxHelpers = {
      api,
      async open(path) {
        const page = await firefox.newPage();
        await page.goto(site.origin + path, { waitUntil: 'load' });
        await helpers.tabIdOf(page);
        return page;
      },
      async tabIdOf(page) {
        const known = tabIds.get(page);
        if (known !== undefined) return known;
        // Found by address; remembered, because a tab keeps its id across reloads while its address is readable
        // only with host permission for it.
        const url = page.url();
        const id = await api<number>(`
          const tabs = await browser.tabs.query({});
          const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
          if (!tab) throw new Error('no tab at ${url}: ' + JSON.stringify(tabs.map((t) => t.url)));
          return tab.id;`);
        tabIds.set(page, id);
        return id;
      },
      badgeText: (tabId) => api<string>(`return browser.action.getBadgeText({ tabId: ${tabId} });`),
      async expectBadge(page, text) {
        const tabId = await helpers.tabIdOf(page);
        await base.expect.poll(() => helpers.badgeText(tabId), { message: `badge of ${page.url()}` }).toBe(text);
      },
      async tabState(page) {
        const tabId = await helpers.tabIdOf(page);
        return api<TabStateLike | null>(`
          const { tabStates } = await browser.storage.session.get('tabStates');
          return (tabStates && tabStates.value && tabStates.value[${JSON.stringify(String(tabId))}]) || null;`);
      },
      async waitForAnalysis(page) {
        let state: TabStateLike | null = null;
        await base.expect
          .poll(
            async () => {
              state = await helpers.tabState(page);
              return state?.analysis !== undefined;
            },
            { message: `analysis of ${page.url()}`, timeout: 30_000 },
          )
          .toBe(true);
        return state!;
      },
      async openPopup(page) {
        const tabId = await helpers.tabIdOf(page);
        return openExtensionPage(firefox, `src/popup/index.html?tabId=${tabId}`);
      },
      async panel(page) {
        const probe = panelProbe(page, await helpers.tabIdOf(page), api);
        await base.expect.poll(() => helpers.hasPanel(page), { message: `panel in ${page.url()}` }).toBe(true);
        return probe;
      },
      hasPanel: (page) => page.evaluate(`document.querySelector('policy-lens-panel') !== null`) as Promise<boolean>,
      highlights: (page) => page.evaluate(READ_HIGHLIGHTS) as Promise<HighlightsSeen>,
      async screenshot(page, name) {
        mkdirSync(ARTIFACTS, { recursive: true });
        const path = join(ARTIFACTS, `${name}.png`);
        await page.bringToFront();
        await page.screenshot({ path });
        return path;
      },
    };
    await use(helpers);
  },
});

export const expect = test.expect;
