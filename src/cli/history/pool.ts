import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { VersionDigest } from '../../core/history';
import type { WorkerAnswer, WorkerJob } from '../history-worker';

/**
 * The worker: `history-worker.js` beside this module when the CLI runs from a bundle that ships it, else the
 * TypeScript source through tsx. A worker does not inherit the loader the main thread registered, and Node 20
 * ignores `--import` in a worker's execArgv, so a two-line bootstrap registers tsx's loader in the worker
 * before importing the source.
 */
function startWorker(workerData: unknown): Worker {
  const built = new URL('./history-worker.js', import.meta.url);
  if (built.protocol === 'file:' && existsSync(fileURLToPath(built))) return new Worker(built, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const source = new URL('../history-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

export interface DigestResult {
  blob: string;
  digest?: VersionDigest;
  error?: string;
}

/**
 * A fixed set of worker threads, each taking one document's texts at a time. Documents go to whichever
 * worker is free, so a huge document does not hold the others back.
 */
export class DigestPool {
  private workers: Worker[];
  private idle: Worker[] = [];
  private queue: { job: WorkerJob; onDigest: (r: DigestResult) => void; done: () => void; fail: (e: Error) => void }[] = [];
  private running = new Map<Worker, (typeof this.queue)[number]>();
  private nextJob = 0;

  constructor(size: number, analyzerVersion: string) {
    this.workers = Array.from({ length: size }, () => {
      const w = startWorker({ analyzerVersion });
      w.on('message', (m: WorkerAnswer) => this.answer(w, m));
      w.on('error', (e) => this.running.get(w)?.fail(e));
      return w;
    });
    this.idle = [...this.workers];
  }

  private answer(w: Worker, m: WorkerAnswer): void {
    const task = this.running.get(w);
    if (!task) return;
    if ('done' in m) {
      this.running.delete(w);
      this.idle.push(w);
      task.done();
      this.pump();
    } else if ('digest' in m) task.onDigest({ blob: m.blob, digest: m.digest });
    else task.onDigest({ blob: m.blob, error: m.error });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.shift()!;
      const task = this.queue.shift()!;
      this.running.set(w, task);
      w.postMessage(task.job);
    }
  }

  /** Digests the texts in order on one worker; resolves when all are done. */
  run(texts: WorkerJob['texts'], onDigest: (r: DigestResult) => void): Promise<void> {
    return new Promise((done, fail) => {
      this.queue.push({ job: { job: this.nextJob++, texts }, onDigest, done, fail });
      this.pump();
    });
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
