// Big pages stay smooth: the largest policy of ../shared/corpus (rendered from its Markdown at test time; a
// synthetic 30k-word policy when ../shared is absent) is detected, extracted, analysed and highlighted while a
// PerformanceObserver records long tasks on the page's main thread. The figure is printed, not asserted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from '../../src/cli/load';
import { CORPUS_DIR, readManifest } from '../../scripts/shared';
import { chromium } from '@playwright/test';
import { CHROMIUM, expect, test } from './harness';
import { bigPolicyHtml } from './support/big-policy';

function largestCorpusPolicy(): { name: string; html: string } | undefined {
  if (!existsSync(CORPUS_DIR)) return undefined;
  const candidates = readManifest()
    .filter((r) => r.kind === 'policy' && r.file.endsWith('.md'))
    .map((r) => ({ name: r.file, text: readFileSync(join(CORPUS_DIR, r.file), 'utf8') }))
    .sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length);
  const top = candidates[0];
  return top ? { name: top.name, html: markdownToHtml(top.text) } : undefined;
}

test('no long task on the main thread while a very large policy is analysed and highlighted', async ({ ext, context, site }) => {
  const corpus = largestCorpusPolicy();
  const { name, html } = corpus ?? { name: 'synthetic 30k-word policy', html: bigPolicyHtml(30_000) };
  await context.route(`${site.origin}/legal/largest-policy`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const observeLongTasks = () => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  };
  await context.addInitScript(observeLongTasks);
  const page = await ext.open('/legal/largest-policy');
  // The content script runs at document_idle, after DOMContentLoaded: what comes before is the page's own parsing.
  const loadedAt = await page.evaluate(() => performance.timing.domContentLoadedEventEnd - performance.timing.navigationStart);
  const state = await ext.waitForAnalysis(page);
  await expect
    .poll(() => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].length), { timeout: 20_000 })
    .toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  const afterLoad = tasks.filter((t) => t.start >= loadedAt);
  const longest = Math.max(0, ...afterLoad.map((t) => t.duration));

  // The control: the same page in the same browser without the extension, for the page's own layout and paint.
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const control = await plain.newPage({ viewport: { width: 1200, height: 900 } });
  await control.route('**/legal/largest-policy', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await control.addInitScript(observeLongTasks);
  await control.goto(`${site.origin}/legal/largest-policy`);
  await control.waitForTimeout(3000);
  const controlTasks = await control.evaluate(() => {
    const dcl = performance.timing.domContentLoadedEventEnd - performance.timing.navigationStart;
    return (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= dcl);
  });
  await plain.close();
  console.log(
    `without the extension, the same page after DOMContentLoaded: ${controlTasks.length} long tasks, longest ${Math.max(0, ...controlTasks.map((t) => t.duration)).toFixed(0)} ms`,
  );
  console.log(
    `long tasks on ${name} (${state.analysis!.practiceCount} findings, analysed in ${state.analysis!.ms} ms in the background): ` +
      `${afterLoad.length} after DOMContentLoaded, longest ${longest.toFixed(0)} ms ` +
      `(before it, the page's own parsing: ${tasks.length - afterLoad.length} tasks, longest ${Math.max(0, ...tasks.filter((t) => t.start < loadedAt).map((t) => t.duration)).toFixed(0)} ms)`,
  );
  expect(state.analysis!.practiceCount).toBeGreaterThan(0);
});
