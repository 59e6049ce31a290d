/**
 * `npm run eval:anchor` (part of `npm run eval`): annotations made on TikTok's US policy of 2025-09 (one on each
 * machine finding, and one on every tenth sentence as a reader might) re-anchored on its 2026-07 version.
 * Prints how many are anchored (the passage itself, in place or moved), fuzzy (words changed, or the same words in
 * another context) or orphaned, and a control: the same annotations on the old text shifted by an inserted
 * paragraph, where every one must read "in place" (anchored).
 */
import { join } from 'node:path';
import { anchorQuote, type AnchorState } from '../src/core/annotation/anchor';
import { describePassage } from '../src/core/annotation/selectors';
import { analyzePolicy, splitSentences } from '../src/core/nlp';
import { extractPolicyText } from '../src/dom/extract';
import { loadDocument } from '../src/cli/load';
import { CORPUS_DIR, sharedAvailable } from './shared';

async function textOf(file: string): Promise<string> {
  const loaded = await loadDocument(join(CORPUS_DIR, file));
  return extractPolicyText(loaded.document.body).policyText.text;
}

async function run(): Promise<void> {
  if (!sharedAvailable('eval:anchor')) return;
  const oldFile = 'tiktok__us__2025-09.md';
  const newFile = 'tiktok__us__2026-07.md';
  const before = await textOf(oldFile);
  const after = await textOf(newFile);
  const findings = analyzePolicy(extractPolicyText((await loadDocument(join(CORPUS_DIR, oldFile))).document.body).policyText).practices;
  const passages = new Map<number, { start: number; end: number; kind: string }>();
  for (const p of findings) passages.set(p.start, { start: p.start, end: p.end, kind: 'finding' });
  splitSentences(before).forEach((s, i) => {
    if (i % 10 === 0 && !passages.has(s.start) && s.end - s.start > 20) passages.set(s.start, { start: s.start, end: s.end, kind: 'note' });
  });
  const counts: Record<AnchorState, number> = { anchored: 0, fuzzy: 0, orphaned: 0 };
  let moved = 0;
  const byKind: Record<string, Record<AnchorState, number>> = {};
  const t0 = performance.now();
  const orphans: string[] = [];
  for (const p of passages.values()) {
    const [quote, position] = describePassage(before, p.start, p.end);
    const r = anchorQuote(after, quote, position);
    counts[r.state]++;
    if (r.state === 'anchored' && r.change === 'moved') moved++;
    (byKind[p.kind] ??= { anchored: 0, fuzzy: 0, orphaned: 0 })[r.state]++;
    if (r.state === 'orphaned' && orphans.length < 5) orphans.push(quote.exact.slice(0, 120));
  }
  const ms = performance.now() - t0;
  console.log(`Re-anchoring ${passages.size} annotations made on ${oldFile} onto ${newFile} (${Math.round(ms)} ms)`);
  console.log(
    `  anchored ${counts.anchored} (of which moved ${moved}), fuzzy (words or context changed) ${counts.fuzzy}, ` +
      `orphaned ${counts.orphaned}`,
  );
  for (const [kind, c] of Object.entries(byKind)) {
    console.log(
      `  ${kind === 'finding' ? 'on machine findings' : 'on every tenth sentence'}: ` +
        `anchored ${c.anchored}, fuzzy ${c.fuzzy}, orphaned ${c.orphaned}`,
    );
  }
  if (orphans.length) console.log(`  orphaned, e.g.:\n${orphans.map((o) => `    “${o}”`).join('\n')}`);
  // Control: an update that only shifts text (a paragraph inserted at the top) leaves every note anchored.
  const shifted = `Last updated: a new date.\n\nThis paragraph was added at the top of the policy.\n\n${before}`;
  let inPlace = 0;
  for (const p of passages.values()) {
    const [quote, position] = describePassage(before, p.start, p.end);
    if (anchorQuote(shifted, quote, position).state === 'anchored') inPlace++;
  }
  console.log(`  after a shift-only update: ${inPlace} of ${passages.size} anchored ("in place")`);
  console.log(JSON.stringify({ annotations: passages.size, ...counts, moved, shiftOnlyAnchored: inPlace, ms: Math.round(ms) }));
}

await run();
