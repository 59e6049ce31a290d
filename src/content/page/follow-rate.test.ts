import { describe, expect, it } from 'vitest';
import { FOLLOW, FollowRate } from './follow-rate';

/** Drives FollowRate as the page module does, with a fake clock: a page that changes every `everyMs`. */
function simulate(everyMs: number, forMs: number): number[] {
  const rate = new FollowRate();
  const runs: number[] = [];
  let timerAt: number | undefined;
  for (let t = 0; t <= forMs; t += 100) {
    if (timerAt !== undefined && t >= timerAt) {
      timerAt = undefined;
      rate.onTimer(t);
      runs.push(t);
    }
    if (t % everyMs === 0) {
      const action = rate.onChange(timerAt !== undefined, t);
      if (action.restart) timerAt = t + action.delayMs;
    }
  }
  return runs;
}

describe('FollowRate', () => {
  it('a page that changes now and then is re-analysed after each change settles', () => {
    const runs = simulate(10_000, 60_000);
    expect(runs).toEqual([1200, 11_200, 21_200, 31_200, 41_200, 51_200]);
  });

  it('a page that never stops changing is still re-analysed, at most once per 20 s, not never', () => {
    // Changes every 2 s: settles each time (1.2 s < 2 s) until six runs in a minute, then the bounded rate.
    const runs = simulate(2000, 300_000);
    const busyRuns = runs.slice(FOLLOW.MAX_RUNS + 1);
    expect(busyRuns.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < busyRuns.length; i++) expect(busyRuns[i]! - busyRuns[i - 1]!).toBeGreaterThanOrEqual(FOLLOW.BUSY_MS);
    // A page that changes faster than it settles (every 0.5 s) is not deferred for ever: every 10 s at first.
    const fast = simulate(500, 120_000);
    expect(fast.slice(0, 3)).toEqual([10_000, 20_000, 30_000]);
    for (let i = 1; i < fast.length; i++) expect(fast[i]! - fast[i - 1]!).toBeGreaterThanOrEqual(FOLLOW.MAX_DEFER_MS);
  });

  it('says when the page turns out to be too busy, once', () => {
    const rate = new FollowRate();
    const seen = Array.from({ length: 8 }, (_, i) => rate.onTimer(i * 1000).becameBusy);
    expect(seen).toEqual([false, false, false, false, false, false, true, false]);
    expect(rate.tooBusy).toBe(true);
    expect(rate.onChange(false, 9000)).toEqual({ restart: true, delayMs: FOLLOW.BUSY_MS });
    expect(rate.onChange(true, 9100)).toEqual({ restart: false });
  });
});
