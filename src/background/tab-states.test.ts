import { describe, expect, it } from 'vitest';
import type { TabState } from '../platform/messages';
import { forgetTab, MAX_TABS, recordVerdict } from './tab-states';

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
