import { describe, expect, it } from 'vitest';
import type { VersionDigest } from '../core/history';
import { packPolicyText, unpackPolicyText, gzipText, gunzipText } from './history-codec';
import { evictions, HistoryStore, type NewVersion } from './history-store';
import { MemoryArea } from '../../test/unit/memory-area';

const digest = (textHash: string): VersionDigest => ({
  analyzerVersion: 'test',
  summary: { face: 'silent', voice: 'silent', biometric: 'silent', 'location.precise': 'denies', 'location.approximate': 'silent', location: 'silent' },
  identifiers: { face: 'silent', voice: 'silent' },
  evidence: {},
  sections: [],
  textHash,
  words: 3,
});

const version = (url: string, textHash: string, packedText = 'x'.repeat(100)): NewVersion => ({ url, analyzerVersion: 'test', digest: digest(textHash), packedText, rawChars: 400 });

/** A clock that moves a minute per reading. */
function clock(start = Date.parse('2026-03-03T10:00:00Z')) {
  let t = start;
  return () => new Date((t += 60_000));
}

describe('history codec', () => {
  it('round-trips a policy text through gzip and base64, smaller than it came in', async () => {
    const text = 'We collect your precise location when you turn on location services. '.repeat(400) + 'Ünïcödé — “quotes” 🙂';
    const policy = { text, blocks: [{ kind: 'heading' as const, start: 0, end: 10, level: 2, headingPath: [] }, { kind: 'paragraph' as const, start: 10, end: text.length, headingPath: ['We collect'] }] };
    const packed = await packPolicyText(policy);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(packed.length).toBeLessThan(JSON.stringify(policy).length / 10);
    expect(await unpackPolicyText(packed)).toEqual(policy);
    expect(await gunzipText(await gzipText(''))).toBe('');
  });

  it('refuses stored text that is not a policy text', async () => {
    await expect(unpackPolicyText(await gzipText('{"text": 3}'))).rejects.toThrow(/unreadable/);
    await expect(unpackPolicyText('not base64 at all!')).rejects.toThrow();
  });
});

describe('history store', () => {
  it('tells a first visit, a same-text revisit and a changed text apart', async () => {
    const store = new HistoryStore(new MemoryArea(), { versionsPerDocument: 3, totalBytes: 1e6 }, clock());
    expect((await store.record(version('https://a.example/privacy#top', 'h1'))).kind).toBe('first');
    const same = await store.record(version('https://a.example/privacy', 'h1'));
    expect(same.kind).toBe('same');
    const changed = await store.record(version('https://a.example/privacy/', 'h2'));
    expect(changed.kind).toBe('changed');
    if (changed.kind !== 'changed') return;
    expect(changed.previous.digest.textHash).toBe('h1');
    expect(changed.current.digest.textHash).toBe('h2');
    // The fragment and trailing slash do not make another document.
    expect((await store.document('https://a.example/privacy'))!.versions.map((v) => v.digest.textHash)).toEqual(['h1', 'h2']);
    expect(changed.previous.lastSeenAt > changed.previous.recordedAt).toBe(true);
  });

  it('replaces the version its own page load recorded instead of making news of a page still loading', async () => {
    const store = new HistoryStore(new MemoryArea(), { versionsPerDocument: 3, totalBytes: 1e6 }, clock());
    await store.record(version('https://a.example/p', 'v1'));
    const visit = await store.record(version('https://a.example/p', 'v2'));
    expect(visit.kind).toBe('changed');
    if (visit.kind !== 'changed') return;
    // The same load settles into fuller text: still one new version, still compared with v1.
    const settled = await store.record(version('https://a.example/p', 'v2-full'), { replacing: visit.current.recordedAt });
    expect(settled.kind === 'changed' && settled.previous.digest.textHash).toBe('v1');
    expect((await store.document('https://a.example/p'))!.versions.map((v) => v.digest.textHash)).toEqual(['v1', 'v2-full']);
    // A version from an earlier load is never replaced.
    await store.record(version('https://a.example/p', 'v3'), { replacing: 'not-this-load' });
    expect((await store.document('https://a.example/p'))!.versions).toHaveLength(3);
  });

  it('keeps a few versions per document, oldest dropped first, and counts what it dropped', async () => {
    const store = new HistoryStore(new MemoryArea(), { versionsPerDocument: 3, totalBytes: 1e6 }, clock());
    for (const h of ['h1', 'h2', 'h3', 'h4', 'h5']) await store.record(version('https://a.example/p', h));
    const doc = await store.document('https://a.example/p');
    expect(doc!.versions.map((v) => v.digest.textHash)).toEqual(['h3', 'h4', 'h5']);
    const last = await store.record(version('https://a.example/p', 'h6'));
    expect(last.kind === 'changed' && last.dropped).toBe(3);
    expect((await store.index()).documents['https://a.example/p']!.versions).toHaveLength(3);
  });

  it('keeps the total within budget by dropping the oldest versions of any document', async () => {
    const area = new MemoryArea();
    const big = 'y'.repeat(3000);
    // Room for about three versions of this size.
    const store = new HistoryStore(area, { versionsPerDocument: 3, totalBytes: 11_000 }, clock());
    await store.record(version('https://a.example/p', 'a1', big));
    await store.record(version('https://b.example/p', 'b1', big));
    await store.record(version('https://a.example/p', 'a2', big));
    await store.record(version('https://c.example/p', 'c1', big));
    const index = await store.index();
    // a1 was the oldest: gone; the rest fit.
    expect(Object.keys(index.documents).sort()).toEqual(['https://a.example/p', 'https://b.example/p', 'https://c.example/p']);
    expect((await store.document('https://a.example/p'))!.versions.map((v) => v.digest.textHash)).toEqual(['a2']);
    expect(index.documents['https://a.example/p']!.dropped).toBe(1);
    const total = Object.values(index.documents).flatMap((d) => d.versions).reduce((n, v) => n + v.bytes, 0);
    expect(total).toBeLessThanOrEqual(11_000);
    // A fifth version pushes out b1, the whole of b's history: its key is removed too.
    await store.record(version('https://c.example/p', 'c2', big));
    expect(Object.keys((await store.index()).documents).sort()).toEqual(['https://a.example/p', 'https://c.example/p']);
    expect([...area.data.keys()].some((k) => k.includes('b.example'))).toBe(false);
  });

  it('keeps a single version bigger than the whole budget rather than nothing', () => {
    const index = { documents: { a: { url: 'a', versions: [{ recordedAt: '1', bytes: 50 }], dropped: 0 }, b: { url: 'b', versions: [{ recordedAt: '2', bytes: 500 }], dropped: 0 } } };
    expect(evictions(index, 100, { documentKey: 'b', recordedAt: '2' })).toEqual([{ documentKey: 'a', recordedAt: '1' }]);
    expect(evictions(index, 1000, { documentKey: 'b', recordedAt: '2' })).toEqual([]);
  });

  it('records nothing while paused, and forgets a site or everything', async () => {
    const area = new MemoryArea();
    const store = new HistoryStore(area, { versionsPerDocument: 3, totalBytes: 1e6 }, clock());
    await store.record(version('https://a.example/p', 'a1'));
    await store.record(version('https://a.example/terms', 't1'));
    await store.record(version('https://b.example/p', 'b1'));
    await store.setPaused(true);
    expect(await store.record(version('https://a.example/p', 'a2'))).toEqual({ kind: 'paused' });
    expect((await store.record(version('https://a.example/p', 'a2'), { force: true })).kind).toBe('changed');
    await store.setPaused(false);
    expect(await store.forgetSite('https://a.example')).toBe(2);
    expect(await store.document('https://a.example/p')).toBeNull();
    expect(await store.document('https://b.example/p')).not.toBeNull();
    expect(await store.forgetAll()).toBe(1);
    expect([...area.data.keys()].filter((k) => k.startsWith('history:'))).toEqual([]);
  });

  it('does not lose a record when two visits are recorded at once', async () => {
    const store = new HistoryStore(new MemoryArea(), { versionsPerDocument: 3, totalBytes: 1e6 }, clock());
    await Promise.all([store.record(version('https://a.example/p', 'a1')), store.record(version('https://b.example/p', 'b1')), store.record(version('https://a.example/p', 'a2'))]);
    expect(Object.keys((await store.index()).documents)).toHaveLength(2);
    expect((await store.document('https://a.example/p'))!.versions).toHaveLength(2);
  });
});
