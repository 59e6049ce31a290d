import { describe, expect, it, vi } from 'vitest';

// An extension storage area whose writes take a while, as the browser's do under load.
vi.mock('./runtime', () => {
  const data: Record<string, unknown> = {};
  const area = {
    get: async (key: string) => ({ [key]: data[key] }),
    set: async (items: Record<string, unknown>) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      Object.assign(data, items);
    },
  };
  return { browser: { storage: { local: area, session: area } } };
});

const { KEYS, read, readAfterUpdates, update } = await import('./storage');

describe('reading a key that has updates queued', () => {
  it('readAfterUpdates sees the update queued before it; a plain read may not (counterexample)', async () => {
    const state = { url: 'https://a.example/', checkedAt: 'x', navigating: true, verdict: { kind: 'not-policy', score: 1, reasons: [] } };
    const marked = update(KEYS.tabStates, (all) => ({ ...all, '7': state as unknown as (typeof all)[string] }));
    const plain = await read(KEYS.tabStates);
    const settled = await readAfterUpdates(KEYS.tabStates);
    await marked;
    expect(plain['7']).toBeUndefined();
    expect(settled['7']?.navigating).toBe(true);
  });
});
