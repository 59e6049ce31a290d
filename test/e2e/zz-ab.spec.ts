import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM, DIST, launchArgs, test } from './harness';
import { articleHtml } from './support/article';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function once(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await page.waitForTimeout(1200);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}
const DIRS = (process.env.AB_DIRS ?? `${DIST},/tmp/wake-main-src/dist`).split(',');
test('A/B alternating', async ({ site }) => {
  test.setTimeout(900_000);
  const html = articleHtml(2800);
  const url = site.origin + '/news/x';
  const contexts: BrowserContext[] = [];
  for (const dir of DIRS) {
    const c = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args: launchArgs(dir) });
    await c.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    contexts.push(c);
  }
  await new Promise((r) => setTimeout(r, 800));
  const xs: number[][] = DIRS.map(() => []);
  for (let i = 0; i < 16; i++) for (let k = 0; k < DIRS.length; k++) { const v = await once(contexts[k]!, url); if (i > 0) xs[k]!.push(v); }
  for (let k = 0; k < DIRS.length; k++) console.log(`${DIRS[k]}: median ${median(xs[k]!).toFixed(2)} min ${Math.min(...xs[k]!).toFixed(2)} (${xs[k]!.map((x) => x.toFixed(2)).join(' ')})`);
  for (const c of contexts) await c.close();
});
