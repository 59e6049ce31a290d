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

/**
 * Where `api-start.js` (a content script run at document_start, before the page has any markup) leaves the API.
 * In Chrome, even `chrome` is shadowed in the content script's world by `<form id="chrome">` (seen in the e2e
 * test): the real object is found by name only before such markup exists. A symbol key cannot be shadowed by
 * named access, and the content script's world (its realm and its symbol registry) is not the page's.
 */
const STASH = Symbol.for('policy-lens/extension-api');

/**
 * Called at document_start: keeps what the name `chrome` holds then, before any markup can shadow it, without
 * looking inside. Reading `runtime` builds the runtime bindings in this fresh world (0.6–1 ms of the page's script
 * time, measured in cost.spec.ts), and most pages never use the API: the object is checked at first use instead
 * (`extensionGlobal`), where a shadowing element or a page-made object is refused. Only `chrome`: in Chrome the
 * name `browser` is absent, and reading it there is a miss through the window's named properties that cost more
 * than the rest of this script (~0.15 ms of script time per page, scratch timing of alternating builds); in
 * Firefox `browser` is the content script's own global, which markup cannot shadow, so it needs no keeping.
 * One block, no closures: this runs on every page.
 */
export function stashExtensionGlobal(scope: object = globalThis): void {
  let value: unknown;
  try {
    value = (scope as { chrome?: unknown }).chrome;
  } catch {
    // A getter that throws is not our API.
    return;
  }
  if (typeof value !== 'object' || value === null || STASH in scope) return;
  Object.defineProperty(scope, STASH, { value: [value], configurable: false, enumerable: false, writable: false });
}

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
 * there, and where markup makes one — Chrome has none — it is refused as not the API), then the kept `chrome`,
 * then `chrome` by name as it reads now (a script injected after load has kept nothing); `scope` is the test seam.
 * Throws when none is real: the content script then does nothing on this page.
 */
export function extensionGlobal<T extends ExtensionGlobal = ExtensionGlobal>(scope: object = globalThis): T {
  if (found && scope === globalThis) return found as T;
  const g = scope as { browser?: unknown; chrome?: unknown; [STASH]?: unknown };
  const read = (get: () => unknown): unknown => {
    try {
      return get();
    } catch {
      // A getter the page planted may throw: not our API.
      return undefined;
    }
  };
  const kept = read(() => g[STASH]);
  const candidates = [() => g.browser, ...(Array.isArray(kept) ? kept.map((v: unknown) => () => v) : []), () => g.chrome];
  const candidate = candidates.map(read).find(isExtensionApi);
  if (!candidate) throw new Error('extension runtime unavailable');
  if (scope === globalThis) found = candidate;
  return candidate as T;
}
