// The script injected into every page: gathers signals, decides, reports. Keep it small (see npm run bench).
// On a detected policy (or when the popup asks) it loads the page module that analyses and shows findings.
import type { FindingsState } from '../platform/messages';
import { listenInContent, sendFromContent } from '../platform/content-api';
import { importExtensionModule } from '../platform/lazy';
import { startDetector } from './detector';

type PageModule = typeof import('./page-analysis');
type DetectModule = typeof import('./page-detect');
type Controller = ReturnType<PageModule['startPage']>;

const controller = new AbortController();
addEventListener('pagehide', () => controller.abort(), { once: true });

let page: Promise<Controller> | undefined;
let pageController: AbortController | undefined;
/** The reader asked for this page to be analysed: keep the findings whatever the detector says. */
let analysedOnRequest = false;
const IDLE: FindingsState = { status: 'idle', highlightsVisible: true, findings: 0 };

/** Loads the page module once and starts the findings; later calls run the analysis again. */
function analysePage(): Promise<Controller> {
  if (!page) {
    pageController = new AbortController();
    const signal = AbortSignal.any([controller.signal, pageController.signal]);
    page = importExtensionModule<PageModule>('page-analysis.js').then((m) => m.startPage({ doc: document, win: window, signal }));
  }
  void page.then((c) => c.run());
  return page;
}

/** A single-page app moved on from its policy: the findings, highlights and panel go with it. */
function stopPage(): void {
  pageController?.abort();
  pageController = undefined;
  page = undefined;
}

startDetector({
  doc: document,
  win: window,
  signal: controller.signal,
  detectFully: async (url) =>
    (await importExtensionModule<DetectModule>('page-detect.js')).detectInSlices(document, url, controller.signal),
  report: (url, verdict) => {
    void sendFromContent('content/verdict', { url, verdict }).then((result) => {
      if (!result.ok && /context invalidated|receiving end/i.test(result.error)) controller.abort();
      else if (verdict.kind === 'privacy-policy') void analysePage();
      else if (page && !analysedOnRequest) stopPage();
    });
  },
});

listenInContent(
  {
    'tab/findings-state': async () => (page ? (await page).state() : IDLE),
    'tab/set-highlights': async ({ visible }) => (page ? (await page).setHighlightsVisible(visible) : IDLE),
    'tab/jump': async ({ type }) => (page ? (await page).jumpTo(type) : false),
    'tab/note-submit': async (submission) => {
      if (!page) throw new Error('this note form is no longer open');
      await (await page).submitNote(submission);
      return null;
    },
    'tab/variants': async () =>
      (await importExtensionModule<PageModule>('page-analysis.js')).pageVariants({ doc: document, win: window, signal: controller.signal }),
    'tab/command': async ({ command }) => {
      // "Open the panel" on a page not detected as a policy analyses it, as "Analyse this page anyway" does.
      if (command === 'open-panel') {
        analysedOnRequest ||= !page;
        await (await analysePage()).focusPanel();
        return true;
      }
      return page ? (await page).annotateSelection() : false;
    },
    'tab/analyze': async () => {
      analysedOnRequest = true;
      return (await analysePage()).state();
    },
  },
  controller.signal,
);
