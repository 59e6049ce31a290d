import { availableParallelism, loadavg } from 'node:os';
import { EXIT, type CliIO } from '../io';
import type { DocumentJob, DocumentOutput } from '../job';
import { jsonSafe, terminalSafe } from '../terminal-safe';
import { runOnWorkers } from './pool';
import type { Settled } from './settle';

/**
 * The analyzer (compromise, the DOM parser, the vocabulary), loaded only by a thread that runs jobs itself: when
 * workers run a batch, this thread only hands out paths and writes lines, and loading it here too cost a third
 * load of everything for nothing.
 */
const runner = () => import('./settle');

/** One job after another in this thread: for small batches and runs from sources. */
async function runInThread(jobs: DocumentJob[], emit: (index: number, settled: Settled) => void): Promise<void> {
  const { settle } = await runner();
  for (let i = 0; i < jobs.length; i++) emit(i, await settle(jobs[i]!));
}

/**
 * From how many files a batch goes to worker threads: each worker loads the analyzer once (~0.3 s of CPU), which
 * a few files do not repay.
 */
export const WORKERS_FROM = 4;

/**
 * Worker threads for a batch when `--jobs` is not given: the processors that are idle now. A worker only helps
 * on a processor nobody else is using: on a busy machine two threads each ran the same files at about half the
 * speed (100 corpus policies: 19.9 s of CPU on two workers against 13.9 s in one thread, and a longer wall time),
 * so when the load average says the processors are taken the batch runs in this thread.
 */
export function idleProcessors(cpus = availableParallelism(), load = loadavg()[0]!): number {
  return Math.max(1, Math.min(cpus, Math.round(cpus - load)));
}

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
export async function runDocuments(jobs: DocumentJob[], io: CliIO, workers = idleProcessors()): Promise<number> {
  if (jobs.length === 1) {
    const { runDocumentJob } = await import('../document-job');
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
