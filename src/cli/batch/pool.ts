import { Worker } from 'node:worker_threads';
import type { DocumentJob } from '../document-job';
import { settle, type Settled } from './settle';

/** A file's own heap bound in a worker: one huge or hostile file ends its worker, not the batch. */
const WORKER_HEAP_MB = 1024;

/**
 * Runs jobs on `size` worker threads, each taking the next job when it answers. `emit` receives outcomes in
 * input order (a finished job waits for those before it), so the output reads like a sequential run. A worker
 * that dies (out of memory, a crash) fails only the job it held; a fresh worker takes its place.
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
      let current = -1;
      const start = (worker: Worker) => {
        if (nextToStart >= jobs.length) {
          void worker.terminate();
          return resolve();
        }
        current = nextToStart++;
        worker.postMessage({ index: current, job: jobs[current] });
      };
      const spawn = () => {
        const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        let ended = false;
        worker.on('message', ({ index, settled }: { index: number; settled: Settled }) => {
          finish(index, settled);
          start(worker);
        });
        const died = (why: string) => {
          if (ended) return;
          ended = true;
          if (current >= 0 && done[current] === undefined && current >= nextToEmit) {
            finish(current, { ok: false, error: `the worker stopped: ${why}` });
            current = -1;
            spawn();
          }
        };
        worker.on('error', (e) => died(e.message.split('\n')[0]!));
        worker.on('exit', (code) => died(`exit code ${code}`));
        start(worker);
      };
      spawn();
    });
  await Promise.all(Array.from({ length: Math.min(size, jobs.length) }, lane));
}

/** The same, one job after another in this thread: for small batches and runs from sources. */
export async function runInThread(jobs: DocumentJob[], emit: (index: number, settled: Settled) => void): Promise<void> {
  for (let i = 0; i < jobs.length; i++) emit(i, await settle(jobs[i]!));
}
