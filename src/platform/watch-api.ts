/**
 * Extension APIs the history and watch list need: the daily alarm, notifications (an optional permission),
 * permission requests, and HTML parsing in the background (see `backgroundPolicyText` for the choice).
 */
import type { PolicyText } from '../core/text/policy-text';
import type { FetchedDocument } from './fetch-policy';
import { HISTORY_KEYS } from './history-keys';
import { pack, type MessageName, type RequestOf } from './messages';
import type { Result } from './result';
import { browser, send } from './runtime';

/** Creates the repeating alarm once; an existing one keeps its schedule (alarms outlive the worker). */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (!existing || existing.periodInMinutes !== periodInMinutes) {
    await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
  }
}

export function onAlarm(name: string, run: () => Promise<unknown>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) return run().then(() => undefined);
  });
}

/** Storage keys whose change the history views redraw for (the watch list moves when the alarm's check runs). */
const HISTORY_VIEW_KEYS = new Set([HISTORY_KEYS.watchList.key, HISTORY_KEYS.historyIndex.key, HISTORY_KEYS.historySettings.key]);

/** Calls `onChange` when the watch list, the history index or the pause setting changes, until `signal` aborts. */
export function onHistoryChanged(onChange: () => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => HISTORY_VIEW_KEYS.has(k))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

export const NOTIFICATIONS = { permissions: ['notifications' as const] };

export function hasNotifications(): Promise<boolean> {
  return browser.permissions.contains(NOTIFICATIONS).catch(() => false);
}

/**
 * Asks, within the reader's click, for the watched policy's origin and — with the first policy watched — for
 * notifications. Two requests started in the same click, so the watch never waits on the notifications answer:
 * a reader who ignores or refuses that prompt still watches (the popup's list shows every change). Resolves
 * with whether the origin was granted.
 */
export function requestWatchPermissions(origin: string, withNotifications: boolean): Promise<boolean> {
  const granted = browser.permissions
    .request({ origins: [origin] })
    .then(() => browser.permissions.contains({ origins: [origin] }))
    .catch(() => false);
  if (withNotifications) void browser.permissions.request(NOTIFICATIONS).catch(() => false);
  return granted;
}

export async function notify(id: string, title: string, message: string): Promise<void> {
  if (!(await hasNotifications())) return;
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
}

export function onNotificationClicked(handler: (id: string) => void): void {
  // Without the permission the namespace is absent.
  browser.notifications?.onClicked.addListener(handler);
}

/** A message to a tab's top frame only: a policy framed inside a page is not what the reader opened. */
export async function sendToTopFrame<K extends MessageName>(tabId: number, name: K, payload: RequestOf<K>): Promise<void> {
  await browser.tabs.sendMessage(tabId, pack(name, payload), { frameId: 0 }).catch(() => undefined);
}

export function openExtensionPage(path: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(path) });
}

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const OFFSCREEN_PAGE = 'src/offscreen/index.html';
let creating: Promise<void> | undefined;

/**
 * HTML → PolicyText in the background, by the same `DOMParser` + `dom/extract` path the popup uses for regional
 * versions, so a watched policy's text (and its hash) matches what a visit extracts. Firefox runs the
 * background as an event page, which has `DOMParser`; Chrome's service worker does not, so there it goes to an
 * offscreen document (Chrome-only API, `offscreen` permission, no install prompt). Measured alternative:
 * linkedom in the worker would add 448 KB minified (141 KB gzip) to a 114 KB background, for every wake-up;
 * the offscreen page loads its parser (marked + extract, 54 KB) only when a watched policy is checked.
 */
export async function backgroundPolicyText(
  body: string,
  kind: 'html' | 'markdown',
  inPlace: () => Promise<(body: string, kind: 'html' | 'markdown') => PolicyText>,
): Promise<PolicyText> {
  // A dynamic import, taken only where DOMParser exists: Chrome's worker forbids import() and never gets here.
  if (typeof DOMParser === 'function') return (await inPlace())(body, kind);
  await offscreenDocument();
  const result = await send('offscreen/extract', { body, kind });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Fetches a watched policy from the background without the worker carrying the fetcher: its same-site check
 * holds the Public Suffix List (tldts, ~280 KB minified), which a worker woken for every page's verdict would
 * otherwise parse at each start. Where `import()` works (Firefox's event page, a document) the fetcher is loaded
 * on first use; Chrome's service worker forbids `import()`, so there the offscreen document that already reads
 * watched pages fetches them too (an extension page: the same host permissions, the same fetch rules).
 */
export async function backgroundFetch(
  url: string,
  inPlace: () => Promise<(url: string) => Promise<Result<FetchedDocument>>>,
): Promise<Result<FetchedDocument>> {
  if (typeof DOMParser === 'function') return (await inPlace())(url);
  await offscreenDocument();
  return send('offscreen/fetch', { url });
}

/** Chrome's offscreen document for the background, created once. */
async function offscreenDocument(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) throw new Error('no way to read a page here');
  creating ??= (async () => {
    if (await offscreen.hasDocument?.()) return;
    await offscreen.createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['DOM_PARSER'],
      justification: 'Read the text of a watched privacy policy',
    });
  })().finally(() => {
    creating = undefined;
  });
  await creating;
}
