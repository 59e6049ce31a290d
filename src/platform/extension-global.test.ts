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
});
