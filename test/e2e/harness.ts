/// <reference types="chrome" />
/**
 * The e2e harness: the built extension (dist/) in Debian's Chromium, the fixture site on localhost.
 * Later features add their checks as tests that use these fixtures; see README "Tests".
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSiteServer, type RunningServer } from '../../scripts/serve';
import { removeScratchDir, removeScratchDirs, scratchDir } from '../support/temp-dir';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The tab state as the e2e tests read it from session storage (a structural copy of platform's TabState). */
export interface TabStateLike {
  url: string;
  /** Set from the moment the tab starts loading until its new document reports (background/tab-states.ts). */
  navigating?: boolean;
  verdict: { kind: string; score: number; reasons: string[] };
  analysis?: {
    summary: Record<string, string>;
    identifiers: Record<string, string>;
    keyQuotes: Record<string, { sentence: string; stance: string }>;
    practiceCount: number;
    ms: number;
  };
}

export interface ExtensionFixtures {
  /** Whether the browser keeps pages in its back/forward cache (Playwright turns it off by default). */
  backForwardCache: boolean;
  site: RunningServer;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  ext: ExtensionHelpers;
}

export interface ExtensionHelpers {
  /** Opens a page of the fixture site and waits for it to load. */
  open(path: string): Promise<Page>;
  /** The tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text of a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Waits until the badge of the page's tab reads `text`. */
  expectBadge(page: Page, text: string): Promise<void>;
  /** Opens the popup for the page's tab, as a tab of its own (headless has no toolbar to click). */
  openPopup(page: Page): Promise<Page>;
  /**
   * Clicks the extension's toolbar button on the page's tab (CDP `Extensions.triggerAction`): the real popup
   * opens, and the browser grants `activeTab` as for a reader's click. Returns a reader of that popup's text.
   */
  clickAction(page: Page): Promise<ActionPopup>;
  /** The background's state for the page's tab (verdict, and analysis once done). */
  tabState(page: Page): Promise<TabStateLike | null>;
  /** Waits until the background has analysed the page, and returns the tab state. */
  waitForAnalysis(page: Page): Promise<TabStateLike>;
  /** Saves a screenshot under artifacts/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Reaches into the findings panel's closed shadow root through the content script's own world. */
  panel(page: Page): Promise<PanelProbe>;
}

/** The real toolbar popup, which Playwright does not list as a page: read through the browser's CDP session. */
export interface ActionPopup {
  /** The popup's visible text (`innerText`), '' until it has loaded. */
  text(): Promise<string>;
  /** Evaluates an expression in the popup and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
}

export interface PanelProbe {
  /** Evaluates `body` (a function body with `root`, the panel's shadow root, in scope) in the content script's world. */
  evaluate<T>(body: string): Promise<T>;
  /** Text of the elements matching `selector` inside the panel. */
  texts(selector: string): Promise<string[]>;
  /** A trusted mouse click at the centre of the first element matching `selector` inside the panel. */
  click(selector: string): Promise<void>;
  /** The class name of the focused element inside the panel, or '' . */
  focused(): Promise<string>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * The toolbar button, clicked through the browser's own CDP session (the method is refused on a page's): the
 * action is triggered on the page's tab target, found by address among the tab targets.
 */
async function clickAction(context: BrowserContext, page: Page, extensionId: string): Promise<ActionPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser to click the toolbar button in');
  const cdp = await browser.newBrowserCDPSession();
  const tabs = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as { targetInfos: TargetInfo[] };
  const tab = tabs.targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target at ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
  await base.expect
    .poll(async () => {
      const all = (await cdp.send('Target.getTargets' as never)) as { targetInfos: TargetInfo[] };
      return all.targetInfos.find((t) => t.url === popupUrl)?.targetId;
    }, { message: 'the toolbar popup' })
    .toBeTruthy();
  const all = (await cdp.send('Target.getTargets' as never)) as { targetInfos: TargetInfo[] };
  const target = all.targetInfos.find((t) => t.url === popupUrl)!;
  const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId: target.targetId, flatten: false } as never)) as { sessionId: string };
  // A session that is not flattened answers through events: one pending reply per message id.
  const pending = new Map<number, (message: { result?: { result: { value: unknown } }; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, (e: { message: string }) => {
    const message = JSON.parse(e.message) as { id?: number };
    if (message.id !== undefined) pending.get(message.id)?.(message as never);
  });
  let nextId = 0;
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<Parameters<NonNullable<ReturnType<typeof pending.get>>>[0]>((resolve) => pending.set(id, resolve));
    const params = { expression, returnByValue: true, awaitPromise: true };
    await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) } as never);
    const message = await reply;
    pending.delete(id);
    if (message.error) throw new Error(message.error.message);
    return message.result!.result.value as T;
  };
  return { evaluate, text: () => evaluate<string>(`document.body ? document.body.innerText : ''`) };
}

/**
 * The panel lives in a closed shadow root, invisible to Playwright. The content script's isolated world can
 * open it with `chrome.dom.openOrClosedShadowRoot`, so the probe evaluates there over CDP.
 */
async function panelProbe(context: BrowserContext, page: Page, extensionId: string): Promise<PanelProbe> {
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const find = () => contexts.filter((c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === frameTree.frame.id).pop();
  await base.expect.poll(() => find() !== undefined, { message: 'content script world' }).toBe(true);
  const evaluate = async <T>(body: string): Promise<T> => {
    const expression = `(() => { const host = document.querySelector('policy-lens-panel'); if (!host) throw new Error('no panel'); const root = chrome.dom.openOrClosedShadowRoot(host); ${body} })()`;
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: find()!.id, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? 'evaluation failed');
    return r.result.value;
  };
  return {
    evaluate,
    texts: (selector) => evaluate(`return [...root.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent.trim());`),
    async click(selector) {
      const rect = await evaluate<{ x: number; y: number } | null>(
        `const e = root.querySelector(${JSON.stringify(selector)}); if (!e) return null; e.scrollIntoView({block: 'nearest'}); const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 };`,
      );
      if (!rect) throw new Error(`nothing matches ${selector} in the panel`);
      await page.mouse.click(rect.x, rect.y);
    },
    focused: () => evaluate(`return root.activeElement ? root.activeElement.className : '';`),
  };
}

export function launchArgs(dist = DIST): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Lets the browser's CDP session click the toolbar button (Extensions.triggerAction over Playwright's pipe),
    // the one way found to grant activeTab in a test: see ExtensionHelpers.clickAction.
    '--enable-unsafe-extension-debugging',
  ];
}

export async function launchWithExtension(
  headless = true,
  backForwardCache = false,
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  const profile = scratchDir('policy-lens-profile-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args: launchArgs(),
    viewport: { width: 1200, height: 900 },
    // Playwright turns the back/forward cache off; the tests of a page restored from it turn it on again.
    ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
  // The profile goes with the browser (each test starts one: a run used to leave thousands behind).
  context.once('close', () => removeScratchDir(profile));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

export const test = base.extend<ExtensionFixtures, { scratchDirs: void }>({
  // Whatever scratch directories a spec made (test/support/temp-dir.ts) go when its worker is done.
  scratchDirs: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use();
      removeScratchDirs();
    },
    { scope: 'worker', auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const site = await startSiteServer();
    await use(site);
    await site.close();
  },
  backForwardCache: [false, { option: true }],
  context: async ({ backForwardCache }, use) => {
    const { context } = await launchWithExtension(true, backForwardCache);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  ext: async ({ context, worker, extensionId, site }, use) => {
    const helpers: ExtensionHelpers = {
      async open(path) {
        const page = await context.newPage();
        await page.goto(site.origin + path);
        return page;
      },
      async tabIdOf(page) {
        await page.bringToFront();
        const url = page.url();
        return worker.evaluate(async (u) => {
          const tabs = await chrome.tabs.query({});
          const tab = tabs.find((t) => t.url === u) ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
          return tab!.id!;
        }, url);
      },
      badgeText(tabId) {
        return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      },
      async expectBadge(page, text) {
        const tabId = await helpers.tabIdOf(page);
        await base.expect.poll(() => helpers.badgeText(tabId), { message: `badge of ${page.url()}` }).toBe(text);
      },
      async openPopup(page) {
        const tabId = await helpers.tabIdOf(page);
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
        return popup;
      },
      async tabState(page) {
        const tabId = await helpers.tabIdOf(page);
        return worker.evaluate(async (id) => {
          const { tabStates } = await chrome.storage.session.get('tabStates');
          return ((tabStates as { value?: Record<string, unknown> } | undefined)?.value?.[String(id)] ?? null) as never;
        }, tabId);
      },
      async waitForAnalysis(page) {
        let state: TabStateLike | null = null;
        await base.expect
          .poll(async () => {
            state = await helpers.tabState(page);
            // After a reload the previous document's analysis stays, marked navigating, until the new one reports.
            return state?.analysis !== undefined && !state.navigating;
          }, { message: `analysis of ${page.url()}`, timeout: 20_000 })
          .toBe(true);
        return state!;
      },
      panel: (page) => panelProbe(context, page, extensionId),
      clickAction: (page) => clickAction(context, page, extensionId),
      async screenshot(page, name) {
        mkdirSync(ARTIFACTS, { recursive: true });
        const path = join(ARTIFACTS, `${name}.png`);
        await page.screenshot({ path, fullPage: false });
        return path;
      },
    };
    await use(helpers);
  },
});

export const expect = test.expect;
