// Background wiring: keeps each tab's verdict, its badge, and analyses detected policies.
import { showVerdictBadge } from '../platform/badge';
import { SHORTCUT_COMMANDS, type ShortcutCommand } from '../platform/messages';
import { browser, listen, onShortcut, sendToTab } from '../platform/runtime';
import { KEYS, read, update } from '../platform/storage';
import { digest, forPage, runAnalysis, TextUploads } from './analysis';
import { forgetTab, recordVerdict, withAnalysis } from './tab-states';
import { historyHandlers, recordVisit, startWatching } from './history-handlers';

const uploads = new TextUploads();

listen({
  'content/text-chunk': ({ upload, index, part }) => {
    uploads.add(upload, index, part);
    return null;
  },
  'content/verdict': async ({ url, verdict }, sender) => {
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab; frames inside a page are not the page.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
    await update(KEYS.tabStates, (all) => recordVerdict(all, tabId, { url, verdict, checkedAt: new Date().toISOString() }));
    await showVerdictBadge(tabId, verdict);
    return null;
  },
  'content/analyze': async ({ url, upload, chunks, blocks }, sender) => {
    const policyText = { text: uploads.take(upload, chunks), blocks };
    const { analysis, ms } = runAnalysis(policyText);
    const tabId = sender.tab?.id;
    if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
      await update(KEYS.tabStates, (all) => withAnalysis(all, tabId, url, digest(analysis, ms)));
      // Only the top frame's policy is the reader's visit: recorded for "changed since you last read it", after
      // this reply, and the news follows as a message of its own.
      void recordVisit(tabId, url, policyText, analysis);
    }
    return forPage(analysis);
  },
  'popup/analyze': ({ policyText }) => runAnalysis(policyText).analysis,
  'popup/tab-state': async ({ tabId }) => (await read(KEYS.tabStates))[String(tabId)] ?? null,
  ...historyHandlers,
});
startWatching();

browser.tabs.onRemoved.addListener((tabId) => void update(KEYS.tabStates, (all) => forgetTab(all, tabId)));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: the old verdict no longer describes the tab.
  if (change.status === 'loading' && change.url !== undefined) void update(KEYS.tabStates, (all) => forgetTab(all, tabId));
});

// Keyboard shortcuts (manifest `commands`, changeable in the browser's shortcut settings) act on the page.
onShortcut((command, tabId) => {
  if (tabId === undefined || !(SHORTCUT_COMMANDS as readonly string[]).includes(command)) return;
  void sendToTab(tabId, 'tab/command', { command: command as ShortcutCommand });
});
