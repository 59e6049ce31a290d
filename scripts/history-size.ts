/**
 * `npm run history:size`: what one history record costs in storage.local, over every privacy policy in
 * ../shared/corpus — the extracted text (PolicyText JSON) raw vs gzipped + base64 as the extension stores it,
 * the whole record (digest included), and how many versions of the largest fit the budget. Timings are ratios
 * against JSON.stringify of the same text in the same process (the machine is shared; absolute ms are noise).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYZER_VERSION, recordVersion } from '../src/background/history';
import { packPolicyText, unpackPolicyText } from '../src/background/history-codec';
import { HISTORY_LIMITS, HistoryStore, sizeOf } from '../src/background/history-store';
import { MemoryArea } from '../test/unit/memory-area';
import { parseDocument } from '../src/cli/load';
import { digestOf } from '../src/core/history';
import { analyzePolicy } from '../src/core/nlp/analyze';
import { extractPolicyText } from '../src/dom/extract';
import { CORPUS_DIR, readManifest, sharedAvailable } from './shared';

async function main(): Promise<void> {
  if (!sharedAvailable('history:size')) return;
  const rows = readManifest().filter((r) => r.kind === 'policy');
  const figures: {
    file: string;
    textChars: number;
    rawChars: number;
    packedChars: number;
    record: number;
    packRatio: number;
    unpackRatio: number;
  }[] = [];
  for (const row of rows) {
    const source = readFileSync(join(CORPUS_DIR, row.file), 'utf8');
    const doc = parseDocument(source, /\.md$/.test(row.file) ? 'markdown' : 'html');
    const policy = extractPolicyText(doc.body ?? doc.documentElement).policyText;
    const raw = JSON.stringify(policy);
    const t0 = performance.now();
    const packed = await packPolicyText(policy);
    const t1 = performance.now();
    await unpackPolicyText(packed);
    const t2 = performance.now();
    for (let i = 0; i < 5; i++) JSON.stringify(policy);
    const baseline = (performance.now() - t2) / 5;
    const record = sizeOf({
      recordedAt: new Date().toISOString(),
      lastSeenAt: new Date().toISOString(),
      analyzerVersion: ANALYZER_VERSION,
      digest: digestOf(policy, analyzePolicy(policy), ANALYZER_VERSION),
      packedText: packed,
      rawChars: raw.length,
    });
    figures.push({
      file: row.file,
      textChars: policy.text.length,
      rawChars: raw.length,
      packedChars: packed.length,
      record,
      packRatio: (t1 - t0) / baseline,
      unpackRatio: (t2 - t1) / baseline,
    });
  }
  figures.sort((a, b) => b.rawChars - a.rawChars);
  console.log(
    'file | text chars | PolicyText JSON | gzip+base64 | record (with digest) | raw/stored | ' +
      'pack, unpack time vs JSON.stringify',
  );
  for (const f of figures.slice(0, 8)) {
    console.log(
      `${f.file} | ${f.textChars} | ${f.rawChars} | ${f.packedChars} | ${f.record} | ` +
        `${(f.rawChars / f.record).toFixed(1)}× | ${f.packRatio.toFixed(1)}×, ${f.unpackRatio.toFixed(1)}×`,
    );
  }
  const total = (k: 'rawChars' | 'record') => figures.reduce((n, f) => n + f[k], 0);
  const median = [...figures].sort((a, b) => a.record - b.record)[Math.floor(figures.length / 2)]!;
  const largest = [...figures].sort((a, b) => b.record - a.record)[0]!;
  console.log(
    `${figures.length} policies: ${total('rawChars')} chars raw, ${total('record')} as records ` +
      `(${(total('rawChars') / total('record')).toFixed(1)}× smaller); median record ${median.record} chars`,
  );
  console.log(
    `budget ${HISTORY_LIMITS.totalBytes} chars: ${Math.floor(HISTORY_LIMITS.totalBytes / largest.record)} versions ` +
      `of the largest record (${largest.file}), ${Math.floor(HISTORY_LIMITS.totalBytes / median.record)} of the median`,
  );
  // What recording a visit adds to the background's work on that visit: digest + gzip + store (in memory here;
  // the browser's storage write comes on top), against the analysis it follows, same policy, same process.
  const source = readFileSync(join(CORPUS_DIR, largest.file), 'utf8');
  const doc = parseDocument(source, /\.md$/.test(largest.file) ? 'markdown' : 'html');
  const policy = extractPolicyText(doc.body ?? doc.documentElement).policyText;
  const store = new HistoryStore(new MemoryArea());
  let analyseMs = 0;
  let recordMs = 0;
  for (let i = 0; i < 3; i++) {
    const a0 = performance.now();
    const analysis = analyzePolicy(policy);
    const a1 = performance.now();
    await recordVersion(store, `https://example.org/p${i}`, policy, analysis);
    recordMs += performance.now() - a1;
    analyseMs += a1 - a0;
  }
  console.log(
    `recording a visit of ${largest.file}: ${(recordMs / analyseMs).toFixed(2)}× the time of analysing it ` +
      `(${(recordMs / 3).toFixed(1)} vs ${(analyseMs / 3).toFixed(1)} ms, noisy machine)`,
  );
  console.log(
    JSON.stringify({
      policies: figures.length,
      largest: { file: largest.file, rawChars: largest.rawChars, record: largest.record },
      medianRecord: median.record,
      rawTotal: total('rawChars'),
      recordTotal: total('record'),
    }),
  );
}

void main();
