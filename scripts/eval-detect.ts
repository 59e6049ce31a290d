/**
 * `npm run eval:detect`: the detector over every document of ../shared/corpus, against MANIFEST.tsv's `kind`
 * (`policy` there means privacy policy). Prints, for the whole corpus and for its seen and blind halves (split by
 * service, `scripts/split.ts`): the confusion matrix of the four kinds, how many are right, and precision/recall/F1
 * for privacy-policy vs the rest. Misses are printed for the seen half only: the blind half is never read, only
 * scored, so the gap between the halves measures overfitting.
 */
import { join } from 'node:path';
import { decideOnEveryPage, detectPage, type DocumentKind } from '../src/core/detect';
import { namedOtherwise } from '../src/core/detect/quick';
import { quickSample, quickSignals } from '../src/dom/quick-signals';
import { collectSignals } from '../src/dom/signals';
import { loadDocument } from '../src/cli/load';
import { CORPUS_DIR, readManifest, sharedAvailable } from './shared';
import { halfOf, serviceOfSource, type Half } from './split';
import { withFreshDocuments } from './fresh-docs';

const TRUTH: Record<string, DocumentKind> = {
  policy: 'privacy-policy',
  cookies: 'cookie-policy',
  terms: 'terms',
  other: 'not-policy',
};
const KINDS: DocumentKind[] = ['privacy-policy', 'cookie-policy', 'terms', 'not-policy'];

interface Outcome {
  file: string;
  half: Half;
  truth: DocumentKind;
  said: DocumentKind;
  line: string;
  /** The extension's cheap stages dismissed the page without the full detector. */
  dismissed: boolean;
  /** The page has a title (HTML documents), and stage 1 dismissed it on its title before any element was read. */
  titled?: boolean;
  byName?: boolean;
}

interface Scores {
  docs: number;
  right: number;
  accuracy: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  perKind: Record<string, string>;
}

const round = (x: number) => +x.toFixed(4);

function score(outcomes: Outcome[]): Scores {
  let tp = 0, fp = 0, fn = 0;
  for (const o of outcomes) {
    const isPolicy = o.truth === 'privacy-policy';
    const saysPolicy = o.said === 'privacy-policy';
    if (isPolicy && saysPolicy) tp++;
    else if (saysPolicy) fp++;
    else if (isPolicy) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const right = outcomes.filter((o) => o.truth === o.said).length;
  const perKind: Record<string, string> = {};
  for (const k of KINDS) {
    const of = outcomes.filter((o) => o.truth === k);
    perKind[k] = `${of.filter((o) => o.said === k).length}/${of.length}`;
  }
  const docs = outcomes.length;
  return {
    docs,
    right,
    accuracy: round(right / Math.max(1, docs)),
    tp,
    fp,
    fn,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    perKind,
  };
}

function printMatrix(outcomes: Outcome[]): void {
  const w = 16;
  console.log('truth \\ said'.padEnd(w) + KINDS.map((k) => k.padStart(w)).join(''));
  for (const t of KINDS) {
    const cells = KINDS.map((k) => String(outcomes.filter((o) => o.truth === t && o.said === k).length).padStart(w));
    console.log(t.padEnd(w) + cells.join(''));
  }
}

function printScores(label: string, s: Scores): void {
  const kinds = KINDS.map((k) => `${k} ${s.perKind[k]}`).join(', ');
  console.log(`${label}: ${s.right}/${s.docs} right (${s.accuracy.toFixed(3)}): ${kinds}`);
  console.log(
    `  privacy-policy vs rest: TP ${s.tp} FP ${s.fp} FN ${s.fn}  ` +
      `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`,
  );
}

async function run(): Promise<void> {
  if (!sharedAvailable('eval:detect')) return;
  const outcomes: Outcome[] = [];
  for (const row of readManifest()) {
    const truth = TRUTH[row.kind] ?? 'not-policy';
    const loaded = await loadDocument(join(CORPUS_DIR, row.file));
    const verdict = detectPage(collectSignals(loaded.document, loaded.url));
    const line = `  ${row.file}: truth ${truth}, said ${verdict.kind} (${verdict.score}) — ${verdict.reasons.join('; ')}`;
    const quick = quickSignals(loaded.document, loaded.url);
    const dismissed = decideOnEveryPage(quick, () => quickSample(loaded.document)) !== 'open';
    const [titled, byName] = [quick.title.trim() !== '', namedOtherwise(quick)];
    outcomes.push({ file: row.file, half: halfOf(serviceOfSource(row.file)), truth, said: verdict.kind, line, dismissed, titled, byName });
  }
  const seen = outcomes.filter((o) => o.half === 'seen');
  const blind = outcomes.filter((o) => o.half === 'blind');
  console.log(`Detection over ${outcomes.length} documents of ../shared/corpus (${seen.length} seen, ${blind.length} blind)\n`);
  printMatrix(outcomes);
  console.log('');
  const all = score(outcomes);
  const seenScores = score(seen);
  const blindScores = score(blind);
  printScores('all  ', all);
  printScores('seen ', seenScores);
  printScores('blind', blindScores);
  console.log('targets: privacy-policy F1 >= 0.97 with FP = 0; the four kinds >= 0.95 right');
  console.log(`overfitting gap (seen - blind accuracy): ${(seenScores.accuracy - blindScores.accuracy).toFixed(3)}`);
  // The every-page script's cheap stages must never dismiss what the full detector would call a policy.
  const lost = outcomes.filter((o) => o.dismissed && o.said !== 'not-policy');
  const dismissedOthers = outcomes.filter((o) => o.dismissed && o.truth === 'not-policy').length;
  console.log(
    `cheap stages: dismissed ${outcomes.filter((o) => o.dismissed).length} documents (${dismissedOthers} of ` +
      `${outcomes.filter((o) => o.truth === 'not-policy').length} other pages); policies of any kind lost by them: ${lost.length}`,
  );
  const titled = outcomes.filter((o) => o.titled);
  const byName = titled.filter((o) => o.byName);
  console.log(
    `  of which on the title alone, before any element is read: ${byName.length} of the ${titled.length} titled ` +
      `documents (${byName.filter((o) => o.truth === 'not-policy').length} of ${titled.filter((o) => o.truth === 'not-policy').length} ` +
      `other pages; policies of any kind: ${byName.filter((o) => o.truth !== 'not-policy').length})`,
  );
  for (const o of lost.filter((x) => x.half === 'seen')) console.log(`  lost: ${o.file}`);
  const misses = seen.filter((o) => o.truth !== o.said);
  console.log(misses.length ? `\nMisses in the seen half:\n${misses.map((o) => o.line).join('\n')}` : '\nNo misses in the seen half.');
  const fresh = await freshOutcomes();
  let freshScores: Scores | undefined;
  if (fresh.length > 0) {
    freshScores = score(fresh);
    console.log(`\nFresh: the latest version of ${fresh.length} documents of the history archive's services that are in`);
    console.log('neither half nor the corpus, kind from the archive\'s document name (scores only)');
    printMatrix(fresh);
    printScores('fresh', freshScores);
  }
  console.log(JSON.stringify({ all, seen: seenScores, blind: blindScores, fresh: freshScores }));
}

/** The detector over the fresh documents of the history archive (scripts/fresh-docs.ts). */
async function freshOutcomes(): Promise<Outcome[]> {
  const out: Outcome[] = [];
  await withFreshDocuments(async (doc, path) => {
    const loaded = await loadDocument(path);
    const verdict = detectPage(collectSignals(loaded.document, loaded.url));
    out.push({ file: doc.name, half: 'blind', truth: doc.truth, said: verdict.kind, line: '', dismissed: false });
  });
  return out;
}

await run();
