import { describe, expect, it } from 'vitest';
import { AnalysisQueue } from './analysis-queue';

/** A fake clock the fake analyzer advances: a job of `ms` "runs" for that long. */
function setup(maxWaitMs = 10_000) {
  let t = 0;
  const ran: string[] = [];
  const queue = new AnalysisQueue({ now: () => t, yieldNow: () => new Promise((r) => setTimeout(r, 0)), maxWaitMs });
  const job = (name: string, size: number, ms: number) =>
    queue.run(size, () => {
      ran.push(name);
      t += ms;
      return name;
    });
  return { job, ran, advance: (ms: number) => (t += ms), now: () => t };
}

describe('AnalysisQueue', () => {
  it('runs one job at a time, smallest pending first, so a small policy does not wait behind a huge one', async () => {
    const { job, ran } = setup();
    const huge = job('pathological', 2_000_000, 2000);
    const small = job('normal', 30_000, 50);
    const medium = job('medium', 300_000, 400);
    const results = await Promise.all([huge, small, medium]);
    expect(ran).toEqual(['normal', 'medium', 'pathological']);
    expect(results[1].stats).toEqual({ waitedMs: 0, ranMs: 50 });
    // The huge one waited for the two small ones: 450 ms, not the other way round.
    expect(results[0].stats.waitedMs).toBe(450);
  });

  it('a small job that arrives while a big one runs waits one job at most, then goes first', async () => {
    const { job, ran } = setup();
    const first = job('big-1', 2_000_000, 2000);
    await new Promise((r) => setTimeout(r, 5)); // big-1 is running (done, in fake time)
    const second = job('big-2', 2_000_000, 2000);
    const small = job('small', 10_000, 10);
    const [, , s] = await Promise.all([first, second, small]);
    expect(ran).toEqual(['big-1', 'small', 'big-2']);
    expect(s.stats.waitedMs).toBe(0);
  });

  it('never starves a big job: one that waited past maxWaitMs runs next', async () => {
    const { job, ran } = setup(100);
    const jobs = [job('big', 1_000_000, 10), ...Array.from({ length: 5 }, (_, i) => job(`small-${i}`, 10, 60))];
    await Promise.all(jobs);
    // small-0 and small-1 take 120 ms of fake time: then big has waited past 100 ms and goes before the rest.
    expect(ran).toEqual(['small-0', 'small-1', 'big', 'small-2', 'small-3', 'small-4']);
  });

  it('a failing job rejects alone; the queue goes on', async () => {
    const { job } = setup();
    const queue = new AnalysisQueue({ now: () => 0, yieldNow: () => Promise.resolve(), maxWaitMs: 1000 });
    await expect(queue.run(1, () => { throw new Error('bad text'); })).rejects.toThrow('bad text');
    await expect(job('next', 1, 1)).resolves.toMatchObject({ value: 'next' });
  });
});
