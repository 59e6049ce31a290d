// The page controller, loaded by the script on every page (index.ts) only when a page needs more than the cheap
// stages of detection: a page they could not dismiss, a page whose text has not arrived yet, a history
// navigation, or a message from the popup. It detects again as content arrives, and on a detected policy (or
// when the popup asks) loads the page module that analyses and shows findings.
import type { FindingsState, RequestOf, ResponseOf } from '../platform/messages';
import { respondWith, sendFromContent } from '../platform/content-api';
import type { Envelope } from '../platform/messages';
import { importExtensionModule } from '../platform/lazy';
import { startDetector } from './detector';
import type { TabMessage } from './tab-messages';

type PageModule = typeof import('./page-analysis');
type DetectModule = typeof import('./page-detect');
type Controller = ReturnType<PageModule['startPage']>;

let page: Promise<Controller> | undefined;
let pageController: AbortController | undefined;
/** The reader asked for this page to be analysed: keep the findings whatever the detector says. */
let analysedOnRequest = false;
/** The page's lifetime (aborts on pagehide, or when the extension is gone): set by `start` before any use. */
let lifetime = new AbortController();
let signal = lifetime.signal;
const IDLE: FindingsState = { status: 'idle', highlightsVisible: true, findings: 0 };

/** Loads the page module once and starts the findings; later calls run the analysis again. */
function analysePage(): Promise<Controller> {
  if (!page) {
    pageController = new AbortController();
    const both = AbortSignal.any([signal, pageController.signal]);
    page = importExtensionModule<PageModule>('page-analysis.js').then((m) => m.startPage({ doc: document, win: window, signal: both }));
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

const handlers: { [K in TabMessage]: (payload: RequestOf<K>) => Promise<ResponseOf<K>> } = {
  'tab/findings-state': async () => (page ? (await page).state() : IDLE),
  'tab/set-highlights': async ({ visible }) => (page ? (await page).setHighlightsVisible(visible) : IDLE),
  'tab/jump': async ({ type }) => (page ? (await page).jumpTo(type) : false),
  'tab/note-submit': async (submission) => {
    if (!page) throw new Error('this note form is no longer open');
    await (await page).submitNote(submission);
    return null;
  },
  'tab/variants': async () =>
    (await importExtensionModule<PageModule>('page-analysis.js')).pageVariants({ doc: document, win: window, signal }),
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
};

/** Answers a message the script on every page received (one of TAB_MESSAGES). */
export function respond(message: Envelope, sendResponse: (r: unknown) => void): void {
  respondWith(handlers, message, sendResponse);
}

let startedWith: AbortSignal | undefined;

/**
 * Detects now, as content arrives and after history navigation, until `pageLifetime` ends (the page is left, or
 * goes into the back/forward cache). Once per lifetime: a page restored from that cache starts a new one, and
 * the findings of the old one, ended with it, are made again if the page is still a policy.
 */
export function start(pageLifetime: AbortController): void {
  if (startedWith === pageLifetime.signal) return;
  lifetime = pageLifetime;
  signal = startedWith = pageLifetime.signal;
  stopPage();
  startDetector({
    doc: document,
    win: window,
    signal,
    detectFully: async (url) => (await importExtensionModule<DetectModule>('page-detect.js')).detectInSlices(document, url, signal),
    report: (url, verdict) => {
      void sendFromContent('content/verdict', { url, verdict }).then((result) => {
        if (!result.ok && /context invalidated|receiving end/i.test(result.error)) lifetime.abort();
        else if (verdict.kind === 'privacy-policy') void analysePage();
        else if (page && !analysedOnRequest) stopPage();
      });
    },
  });
}
