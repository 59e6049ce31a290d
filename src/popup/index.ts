// Popup wiring: find the tab, ask the background and the page what they know, render, act on clicks.
import type { TabState } from '../platform/messages';
import { browser, injectContentScript, onTabStatesChanged, send, sendToTab, t } from '../platform/runtime';
import { renderPopup, type PopupState } from './view';

const root = document.getElementById('app')!;
let tabId: number | undefined;
let analysing = false;
let analyseError: string | undefined;

async function targetTabId(): Promise<number | undefined> {
  // Tests (and a popup opened as a tab) name the tab; otherwise it is the active tab of this window.
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function canAnalyse(id: number): Promise<boolean> {
  const tab = await browser.tabs.get(id).catch(() => undefined);
  return !!tab && (!tab.url || /^https?:/.test(tab.url));
}

async function refresh(): Promise<void> {
  if (tabId === undefined) return;
  const result = await send('popup/tab-state', { tabId });
  if (!result.ok) return draw({ kind: 'error', message: result.error });
  const tab: TabState | null = result.value;
  if (!tab) return draw({ kind: 'unavailable', canAnalyse: await canAnalyse(tabId) });
  if (tab.analysis) analysing = false;
  const findings = await sendToTab(tabId, 'tab/findings-state', {});
  draw({ kind: 'ready', tab, findings: findings.ok ? findings.value : null, analysing, ...(analyseError ? { analyseError } : {}) });
}

async function analyse(): Promise<void> {
  if (tabId === undefined) return;
  analysing = true;
  analyseError = undefined;
  await refresh();
  let result = await sendToTab(tabId, 'tab/analyze', {});
  if (!result.ok) {
    // No content script in the tab yet: put it there (activeTab), then ask again.
    const injected = await injectContentScript(tabId);
    result = injected.ok ? await sendToTab(tabId, 'tab/analyze', {}) : { ok: false, error: injected.error };
  }
  if (!result.ok) {
    analysing = false;
    analyseError = result.error;
  }
  await refresh();
}

const actions = {
  analyse: () => void analyse(),
  setHighlights: (visible: boolean) => {
    if (tabId !== undefined) void sendToTab(tabId, 'tab/set-highlights', { visible }).then(() => refresh());
  },
  jump: (type: Parameters<typeof sendToTab<'tab/jump'>>[2]['type']) => {
    if (tabId !== undefined) void sendToTab(tabId, 'tab/jump', { type });
  },
};

function draw(state: PopupState): void {
  renderPopup(root, state, t, actions);
}

async function start(): Promise<void> {
  draw({ kind: 'loading' });
  tabId = await targetTabId();
  if (tabId === undefined) return draw({ kind: 'unavailable', canAnalyse: false });
  onTabStatesChanged(() => void refresh());
  await refresh();
}

void start();
