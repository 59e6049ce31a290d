import { describe, expect, it } from 'vitest';
import type { TabState } from '../platform/messages';
import { forgetIfStill, forgetTab, markNavigating, MAX_TABS, recordVerdict, settled, withAnalysis } from './tab-states';

const state = (i: number): TabState => ({
  url: `https://x.example/${i}`,
  verdict: { kind: 'not-policy', score: 1, reasons: [], explained: [] },
  checkedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
});

describe('tab states', () => {
  it('records and forgets a tab without touching others', () => {
    const a = recordVerdict({}, 1, state(1));
    const b = recordVerdict(a, 2, state(2));
    expect(Object.keys(b)).toEqual(['1', '2']);
    expect(forgetTab(b, 1)).toEqual({ '2': state(2) });
    expect(forgetTab(b, 99)).toBe(b);
  });

  it('keeps at most MAX_TABS, dropping the oldest', () => {
    let all: Record<string, TabState> = {};
    for (let i = 0; i < MAX_TABS + 5; i++) all = recordVerdict(all, i, state(i));
    expect(Object.keys(all)).toHaveLength(MAX_TABS);
    expect(all['0']).toBeUndefined();
    expect(all[String(MAX_TABS + 4)]).toBeDefined();
  });
});

describe('tab states across navigations', () => {
  const digest = { summary: {}, identifiers: {}, keyQuotes: {}, practiceCount: 3, ms: 1, analyzedAt: '2026-01-01T00:00:00Z' } as never;
  const policy = (documentId?: string, url = 'https://x.example/privacy'): TabState => ({
    url,
    verdict: { kind: 'privacy-policy', score: 9, reasons: [], explained: [] },
    checkedAt: '2026-01-01T00:00:00Z',
    ...(documentId ? { documentId } : {}),
  });
  const analysed = withAnalysis(recordVerdict({}, 1, policy('doc-a')), 1, 'https://x.example/privacy', digest, 'doc-a');

  it('a reload (a new document at the same address) drops the analysis; loading marks the state meanwhile', () => {
    const loading = markNavigating(analysed, 1);
    expect(loading['1']!.navigating).toBe(true);
    expect(loading['1']!.analysis).toBeDefined();
    const reloaded = recordVerdict(loading, 1, policy('doc-b'));
    expect(reloaded['1']!.analysis).toBeUndefined();
    expect(reloaded['1']!.navigating).toBeUndefined();
    // The old document's analysis, arriving late, does not attach to the new one.
    expect(withAnalysis(reloaded, 1, 'https://x.example/privacy', digest, 'doc-a')['1']!.analysis).toBeUndefined();
    expect(withAnalysis(reloaded, 1, 'https://x.example/privacy', digest, 'doc-b')['1']!.analysis).toBeDefined();
  });

  it('a fragment link or pushState in the same document keeps the analysis', () => {
    const moved = recordVerdict(markNavigating(analysed, 1), 1, policy('doc-a', 'https://x.example/privacy#location'));
    expect(moved['1']!.analysis).toBeDefined();
    expect(moved['1']!.navigating).toBeUndefined();
    // Counterexample: without a document id (a browser that gives none) nothing is assumed the same.
    const unnamed = withAnalysis(recordVerdict({}, 1, policy()), 1, 'https://x.example/privacy', digest);
    expect(recordVerdict(unnamed, 1, policy())['1']!.analysis).toBeUndefined();
  });

  it('a navigation that reported nothing settles once the same document answers, and only then', () => {
    const loading = markNavigating(analysed, 1);
    expect(settled(loading, 1, 'doc-b')).toBe(loading);
    expect(settled(loading, 1, 'doc-a')['1']!.navigating).toBeUndefined();
    expect(markNavigating({}, 1)).toEqual({});
  });

  it('a new document that never reports (dismissed) loses the state; one that reported meanwhile keeps its own', () => {
    const loading = markNavigating(analysed, 1);
    const checked = loading['1']!;
    expect(forgetIfStill(loading, 1, checked)['1']).toBeUndefined();
    // Counterexamples: the new document's verdict came in between (no longer navigating, another check).
    const reported = recordVerdict(loading, 1, { ...policy('doc-b'), checkedAt: '2026-01-01T00:00:09Z' });
    expect(forgetIfStill(reported, 1, checked)).toBe(reported);
    const relabelled = markNavigating(reported, 1);
    expect(forgetIfStill(relabelled, 1, checked)).toBe(relabelled);
    expect(forgetIfStill(analysed, 1, analysed['1']!)).toBe(analysed);
  });
});
