/**
 * `npm run eval`: the classifier over ../shared/eval/*.jsonl (labelled real sentences), split by service into a
 * seen and a blind half (scripts/split.ts), then the founding case over ../shared/corpus. For the seen half it
 * prints per-type and micro-averaged precision, recall and F1 over (type, stance) pairs, identifier accuracy for
 * face and voice, the denied statements and every miss; for the blind half only the scores; then the gap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyText } from '../src/core/nlp/text';
import { DATA_TYPES } from '../src/core/nlp/types';
import { analyzePolicy, type Analysis } from '../src/core/nlp';
import { extractPolicyText } from '../src/dom/extract';
import { loadDocument } from '../src/cli/load';
import { CORPUS_DIR, SHARED_DIR, sharedAvailable } from './shared';
import { halfOf, serviceOfSource, type Half } from './split';

interface Label {
  type: string;
  stance: string;
  identifier?: boolean;
  conditional?: boolean;
}
interface Row {
  id: string;
  source: string;
  text: string;
  labels: Label[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The scores of one half of the dev data. */
export interface HalfScores {
  rows: number;
  microF1: number;
  precision: number;
  recall: number;
  perKey: Map<string, Counts>;
  idRight: number;
  idTotal: number;
  deniedRight: number;
  deniedTotal: number;
  bioPrecision: number;
  misses: string[];
}

const f1 = (p: number, r: number) => (2 * p * r) / Math.max(1e-9, p + r);

/** Scores rows against the classifier; misses are collected (the caller prints them only for the seen half). */
function scoreRows(rows: Row[]): HalfScores {
  const perKey = new Map<string, Counts>();
  const bump = (key: string, field: keyof Counts) => {
    const c = perKey.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    perKey.set(key, c);
  };
  const misses: string[] = [];
  let idTotal = 0, idRight = 0, deniedTotal = 0, deniedRight = 0;
  for (const row of rows) {
    const got = classifyText(row.text);
    const gold = new Set(row.labels.map((l) => `${l.type}|${l.stance}`));
    const pred = new Set(got.map((p) => `${p.type}|${p.stance}`));
    for (const g of gold) bump(g, pred.has(g) ? 'tp' : 'fn');
    for (const p of pred) if (!gold.has(p)) bump(p, 'fp');
    for (const l of row.labels) {
      const match = got.find((p) => p.type === l.type && p.stance === l.stance);
      if ((l.type === 'face' || l.type === 'voice') && match) {
        idTotal++;
        if (Boolean(match.identifier) === Boolean(l.identifier)) idRight++;
        else misses.push(`  ${row.id}: ${l.type} identifier should be ${Boolean(l.identifier)}: ${row.text.slice(0, 160)}`);
      }
      if (l.stance === 'denied') {
        deniedTotal++;
        if (match) deniedRight++;
      }
    }
    const missing = [...gold].filter((g) => !pred.has(g));
    const extra = [...pred].filter((p) => !gold.has(p));
    if (missing.length || extra.length) {
      misses.push(`  ${row.id}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]: ${row.text.slice(0, 220)}`);
    }
  }
  let TP = 0, FP = 0, FN = 0;
  for (const c of perKey.values()) {
    TP += c.tp;
    FP += c.fp;
    FN += c.fn;
  }
  const precision = TP / Math.max(1, TP + FP), recall = TP / Math.max(1, TP + FN);
  const bio = ['face|affirmed', 'voice|affirmed', 'biometric|affirmed'].map((k) => perKey.get(k) ?? { tp: 0, fp: 0, fn: 0 });
  const bioPrecision = bio.reduce((s, c) => s + c.tp, 0) / Math.max(1, bio.reduce((s, c) => s + c.tp + c.fp, 0));
  return {
    rows: rows.length,
    microF1: f1(precision, recall),
    precision,
    recall,
    perKey,
    idRight,
    idTotal,
    deniedRight,
    deniedTotal,
    bioPrecision,
    misses,
  };
}

function printPerKey(scores: HalfScores): void {
  const pad = (s: string, n = 31) => s.padEnd(n);
  console.log(pad('type|stance') + 'prec    rec     F1      tp  fp  fn');
  const typeIndex = (key: string) => DATA_TYPES.indexOf(key.split('|')[0] as never);
  const keys = [...scores.perKey.keys()].sort((a, b) => typeIndex(a) - typeIndex(b) || a.localeCompare(b));
  for (const key of keys) {
    const { tp, fp, fn } = scores.perKey.get(key)!;
    const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
    console.log(
      pad(key) +
        [p, r, f1(p, r)].map((x) => x.toFixed(3).padEnd(8)).join('') +
        `${tp}`.padStart(3) +
        `${fp}`.padStart(4) +
        `${fn}`.padStart(4),
    );
  }
}

const ratio = (right: number, total: number) => `${right}/${total} = ${(right / Math.max(1, total)).toFixed(3)}`;

/**
 * Seen half: every figure and every miss. Blind half: its scores only, never its sentences (issue 9: the gap
 * between the halves is the overfitting figure; developing against the blind half's misses would hide it).
 */
export function evalSentences(): { seen: HalfScores; blind: HalfScores } | undefined {
  if (!sharedAvailable('eval')) return undefined;
  const dir = join(SHARED_DIR, 'eval');
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const halves: Record<Half, Row[]> = { seen: [], blind: [] };
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Row;
      halves[halfOf(serviceOfSource(row.source))].push(row);
    }
  }
  const seen = scoreRows(halves.seen);
  const blind = scoreRows(halves.blind);
  console.log(`Classifier over ${seen.rows + blind.rows} labelled sentences (${files.join(', ')}), split by service\n`);
  console.log(`SEEN half (${seen.rows} sentences)`);
  printPerKey(seen);
  console.log(
    `micro: precision ${seen.precision.toFixed(3)}  recall ${seen.recall.toFixed(3)}  ` +
      `F1 ${seen.microF1.toFixed(3)}  (target F1 >= 0.95)`,
  );
  console.log(`precision on affirmed face/voice/biometric: ${seen.bioPrecision.toFixed(3)}`);
  console.log(`identifier accuracy (face, voice): ${ratio(seen.idRight, seen.idTotal)}`);
  console.log(`denied statements right: ${seen.deniedRight}/${seen.deniedTotal}`);
  console.log(
    seen.misses.length
      ? `\nSeen-half misses (${seen.misses.length}):\n${seen.misses.join('\n')}`
      : '\nNo misses in the seen half.',
  );
  console.log(`\nBLIND half (${blind.rows} sentences; scores only, its sentences are never printed)`);
  printPerKey(blind);
  console.log(`micro: precision ${blind.precision.toFixed(3)}  recall ${blind.recall.toFixed(3)}  F1 ${blind.microF1.toFixed(3)}`);
  console.log(`identifier accuracy (face, voice): ${ratio(blind.idRight, blind.idTotal)}`);
  console.log(`denied statements right: ${blind.deniedRight}/${blind.deniedTotal}`);
  const gap = seen.microF1 - blind.microF1;
  console.log(`\ngap (seen F1 - blind F1): ${gap.toFixed(3)}  (target <= 0.03)`);
  return { seen, blind };
}

/**
 * The founding case on the real documents: TikTok's US policy allows faceprints and voiceprints from user
 * content; its EEA and rest-of-world versions do not. Prints each property and whether it holds.
 */
async function evalFoundingCase(): Promise<{ held: number; total: number }> {
  const checks: [file: string, what: string, test: (a: Analysis) => boolean][] = [
    [
      'tiktok__us__2025-09.md',
      'face identifiers (faceprints) collected or may be',
      (a) => ['collects', 'may-collect'].includes(a.identifiers.face),
    ],
    [
      'tiktok__us__2025-09.md',
      'voice identifiers (voiceprints) collected or may be',
      (a) => ['collects', 'may-collect'].includes(a.identifiers.voice),
    ],
    [
      'tiktok__us__2025-09.md',
      'approximate location affirmed',
      (a) => ['collects', 'may-collect'].includes(a.summary['location.approximate']),
    ],
    [
      'tiktok__us__2025-09.md',
      'precise GPS denied for current versions',
      (a) =>
        a.practices.some(
          (p) => p.type === 'location.precise' && p.stance === 'denied' && /current versions/i.test(p.sentence),
        ),
    ],
    ['tiktok__ie__2025-09.md', 'face identifiers silent', (a) => a.identifiers.face === 'silent'],
    ['tiktok__ie__2025-09.md', 'voice identifiers silent', (a) => a.identifiers.voice === 'silent'],
    ['tiktok__row__2025-09.md', 'face identifiers silent', (a) => a.identifiers.face === 'silent'],
    ['tiktok__row__2025-09.md', 'voice identifiers silent', (a) => a.identifiers.voice === 'silent'],
  ];
  console.log('\nFounding case on the real TikTok policies (2025-09)');
  const cache = new Map<string, Analysis>();
  let held = 0;
  for (const [file, what, test] of checks) {
    if (!cache.has(file)) {
      const loaded = await loadDocument(join(CORPUS_DIR, file));
      cache.set(file, analyzePolicy(extractPolicyText(loaded.document.body).policyText));
    }
    const ok = test(cache.get(file)!);
    if (ok) held++;
    console.log(`  ${ok ? 'holds ' : 'FAILS '} ${file}: ${what}`);
  }
  for (const [file, a] of cache) {
    console.log(`  ${file}: summary ${JSON.stringify(a.summary)} identifiers ${JSON.stringify(a.identifiers)}`);
  }
  return { held, total: checks.length };
}

const result = evalSentences();
if (result) {
  const founding = await evalFoundingCase();
  const summary = (h: HalfScores) => ({
    microF1: +h.microF1.toFixed(4),
    precision: +h.precision.toFixed(4),
    recall: +h.recall.toFixed(4),
    denied: `${h.deniedRight}/${h.deniedTotal}`,
    identifierAccuracy: +(h.idRight / Math.max(1, h.idTotal)).toFixed(4),
  });
  console.log(
    JSON.stringify({
      seen: summary(result.seen),
      blind: summary(result.blind),
      gap: +(result.seen.microF1 - result.blind.microF1).toFixed(4),
      foundingCaseHeld: `${founding.held}/${founding.total}`,
    }),
  );
}
