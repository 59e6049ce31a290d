// Popup wiring: find the tab, ask the background what it is, render.
import { browser, send, t } from '../platform/runtime';
import { renderPopup } from './view';

const root = document.getElementById('app')!;

async function targetTabId(): Promise<number | undefined> {
  // Tests (and a popup opened as a tab) name the tab; otherwise it is the active tab of this window.
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function start(): Promise<void> {
  renderPopup(root, { kind: 'loading' }, t);
  const tabId = await targetTabId();
  if (tabId === undefined) return renderPopup(root, { kind: 'unavailable' }, t);
  const result = await send('popup/tab-state', { tabId });
  if (!result.ok) return renderPopup(root, { kind: 'error', message: result.error }, t);
  renderPopup(root, result.value ? { kind: 'ready', tab: result.value } : { kind: 'unavailable' }, t);
}

void start();
