import { availableParallelism } from 'node:os';
import { EXIT, type CliIO } from '../io';
import { runDocumentJob, type DocumentJob, type DocumentOutput } from '../document-job';
import { jsonSafe, terminalSafe } from '../terminal-safe';
import { runInThread, runOnWorkers } from './pool';
import type { Settled } from './settle';

/**
 * From how many files a batch goes to worker threads: each worker loads the analyzer once (~0.3 s of CPU), which
 * a few files do not repay.
 */
export const WORKERS_FROM = 4;

const SEPARATOR = { text: '\n', md: '\n---\n\n' } as const;

function write(io: CliIO, job: DocumentJob, out: DocumentOutput, path?: string) {
  if (out.notice) io.stderr(`policy-lens: ${terminalSafe(out.notice)}\n`);
  const json = path === undefined ? out.json : { path, ...out.json };
  if (job.format === 'json') io.stdout(jsonSafe(JSON.stringify(json)) + '\n');
  else io.stdout(terminalSafe(out.text ?? ''));
}

/**
 * `detect`/`analyze` over one or many files. One file: its output as it always was, and an unreadable file is
 * the usual one-line error with exit code 2. Several: JSON lines, one per file in the order given, each with its
 * `path`; a file that fails gives `{"path", "error"}` and the rest still run; the exit code is then 1.
 */
export async function runDocuments(jobs: DocumentJob[], io: CliIO, workers = availableParallelism()): Promise<number> {
  if (jobs.length === 1) {
    write(io, jobs[0]!, await runDocumentJob(jobs[0]!));
    return EXIT.ok;
  }
  let failed = 0;
  const emit = (index: number, settled: Settled) => {
    const job = jobs[index]!;
    if (index > 0 && job.format !== 'json') io.stdout(SEPARATOR[job.format]);
    if (settled.ok) return write(io, job, settled, job.source);
    failed++;
    if (job.format === 'json') io.stdout(jsonSafe(JSON.stringify({ path: job.source, error: settled.error })) + '\n');
    else io.stderr(`policy-lens: ${terminalSafe(settled.error)}\n`);
  };
  const script = workers > 1 && jobs.length >= WORKERS_FROM ? io.workerScript : undefined;
  if (script) await runOnWorkers(jobs, script, workers, emit);
  else await runInThread(jobs, emit);
  return failed ? EXIT.failed : EXIT.ok;
}
