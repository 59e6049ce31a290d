/**
 * `npm run eval`: the classifier over ../shared/eval/*.jsonl (labelled real sentences), then the detector and
 * the founding case over ../shared/corpus. Prints per-type and micro-averaged precision, recall and F1 over
 * (type, stance) pairs, identifier accuracy for face and voice, the denied statements, and every miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyText } from '../src/core/nlp/text';
import { DATA_TYPES } from '../src/core/nlp/types';
import { analyzePolicy, type Analysis } from '../src/core/nlp';
import { extractPolicyText } from '../src/dom/extract';
import { loadDocument } from '../src/cli/load';
import { CORPUS_DIR, SHARED_DIR, sharedAvailable } from './shared';

interface Label {
  type: string;
  stance: string;
  identifier?: boolean;
  conditional?: boolean;
}
interface Row {
  id: string;
  text: string;
  labels: Label[];
}

export function evalSentences(): { microF1: number; precision: number; recall: number } | undefined {
  if (!sharedAvailable('eval')) return undefined;
  const dir = join(SHARED_DIR, 'eval');
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (key: string, field: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    counts.set(key, c);
  };
  const misses: string[] = [];
  let idTotal = 0, idRight = 0, deniedTotal = 0, deniedRight = 0, rowsTotal = 0;
  for (const file of files) {
    const rows = readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
    rowsTotal += rows.length;
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
          else misses.push(`  ${row.id}: ${l.type} identifier should be ${Boolean(l.identifier)}: ${row.text.slice(0, 140)}`);
        }
        if (l.stance === 'denied') {
          deniedTotal++;
          if (match) deniedRight++;
        }
      }
      const missing = [...gold].filter((g) => !pred.has(g));
      const extra = [...pred].filter((p) => !gold.has(p));
      if (missing.length || extra.length) {
        misses.push(`  ${row.id}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]: ${row.text.slice(0, 160)}`);
      }
    }
  }
  const pad = (s: string, n = 24) => s.padEnd(n);
  console.log(`Classifier over ${rowsTotal} labelled sentences (${files.join(', ')})\n`);
  console.log(pad('type|stance') + 'prec    rec     F1      tp  fp  fn');
  let TP = 0, FP = 0, FN = 0;
  const keys = [...counts.keys()].sort((a, b) => DATA_TYPES.indexOf(a.split('|')[0] as never) - DATA_TYPES.indexOf(b.split('|')[0] as never) || a.localeCompare(b));
  for (const key of keys) {
    const { tp, fp, fn } = counts.get(key)!;
    TP += tp; FP += fp; FN += fn;
    const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn), f = (2 * p * r) / Math.max(1e-9, p + r);
    console.log(pad(key) + [p, r, f].map((x) => x.toFixed(3).padEnd(8)).join('') + `${tp}`.padStart(3) + `${fp}`.padStart(4) + `${fn}`.padStart(4));
  }
  const precision = TP / Math.max(1, TP + FP), recall = TP / Math.max(1, TP + FN), microF1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const affirmedBio = ['face|affirmed', 'voice|affirmed', 'biometric|affirmed'].map((k) => counts.get(k) ?? { tp: 0, fp: 0, fn: 0 });
  const bioP = affirmedBio.reduce((s, c) => s + c.tp, 0) / Math.max(1, affirmedBio.reduce((s, c) => s + c.tp + c.fp, 0));
  console.log(`\nmicro: precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${microF1.toFixed(3)}  (target F1 >= 0.95)`);
  console.log(`precision on affirmed face/voice/biometric: ${bioP.toFixed(3)}  (target >= 0.97)`);
  console.log(`identifier accuracy (face, voice): ${idRight}/${idTotal} = ${(idRight / Math.max(1, idTotal)).toFixed(3)}`);
  console.log(`denied statements right: ${deniedRight}/${deniedTotal}`);
  console.log(misses.length ? `\nMisses (${misses.length}):\n${misses.join('\n')}` : '\nNo misses.');
  return { microF1, precision, recall };
}

/**
 * The founding case on the real documents: TikTok's US policy allows faceprints and voiceprints from user
 * content; its EEA and rest-of-world versions do not. Prints each property and whether it holds.
 */
async function evalFoundingCase(): Promise<{ held: number; total: number }> {
  const checks: [file: string, what: string, test: (a: Analysis) => boolean][] = [
    ['tiktok__us__2025-09.md', 'face identifiers (faceprints) collected or may be', (a) => ['collects', 'may-collect'].includes(a.identifiers.face)],
    ['tiktok__us__2025-09.md', 'voice identifiers (voiceprints) collected or may be', (a) => ['collects', 'may-collect'].includes(a.identifiers.voice)],
    ['tiktok__us__2025-09.md', 'approximate location affirmed', (a) => ['collects', 'may-collect'].includes(a.summary['location.approximate'])],
    ['tiktok__us__2025-09.md', 'precise GPS denied for current versions', (a) => a.practices.some((p) => p.type === 'location.precise' && p.stance === 'denied' && /current versions/i.test(p.sentence))],
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
  console.log(
    JSON.stringify({
      microF1: +result.microF1.toFixed(4),
      precision: +result.precision.toFixed(4),
      recall: +result.recall.toFixed(4),
      foundingCaseHeld: `${founding.held}/${founding.total}`,
    }),
  );
}
