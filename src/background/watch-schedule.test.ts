import { describe, expect, it } from 'vitest';
import type { WatchEntry } from '../platform/history-keys';
import { afterCheck, dueEntries, MAX_CHECKS_PER_RUN, notifies } from './watch-schedule';

const NOW = new Date('2026-03-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const entry = (lastCheck?: string): WatchEntry => ({ url: 'https://a.example/p', addedAt: hoursAgo(100), ...(lastCheck ? { lastCheck } : {}) });

describe('watch schedule', () => {
  it('checks what was never checked or not in the last half day, least recent first', () => {
    const list = { fresh: entry(hoursAgo(2)), old: entry(hoursAgo(30)), never: entry(), older: entry(hoursAgo(50)), edge: entry(hoursAgo(12)) };
    expect(dueEntries(list, NOW)).toEqual(['never', 'older', 'old', 'edge']);
    expect(dueEntries(list, NOW, true)).toEqual(['never', 'older', 'old', 'edge', 'fresh']);
    expect(dueEntries({}, NOW)).toEqual([]);
  });

  it('takes at most a bounded number per run', () => {
    const list = Object.fromEntries(Array.from({ length: MAX_CHECKS_PER_RUN + 5 }, (_, i) => [`k${i}`, entry(hoursAgo(100 + i))]));
    const due = dueEntries(list, NOW);
    expect(due).toHaveLength(MAX_CHECKS_PER_RUN);
    expect(due[0]).toBe(`k${MAX_CHECKS_PER_RUN + 4}`);
  });

  it('records a failure without losing the last change, and a success clears the failure', () => {
    const changed = afterCheck(entry(hoursAgo(30)), { kind: 'changed', lines: ['now allows precise location'] }, NOW);
    expect(changed).toMatchObject({ lastCheck: NOW.toISOString(), lastChange: NOW.toISOString(), lastChangeLines: ['now allows precise location'] });
    const later = new Date(NOW.getTime() + 86_400_000);
    const failed = afterCheck(changed, { kind: 'failed', error: 'the site answered HTTP 503' }, later);
    expect(failed).toMatchObject({ lastError: 'the site answered HTTP 503', lastChange: NOW.toISOString(), lastCheck: later.toISOString() });
    const ok = afterCheck(failed, { kind: 'unchanged' }, later);
    expect(ok.lastError).toBeUndefined();
    expect(ok.lastChangeLines).toEqual(['now allows precise location']);
  });

  it('notifies only of material changes', () => {
    expect(notifies({ kind: 'changed', lines: ['now allows faceprints'] })).toBe(true);
    expect(notifies({ kind: 'changed', lines: [] })).toBe(false);
    expect(notifies({ kind: 'unchanged' })).toBe(false);
    expect(notifies({ kind: 'failed', error: 'x' })).toBe(false);
  });
});
