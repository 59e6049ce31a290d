import { Worker } from 'node:worker_threads';
import type { DocumentJob } from '../job';
import type { Settled } from './settle';

/** A file's own heap bound in a worker: one huge or hostile file ends its worker, not the batch. */
const WORKER_HEAP_MB = 1024;

/**
 * Jobs a worker holds at once: the one it runs and the next, already in its port, so it never waits for this
 * thread's reply (which waits behind output writing and the other workers' messages) between two files.
 */
const HELD_PER_WORKER = 2;

/**
 * Runs jobs on `size` worker threads, each holding up to HELD_PER_WORKER jobs and taking the next when it
 * answers. `emit` receives outcomes in input order (a finished job waits for those before it), so the output
 * reads like a sequential run. A worker that dies (out of memory, a crash) fails only the job it was running
 * (the oldest it held: it runs them in order); a fresh worker takes its place and the rest of what it held.
 */
export async function runOnWorkers(
  jobs: DocumentJob[],
  script: URL,
  size: number,
  emit: (index: number, settled: Settled) => void,
): Promise<void> {
  const done: (Settled | undefined)[] = new Array(jobs.length);
  let nextToEmit = 0;
  let nextToStart = 0;
  const finish = (index: number, settled: Settled) => {
    done[index] = settled;
    while (nextToEmit < jobs.length && done[nextToEmit]) {
      emit(nextToEmit, done[nextToEmit]!);
      done[nextToEmit++] = undefined;
    }
  };
  const lane = () =>
    new Promise<void>((resolve) => {
      /** Indexes of the jobs this lane's worker holds, oldest (the one running) first. */
      let held: number[] = [];
      const fill = (worker: Worker) => {
        while (held.length < HELD_PER_WORKER && nextToStart < jobs.length) {
          const index = nextToStart++;
          held.push(index);
          worker.postMessage({ index, job: jobs[index] });
        }
        if (held.length === 0) {
          void worker.terminate();
          resolve();
        }
      };
      const spawn = (resend: number[]) => {
        const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        let ended = false;
        for (const index of resend) worker.postMessage({ index, job: jobs[index] });
        held = resend;
        worker.on('message', ({ index, settled }: { index: number; settled: Settled }) => {
          held = held.filter((i) => i !== index);
          finish(index, settled);
          fill(worker);
        });
        const died = (why: string) => {
          if (ended) return;
          ended = true;
          if (held.length === 0) return;
          const [running, ...rest] = held;
          held = [];
          finish(running!, { ok: false, error: `the worker stopped: ${why}` });
          if (rest.length === 0 && nextToStart >= jobs.length) resolve();
          else spawn(rest);
        };
        worker.on('error', (e) => died(e.message.split('\n')[0]!));
        worker.on('exit', (code) => died(`exit code ${code}`));
        fill(worker);
      };
      spawn([]);
    });
  await Promise.all(Array.from({ length: Math.min(size, jobs.length) }, lane));
}
