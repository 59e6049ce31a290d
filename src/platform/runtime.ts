import browser from 'webextension-polyfill';
import { isEnvelope, pack, SHORTCUT_COMMANDS, unpackReply, type MessageName, type RequestOf, type ResponseOf } from './messages';
import { fail, ok, type Result } from './result';
import { wakeInPage, type WakeResult } from './wake';

export { browser };

export type Handlers = {
  [K in MessageName]?: (payload: RequestOf<K>, sender: browser.Runtime.MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Sends a typed message from an extension page (popup, report) to the background. */
export async function send<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    return unpackReply<ResponseOf<K>>(await browser.runtime.sendMessage(pack(name, payload)));
  } catch (e) {
    return fail(e);
  }
}

/** Sends a typed message to the content script of a tab (from the popup), in its top frame. */
export async function sendToTab<K extends MessageName>(tabId: number, name: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  try {
    return unpackReply<ResponseOf<K>>(await browser.tabs.sendMessage(tabId, pack(name, payload), { frameId: 0 }));
  } catch (e) {
    return fail(e);
  }
}

/**
 * Sends a typed message to one document's content script (Chrome's `documentId`, 106+): fails when that document
 * is no longer in the tab, which is how the background tells a navigation within a page from a new page.
 */
export async function sendToDocument<K extends MessageName>(
  tabId: number,
  documentId: string,
  name: K,
  payload: RequestOf<K>,
): Promise<Result<ResponseOf<K>>> {
  try {
    const options = { documentId } as unknown as browser.Tabs.SendMessageOptionsType;
    return unpackReply<ResponseOf<K>>(await browser.tabs.sendMessage(tabId, pack(name, payload), options));
  } catch (e) {
    return fail(e);
  }
}

/**
 * Wakes the script on every page in a tab's top frame, which then detects fully, reports its verdict and answers
 * the popup (see wake.ts): a page it dismissed uses no extension API until then. Where the script is not running
 * (a page open since before the extension was installed) it is injected first. Needs `activeTab` (the reader
 * opened the popup or pressed a shortcut on that tab); fails as a value on a page the browser does not let
 * extensions read (its own pages, the web store, a PDF viewer).
 */
export async function wakeTab(tabId: number): Promise<Result<WakeResult>> {
  const run = async () => {
    const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: wakeInPage });
    return (frame?.result ?? 'absent') as WakeResult;
  };
  try {
    let result = await run();
    if (result === 'absent') {
      // Not api-start.js: it only makes the content world exist before markup, and this call's world exists now.
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content.js'] });
      result = await run();
    }
    return ok(result);
  } catch (e) {
    return fail(e);
  }
}

/** Calls `onChange` when the session's tab states change (the background attached an analysis). */
export function onTabStatesChanged(onChange: () => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>) => {
    if ('tabStates' in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * Answers typed messages; a handler's exception becomes `{ok: false}` for the sender. `allow` decides whether a
 * sender may send a message of that name at all (the background checks who speaks: see background/senders).
 */
export function listen(
  handlers: Handlers,
  signal?: AbortSignal,
  allow?: (name: string, sender: browser.Runtime.MessageSender) => boolean,
): void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<string> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name as MessageName] as ((p: unknown, s: browser.Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    if (allow && !allow(message.name, sender)) return Promise.resolve(JSON.stringify(fail(new Error('not allowed from this sender'))));
    return Promise.resolve()
      .then(() => handler(JSON.parse(message.json), sender))
      .then((value) => JSON.stringify(ok(value)), (e: unknown) => JSON.stringify(fail(e)));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The extension's keyboard shortcuts as the browser has them now (the reader may have changed them). */
export async function shortcuts(): Promise<{ name: string; description: string; shortcut: string }[]> {
  const all = await browser.commands.getAll().catch(() => []);
  const order = (name: string) => (SHORTCUT_COMMANDS as readonly string[]).indexOf(name);
  return all
    .filter((c) => c.name && order(c.name) >= 0)
    .sort((a, b) => order(a.name!) - order(b.name!))
    .map((c) => ({ name: c.name!, description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

/** Opens the browser's shortcut settings: Firefox has an API for it, Chrome a page of its own. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** Forwards a keyboard shortcut to the content script of the tab it was pressed in. */
export function onShortcut(handler: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => handler(command, tab?.id));
}

