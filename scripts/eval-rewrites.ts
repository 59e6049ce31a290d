/**
 * `npm run eval:rewrites`: how often a rewrite that keeps a sentence's labels (scripts/rewrites.ts) changes what the
 * analyzer reads in it, over the dev sentences of ../shared/eval, by half (scripts/split.ts). A change is a rule that
 * hangs on the wording at hand; "broke" counts changes away from the gold labels, "mended" changes onto them.
 * `--show NAME` lists one rewrite's changes in the seen half; the blind half is only counted, never printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyText } from '../src/core/nlp/text';
import { REWRITES } from './rewrites';
import { SHARED_DIR, sharedAvailable } from './shared';
import { halfOf, serviceOfSource, type Half } from './split';

interface Row {
  id: string;
  text: string;
  gold: string;
}
const claims = (text: string) =>
  classifyText(text)
    .map((p) => `${p.type}|${p.stance}`)
    .sort()
    .join(',');

function main(): void {
  if (!sharedAvailable('eval:rewrites')) return;
  const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
  const dir = join(SHARED_DIR, 'eval');
  const halves: Record<Half, Row[]> = { seen: [], blind: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; source: string; text: string; labels: { type: string; stance: string }[] };
      const gold = r.labels.map((l) => `${l.type}|${l.stance}`).sort().join(',');
      halves[halfOf(serviceOfSource(r.source))].push({ id: r.id, text: r.text, gold });
    }
  }
  const before = new Map<string, string>();
  for (const rows of Object.values(halves)) for (const r of rows) before.set(r.id, claims(r.text));
  console.log('rewrite'.padEnd(16) + 'half   applied changed broke mended  what');
  const totals: Record<Half, { applied: number; changed: number }> = { seen: { applied: 0, changed: 0 }, blind: { applied: 0, changed: 0 } };
  for (const rewrite of REWRITES) {
    for (const half of ['seen', 'blind'] as const) {
      let applied = 0, changed = 0, broke = 0, mended = 0;
      for (const row of halves[half]) {
        const text = rewrite.apply(row.text);
        if (text === undefined) continue;
        applied++;
        const was = before.get(row.id)!, now = claims(text);
        if (was === now) continue;
        changed++;
        if (was === row.gold) broke++;
        if (now === row.gold) mended++;
        if (half === 'seen' && show === rewrite.name) console.log(`  ${row.id}: [${was}] → [${now}] gold [${row.gold}]\n    ${text.slice(0, 240)}`);
      }
      totals[half].applied += applied;
      totals[half].changed += changed;
      console.log(
        (half === 'seen' ? rewrite.name : '').padEnd(16) + half.padEnd(7) +
          [applied, changed, broke, mended].map((n, i) => String(n).padStart([7, 8, 6, 7][i]!)).join('') + (half === 'seen' ? `  ${rewrite.what}` : ''),
      );
    }
  }
  for (const half of ['seen', 'blind'] as const) {
    const { applied, changed } = totals[half];
    console.log(`${half}: ${changed} of ${applied} rewritten sentences read differently (stability ${(1 - changed / Math.max(1, applied)).toFixed(4)})`);
  }
}

main();
