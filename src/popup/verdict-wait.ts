/**
 * How long the popup shows "Checking this page…" after waking a page before it says the page did not answer. A
 * woken page reports within a second or two (its controller loads, detects in slices, reports); one that never
 * does (its script was cut off, the page hangs its main thread, the extension was updated under it) would
 * otherwise leave the popup checking for ever.
 */
export const VERDICT_WAIT_MS = 8000;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The wait for a woken page's verdict: one at a time, started when the popup shows "checking" after a wake, ended
 * when the verdict (or any other answer) arrives; `onSilence` runs once if none does in time. `timers` is the
 * test seam.
 */
export class VerdictWait {
  private handle: unknown;
  private silent = false;

  constructor(
    private readonly onSilence: () => void,
    private readonly ms = VERDICT_WAIT_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Starts waiting, unless a wait is running or the page was already found silent (until `retry`). */
  start(): void {
    if (this.handle !== undefined || this.silent) return;
    this.handle = this.timers.set(() => {
      this.handle = undefined;
      this.silent = true;
      this.onSilence();
    }, this.ms);
  }

  /** An answer came: no more waiting, and a later wake waits afresh. */
  stop(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = undefined;
    this.silent = false;
  }

  /** The page said nothing in time, and the reader has not asked to try again. */
  get timedOut(): boolean {
    return this.silent;
  }

  /** The reader asks again: the next wake waits afresh. */
  retry(): void {
    this.stop();
  }
}
