/** A batch worker thread (built to dist-cli/worker.js): takes one job at a time, answers with its outcome. */
import { parentPort } from 'node:worker_threads';
import type { DocumentJob } from '../document-job';
import { settle } from './settle';

const port = parentPort;
if (!port) throw new Error('policy-lens worker: started outside a worker thread');
port.on('message', async ({ index, job }: { index: number; job: DocumentJob }) => {
  port.postMessage({ index, settled: await settle(job) });
});
