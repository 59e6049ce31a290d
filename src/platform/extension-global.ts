/**
 * The extension's own API object in a content script, checked. A page can shadow globals in the content
 * script's world by named access: `<form id="browser"><input name="runtime"></form>` makes `globalThis.browser`
 * that form in Chrome, whose isolated world has `chrome` but no `browser` (issue 12, item 3). So a candidate
 * counts only if it looks like the real thing: a `runtime.sendMessage` function and a string `runtime.id`; and
 * the first good one is kept, so markup added later cannot change the answer.
 */
export interface ExtensionGlobal {
  runtime: { id: string; sendMessage: (message: unknown) => Promise<unknown>; getURL: (path: string) => string };
}

let found: unknown;

/** Whether `value` is a real extension API object rather than a page element or a page-made object. */
export function isExtensionApi(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  // DOM nodes (and window proxies of frames) are the page's: never our API, whatever they carry.
  if (typeof Node === 'function' && value instanceof Node) return false;
  const runtime = (value as { runtime?: unknown }).runtime;
  if (typeof runtime !== 'object' || runtime === null || (typeof Node === 'function' && runtime instanceof Node)) return false;
  const r = runtime as { sendMessage?: unknown; id?: unknown; getURL?: unknown };
  return typeof r.sendMessage === 'function' && typeof r.getURL === 'function' && typeof r.id === 'string' && r.id.length > 0;
}

/**
 * A real `browser` by name first (Firefox's own global, whose promise API is native; markup cannot shadow it
 * there, and where markup makes one — Chrome has none — it is refused as not the API), then `chrome` by name:
 * in Chrome an own property of the content script's world, which `api-start.js` makes exist before any markup,
 * so named access cannot shadow it (a script injected after load, into a page open since before the install,
 * may find the page's element there instead: refused); `scope` is the test seam. Throws when none is real: the
 * content script then does nothing on this page.
 */
export function extensionGlobal<T extends ExtensionGlobal = ExtensionGlobal>(scope: object = globalThis): T {
  if (found && scope === globalThis) return found as T;
  const g = scope as { browser?: unknown; chrome?: unknown };
  const read = (get: () => unknown): unknown => {
    try {
      return get();
    } catch {
      // A getter the page planted may throw: not our API.
      return undefined;
    }
  };
  const candidate = [() => g.browser, () => g.chrome].map(read).find(isExtensionApi);
  if (!candidate) throw new Error('extension runtime unavailable');
  if (scope === globalThis) found = candidate;
  return candidate as T;
}
