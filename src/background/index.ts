// Background wiring: keeps each tab's verdict, its badge, analyses detected policies one at a time, and is the one
// writer of the reader's annotations.
import { fail, type Result } from '../platform/result';
import { withReasonText } from '../core/detect/reasons';
import { showVerdictBadge } from '../platform/badge';
import { SHORTCUT_COMMANDS, type ShortcutCommand } from '../platform/messages';
import { browser, listen, onShortcut, sendToDocument, sendToTab, wakeTab } from '../platform/runtime';
import { KEYS, read, readAfterUpdates, update } from '../platform/storage';
import { ANALYSIS_BUDGET_MS, digest, forPage, runAnalysis, unreadOf } from './analysis';
import { AnalysisQueue } from './analysis-queue';
import { AnnotationStore } from './annotation-store';
import { sameOriginAs, senderAllowed } from './senders';
import { forgetIfStill, forgetTab, markNavigating, recordVerdict, settled, withAnalysis } from './tab-states';
import { TextUploads } from './text-uploads';
import { handled } from '../core/handled';
import { historyHandlers, recordVisit, startWatching } from './history-handlers';

/** Housekeeping that failed (storage refused a write): nobody waits for it, so it is only logged. */
const logFailure = (reason: string) => console.warn(`Policy Lens: ${reason}`);

const uploads = new TextUploads();
const queue = new AnalysisQueue({
  now: () => performance.now(),
  yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
  // A big document waits behind at most a few small ones: its own budget's worth of them.
  maxWaitMs: ANALYSIS_BUDGET_MS * 4,
});
const annotations = new AnnotationStore(browser.storage.local);
const ownerOf = (sender: { tab?: { id?: number }; frameId?: number }) => `${sender.tab?.id}:${sender.frameId ?? 0}`;
const tabOf = (sender: { tab?: { id?: number } }) => sender.tab!.id!;
/** The reporting document, where the browser names it (Chrome; see TabState.documentId). */
const documentOf = (sender: object): { documentId?: string } => {
  const id = (sender as { documentId?: unknown }).documentId;
  return typeof id === 'string' && id !== '' ? { documentId: id } : {};
};

listen(
  {
    'content/text-chunk': async ({ upload, index, part }, sender) => {
      await uploads.add(ownerOf(sender), upload, index, part);
      return null;
    },
    'content/verdict': async ({ url, verdict: judgement }, sender) => {
      const tabId = tabOf(sender);
      // The page sends reason codes only (a lighter content script); the words are added here.
      const verdict = withReasonText(judgement);
      await update(KEYS.tabStates, (all) =>
        recordVerdict(all, tabId, { url, verdict, checkedAt: new Date().toISOString(), ...documentOf(sender) }),
      );
      await showVerdictBadge(tabId, verdict);
      return null;
    },
    'content/analyze': async ({ url, upload, chunks, blocks, cutAt }, sender) => {
      const text = uploads.take(ownerOf(sender), upload, chunks);
      const { value } = await queue.run(text.length, () => runAnalysis({ text, blocks }));
      const { analysis, ms, partial } = value;
      const unread = unreadOf(analysis, Number.isSafeInteger(cutAt) && cutAt! > 0 ? cutAt : undefined);
      const tabId = tabOf(sender);
      const { documentId } = documentOf(sender);
      await update(KEYS.tabStates, (all) => withAnalysis(all, tabId, url, digest(analysis, ms, new Date(), partial, unread), documentId));
      // Only the top frame's policy is the reader's visit (content messages come from top frames only, see
      // senders.ts): recorded for "changed since you last read it", after this reply, and the news follows as a
      // message of its own. recordVisit catches its own failures.
      handled(recordVisit(tabId, url, { text, blocks }, analysis), logFailure);
      return forPage(analysis, partial, unread);
    },
    'content/notes-load': ({ url }, sender) => {
      if (!sameOriginAs(sender, url)) throw new Error('not this page’s annotations');
      return annotations.load(url);
    },
    'content/notes-change': ({ url, change }, sender) => {
      if (!sameOriginAs(sender, url)) throw new Error('not this page’s annotations');
      return annotations.change(url, change);
    },
    'popup/notes-import': ({ collection }) => annotations.import(collection),
    'popup/analyze': async ({ policyText }) => {
      const size = (policyText as { text?: unknown }).text;
      const { value } = await queue.run(typeof size === 'string' ? size.length : 0, () => runAnalysis(policyText));
      return value.partial ? { ...value.analysis, partial: value.partial } : value.analysis;
    },
    'popup/tab-state': async ({ tabId }) => (await read(KEYS.tabStates))[String(tabId)] ?? null,
    // The note form is an extension page framed in the tab's panel: its note goes to that tab's top frame only.
    'note-form/submit': async (submission, sender) => {
      const reply = await sendToTab(tabOf(sender), 'tab/note-submit', submission);
      if (!reply.ok) throw new Error(reply.error);
      return null;
    },
    // What the framed form is for (a new note, an edit, a dispute): asked of the same tab, by the form's token.
    'note-form/init': async ({ token }, sender) => {
      const reply = await sendToTab(tabOf(sender), 'tab/note-form-init', { token: String(token) });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    ...historyHandlers,
  },
  undefined,
  (name, sender) => senderAllowed(name, sender, browser.runtime.id, browser.runtime.getURL('')),
);

startWatching();

browser.tabs.onRemoved.addListener((tabId) => {
  uploads.forgetOwner(`${tabId}:0`);
  handled(update(KEYS.tabStates, (all) => forgetTab(all, tabId)), logFailure);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  // The tab started loading (a reload, a navigation, also a fragment link or pushState: without the `tabs`
  // permission the event does not say which, nor the address): until its document reports, the state does not
  // answer for the tab (the popup shows it loading). A new document's verdict replaces the state, the same
  // document's keeps its analysis (see recordVerdict).
  if (change.status === 'loading') handled(update(KEYS.tabStates, (all) => markNavigating(all, tabId)), logFailure);
  // Loaded, and still nobody reported: if the document that reported before is still there (a pushState to the
  // same address), the state answers for the tab again; if not, the new document is one the script on every page
  // dismissed, which reports nothing (issue 13), so the state and badge of the page before it go.
  if (change.status === 'complete') handled(settleOrForget(tabId), logFailure);
});

/** How long a document that reported may take to say it is still the tab's. */
const ALIVE_CHECK_MS = 1000;

/** `answer`, or a failure as a value when it takes longer than `ms`. */
function withinTime<T>(answer: Promise<Result<T>>, ms: number): Promise<Result<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<Result<T>>((resolve) => {
    timer = setTimeout(() => resolve(fail(new Error(`no answer in ${ms} ms`))), ms);
  });
  return Promise.race([answer, silence]).finally(() => clearTimeout(timer));
}

async function settleOrForget(tabId: number): Promise<void> {
  const state = (await readAfterUpdates(KEYS.tabStates))[String(tabId)];
  if (!state?.navigating) return;
  const { documentId } = state;
  // Where the browser names no documents (Firefox), the top frame answering may be the new document, which
  // reports by itself: only silence says the reporter is gone.
  // A document the tab left for the back/forward cache may never answer (Chrome holds the message): silence for a
  // while says the same as a refusal (wake.spec.ts, with that cache on).
  const alive = await withinTime(
    documentId !== undefined ? sendToDocument(tabId, documentId, 'tab/findings-state', {}) : sendToTab(tabId, 'tab/findings-state', {}),
    ALIVE_CHECK_MS,
  );
  if (alive.ok) {
    if (documentId !== undefined) await update(KEYS.tabStates, (all) => settled(all, tabId, documentId));
    return;
  }
  let forgotten = false;
  await update(KEYS.tabStates, (all) => {
    const next = forgetIfStill(all, tabId, state);
    forgotten = next !== all;
    return next;
  });
  if (forgotten) await showVerdictBadge(tabId, null);
}

// Keyboard shortcuts (manifest `commands`, changeable in the browser's shortcut settings) act on the page.
onShortcut((command, tabId) => {
  if (tabId === undefined || !(SHORTCUT_COMMANDS as readonly string[]).includes(command)) return;
  handled(runShortcut(tabId, command as ShortcutCommand), logFailure);
});

/**
 * A page the script on every page dismissed listens for nothing: the shortcut wakes it (a shortcut grants
 * `activeTab`, as opening the popup does) and asks again. A failure comes back as a value: nothing to do with it.
 */
async function runShortcut(tabId: number, command: ShortcutCommand): Promise<void> {
  const first = await sendToTab(tabId, 'tab/command', { command });
  if (first.ok || !(await wakeTab(tabId)).ok) return;
  await sendToTab(tabId, 'tab/command', { command });
}
