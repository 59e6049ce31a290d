// How long the background takes to start: the time from an extension page's message to its answer when the
// service worker was stopped (CDP ServiceWorker.stopAllWorkers), so the worker is started, its scripts fetched,
// compiled and run, and the message answered. Median of 9 starts, beside the same for a warm worker and for a
// probe extension whose worker only answers (the browser's own floor for starting a worker), measured in the
// same run. Printed, not asserted. `COMPARE_DIST=<dir>` measures another build of the extension beside this one
// (e.g. the previous commit's, to print a before/after ratio).
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM, DIST, launchArgs, test } from './harness';
import { probeExtension } from './support/probe-extension';
import { removeScratchDir, scratchDir } from '../support/temp-dir';

const STARTS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A message every build answers: the popup's question for a tab's state (null for a tab never seen). */
const MESSAGE = { name: 'popup/tab-state', json: JSON.stringify({ tabId: 1 }) };

interface Starts {
  cold: number[];
  warm: number[];
}

async function measure(dir: string, page: string): Promise<Starts> {
  const profile = scratchDir('policy-lens-profile-');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: launchArgs(dir) });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const tab = await context.newPage();
    await tab.goto(`chrome-extension://${new URL(worker.url()).host}/${page}`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    const roundTrip = () =>
      tab.evaluate(async (message) => {
        const t0 = performance.now();
        await chrome.runtime.sendMessage(message);
        return performance.now() - t0;
      }, MESSAGE);
    const out: Starts = { cold: [], warm: [] };
    for (let i = 0; i <= STARTS; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await tab.waitForTimeout(300);
      const cold = await roundTrip();
      const warm = await roundTrip();
      // The first start also fills the browser's code cache: not counted.
      if (i > 0) {
        out.cold.push(cold);
        out.warm.push(warm);
      }
    }
    return out;
  } finally {
    await context.close();
    removeScratchDir(profile);
  }
}

test('background start: first message answered after the worker was stopped', async () => {
  test.setTimeout(300_000);
  const floorDir = probeExtension({ background: 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply(null); });' });
  const floor = await measure(floorDir, 'blank.html');
  const ours = await measure(DIST, 'src/popup/index.html?tabId=999999');
  const other = process.env.COMPARE_DIST ? await measure(process.env.COMPARE_DIST, 'src/popup/index.html?tabId=999999') : undefined;
  const fmt = (s: Starts) =>
    `cold median ${median(s.cold).toFixed(1)} ms (${s.cold.map((x) => x.toFixed(0)).join(', ')}), warm median ${median(s.warm).toFixed(1)} ms`;
  console.log(`Background start, ${STARTS} starts each (message round trip from an extension page):`);
  console.log(`  probe worker (floor):  ${fmt(floor)}`);
  console.log(`  Policy Lens:           ${fmt(ours)}  — ${(median(ours.cold) / median(floor.cold)).toFixed(2)}× the floor`);
  if (other) {
    console.log(`  COMPARE_DIST:          ${fmt(other)}  — ${(median(other.cold) / median(floor.cold)).toFixed(2)}× the floor`);
    console.log(`  this build / COMPARE_DIST: ${(median(ours.cold) / median(other.cold)).toFixed(2)}× (cold start)`);
  }
});
