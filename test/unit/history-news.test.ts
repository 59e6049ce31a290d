// Recording visits of authored policy versions: the news a reader gets, and what the watch list does with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordVersion } from '../../src/background/history';
import { HistoryStore } from '../../src/background/history-store';
import { runWatch, watchEntry, type WatchDeps } from '../../src/background/watch';
import { parseDocument } from '../../src/cli/load';
import { analyzePolicy } from '../../src/core/nlp/analyze';
import { extractPolicyText } from '../../src/dom/extract';
import type { HistoryNews, WatchEntry } from '../../src/platform/history-keys';
import { MemoryArea } from './memory-area';

const page = (name: string) => readFileSync(`test/fixtures/history/${name}.html`, 'utf8');
const textOf = (html: string) => {
  const doc = parseDocument(html, 'html');
  return extractPolicyText(doc.body ?? doc.documentElement).policyText;
};
const URL_ = 'https://notes.example/legal/privacy';

function clock(start = Date.parse('2026-03-03T10:00:00Z')) {
  let t = start;
  return () => new Date((t += 86_400_000));
}

describe('changed since you last read it', () => {
  it('says nothing on a first visit or the same text, and the material change in words on a changed one', async () => {
    const store = new HistoryStore(new MemoryArea(), undefined, clock());
    const visit = (name: string) => {
      const text = textOf(page(name));
      return recordVersion(store, URL_, text, analyzePolicy(text));
    };
    expect((await visit('policy-v1')).news).toBeUndefined();
    expect((await visit('policy-v1')).news).toBeUndefined();
    const { news } = await visit('policy-v2');
    expect(news).toBeDefined();
    expect(news!.material).toBe(true);
    expect(news!.lines.some((l) => /precise location/.test(l) && /turn on location services/.test(l))).toBe(true);
    expect(news!.sections.added).toContain('Voice notes');
    expect(news!.sections.changed).toContain('Location information');
    // "Since you last read it on": the last visit to the earlier text, not when it was first recorded.
    expect(news!.since > news!.thenAt).toBe(true);
    expect(news!.nowAt > news!.since).toBe(true);
    // A rewording that keeps every stance is news without a material change.
    const reworded = (await visit('policy-v3-reworded')).news!;
    expect(reworded.material).toBe(false);
    expect(reworded.lines).toEqual([]);
    expect(reworded.sections.changed).toEqual(['Voice notes']);
  });
});

describe('watch list', () => {
  it('fetches each watched policy, notifies of a material change only, and records failures', async () => {
    const store = new HistoryStore(new MemoryArea(), undefined, clock());
    const served = new Map<string, string>([[URL_, page('policy-v1')]]);
    let list: Record<string, WatchEntry> = {};
    const notified: HistoryNews[] = [];
    const deps: WatchDeps = {
      store,
      fetchDocument: async (url) => (served.has(url) ? { ok: true, value: { url, contentType: 'text/html', body: served.get(url)! } } : { ok: false, error: 'the site answered HTTP 404' }),
      readText: async (body, kind) => textOf(kind === 'html' ? body : ''),
      analyze: analyzePolicy,
      readList: async () => list,
      updateList: async (change) => (list = change(list)),
      notify: async (news) => void notified.push(news),
      now: () => new Date('2026-04-01T00:00:00Z'),
    };
    const add = (url: string) => {
      const { key, entry } = watchEntry(url, new Date('2026-03-01T00:00:00Z'));
      list = { ...list, [key]: entry };
    };
    add(URL_);
    // A new watch checks only itself.
    expect(await runWatch(deps, true, [URL_])).toBe(1);
    expect(list[URL_]!.lastCheck).toBeDefined();
    add('https://gone.example/privacy');
    expect(await runWatch(deps)).toBe(1);
    expect(list[URL_]!.lastCheck).toBeDefined();
    expect(list[URL_]!.lastChange).toBeUndefined();
    expect(list['https://gone.example/privacy']!.lastError).toBe('the site answered HTTP 404');
    // Checked just now: not due again until half a day has passed, unless asked.
    expect(await runWatch(deps)).toBe(0);
    served.set(URL_, page('policy-v2'));
    expect(await runWatch(deps, true)).toBe(2);
    expect(notified).toHaveLength(1);
    expect(list[URL_]!.lastChangeLines!.join(' ')).toMatch(/precise location/);
    served.set(URL_, page('policy-v3-reworded'));
    await runWatch(deps, true);
    // A rewording updates the record and the last change, without a notification.
    expect(notified).toHaveLength(1);
    expect((await store.document(URL_))!.versions).toHaveLength(3);
  });
});
