import { describe, expect, it } from 'vitest';
import { extensionGlobal, isExtensionApi } from './extension-global';

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

describe('extensionGlobal in Chrome', () => {
  it('reads `chrome` by name at first use, and refuses what markup put under that name', () => {
    // In the content world created at document_start (api-start.js), `chrome` is the real API; a script injected
    // after load, into a page open since before the install, may find the page's <form id="chrome"> there.
    expect(extensionGlobal({ chrome: real('by-name') }).runtime.id).toBe('by-name');
    expect(() => extensionGlobal({ chrome: { runtime: { name: 'runtime' } } })).toThrow(/unavailable/);
  });
});
