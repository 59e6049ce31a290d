/**
 * A worker thread of `policy-lens history`: reads the versions of the documents it is given, one document at
 * a time and in order (so its caches serve the next version), and answers with a digest per version.
 * Its own entry module so that a bundled CLI can ship it as a file beside the bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { VersionDigest } from '../core/history';
import { versionAnalyzer } from './history/version-analyzer';
import type { SourceFormat } from './history/sources';

export interface WorkerJob {
  job: number;
  texts: { blob: string; text: string; format: SourceFormat }[];
}
export type WorkerAnswer =
  | { job: number; blob: string; digest: VersionDigest }
  | { job: number; blob: string; error: string }
  | { job: number; done: true };

const analyze = versionAnalyzer(String((workerData as { analyzerVersion?: string } | undefined)?.analyzerVersion ?? 'unknown'));
parentPort?.on('message', (message: WorkerJob) => {
  for (const { blob, text, format } of message.texts) {
    try {
      parentPort!.postMessage({ job: message.job, blob, digest: analyze(text, format) } satisfies WorkerAnswer);
    } catch (e) {
      parentPort!.postMessage({ job: message.job, blob, error: e instanceof Error ? e.message : String(e) } satisfies WorkerAnswer);
    }
  }
  parentPort!.postMessage({ job: message.job, done: true } satisfies WorkerAnswer);
});
