/**
 * The popup's way into a page the script on every page dismissed. Such a page uses no extension API (issue 13:
 * no listener, no message), so the popup cannot message it; it runs `wakeInPage` there instead
 * (`scripting.executeScript`, allowed by `activeTab` once the reader opens the popup). The function runs in the
 * content script's own world and calls what the script left under a symbol key: a key named access cannot
 * shadow, on a global the page's own world does not share.
 */

/** What the popup learns: the script answered, is not in this page (open since before install), or not yet. */
export type WakeResult = 'woken' | 'absent' | 'loading';

const WAKE = Symbol.for('policy-lens/wake');

/**
 * Leaves `wake` where `wakeInPage` finds it. False when a copy of the script already did: the popup may inject
 * the script into a page where it runs already (or is about to, at document_idle), and the second must stop.
 */
export function claimWake(scope: object, wake: () => void): boolean {
  if (WAKE in scope) return false;
  Object.defineProperty(scope, WAKE, { value: wake, configurable: false, enumerable: false, writable: false });
  return true;
}

/**
 * Runs in the page's content-script world, serialized by `executeScript({func})`: it must name nothing outside
 * itself (the key is spelt out here; the unit test checks it is `WAKE`'s). Returns a plain string, the result.
 */
export function wakeInPage(): WakeResult {
  const wake: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for('policy-lens/wake')];
  if (typeof wake === 'function') {
    (wake as () => void)();
    return 'woken';
  }
  return document.readyState === 'complete' ? 'absent' : 'loading';
}
