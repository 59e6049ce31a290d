/// <reference types="chrome" />
/**
 * One tab must not stall the others (issue 12, item 1): a pathological policy (a 2 MB run-on sentence and a run
 * of 100,000 periods inside one sentence, authored here) in one tab, a normal policy in another. The background
 * analyses one document at a time within a time budget, smallest first: the normal one gets its findings
 * promptly. Prints both times; the only limit asserted is a generous timeout.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from '../../scripts/serve';
import { chromium } from '@playwright/test';
import { CHROMIUM, expect, test, type ExtensionHelpers, type TabStateLike } from './harness';

/**
 * Both tests stand on the analyzer's time budget (`analyzePolicy(policy, { budgetMs })`, the nlp side of issue 12,
 * item 1). Without it a pathological page holds the background for minutes and nothing here can help: skipped,
 * saying why, until the analyzer has it.
 */
const analyzerHasBudget = readFileSync(new URL('../../src/core/nlp/analyze.ts', import.meta.url), 'utf8').includes('budgetMs');
test.skip(!analyzerHasBudget && !process.env.STALL_WITHOUT_BUDGET, 'the analyzer has no time budget yet (analyzePolicy(policy, { budgetMs }))');

type State = TabStateLike & { analysis?: TabStateLike['analysis'] & { partial?: { share: number; analyzedChars: number } } };

function pathologicalPolicy(): string {
  const unit = 'we collect your location and your voice and ';
  const runOn = `Also ${unit.repeat(Math.round(2_000_000 / unit.length))}that is all.`;
  const periods = `We collect your location${'.'.repeat(100_000)}and more.`;
  return readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8').replace('</article>', `<p>${runOn}</p><p>${periods}</p></article>`);
}

/**
 * Load to findings in the panel, on the page's own clock: from navigation start, and from DOMContentLoaded (the
 * content script runs after it; before it is the browser's own parsing, extension or not) to the moment the panel
 * lists its findings (polled every 50 ms, so within ~50 ms).
 */
async function timeToPanel(ext: ExtensionHelpers, page: Page, path: string, origin: string): Promise<{ total: number; afterDcl: number }> {
  await page.goto(origin + path);
  const panel = await ext.panel(page);
  await expect
    .poll(() => panel.evaluate<number>('return root.querySelectorAll("button.item").length').catch(() => 0), { timeout: 60_000, intervals: [50], message: `findings of ${path}` })
    .toBeGreaterThan(0);
  const shownAt = Date.now();
  const { start, dcl } = await page.evaluate(() => ({ start: performance.timing.navigationStart, dcl: performance.timing.domContentLoadedEventEnd }));
  return { total: shownAt - start, afterDcl: shownAt - dcl };
}

test('a pathological policy reaches the panel about as fast as a normal one, and says what it did not read', async ({ ext, context, site }) => {
  test.setTimeout(300_000);
  const body = pathologicalPolicy();
  await context.route(/\/hostile\/pathological/, (route) => route.fulfill({ body, contentType: 'text/html' }));
  const open = async (path: string) => {
    const page = await context.newPage();
    const figures = await timeToPanel(ext, page, path, site.origin);
    return { page, ...figures };
  };
  // The first load wakes the worker and the page module: not counted. Then each page five times, alternating,
  // and the medians compared (the machine is shared: single runs swing by a factor of two).
  await (await open('/legal/privacy-policy-us.html?warm=1')).page.close();
  const ROUNDS = 5;
  const normal: Awaited<ReturnType<typeof open>>[] = [];
  const hostile: Awaited<ReturnType<typeof open>>[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const n = await open(`/legal/privacy-policy-us.html?round=${round}`);
    normal.push(n);
    await n.page.close();
    const h = await open(`/hostile/pathological?round=${round}`);
    hostile.push(h);
    if (round < ROUNDS - 1) await h.page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const n = { total: median(normal.map((r) => r.total)), afterDcl: median(normal.map((r) => r.afterDcl)) };
  const h = { total: median(hostile.map((r) => r.total)), afterDcl: median(hostile.map((r) => r.afterDcl)) };

  // The control, in the same machine's Chromium without the extension: from DOMContentLoaded to the page's first
  // frame. A trace shows the browser laying out the 2 MB paragraph in one ~1 s task after DOMContentLoaded,
  // extension or not; that is the page's cost, not ours.
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const control = await plain.newPage({ viewport: { width: 1200, height: 900 } });
  await control.route(/\/hostile\/pathological/, (route) => route.fulfill({ body, contentType: 'text/html' }));
  await control.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => ((window as unknown as { frameAt: number }).frameAt = performance.now())))),
  );
  const firstFrame = async (path: string) => {
    const after: number[] = [];
    for (let round = 0; round < 3; round++) {
      await control.goto(`${site.origin}${path}${path.includes('?') ? '&' : '?'}plain=${round}`);
      await control.waitForFunction(() => (window as unknown as { frameAt?: number }).frameAt !== undefined, undefined, { timeout: 60_000 });
      after.push(await control.evaluate(() => Math.round((window as unknown as { frameAt: number }).frameAt - (performance.timing.domContentLoadedEventEnd - performance.timing.navigationStart))));
    }
    return median(after);
  };
  const nFrame = await firstFrame('/legal/privacy-policy-us.html');
  const hFrame = await firstFrame('/hostile/pathological');
  await plain.close();

  console.log(
    `load to findings in the panel, median of ${ROUNDS}: normal policy ${n.total} ms, pathological policy (2 MB ` +
      `run-on sentence + 100,000 periods) ${h.total} ms: +${h.total - n.total} ms, ${(h.total / n.total).toFixed(2)}×. ` +
      `From DOMContentLoaded (where the extension starts): ${n.afterDcl} ms and ${h.afterDcl} ms: ` +
      `+${h.afterDcl - n.afterDcl} ms, ${(h.afterDcl / n.afterDcl).toFixed(2)}×. Without the extension, DOMContentLoaded ` +
      `to first frame: ${nFrame} ms and ${hFrame} ms; beyond it the extension took ${n.afterDcl - nFrame} ms and ` +
      `${h.afterDcl - hFrame} ms: +${h.afterDcl - hFrame - (n.afterDcl - nFrame)} ms.`,
  );
  // What the analysis could not read is counted and said, in the panel and in the popup.
  const last = hostile[ROUNDS - 1]!.page;
  const panel = await ext.panel(last);
  await expect.poll(() => panel.texts('.message.warning')).toEqual(expect.arrayContaining([expect.stringMatching(/\d[\d,]* stretches of up to 2,000 characters were not read/)]));
  const popup = await ext.openPopup(last);
  await expect(popup.locator('.message.unread')).toContainText(/stretches of up to 2,000 characters were not read/);
});

test('a pathological policy in one tab does not delay a normal one in another', async ({ ext, context, site }) => {
  test.setTimeout(240_000);
  await context.route(`${site.origin}/hostile/pathological`, (route) => route.fulfill({ body: pathologicalPolicy(), contentType: 'text/html' }));

  const timeToFindings = async (path: string): Promise<{ page: Page; ms: number; state: State }> => {
    const started = Date.now();
    const page = await ext.open(path);
    let state: State | null = null;
    await expect
      .poll(async () => {
        state = (await ext.tabState(page)) as State | null;
        return state?.analysis !== undefined;
      }, { timeout: 60_000, message: `findings of ${path}` })
      .toBe(true);
    return { page, ms: Date.now() - started, state: state! };
  };

  // Baseline, in the same browser: the normal policy alone (twice: the first wakes the worker and its analyzer).
  await timeToFindings('/legal/privacy-policy-us.html?warm=1');
  const alone = await timeToFindings('/legal/privacy-policy-us.html?alone=1');

  // The pathological policy first; once detected and given time to upload, the normal one beside it.
  const startedPathological = Date.now();
  const pathological = await ext.open('/hostile/pathological');
  await ext.expectBadge(pathological, 'PP');
  await pathological.waitForTimeout(3000);
  const beside = await timeToFindings('/legal/privacy-policy-us.html?beside=1');
  expect(beside.state.analysis!.summary.face).toBe('collects');

  let patho: State | null = null;
  await expect
    .poll(async () => {
      patho = (await ext.tabState(pathological)) as State | null;
      return patho?.analysis !== undefined;
    }, { timeout: 180_000, message: 'findings of the pathological policy' })
    .toBe(true);
  const pathologicalMs = Date.now() - startedPathological;
  const partial = patho!.analysis!.partial;
  console.log(
    `normal policy alone: ${alone.ms} ms to findings; beside the pathological one: ${beside.ms} ms ` +
      `(${(beside.ms / alone.ms).toFixed(2)}× alone); pathological policy: ${pathologicalMs} ms to findings, ` +
      `analysis ${patho!.analysis!.ms} ms in the background, ` +
      (partial ? `partial: first ${Math.floor(partial.share * 100)}% (${partial.analyzedChars} chars)` : 'complete'),
  );
});

test('a policy too big for the time budget is shown as partial, in the panel and in the popup', async ({ ext, context, site }) => {
  test.setTimeout(180_000);
  // ~2.9 MB of dense claims, just under the 3,000,000 characters a policy is read to (MAX_POLICY_CHARS): every
  // sentence names several data types, with conditions, exceptions and denials, the costliest text per character.
  // 2.5 MB of short claims once took the analyzer more than its 1.5 s budget; on a fast machine it now takes 1.3 s.
  const claims = [
    'Unless you turn it off, we collect your precise GPS location, your approximate location from your IP address, and ' +
      'your voice recordings, but we do not collect faceprints or fingerprints, except in Illinois where we may.',
    'If you enable face login, our app creates a face template that stays on your device, and we never receive your ' +
      'voiceprint, your fingerprint, or the coordinates of where your photos were taken.',
    'We may share your precise location, your voice commands and the city we infer from your IP address with partners, ' +
      'but we do not sell biometric data, and you can withdraw your consent at any time.',
  ];
  const paragraphs = Array.from({ length: 4_700 }, (_, i) => `<p>${claims[i % 3]} ${claims[(i + 1) % 3]} ${claims[(i + 2) % 3]}</p>`).join('');
  const body = readFileSync(join(SITE_DIR, 'legal/privacy-policy-us.html'), 'utf8').replace('</article>', `${paragraphs}</article>`);
  await context.route(`${site.origin}/hostile/huge`, (route) => route.fulfill({ body, contentType: 'text/html' }));
  const page = await ext.open('/hostile/huge');
  let state: State | null = null;
  await expect
    .poll(async () => {
      state = (await ext.tabState(page)) as State | null;
      return state?.analysis !== undefined;
    }, { timeout: 120_000, message: 'findings of the huge policy' })
    .toBe(true);
  const partial = state!.analysis!.partial;
  console.log(
    `huge policy: analysis ${state!.analysis!.ms} ms in the background, ${partial ? `partial: first ${Math.floor(partial.share * 100)}%` : 'complete'}`,
  );
  expect(partial?.share).toBeLessThan(1);
  const panel = await ext.panel(page);
  await expect
    .poll(() => panel.texts('.message.warning'), { timeout: 30_000 })
    .toEqual(expect.arrayContaining([expect.stringMatching(/Analysed the first \d+% of this page/)]));
  const popup = await ext.openPopup(page);
  await expect(popup.locator('.message.partial')).toContainText(/Analysed the first \d+% of this page/);
});
