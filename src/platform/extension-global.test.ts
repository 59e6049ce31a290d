import { describe, expect, it } from 'vitest';
import { extensionGlobal, isExtensionApi, stashExtensionGlobal } from './extension-global';

const real = (id = 'abcdef') => ({ runtime: { id, sendMessage: async () => 'ok', getURL: (p: string) => `ext://${id}/${p}` } });

describe('extensionGlobal', () => {
  it('skips a page element that shadows `browser` (<form id="browser"><input name="runtime">)', () => {
    // What named access gives a content script in Chrome: an object whose `runtime` is another element.
    const form = { runtime: { name: 'runtime', value: '' } };
    expect(extensionGlobal({ browser: form, chrome: real('chrome-id') }).runtime.id).toBe('chrome-id');
  });

  it('prefers a real `browser` (Firefox), and refuses when nothing real is there', () => {
    expect(extensionGlobal({ browser: real('ff'), chrome: real('chrome') }).runtime.id).toBe('ff');
    expect(() => extensionGlobal({ browser: { runtime: { sendMessage: () => 1, id: '' } } })).toThrow(/unavailable/);
    expect(() => extensionGlobal({})).toThrow(/unavailable/);
  });

  it('treats throwing getters and half-made objects as not the API', () => {
    const trap = Object.defineProperty({}, 'browser', { get: () => { throw new Error('page trap'); } });
    Object.assign(trap, { chrome: real('c') });
    expect(extensionGlobal(trap).runtime.id).toBe('c');
    expect(isExtensionApi({ runtime: { sendMessage: () => 1, id: 'x' } })).toBe(false); // no getURL
    expect(isExtensionApi(null)).toBe(false);
  });
});

describe('stashExtensionGlobal', () => {
  it('keeps the API found at document_start, so markup added later cannot shadow it', () => {
    const scope: Record<string, unknown> = { chrome: real('early') };
    stashExtensionGlobal(scope);
    // Later the page's <form id="chrome"> shadows the name.
    scope.chrome = { runtime: { name: 'runtime' } };
    expect(extensionGlobal(scope).runtime.id).toBe('early');
  });

  it('does not look inside the API at document_start: `runtime` is first read at first use', () => {
    let reads = 0;
    const api = real('lazy');
    const counting = { get runtime() { reads++; return api.runtime; } };
    const scope: Record<string, unknown> = { chrome: counting };
    stashExtensionGlobal(scope);
    expect(reads).toBe(0);
    scope.chrome = { runtime: { name: 'runtime' } };
    expect(extensionGlobal(scope).runtime.id).toBe('lazy');
    expect(reads).toBeGreaterThan(0);
  });

  it('refuses at first use what was kept but is not the API, and then reads the names as they are now', () => {
    // A script injected after load (a page open before the extension was installed) may keep a shadowing form.
    const scope: Record<string, unknown> = { chrome: { runtime: { name: 'runtime' } } };
    stashExtensionGlobal(scope);
    expect(() => extensionGlobal(scope)).toThrow(/unavailable/);
    scope.chrome = real('later');
    expect(extensionGlobal(scope).runtime.id).toBe('later');
  });

  it('keeps the first stash: a second run cannot replace it, and keeps nothing when no name holds an object', () => {
    const scope: Record<string, unknown> = { chrome: real('first') };
    stashExtensionGlobal(scope);
    scope.chrome = real('second');
    stashExtensionGlobal(scope);
    scope.chrome = undefined;
    expect(extensionGlobal(scope).runtime.id).toBe('first');
    const empty: Record<string | symbol, unknown> = { chrome: 'a string' };
    stashExtensionGlobal(empty);
    expect(Object.getOwnPropertySymbols(empty)).toEqual([]);
  });

  it('reads only `chrome` at document_start (in Chrome `browser` is a costly miss), and a real `browser` wins later', () => {
    let browserReads = 0;
    const scope = Object.defineProperty({ chrome: real('chrome') }, 'browser', {
      get: () => (browserReads++, real('ff')),
      configurable: true,
    });
    stashExtensionGlobal(scope);
    expect(browserReads).toBe(0);
    // Firefox: its own `browser` (which markup cannot shadow there) before the kept `chrome`.
    expect(extensionGlobal(scope).runtime.id).toBe('ff');
    // Chrome: a `browser` made by markup is refused, and the kept `chrome` answers though markup shadows it now.
    const chromeScope: Record<string, unknown> = { chrome: real('kept') };
    stashExtensionGlobal(chromeScope);
    Object.assign(chromeScope, { browser: { runtime: { name: 'runtime' } }, chrome: { runtime: { name: 'runtime' } } });
    expect(extensionGlobal(chromeScope).runtime.id).toBe('kept');
  });

  it('a getter the page planted on a name does not stop the stash, nor does it count as the API', () => {
    const scope = Object.defineProperty({ chrome: real('ok') }, 'browser', { get: () => { throw new Error('trap'); } });
    stashExtensionGlobal(scope);
    (scope as { chrome: unknown }).chrome = { runtime: { name: 'runtime' } };
    expect(extensionGlobal(scope).runtime.id).toBe('ok');
  });
});
