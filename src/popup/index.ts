// Popup wiring: find the tab, ask the background and the page what they know, render, act on clicks.
import type { TabState } from '../platform/messages';
import { browser, onTabStatesChanged, openShortcutSettings, send, sendToTab, shortcuts, t, wakeTab } from '../platform/runtime';
import type { WakeResult } from '../platform/wake';
import type { Result } from '../platform/result';
import { annotationCount, exportAnnotations, importAnnotations } from './annotations';
import { openComparisonPage, RegionsController, requestOrigins } from './regions';
import { renderRegions } from './regions-view';
import { startHistoryView } from './history';
import { renderPopup, type PopupState } from './view';
import { VerdictWait } from './verdict-wait';
import { handled, reasonOf } from '../core/handled';

const root = document.getElementById('app')!;
let tabId: number | undefined;
let analysing = false;
let analyseError: string | undefined;
let notesMessage: string | undefined;
let currentUrl: string | undefined;

async function targetTabId(): Promise<number | undefined> {
  // Tests (and a popup opened as a tab) name the tab; otherwise it is the active tab of this window.
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The wake of this popup's tab, once: a page the script on every page dismissed has told nobody anything (it uses
 * no extension API), so the popup wakes it and shows "checking" until its verdict arrives (onTabStatesChanged).
 */
let woken: Promise<Result<WakeResult>> | undefined;
/** How long to wait before waking again a page that was still loading (its script had not run yet). */
const PAGE_LOADING_RETRY_MS = 400;

/** A woken page that never reports would leave the popup checking for ever: after a while it says so, with a retry. */
const verdictWait = new VerdictWait(() => draw({ kind: 'silent' }));

/**
 * Wakes the tab's page and shows it being checked. `navigating`: the tab is between documents, so a page that cannot
 * be woken (this popup was opened without `activeTab`) is still shown loading, not unreadable: its own verdict comes.
 */
async function wake(id: number, navigating = false): Promise<void> {
  if (verdictWait.timedOut) return draw({ kind: 'silent' });
  // From the first wake: running the function itself may never return on a page that never settles.
  verdictWait.start();
  const result = await (woken ??= wakeTab(id));
  if (verdictWait.timedOut) return draw({ kind: 'silent' });
  if (!result.ok) {
    verdictWait.stop();
    return draw(navigating ? { kind: 'loading' } : { kind: 'unreadable' });
  }
  if (result.value === 'loading') {
    draw({ kind: 'loading', pageLoading: true });
    // The script runs at document_idle: ask again soon (until the wait for a verdict runs out).
    woken = undefined;
    setTimeout(() => handled(refresh(), showError), PAGE_LOADING_RETRY_MS);
    return;
  }
  draw({ kind: 'loading' });
}

async function refresh(): Promise<void> {
  if (tabId === undefined) return;
  const result = await send('popup/tab-state', { tabId });
  if (!result.ok) return draw({ kind: 'error', message: result.error });
  const tab: TabState | null = result.value;
  if (!tab) return wake(tabId);
  verdictWait.stop();
  // The tab is loading (a reload, perhaps of the same address): its old findings no longer describe it. The new
  // document may be one the script on every page dismissed, or one restored from the back/forward cache, for which
  // the browser may never say the load completed (then the background never forgets the old state): woken, it
  // reports, and its verdict replaces the state.
  if (tab.navigating) return wake(tabId, true);
  if (tab.analysis) analysing = false;
  const findings = await sendToTab(tabId, 'tab/findings-state', {});
  const notes = { ...(await annotationCount(tab.url)), ...(notesMessage ? { message: notesMessage } : {}) };
  currentUrl = tab.url;
  draw({
    kind: 'ready',
    tab,
    findings: findings.ok ? findings.value : null,
    analysing,
    notes,
    shortcuts: await shortcuts(),
    ...(analyseError ? { analyseError } : {}),
  });
}

async function analyse(): Promise<void> {
  if (tabId === undefined) return;
  analysing = true;
  analyseError = undefined;
  await refresh();
  let result = await sendToTab(tabId, 'tab/analyze', {});
  if (!result.ok) {
    // The page was dismissed (nothing listens) or has no script yet: wake it (activeTab), then ask again.
    const woke = await wakeTab(tabId);
    result = woke.ok ? await sendToTab(tabId, 'tab/analyze', {}) : { ok: false, error: woke.error };
  }
  if (!result.ok) {
    analysing = false;
    analyseError = result.error;
  }
  await refresh();
}

const actions = {
  exportNotes: (scope: 'page' | 'all', format: 'jsonld' | 'md') =>
    handled(exportAnnotations(scope === 'page' ? currentUrl : undefined, format), (reason) => {
      notesMessage = reason;
      handled(refresh(), showError);
    }),
  importNotes: (file: File) => {
    // The message is this import's, whatever happens: a failure never leaves the previous success showing.
    notesMessage = undefined;
    handled(
      importAnnotations(file)
        .then(
          (r) => {
            notesMessage = r.ok ? t('popupImported', [String(r.added), String(r.updated)]) : t('popupImportFailed', r.problems.join('; '));
          },
          (e: unknown) => {
            notesMessage = t('popupImportFailed', reasonOf(e));
          },
        )
        .then(refresh),
      showError,
    );
  },
  retry: () => {
    verdictWait.retry();
    woken = undefined;
    handled(refresh(), showError);
  },
  analyse: () =>
    handled(analyse(), (reason) => {
      analysing = false;
      analyseError = reason;
      handled(refresh(), showError);
    }),
  openShortcuts: () => handled(openShortcutSettings(), showError),
  setHighlights: (visible: boolean) => {
    if (tabId !== undefined) handled(sendToTab(tabId, 'tab/set-highlights', { visible }).then(() => refresh()), showError);
  },
  jump: (type: Parameters<typeof sendToTab<'tab/jump'>>[2]['type']) => {
    // A failure comes back as a value; there is nothing to show for a jump that found nothing.
    if (tabId !== undefined) handled(sendToTab(tabId, 'tab/jump', { type }), showError);
  },
};

/** A failure of the summary's own plumbing: shown, with its reason, in place of the summary. */
const showError = (message: string) => draw({ kind: 'error', message });

function draw(state: PopupState): void {
  renderPopup(root, state, t, actions);
}

// The Regions tab: found on first opening, fetched only when the reader asks.
const regionsRoot = document.getElementById('regions')!;
let regions: RegionsController | undefined;
const regionActions = {
  find: () => {
    const r = regions;
    if (r) handled(r.find(), (reason) => r.fail(reason));
  },
  toggle: (i: number, v: boolean) => regions?.toggle(i, v),
  compare: () => {
    if (!regions) return;
    // The permission request must stay within the click: no await before it.
    const r = regions;
    handled(
      requestOrigins(r.originsToRequest())
        .then((granted) => r.fetchAndCompare(granted))
        .then(() => {
          // After comparing, focus goes to the results (drawn first in the tab).
          if (r.state.comparison) drawRegions(r.state, true);
        }),
      (reason) => r.fail(reason),
    );
  },
  addUrl: (url: string, region: string) => regions?.addUrl(url, region),
  addFile: (file: File, region: string) => {
    const r = regions;
    if (r) handled(r.addFile(file, region), (reason) => r.fail(reason));
  },
  openFull: (id: string) => handled(openComparisonPage(id), (reason) => regions?.fail(reason)),
};

function drawRegions(s: RegionsController['state'], focusResults: boolean): void {
  const askSites = (regions?.originsToRequest() ?? []).map((o) => o.replace(/^\w+:\/\/|\/\*$/g, ''));
  renderRegions(regionsRoot, s, t, regionActions, { askSites, focusResults });
}

function selectTab(which: 'summary' | 'regions'): void {
  const summaryTab = document.getElementById('tab-summary')!;
  const regionsTab = document.getElementById('tab-regions')!;
  summaryTab.setAttribute('aria-selected', String(which === 'summary'));
  regionsTab.setAttribute('aria-selected', String(which === 'regions'));
  summaryTab.tabIndex = which === 'summary' ? 0 : -1;
  regionsTab.tabIndex = which === 'regions' ? 0 : -1;
  root.hidden = which !== 'summary';
  regionsRoot.hidden = which !== 'regions';
  if (which === 'regions' && !regions && tabId !== undefined) {
    regions = new RegionsController(tabId, (s) => drawRegions(s, false));
    const r = regions;
    handled(r.find(), (reason) => r.fail(reason));
  }
}

function setUpTabs(): void {
  document.getElementById('title')!.textContent = t('extensionName');
  const summaryTab = document.getElementById('tab-summary')!;
  const regionsTab = document.getElementById('tab-regions')!;
  summaryTab.textContent = t('tabSummary');
  regionsTab.textContent = t('tabRegions');
  summaryTab.addEventListener('click', () => selectTab('summary'));
  regionsTab.addEventListener('click', () => selectTab('regions'));
  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  document.getElementById('tabs')!.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = regionsTab.getAttribute('aria-selected') === 'true' ? 'summary' : 'regions';
    selectTab(next);
    (next === 'summary' ? summaryTab : regionsTab).focus();
  });
}

async function start(): Promise<void> {
  setUpTabs();
  draw({ kind: 'loading' });
  tabId = await targetTabId();
  startHistoryView(document.getElementById('history')!, tabId, t);
  if (tabId === undefined) return draw({ kind: 'unreadable' });
  onTabStatesChanged(() => handled(refresh(), showError));
  await refresh();
}

handled(start(), showError);
