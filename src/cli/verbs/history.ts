import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import {
  eventJson,
  eventsOf,
  formatHistoryMarkdown,
  formatHistoryText,
  type DocumentTimeline,
  type HistoryStats,
  type VersionDigest,
} from '../../core/history';
import { EXIT, type Verb } from '../io';
import { LoadError } from '../load';
import { openFolderArchive } from '../history/folder-archive';
import { isGitRepository, openGitArchive } from '../history/git-archive';
import { DigestPool } from '../history/pool';
import type { Archive, DocumentHistory } from '../history/sources';

const FORMATS = ['json', 'md', 'text'] as const;
const ANALYZER_VERSION = 'policy-lens-cli';
const PROGRESS_EVERY_MS = 250;

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** With --since, a document's history starts at the last version before that day: the baseline of the first event. */
function fromSince(doc: DocumentHistory, since: string): DocumentHistory {
  if (!since) return doc;
  let first = doc.versions.findIndex((v) => v.date >= since);
  if (first < 0) first = doc.versions.length;
  return { ...doc, versions: doc.versions.slice(Math.max(0, first - 1)) };
}

async function openArchive(path: string): Promise<Archive> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) throw new LoadError(`cannot read ${path}: not a git repository or a folder`);
  return (await isGitRepository(path)) ? openGitArchive(path) : openFolderArchive(path);
}

/**
 * Digests every distinct text once. Documents go to the workers largest first; the next document's texts
 * are read from the archive while the workers are busy, and at most a few documents wait in memory.
 */
async function digestAll(archive: Archive, documents: DocumentHistory[], onProgress: (done: number, total: number) => void) {
  const digests = new Map<string, VersionDigest>();
  const failed = new Map<string, string>();
  const owner = new Map<string, DocumentHistory>();
  for (const d of documents) for (const v of d.versions) if (!owner.has(v.blob)) owner.set(v.blob, d);
  const total = owner.size;
  const order = [...documents].sort((a, b) => b.versions.length - a.versions.length);
  const pool = new DigestPool(Math.max(1, Math.min(availableParallelism(), order.length)), ANALYZER_VERSION);
  const inFlight = new Set<Promise<void>>();
  const limit = pool.size + 1;
  try {
    for (const doc of order) {
      const blobs = [...new Set(doc.versions.map((v) => v.blob))].filter((b) => owner.get(b) === doc);
      if (blobs.length === 0) continue;
      while (inFlight.size >= limit) await Promise.race(inFlight);
      const texts = await archive.read(blobs);
      for (const b of blobs) if (!texts.has(b)) failed.set(b, 'cannot read it from the archive');
      const byBlob = new Map(doc.versions.map((v) => [v.blob, v.format]));
      const job = pool
        .run(
          blobs.filter((b) => texts.has(b)).map((b) => ({ blob: b, text: texts.get(b)!, format: byBlob.get(b)! })),
          (r) => {
            if (r.digest) digests.set(r.blob, r.digest);
            else failed.set(r.blob, r.error ?? 'failed');
            onProgress(digests.size + failed.size, total);
          },
        )
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return { digests, failed, total };
}

export const historyVerb: Verb = {
  summary: 'what changed, and when, in the face, voice, biometric and location terms of an archive of policy versions',
  usage: 'policy-lens history PATH [--service NAME] [--document NAME] [--since YYYY-MM-DD] [--format json|md|text]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        service: { type: 'string' },
        document: { type: 'string' },
        since: { type: 'string' },
        format: { type: 'string', default: 'json' },
      },
      allowPositionals: true,
    });
    const format = values.format as (typeof FORMATS)[number];
    const since = values.since ?? '';
    if (positionals.length !== 1 || !FORMATS.includes(format) || (since && !/^\d{4}-\d{2}-\d{2}$/.test(since))) {
      io.stderr(`usage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const started = performance.now();
    const cpu = process.cpuUsage();
    const archive = await openArchive(positionals[0]!);
    let documents: DocumentHistory[];
    let result: Awaited<ReturnType<typeof digestAll>>;
    try {
      documents = archive.documents
        .filter(
          (d) =>
            (values.service === undefined || same(d.service, values.service)) &&
            (values.document === undefined || same(d.document, values.document)),
        )
        .map((d) => fromSince(d, since))
        .filter((d) => d.versions.length > 0)
        .sort((a, b) => a.service.localeCompare(b.service) || a.document.localeCompare(b.document));
      const tty = process.stderr.isTTY === true;
      let shown = 0;
      result = await digestAll(archive, documents, (done, total) => {
        const now = performance.now();
        if (!tty || (now - shown < PROGRESS_EVERY_MS && done < total)) return;
        shown = now;
        const seconds = ((now - started) / 1000).toFixed(0);
        io.stderr(`\rpolicy-lens history: ${done}/${total} texts read, ${seconds} s${done === total ? '\n' : ''}`);
      });
    } finally {
      archive.close();
    }
    const { digests, failed } = result;
    if (failed.size > 0) {
      const first = [...failed.values()][0];
      io.stderr(`policy-lens history: ${failed.size} versions could not be read and were left out (first: ${first})\n`);
    }
    const timelines: DocumentTimeline[] = documents.map((d) => {
      const versions = d.versions
        .filter((v) => digests.has(v.blob))
        .map((v) => ({ commit: v.commit, date: v.date, technical: v.technical, digest: digests.get(v.blob)! }));
      return { service: d.service, document: d.document, versions: versions.length, ...eventsOf(versions, since) };
    });
    let words = 0;
    for (const d of digests.values()) words += d.words;
    const stats: HistoryStats = {
      versions: timelines.reduce((n, t) => n + t.versions, 0),
      blobs: digests.size,
      words,
      ms: Math.round(performance.now() - started),
      cpuMs: Math.round(((u) => (u.user + u.system) / 1000)(process.cpuUsage(cpu))),
    };
    if (format === 'text') io.stdout(formatHistoryText(timelines, stats));
    else if (format === 'md') io.stdout(formatHistoryMarkdown(timelines, stats));
    else {
      const json = {
        documents: timelines.map((t) => ({
          service: t.service,
          document: t.document,
          versions: t.versions,
          events: t.events.map(eventJson),
        })),
        stats,
      };
      io.stdout(JSON.stringify(json) + '\n');
    }
    return EXIT.ok;
  },
};
