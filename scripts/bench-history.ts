/**
 * `npm run bench:history [-- REPO [SERVICE…]]`: what the history command's caches buy, measured in one process
 * over the same versions. For each chosen document of a git archive (default: a clone of
 * ../shared/history/pga-versions.bundle at /tmp/pga-versions; TikTok, Instagram and Spotify), every distinct
 * version is digested twice: the plain way (marked → DOM → extract → analyze on the whole text, as `analyze`
 * does) and the history way (chunked extraction, memoised sentence passes). Prints CPU ms for each and the
 * ratio; the figures are CPU time, so a machine shared with other work changes them less than wall time.
 * Then the timeline over those digests (events, with the 7-day rule's look-ahead), as a share of digesting and
 * against its floor: one comparison of each version with the one before it.
 * The last line is one JSON object for scripts.
 */
import { existsSync } from 'node:fs';
import { changesBetween, digestOf, eventsOf, type VersionDigest } from '../src/core/history';
import { analyzePolicy } from '../src/core/nlp';
import { BlobReader, listGitDocuments } from '../src/cli/history/git-archive';
import { markdownPolicyTextWhole } from '../src/cli/history/markdown-text';
import { versionAnalyzer } from '../src/cli/history/version-analyzer';

const [repo = '/tmp/pga-versions', ...services] = process.argv.slice(2);
const chosen = services.length ? services : ['TikTok', 'Instagram', 'Spotify'];
if (!existsSync(repo)) {
  console.log(`bench:history: no archive at ${repo}; clone one first: git clone ../shared/history/pga-versions.bundle ${repo}`);
  process.exit(0);
}

const cpuMs = (f: () => void) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const documents = (await listGitDocuments(repo)).filter((d) => chosen.includes(d.service) && d.document === 'Privacy Policy');
const reader = new BlobReader(repo);
const rows: {
  document: string;
  versions: number;
  plainMs: number;
  historyMs: number;
  ratio: number;
  eventsMs: number;
  pairsMs: number;
}[] = [];
const EVENT_RUNS = 20;
for (const doc of documents) {
  const blobs = [...new Set(doc.versions.map((v) => v.blob))];
  const texts: string[] = [];
  for (const b of blobs) texts.push((await reader.read(b))!.toString('utf8'));
  // Warm both paths on another document's text first, so neither pays for loading code.
  const warm = versionAnalyzer('bench');
  warm(texts[0]!, 'markdown');
  const plainMs = cpuMs(() => {
    for (const t of texts) {
      const policy = markdownPolicyTextWhole(t);
      digestOf(policy, analyzePolicy(policy), 'bench');
    }
  });
  const analyze = versionAnalyzer('bench');
  const digests = new Map<string, VersionDigest>();
  const historyMs = cpuMs(() => {
    texts.forEach((t, i) => digests.set(blobs[i]!, analyze(t, 'markdown')));
  });
  const timeline = doc.versions.map((v) => ({ commit: v.commit, date: v.date, technical: v.technical, digest: digests.get(v.blob)! }));
  let left = 0;
  const eventsMs =
    cpuMs(() => {
      for (let r = 0; r < EVENT_RUNS; r++) left = eventsOf(timeline).transient;
    }) / EVENT_RUNS;
  const pairsMs =
    cpuMs(() => {
      for (let r = 0; r < EVENT_RUNS; r++) {
        for (let i = 1; i < timeline.length; i++) changesBetween(timeline[i - 1]!.digest, timeline[i]!.digest);
      }
    }) / EVENT_RUNS;
  const row = {
    document: `${doc.service}/${doc.document}`,
    versions: texts.length,
    plainMs: Math.round(plainMs),
    historyMs: Math.round(historyMs),
    ratio: Number((plainMs / historyMs).toFixed(1)),
    eventsMs: Number(eventsMs.toFixed(1)),
    pairsMs: Number(pairsMs.toFixed(1)),
  };
  rows.push(row);
  console.log(
    `${row.document.padEnd(28)} ${String(row.versions).padStart(4)} versions  ` +
      `plain ${String(row.plainMs).padStart(7)} ms  history ${String(row.historyMs).padStart(6)} ms  ${row.ratio}× faster`,
  );
  console.log(
    `${''.padEnd(28)} events over ${timeline.length} versions (${left} short-lived left out): ${row.eventsMs} ms, ` +
      `${((100 * eventsMs) / historyMs).toFixed(2)}% of digesting, ` +
      `${(eventsMs / pairsMs).toFixed(2)}× the pairwise comparisons (${pairsMs.toFixed(1)} ms)`,
  );
}
reader.close();
console.log(JSON.stringify({ rows }));
