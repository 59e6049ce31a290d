/**
 * `npm run eval:detect`: the detector over every document of ../shared/corpus, against MANIFEST.tsv's `kind`
 * (`policy` there means privacy policy). Prints the confusion matrix and precision/recall/F1 for
 * privacy-policy vs the rest.
 */
import { join } from 'node:path';
import { detectPage, type DocumentKind } from '../src/core/detect';
import { collectSignals } from '../src/dom/signals';
import { loadDocument } from '../src/cli/load';
import { CORPUS_DIR, readManifest, sharedAvailable } from './shared';

const TRUTH: Record<string, DocumentKind> = {
  policy: 'privacy-policy',
  cookies: 'cookie-policy',
  terms: 'terms',
  other: 'not-policy',
};
const KINDS: DocumentKind[] = ['privacy-policy', 'cookie-policy', 'terms', 'not-policy'];

async function run(): Promise<void> {
  if (!sharedAvailable('eval:detect')) return;
  const rows = readManifest();
  const matrix = new Map<string, number>();
  const wrong: string[] = [];
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const row of rows) {
    const truth = TRUTH[row.kind] ?? 'not-policy';
    const loaded = await loadDocument(join(CORPUS_DIR, row.file));
    const verdict = detectPage(collectSignals(loaded.document, loaded.url));
    const key = `${truth}|${verdict.kind}`;
    matrix.set(key, (matrix.get(key) ?? 0) + 1);
    const isPolicy = truth === 'privacy-policy';
    const saysPolicy = verdict.kind === 'privacy-policy';
    if (isPolicy && saysPolicy) tp++;
    else if (!isPolicy && saysPolicy) fp++;
    else if (isPolicy && !saysPolicy) fn++;
    else tn++;
    if (verdict.kind !== truth) wrong.push(`  ${row.file}: truth ${truth}, said ${verdict.kind} (${verdict.score}) — ${verdict.reasons.join('; ')}`);
  }
  const w = 16;
  console.log(`Detection over ${rows.length} documents of ../shared/corpus\n`);
  console.log('truth \\ said'.padEnd(w) + KINDS.map((k) => k.padStart(w)).join(''));
  for (const t of KINDS) console.log(t.padEnd(w) + KINDS.map((k) => String(matrix.get(`${t}|${k}`) ?? 0).padStart(w)).join(''));
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(`\nprivacy-policy vs rest: TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (target F1 >= 0.97, FP = 0)`);
  console.log(wrong.length ? `\nMisclassified (any kind):\n${wrong.join('\n')}` : '\nNo misclassified documents.');
  console.log(JSON.stringify({ docs: rows.length, tp, fp, fn, tn, precision: +precision.toFixed(4), recall: +recall.toFixed(4), f1: +f1.toFixed(4) }));
}

await run();
