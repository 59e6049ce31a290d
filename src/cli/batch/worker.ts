/** A batch worker thread (built to dist-cli/worker.js): runs the jobs it is sent one at a time, in order. */
import { parentPort } from 'node:worker_threads';
import type { DocumentJob } from '../job';
import { settle } from './settle';

const port = parentPort;
if (!port) throw new Error('policy-lens worker: started outside a worker thread');
// The pool sends the next job before this one is done (pool.ts): one at a time keeps one file's memory in the
// heap, and tells the pool which job a crash belongs to (the oldest it sent).
let queue = Promise.resolve();
port.on('message', ({ index, job }: { index: number; job: DocumentJob }) => {
  queue = queue.then(async () => port.postMessage({ index, settled: await settle(job) }));
});
