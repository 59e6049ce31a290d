// Where the analyzer runs: measured both ways on a ~30k-word policy, as the design asks (figures printed,
// not asserted). The extension runs it in the background worker: no long task on the page's main thread.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './harness';
import { bigPolicyHtml } from './support/big-policy';
import { scratchDir } from '../support/temp-dir';

async function inPageAnalyzerScript(): Promise<string> {
  const outDir = scratchDir('pl-inpage-');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      minify: true,
      lib: {
        entry: resolve('test/e2e/support/in-page-analyzer.ts'),
        formats: ['iife'],
        name: 'inPage',
        fileName: () => 'in-page.js',
      },
    },
  });
  return readFileSync(join(outDir, 'in-page.js'), 'utf8');
}

test('analysis placement: background worker vs a chunk in the page', async ({ ext, context, site }) => {
  const html = bigPolicyHtml(30_000);
  await context.route(`${site.origin}/big-policy.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));

  // The extension's way: extract in the page, analyse in the background.
  const started = Date.now();
  const page = await ext.open('/big-policy.html');
  const state = await ext.waitForAnalysis(page);
  const endToEnd = Date.now() - started;

  // The alternative: the analyzer as a chunk in the page, on its main thread.
  const script = await inPageAnalyzerScript();
  const probe = await context.newPage();
  await context.route(`${site.origin}/big-policy-probe.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await probe.goto(`${site.origin}/big-policy-probe.html`);
  await probe.addScriptTag({ content: script });
  const inPage = await probe.evaluate(() => {
    const longTasks: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    return new Promise<{ extractMs: number; analyzeMs: number; practices: number; words: number; longTasks: number[] }>((done) => {
      setTimeout(() => {
        const r = (
          globalThis as unknown as {
            __measureInPage: () => { extractMs: number; analyzeMs: number; practices: number; words: number };
          }
        ).__measureInPage();
        setTimeout(() => done({ ...r, longTasks }), 100);
      }, 0);
    });
  });

  console.log(
    `placement on a ${inPage.words}-word policy: background analysis ${state.analysis!.ms} ms in the worker, ` +
      `${endToEnd} ms from navigation to result; in-page chunk: extract ${inPage.extractMs.toFixed(0)} ms + analyse ${inPage.analyzeMs.toFixed(0)} ms ` +
      `on the main thread, longest task ${Math.max(0, ...inPage.longTasks).toFixed(0)} ms`,
  );
  // Both placements run the same code and must agree.
  expect(state.analysis!.practiceCount).toBe(inPage.practices);
});
