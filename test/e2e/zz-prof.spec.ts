import { chromium } from '@playwright/test';
import { CHROMIUM, launchArgs, test } from './harness';
import { articleHtml } from './support/article';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
test('profile by function', async ({ site }) => {
  test.setTimeout(600_000);
  const html = articleHtml(2800);
  const url = site.origin + '/news/x';
  const c = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args: launchArgs('/tmp/wake-dist-nomin') });
  await c.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await new Promise((r) => setTimeout(r, 800));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const N = 12;
  for (let i = 0; i < N; i++) {
    const page = await c.newPage();
    const cdp = await c.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 10 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForTimeout(1000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    await page.close();
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
    const name = (n: Node) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
    for (let s = 0; s + 1 < profile.samples.length; s++) {
      const ms = profile.timeDeltas[s + 1]! / 1000 / N;
      let n = nodes.get(profile.samples[s]!)!;
      // only samples under content.js / api-start.js
      const chain: Node[] = [];
      for (let cur: Node | undefined = n; cur; cur = parent.has(cur.id) ? nodes.get(parent.get(cur.id)!) : undefined) chain.push(cur);
      if (!chain.some((x) => /content\.js|api-start\.js/.test(x.callFrame.url))) continue;
      self.set(name(n), (self.get(name(n)) ?? 0) + ms);
      for (const k of new Set(chain.map(name))) total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v.toFixed(3)} ${k}`);
  console.log('TOTAL'); for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${v.toFixed(3)} ${k}`);
  await c.close();
});
