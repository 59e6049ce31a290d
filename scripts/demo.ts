/// <reference types="chrome" />
/**
 * `npm start`: serves the demo site on localhost and opens Chromium with the built extension on the demo
 * policy. With a display it stays open until you press Ctrl+C; without one (or with --headless) it runs
 * headless, prints what the extension found and saves screenshots under artifacts/.
 */
import { launchWithExtension, ARTIFACTS, CHROMIUM } from '../test/e2e/harness';
import { startSiteServer } from './serve';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const PORT = Number(process.env.PORT ?? 8787);
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(2);
}

const site = await startSiteServer(PORT).catch(() => startSiteServer(0));
console.log(`Demo site: ${site.origin}/`);
const { context, worker, extensionId } = await launchWithExtension(headless);
const page = await context.newPage();
await page.goto(`${site.origin}/legal/privacy-policy-us`);

// Wait for the content script's verdict to reach the background.
const state = await (async () => {
  for (let i = 0; i < 50; i++) {
    const found = await worker.evaluate(async () => {
      const { tabStates } = await chrome.storage.session.get('tabStates');
      const all = (tabStates as { value?: Record<string, { url: string; verdict: unknown }> } | undefined)?.value ?? {};
      return Object.entries(all).map(([tabId, s]) => ({ tabId: Number(tabId), ...s }));
    });
    const hit = found.find((s) => s.url.includes('/legal/privacy-policy-us'));
    if (hit) return hit;
    await page.waitForTimeout(100);
  }
  return undefined;
})();

if (!state) {
  console.error('The extension reported nothing for the demo policy.');
} else {
  const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), state.tabId);
  console.log(`Extension ${extensionId} on ${state.url}`);
  console.log(`Badge: "${badge}"`);
  const { kind, score, reasons } = state.verdict as { kind: string; score: number; reasons: string[] };
  console.log(`Verdict: ${kind} (${score})\n  ${reasons.join('\n  ')}`);
  // What the analysis found, once the background has it.
  for (let i = 0; i < 100; i++) {
    const analysis = await worker.evaluate(async (id) => {
      const { tabStates } = await chrome.storage.session.get('tabStates');
      return (
        tabStates as
          | {
              value?: Record<
                string,
                {
                  analysis?: {
                    summary: Record<string, string>;
                    identifiers: Record<string, string>;
                    practiceCount: number;
                  };
                }
              >;
            }
          | undefined
      )?.value?.[String(id)]?.analysis;
    }, state.tabId);
    if (analysis) {
      console.log(`Findings: ${analysis.practiceCount}`);
      for (const [type, value] of Object.entries(analysis.summary)) console.log(`  ${type.padEnd(22)} ${value}`);
      console.log(`  faceprints: ${analysis.identifiers.face}, voiceprints: ${analysis.identifiers.voice}`);
      break;
    }
    await page.waitForTimeout(100);
  }
}

if (headless) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const pageShot = join(ARTIFACTS, 'demo-page.png');
  await page.screenshot({ path: pageShot });
  if (state) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 360 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${state.tabId}`);
    await popup.locator('.verdict').waitFor();
    const popupShot = join(ARTIFACTS, 'demo-popup.png');
    await popup.screenshot({ path: popupShot });
    console.log(`Screenshots: ${pageShot}, ${popupShot}`);
  }
  await context.close();
  await site.close();
} else {
  console.log('Chromium is open with Policy Lens loaded. Press Ctrl+C to stop.');
  const stop = async () => {
    await context.close().catch(() => undefined);
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  context.on('close', () => void stop());
}
