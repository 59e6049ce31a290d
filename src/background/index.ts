// Background wiring: keeps each tab's verdict and its badge.
import { showVerdictBadge } from '../platform/badge';
import { browser, listen } from '../platform/runtime';
import { KEYS, read, update } from '../platform/storage';
import { recordVerdict, forgetTab } from './tab-states';

listen({
  'content/verdict': async ({ url, verdict }, sender) => {
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab; frames inside a page are not the page.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
    await update(KEYS.tabStates, (all) => recordVerdict(all, tabId, { url, verdict, checkedAt: new Date().toISOString() }));
    await showVerdictBadge(tabId, verdict);
    return null;
  },
  'popup/tab-state': async ({ tabId }) => (await read(KEYS.tabStates))[String(tabId)] ?? null,
});

browser.tabs.onRemoved.addListener((tabId) => void update(KEYS.tabStates, (all) => forgetTab(all, tabId)));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: the old verdict no longer describes the tab.
  if (change.status === 'loading' && change.url !== undefined) void update(KEYS.tabStates, (all) => forgetTab(all, tabId));
});
