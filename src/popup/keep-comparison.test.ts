import { describe, expect, it } from 'vitest';
import type { StoredComparison } from '../platform/storage-keys';
import { keepComparison } from './keep-comparison';

const comparison = (bytes: number): StoredComparison => ({
  createdAt: new Date().toISOString(),
  pageUrl: 'https://a.example/privacy',
  comparison: { blob: 'x'.repeat(bytes) },
  versions: [],
});

/** Session storage with a quota, as Chrome's: a write over it is refused with the browser's message. */
function sessionStore(quota: number) {
  let data: Record<string, StoredComparison> = {};
  const update = async (change: (all: Record<string, StoredComparison>) => Record<string, StoredComparison>) => {
    const next = change(data);
    if (JSON.stringify(next).length > quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    data = next;
  };
  return { update, ids: () => Object.keys(data) };
}

describe('keepComparison', () => {
  it('a second large comparison makes room by dropping the earlier ones, instead of failing uncaught', async () => {
    const store = sessionStore(1_000_000);
    expect(await keepComparison('first', comparison(600_000), store.update)).toEqual({ ok: true });
    expect(await keepComparison('second', comparison(600_000), store.update)).toEqual({ ok: true });
    expect(store.ids()).toEqual(['second']);
  });

  it('one too large to keep at all is reported with the reason; nothing throws', async () => {
    const store = sessionStore(1_000_000);
    await keepComparison('small', comparison(10), store.update);
    const r = await keepComparison('huge', comparison(2_000_000), store.update);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/too large to keep.*quota bytes exceeded/) });
    expect(store.ids()).toEqual(['small']);
  });
});
