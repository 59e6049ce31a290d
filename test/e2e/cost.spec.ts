// What the every-page script costs on a page that is not a policy: script time (CDP Performance.getMetrics
// ScriptDuration, in the renderer thread's CPU time, `timeDomain: 'threadTicks'`, which load on a shared machine
// does not inflate) per load of a ~2,800-word news article, median of 7 loads. Printed, not asserted. Measured in
// the same run, each in a browser of its own: no extension, an empty content script (the browser's own floor for
// injecting one), a reference that does only what any verdict-reporting content script must (listen for the
// popup, send one message), and Policy Lens; then probes that each do one step of ours alone, and a CPU profile of
// ours by script, so the figures say where each ms goes. The byte size of dist/content.js has a budget.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM, DIST, expect, launchArgs, test } from './harness';
import { articleHtml } from './support/article';
import { probeExtension } from './support/probe-extension';
import { removeScratchDir, scratchDir } from '../support/temp-dir';
import { QUICK_XPATH } from '../../src/dom/quick-signals';

/** The size budget of the script injected into every http(s) page (issue 13). */
const CONTENT_JS_BUDGET = 10 * 1024;
const LOADS = 7;
/** Long enough for the late-content watcher to have settled too. */
const SETTLE_MS = 2000;
const PATH = '/news/riverside-path';
/** The same article with ~10 MB of paragraphs in its main text: what the one XPath costs where the text is huge. */
const BIG_PATH = '/news/riverside-path-archive';
const BIG_LOADS = 3;

/**
 * Other builds of the extension to compare with (before/after, or a build with one step removed), comma-separated:
 * `POLICY_LENS_COMPARE_DIST=/path/a/dist,/path/b/dist npx playwright test test/e2e/cost.spec.ts`. Each is loaded
 * alternately with this dist/, load by load, each in a browser of its own: on a shared machine the load drifts
 * over minutes, and only alternation makes the ratio mean something.
 */
const COMPARE_DIST = process.env.POLICY_LENS_COMPARE_DIST;

/** `html` with its paragraphs repeated until the page holds ~10 MB. */
function bigArticleHtml(html: string): string {
  const paragraphs = html.slice(html.indexOf('<p>'), html.indexOf('<aside>'));
  return html.replace('<aside>', paragraphs.repeat(Math.ceil(10e6 / paragraphs.length)) + '<aside>');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The reference: a content script that listens for the popup and sends one verdict, nothing else. */
const REFERENCE = 'chrome.runtime.onMessage.addListener(() => false); chrome.runtime.sendMessage({ kind: "not-policy" }).catch(() => 0);';

/**
 * One step of ours each, alone in an extension of its own: what the first touch of each kind of binding costs in
 * a content script's fresh world (each builds its interfaces there the first time).
 */
const STEPS: [string, string][] = [
  ['extension API (chrome.runtime, first touch)', 'globalThis.x = chrome.runtime.id;'],
  ['the `chrome` object alone (api-start.js before; now empty)', 'globalThis.x = typeof chrome;'],
  ['location.href + document.title (before)', 'globalThis.x = [location.href, document.title];'],
  [
    'URL + title through the document\'s prototype (now)',
    'const p = Object.getPrototypeOf(document); globalThis.x = [Reflect.get(p, "URL", document), Reflect.get(p, "title", document)];',
  ],
  ['`document` alone (its first touch)', 'globalThis.x = typeof document;'],
  ['first element read (querySelector h1)', 'globalThis.x = document.querySelector("h1")?.textContent;'],
  ['first h1 alone by XPath, as a string', 'globalThis.x = document.evaluate("string((//h1)[1])", document, null, 2, null).stringValue;'],
  ['both stages\' reads in one XPath string (now)', `globalThis.x = document.evaluate(${JSON.stringify(QUICK_XPATH)}, document, null, 2, null).stringValue;`],
  [
    'text sample (TreeWalker, 8,000 chars, parent names; before)',
    `const skip = new Set(['A', 'SCRIPT']); const w = document.createTreeWalker(document.body, 4); let t = '';
     for (let n = w.nextNode(); n && t.length < 8000; n = w.nextNode()) if (!skip.has(n.parentNode.nodeName)) t += n.data + ' ';
     globalThis.x = t;`,
  ],
  ['`browser` read too (a miss in Chrome; api-start.js before)', 'globalThis.x = [typeof browser, typeof chrome];'],
  ['Navigation API listener alone (a dismissed page before)', `navigation.addEventListener('navigatesuccess', () => 0);`],
  [
    'popstate, click, keydown on window (a dismissed page now)',
    `addEventListener('popstate', () => 0); addEventListener('click', () => 0, true); addEventListener('keydown', () => 0, true);`,
  ],
  ['AbortController + pagehide (before; now only on a hand-over)', `const c = new AbortController(); addEventListener('pagehide', () => c.abort());`],
];

type Metrics = { metrics: { name: string; value: number }[] };

/** ScriptDuration in ms of each of `count` loads of `url` (after `warmUp` loads). */
async function loads(context: BrowserContext, url: string, count = LOADS, warmUp = 1): Promise<number[]> {
  const out: number[] = [];
  for (let i = 1 - warmUp; i <= count; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as Metrics;
    if (i > 0) out.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
    await cdp.detach();
    await page.close();
  }
  return out;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** CPU time (ms) by script file name of one load, from a V8 CPU profile sampled every 20 µs. */
async function profileByScript(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await page.close();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const by = new Map<string, number>();
  // Sample i lasts until sample i + 1.
  for (let i = 0; i + 1 < profile.samples.length; i++) {
    const frame = nodes.get(profile.samples[i]!)!.callFrame;
    const key = frame.url.startsWith('chrome-extension://') ? frame.url.replace(/^.*\//, '') : frame.url ? 'page scripts' : frame.functionName;
    by.set(key, (by.get(key) ?? 0) + profile.timeDeltas[i + 1]! / 1000);
  }
  return by;
}

/** A persistent context with the extension in `dir`, serving the article. */
async function withExtension<T>(dir: string, serve: (c: BrowserContext) => Promise<unknown>, run: (c: BrowserContext) => Promise<T>): Promise<T> {
  const profile = scratchDir('policy-lens-profile-');
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: launchArgs(dir) });
  try {
    await serve(context);
    // Let the extension's worker start before the first load.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return await run(context);
  } finally {
    await context.close();
    removeScratchDir(profile);
  }
}

const ALTERNATE_LOADS = 15;

/** ScriptDuration of `url` in each build, one load of each in turn (after one warm-up round). */
async function alternating(dirs: string[], serve: (c: BrowserContext) => Promise<unknown>, url: string): Promise<{ dir: string; xs: number[] }[]> {
  const profiles = dirs.map(() => scratchDir('policy-lens-profile-'));
  const contexts: BrowserContext[] = [];
  try {
    for (const [i, dir] of dirs.entries()) {
      const context = await chromium.launchPersistentContext(profiles[i]!, { executablePath: CHROMIUM, headless: true, args: launchArgs(dir) });
      contexts.push(context);
      await serve(context);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const out = dirs.map((dir) => ({ dir, xs: [] as number[] }));
    for (let round = 0; round <= ALTERNATE_LOADS; round++) {
      for (const [i, context] of contexts.entries()) {
        const [ms] = await loads(context, url, 1, 0);
        if (round > 0) out[i]!.xs.push(ms!);
      }
    }
    return out;
  } finally {
    for (const context of contexts) await context.close();
    profiles.forEach(removeScratchDir);
  }
}

test('content-side files fit their size budget', () => {
  const bytes = (file: string) => statSync(join(DIST, file)).size;
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  for (const file of manifest.content_scripts.flatMap((c) => c.js)) console.log(`dist/${file}: ${bytes(file)} bytes (every page)`);
  for (const file of ['page-main.js', 'page-detect.js', 'page-analysis.js']) console.log(`dist/${file}: ${bytes(file)} bytes (lazy)`);
  console.log(`content.js budget: ${CONTENT_JS_BUDGET} bytes`);
  expect(bytes('content.js')).toBeLessThanOrEqual(CONTENT_JS_BUDGET);
});

// The article's title names it as something else at an address that says nothing: the script on every page
// dismisses it on that alone, before reading any element, with no message, listener for the popup, observer or
// controller (core/detect/quick.ts, namedOtherwise). History navigation is still
// followed where the reader navigates: a click (or Enter) and back/forward (dom/url-change.ts, onReaderNavigation).
test.describe('a long non-policy article', () => {
  /** Installs the page's own router, as a single-page app has: it renders the policy at its address. */
  const installRouter = (page: import('@playwright/test').Page) =>
    page.evaluate(async () => {
      const policy = '/legal/privacy-policy-us';
      const doc = new DOMParser().parseFromString(await (await fetch(policy)).text(), 'text/html');
      const render = () => {
        if (location.pathname !== policy) return;
        document.title = doc.title;
        document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
      };
      addEventListener('popstate', render);
      const link = Object.assign(document.createElement('a'), { href: policy, id: 'spa-link', textContent: 'Privacy' });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        // The router answers a little later, as one that fetches would.
        setTimeout(() => {
          history.pushState({}, '', policy);
          render();
        }, 50);
      });
      document.body.prepend(link);
    });

  test.beforeEach(async ({ context, site }) => {
    const html = articleHtml(2800);
    await context.route(site.origin + PATH, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  });

  test('reports nothing, and follows the reader’s click on a link the page routes to its policy', async ({ ext }) => {
    const page = await ext.open(PATH);
    await page.waitForTimeout(1000);
    expect(await ext.tabState(page)).toBeNull();
    await installRouter(page);
    await page.click('#spa-link');
    await ext.expectBadge(page, 'PP');
  });

  test('follows the reader’s back button to the policy', async ({ ext }) => {
    const page = await ext.open(PATH);
    await page.waitForTimeout(1000);
    await installRouter(page);
    // The page's script makes the entry before this one its policy, with no action of the reader (which this
    // script does not follow: the trade in onReaderNavigation); then the reader goes back to it.
    await page.evaluate(() => {
      const article = location.pathname;
      history.replaceState({}, '', '/legal/privacy-policy-us');
      history.pushState({}, '', article);
    });
    await page.waitForTimeout(500);
    expect(await ext.tabState(page)).toBeNull();
    await page.goBack({ waitUntil: 'commit' });
    await ext.expectBadge(page, 'PP');
  });
});

test('script time of the extension on a 2,800-word article that is not a policy', async ({ ext, context, site }) => {
  test.setTimeout(600_000);
  const html = articleHtml(2800);
  const url = site.origin + PATH;
  const big = bigArticleHtml(html);
  const bigUrl = site.origin + BIG_PATH;
  const serve = async (c: BrowserContext) => {
    await c.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await c.route(bigUrl, (route) => route.fulfill({ body: big, contentType: 'text/html' }));
  };
  await serve(context);
  const first = await ext.open(PATH);
  await first.waitForTimeout(1000);
  expect(await ext.tabState(first)).toBeNull();
  await first.close();
  const lens = await loads(context, url);
  const profiles: Map<string, number>[] = [];
  for (let i = 0; i < LOADS; i++) profiles.push(await profileByScript(context, url));

  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const control = await plain.newContext();
  await serve(control);
  const without = await loads(control, url);
  await plain.close();
  const lensBig = await loads(context, bigUrl, BIG_LOADS);
  const [empty, emptyBig] = await withExtension(probeExtension({ content: '0;' }), serve, async (c) => [await loads(c, url), await loads(c, bigUrl, BIG_LOADS)]);
  const reference = await withExtension(probeExtension({ content: REFERENCE }), serve, (c) => loads(c, url));
  const compared = COMPARE_DIST ? await alternating([DIST, ...COMPARE_DIST.split(',')], serve, url) : undefined;
  const steps: [string, number[]][] = [];
  for (const [label, content] of STEPS) steps.push([label, await withExtension(probeExtension({ content }), serve, (c) => loads(c, url))]);

  const fmt = (xs: number[]) => `median ${median(xs).toFixed(2)} ms (${xs.map((x) => x.toFixed(2)).join(', ')})`;
  const ours = median(lens);
  console.log(`ScriptDuration (renderer CPU) per load of a 2,800-word article, ${LOADS} loads each:`);
  console.log(`  no extension:                 ${fmt(without)}`);
  console.log(`  empty content script:         ${fmt(empty)}`);
  console.log(`  reference (listen + send):    ${fmt(reference)}`);
  console.log(`  Policy Lens:                  ${fmt(lens)}`);
  console.log(
    `  Policy Lens / empty: ${(ours / Math.max(0.01, median(empty))).toFixed(1)}×, ` +
      `Policy Lens / reference: ${(ours / Math.max(0.01, median(reference))).toFixed(2)}×, ` +
      `Policy Lens − reference: ${(ours - median(reference)).toFixed(2)} ms`,
  );
  console.log(
    `On a ${(big.length / 1e6).toFixed(1)} MB article (${BIG_LOADS} loads): empty content script ${fmt(emptyBig)}; ` +
      `Policy Lens ${fmt(lensBig)}, ${(median(lensBig) - median(emptyBig)).toFixed(2)} ms more`,
  );
  if (compared) {
    console.log(`Alternating loads, ${ALTERNATE_LOADS} each (this dist/ first, then POLICY_LENS_COMPARE_DIST):`);
    const base = median(compared[0]!.xs);
    for (const { dir, xs } of compared) console.log(`  ${dir}: ${fmt(xs)}, ${(median(xs) / Math.max(0.01, base)).toFixed(2)}× this dist/`);
  }
  console.log('One step of ours alone (ScriptDuration minus the empty script’s):');
  for (const [label, xs] of steps) console.log(`  ${label.padEnd(52)} ${(median(xs) - median(empty)).toFixed(2)} ms`);
  const keys = [...new Set(profiles.flatMap((p) => [...p.keys()]))];
  const rows = keys
    .map((k) => [k, median(profiles.map((p) => p.get(k) ?? 0))] as const)
    .filter(([, ms]) => ms >= 0.01)
    .sort((a, b) => b[1] - a[1]);
  console.log(`CPU profile of Policy Lens loads (main thread, sampled every 20 µs, median of ${LOADS} loads, ms):`);
  for (const [k, ms] of rows) console.log(`  ${k.padEnd(30)} ${ms.toFixed(2)}`);
});
