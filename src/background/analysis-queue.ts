/**
 * Runs the background's analyses one at a time, each within a time budget, smallest pending document first,
 * yielding to the event loop between jobs (issue 12, item 1). The analyzer is synchronous: while one runs, the
 * worker answers nothing else. With a budget per job and the smallest job next, a small policy waits at most one
 * budget behind a huge or pathological one, instead of the minutes that one takes to finish.
 *
 * Pure: the clock and the yield are parameters, so a test drives it with a fake analyzer and a fake clock.
 */
export interface QueueDeps {
  /** Lets the event loop run (messages, storage events) between two jobs. */
  yieldNow: () => Promise<void>;
  now: () => number;
  /** A job that has waited this long runs next whatever its size, so a big document is never starved. */
  maxWaitMs: number;
}

export interface QueueStats {
  /** ms the job waited in the queue before it ran. */
  waitedMs: number;
  /** ms it ran. */
  ranMs: number;
}

interface Pending {
  size: number;
  enqueuedAt: number;
  order: number;
  run: () => void;
}

export class AnalysisQueue {
  private pending: Pending[] = [];
  private busy = false;
  private counter = 0;
  constructor(private readonly deps: QueueDeps) {}

  /** Queues `work` (one synchronous analysis of a document of `size` characters); resolves with its result. */
  run<T>(size: number, work: () => T): Promise<{ value: T; stats: QueueStats }> {
    return new Promise((resolve, reject) => {
      const enqueuedAt = this.deps.now();
      this.pending.push({
        size,
        enqueuedAt,
        order: this.counter++,
        run: () => {
          const started = this.deps.now();
          try {
            const value = work();
            resolve({ value, stats: { waitedMs: started - enqueuedAt, ranMs: this.deps.now() - started } });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        },
      });
      // drain() catches nothing because nothing in it throws: each job settles its own promise.
      this.drain().catch(() => undefined);
    });
  }

  get length(): number {
    return this.pending.length;
  }

  /** The next job: one that waited too long (the oldest such), else the smallest (the oldest among equals). */
  private takeNext(): Pending | undefined {
    if (this.pending.length === 0) return undefined;
    const t = this.deps.now();
    const overdue = this.pending.filter((p) => t - p.enqueuedAt >= this.deps.maxWaitMs).sort((a, b) => a.order - b.order)[0];
    const next = overdue ?? [...this.pending].sort((a, b) => a.size - b.size || a.order - b.order)[0]!;
    this.pending.splice(this.pending.indexOf(next), 1);
    return next;
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      // Yield first too: jobs sent in the same turn (two tabs at once) are all queued before one is chosen.
      for (;;) {
        await this.deps.yieldNow();
        const job = this.takeNext();
        if (!job) break;
        job.run();
      }
    } finally {
      this.busy = false;
    }
  }
}
