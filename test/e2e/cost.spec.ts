// What the every-page script costs on a page that is not a policy: script time (CDP Performance.getMetrics
// ScriptDuration) per load of a ~2,800-word news article, median of 5 loads. Printed, not asserted. On a shared
// machine wall-clock script time swings with load (other processes preempt the page), so the same loads are also
// timed in the renderer thread's CPU time (`timeDomain: 'threadTicks'`), and taken in the same run without any
// extension and with a reference extension that does only what any verdict-reporting content script must (listen
// for the popup, send one message): the figures are printed against that floor. The byte size of dist/content.js
// is deterministic and has a budget.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM, DIST, expect, launchArgs, test } from './harness';
import { articleHtml } from './support/article';

/** The size budget of the script injected into every http(s) page (issue 13). */
const CONTENT_JS_BUDGET = 10 * 1024;
const LOADS = 5;
/** Long enough for the late-content watcher to have settled too. */
const SETTLE_MS = 2500;
const PATH = '/news/riverside-path';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** An unpacked extension whose content script only listens for messages and sends one: the floor of the cost. */
function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'floor',
    version: '1',
    background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'bg.js'), 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply(null); });');
  writeFileSync(
    join(dir, 'content.js'),
    'chrome.runtime.onMessage.addListener(() => false); chrome.runtime.sendMessage({ kind: "not-policy" }).catch(() => 0);',
  );
  return dir;
}

type TimeDomain = 'timeTicks' | 'threadTicks';

async function loads(context: BrowserContext, url: string, timeDomain: TimeDomain): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain });
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    out.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
    await cdp.detach();
    await page.close();
  }
  return out;
}

test('content.js fits its size budget', () => {
  const bytes = statSync(join(DIST, 'content.js')).size;
  console.log(`dist/content.js: ${bytes} bytes (budget ${CONTENT_JS_BUDGET})`);
  expect(bytes).toBeLessThanOrEqual(CONTENT_JS_BUDGET);
});

// The article is long enough to be judged on what it shows (THIN_SAMPLE_CHARS): the script on every page
// dismisses it alone, with no observer and no controller. These check that what it hands over still works there.
test('a long non-policy article still answers the popup and follows history navigation to a policy', async ({ ext, context, site }) => {
  const html = articleHtml(2800);
  await context.route(site.origin + PATH, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const page = await ext.open(PATH);
  await expect.poll(async () => (await ext.tabState(page))?.verdict.kind).toBe('not-policy');
  const popup = await ext.openPopup(page);
  await expect(popup.locator('.verdict')).toHaveAttribute('data-kind', 'not-policy');
  await popup.close();
  // The page's own script turns it into its policy, as a single-page app does.
  await page.evaluate(async () => {
    const text = await (await fetch('/legal/privacy-policy-us')).text();
    const doc = new DOMParser().parseFromString(text, 'text/html');
    document.title = doc.title;
    document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    history.pushState({}, '', '/legal/privacy-policy-us');
  });
  await ext.expectBadge(page, 'PP');
});

test('script time of the extension on a 2,800-word article that is not a policy', async ({ ext, context, site }) => {
  test.setTimeout(300_000);
  const html = articleHtml(2800);
  const url = site.origin + PATH;
  const serve = (c: BrowserContext) => c.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await serve(context);
  const first = await ext.open(PATH);
  await expect.poll(async () => (await ext.tabState(first))?.verdict.kind).toBe('not-policy');
  await first.close();
  const both = async (c: BrowserContext) => ({ wall: await loads(c, url, 'timeTicks'), cpu: await loads(c, url, 'threadTicks') });
  const lens = await both(context);

  const floorContext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'policy-lens-profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: launchArgs(floorExtension()),
  });
  await serve(floorContext);
  const floor = await both(floorContext);
  await floorContext.close();

  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const control = await plain.newContext();
  await serve(control);
  const without = await both(control);
  await plain.close();

  const fmt = (xs: number[]) => `${xs.map((x) => x.toFixed(2)).join(', ')} ms (median ${median(xs).toFixed(2)})`;
  for (const [label, key] of [['wall clock', 'wall'], ['renderer CPU', 'cpu']] as const) {
    console.log(`ScriptDuration (${label}) per load, Policy Lens:           ${fmt(lens[key])}`);
    console.log(`ScriptDuration (${label}) per load, listen+send reference: ${fmt(floor[key])}`);
    console.log(`ScriptDuration (${label}) per load, no extension:          ${fmt(without[key])}`);
    console.log(
      `  Policy Lens adds ${(median(lens[key]) - median(without[key])).toFixed(2)} ms (${label}, median) to a non-policy article; ` +
        `the reference adds ${(median(floor[key]) - median(without[key])).toFixed(2)} ms (ratio ${(median(lens[key]) / Math.max(0.01, median(floor[key]))).toFixed(2)}×)`,
    );
  }
});
