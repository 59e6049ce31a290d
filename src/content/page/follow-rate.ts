/**
 * How often a changing page is re-analysed (issue 12, item 6): after each change settles (SETTLE_MS of quiet);
 * a page that needed more than MAX_RUNS runs in WINDOW_MS never settles, and from then on it is re-analysed at a
 * bounded rate, once per BUSY_MS at most, instead of never again. A page that changes faster than it settles is
 * not deferred for ever either: MAX_DEFER_MS after its first unsettled change, it runs. Pure: the caller owns the
 * timer and the clock.
 */
export const FOLLOW = { SETTLE_MS: 1200, MAX_DEFER_MS: 10_000, MAX_RUNS: 6, WINDOW_MS: 60_000, BUSY_MS: 20_000 } as const;

/** What to do about a change: (re)start the settle timer, or keep the timer already running. */
export type ChangeAction = { restart: true; delayMs: number } | { restart: false };

export class FollowRate {
  private runs: number[] = [];
  private busy = false;
  /** When the change that started the pending timer happened. */
  private firstPending: number | undefined;

  get tooBusy(): boolean {
    return this.busy;
  }

  /** The page changed at `now`; `pending` says whether a timer is already running. */
  onChange(pending: boolean, now: number): ChangeAction {
    if (!pending) this.firstPending = now;
    // A busy page's timer is not pushed back by each change, or a page that never stops would never be run.
    if (this.busy) return pending ? { restart: false } : { restart: true, delayMs: FOLLOW.BUSY_MS };
    const left = (this.firstPending ?? now) + FOLLOW.MAX_DEFER_MS - now;
    return { restart: true, delayMs: Math.max(0, Math.min(FOLLOW.SETTLE_MS, left)) };
  }

  /** The timer fired at `now`: run now; returns whether the page has just turned out to be too busy. */
  onTimer(now: number): { becameBusy: boolean } {
    this.firstPending = undefined;
    while (this.runs.length && now - this.runs[0]! > FOLLOW.WINDOW_MS) this.runs.shift();
    const becameBusy = !this.busy && this.runs.length >= FOLLOW.MAX_RUNS;
    if (becameBusy) this.busy = true;
    this.runs.push(now);
    return { becameBusy };
  }
}
