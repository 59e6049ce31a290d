import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentJob } from '../job';
import { runOnWorkers } from './pool';
import type { Settled } from './settle';
import { scratchDir } from '../../../test/support/temp-dir';

/**
 * A stand-in worker with the real one's protocol, so the pool's ordering and crash handling are tested without
 * the analyzer: it answers with the job's source, in order, and exits when the source says so.
 */
const WORKER = `
import { parentPort } from 'node:worker_threads';
let queue = Promise.resolve();
parentPort.on('message', ({ index, job }) => {
  queue = queue.then(async () => {
    await new Promise((r) => setTimeout(r, job.source.length % 3));
    if (job.source === 'crash') process.exit(3);
    parentPort.postMessage({ index, settled: { ok: true, json: { source: job.source } } });
  });
});
`;

function workerScript(): URL {
  const file = join(scratchDir('policy-lens-pool-'), 'worker.mjs');
  writeFileSync(file, WORKER);
  return pathToFileURL(file);
}

const job = (source: string): DocumentJob => ({ verb: 'detect', source, format: 'json' });

async function run(sources: string[], size: number): Promise<[number, Settled][]> {
  const out: [number, Settled][] = [];
  await runOnWorkers(sources.map(job), workerScript(), size, (index, settled) => out.push([index, settled]));
  return out;
}

describe('runOnWorkers', () => {
  it('emits every outcome once, in input order, whatever order the workers finish in', async () => {
    const sources = Array.from({ length: 23 }, (_, i) => 'x'.repeat(i + 1));
    const out = await run(sources, 3);
    expect(out.map(([i]) => i)).toEqual(sources.map((_, i) => i));
    expect(out.map(([, s]) => (s.ok ? s.json?.source : s.error))).toEqual(sources);
  });

  it('fails only the job a worker died on; the job it held next runs on a fresh worker', async () => {
    const sources = ['a', 'crash', 'b', 'c', 'crash', 'd', 'e'];
    const out = await run(sources, 2);
    expect(out.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(out.map(([, s]) => (s.ok ? s.json?.source : 'failed'))).toEqual(['a', 'failed', 'b', 'c', 'failed', 'd', 'e']);
    expect(out[1]![1]).toEqual({ ok: false, error: 'the worker stopped: exit code 3' });
  });

  it('survives a crash on the last job', async () => {
    const out = await run(['a', 'b', 'crash'], 1);
    expect(out.map(([, s]) => s.ok)).toEqual([true, true, false]);
  });
});

describe('idleProcessors', () => {
  it('counts the processors the load average leaves idle, at least one, at most all', async () => {
    const { idleProcessors } = await import('./run-documents');
    expect(idleProcessors(8, 0.2)).toBe(8);
    expect(idleProcessors(8, 3.4)).toBe(5);
    expect(idleProcessors(2, 1.2)).toBe(1);
    expect(idleProcessors(2, 14)).toBe(1);
  });
});
