// The script injected into every page: gathers signals, decides, reports. Keep it small (see bench/size).
import { importExtensionModule } from '../platform/lazy';
import { sendFromContent } from '../platform/send-lite';
import { startDetector } from './detector';

type PageAnalysisModule = typeof import('./page-analysis');
let pageAnalysis: Promise<PageAnalysisModule> | undefined;
let analysing = false;
let again = false;

/** Analyses the page, at most one run at a time; a change during a run asks for one more. */
function analyse(url: string): void {
  if (analysing) {
    again = true;
    return;
  }
  analysing = true;
  pageAnalysis ??= importExtensionModule<PageAnalysisModule>('page-analysis.js');
  void pageAnalysis
    .then((m) => m.analyzePage({ doc: document, url }))
    .catch(() => undefined)
    .finally(() => {
      analysing = false;
      if (again) {
        again = false;
        analyse(location.href);
      }
    });
}

const controller = new AbortController();
addEventListener('pagehide', () => controller.abort(), { once: true });

startDetector({
  doc: document,
  win: window,
  signal: controller.signal,
  report: (url, verdict) => {
    void sendFromContent('content/verdict', { url, verdict }).then((result) => {
      if (!result.ok && /context invalidated|receiving end/i.test(result.error)) controller.abort();
      else if (verdict.kind === 'privacy-policy') analyse(url);
    });
  },
});
