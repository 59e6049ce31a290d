/**
 * `npm run eval:compare`: the regional comparison on real documents of ../shared/corpus — the founding case
 * (TikTok US vs EEA vs rest of world, 2025-09), the 2021 page holding all three regions, and a near-identical
 * pair (X US vs IE) that must show no material difference.
 */
import { join } from 'node:path';
import { compareVersions, type Comparison, type RegionalVersion } from '../src/core/compare/compare';
import { analyzePolicy } from '../src/core/nlp';
import { documentRegions } from '../src/core/regions/in-page';
import { formatComparisonText } from '../src/core/report/comparison-report';
import { extractPolicyText } from '../src/dom/extract';
import { loadDocument } from '../src/cli/load';
import { CORPUS_DIR, sharedAvailable } from './shared';

async function version(file: string, region: string): Promise<RegionalVersion> {
  const loaded = await loadDocument(join(CORPUS_DIR, file));
  const { policyText } = extractPolicyText(loaded.document.body);
  return { region, policyText, analysis: analyzePolicy(policyText) };
}

function check(what: string, ok: boolean): boolean {
  console.log(`  ${ok ? 'holds ' : 'FAILS '} ${what}`);
  return ok;
}

async function run(): Promise<void> {
  if (!sharedAvailable('eval:compare')) return;
  let held = 0;
  let total = 0;
  const tally = (ok: boolean) => {
    total++;
    if (ok) held++;
  };

  console.log('1. TikTok 2025-09: US vs EEA vs ROW\n');
  const tiktok: Comparison = compareVersions([
    await version('tiktok__us__2025-09.md', 'US'),
    await version('tiktok__ie__2025-09.md', 'EEA'),
    await version('tiktok__row__2025-09.md', 'ROW'),
  ]);
  console.log(formatComparisonText(tiktok));
  for (const [prints, type] of [['faceprints', 'face'], ['voiceprints', 'voice']] as const) {
    const byRegion = tiktok.identifiers[type];
    const holds = byRegion.US === 'collects' && byRegion.EEA === 'silent' && byRegion.ROW === 'silent';
    tally(check(`${prints}: US collects, EEA and ROW silent`, holds));
  }
  tally(
    check(
      'first key difference names faceprints and voiceprints in the US version',
      /^US version allows faceprints and voiceprints/.test(tiktok.keyDifferences[0]?.text ?? ''),
    ),
  );
  const image = tiktok.sections.find((s) => /image and audio/i.test(s.heading));
  tally(
    check(
      `"Image and Audio Information" is not in the EEA version (found in: ${image?.regions.join(', ') ?? 'none'})`,
      !!image && !image.regions.includes('EEA') && image.regions.includes('US'),
    ),
  );
  tally(check('its faceprint sentence is in the US version only', !!image && (image.removed.ROW ?? []).some((s) => /faceprints/.test(s))));

  console.log('\n2. TikTok 2021-05: one page with US, EEA/UK/CH and other-regions parts\n');
  const multi = await loadDocument(join(CORPUS_DIR, 'tiktok__multi__2021-05.html'));
  const parts = documentRegions(extractPolicyText(multi.document.body).policyText);
  tally(
    check(
      `three in-page regions found (${parts.map((p) => p.region).join(', ')})`,
      parts.map((p) => p.region).join() === 'US,EEA/UK/CH,ROW',
    ),
  );
  if (parts.length >= 2) {
    const inPage = compareVersions(
      parts.map((p) => ({ region: p.region, policyText: p.policyText, analysis: analyzePolicy(p.policyText) })),
    );
    console.log(formatComparisonText(inPage));
    tally(check('compared: the parts differ in substance', inPage.material));
  }

  console.log('\n3. X 2026-07: US vs IE (near-identical)\n');
  const x = compareVersions([await version('x__us__2026-07.md', 'US'), await version('x__ie__2026-07.md', 'EEA')]);
  console.log(formatComparisonText(x));
  tally(check('no material difference', !x.material));

  console.log(`\n${held}/${total} properties hold`);
  console.log(JSON.stringify({ held, total, tiktokKeyDifferences: tiktok.keyDifferences.map((d) => d.text), xMaterial: x.material }));
}

await run();
