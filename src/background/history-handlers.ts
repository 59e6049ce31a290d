/**
 * The background's side of history and the watch list: records analysed visits, answers the popup, runs the
 * daily check. Kept apart from index.ts so the wiring there stays a few lines.
 */
import { documentKeyOf } from '../core/annotation/document-key';
import type { Analysis } from '../core/nlp/types';
import type { PolicyText } from '../core/text/policy-text';
import { fetchableUrl } from '../platform/fetchable-url';
import { HISTORY_KEYS, type HistoryNews } from '../platform/history-keys';
import type { Handlers } from '../platform/runtime';
import { browser, t } from '../platform/runtime';
import { KEYS, read, update } from '../platform/storage';
import {
  backgroundFetch,
  backgroundPolicyText,
  ensureAlarm,
  notify,
  onAlarm,
  onNotificationClicked,
  openExtensionPage,
  sendToTopFrame,
} from '../platform/watch-api';
import { runAnalysis } from './analysis';
import { recordVersion } from './history';
import { HistoryStore } from './history-store';
import { sitesOf } from './history-sites';
import { localeWording } from './history-wording';
import { runWatch, watchEntry, type WatchDeps } from './watch';
import { WATCH_ALARM, WATCH_PERIOD_MINUTES } from './watch-schedule';

const store = new HistoryStore(browser.storage.local);
/** Change lines in the reader's language (the browser's UI locale, from `_locales`). */
const wording = localeWording(t);

/** The then-vs-now page for two recorded versions of a document. */
export const thenNowPath = (documentKey: string, thenAt: string, nowAt: string) =>
  `src/report/index.html?${new URLSearchParams({ history: documentKey, then: thenAt, now: nowAt }).toString()}`;

/**
 * Records a visit's analysed text, after the analysis has gone back to the page (digest and compression cost
 * about as much again as the analysis; the findings need not wait). The news, if any, goes to the tab's state
 * for the popup and to the page for its panel; a re-analysis of the same load that finds nothing new clears it.
 * A failure here never touches the findings: history is a side line.
 */
export async function recordVisit(
  tabId: number,
  url: string,
  policyText: PolicyText,
  analysis: Analysis,
): Promise<HistoryNews | undefined> {
  try {
    const tab = (await read(KEYS.tabStates))[String(tabId)];
    const replacing = tab?.url === url ? tab.historyRecordedAt : undefined;
    const { outcome, news } = await recordVersion(store, url, policyText, analysis, replacing ? { replacing, wording } : { wording });
    const recordedAt = outcome.kind === 'changed' || outcome.kind === 'first' ? outcome.current.recordedAt : undefined;
    let hadNews = false;
    await update(KEYS.tabStates, (all) => {
      const current = all[String(tabId)];
      if (!current || current.url !== url) return all;
      hadNews = current.history !== undefined;
      const next = { ...current, ...(recordedAt ? { historyRecordedAt: recordedAt } : {}) };
      if (news) next.history = news;
      else delete next.history;
      return { ...all, [String(tabId)]: next };
    });
    if (news || hadNews) await sendToTopFrame(tabId, 'tab/history', { news: news ?? null });
    return news;
  } catch {
    return undefined;
  }
}

const watchDeps: WatchDeps = {
  store,
  wording,
  fetchDocument: (url) => backgroundFetch(url, () => import('../platform/fetch-policy').then((m) => m.fetchPolicyDocument)),
  readText: (body, kind) => backgroundPolicyText(body, kind, () => import('../dom/policy-text-of').then((m) => m.policyTextOf)),
  analyze: (policyText) => runAnalysis(policyText).analysis,
  readList: () => read(HISTORY_KEYS.watchList),
  updateList: (change) => update(HISTORY_KEYS.watchList, change),
  notify: (news, entry) =>
    notify(
      `watch|${news.documentKey}|${news.thenAt}|${news.nowAt}`,
      t('watchNotificationTitle', new URL(entry.url).hostname),
      news.lines.slice(0, 3).join('\n'),
    ),
};

let running: Promise<number> = Promise.resolve(0);
/** One watch run at a time: the alarm, "Check now" and a new watch queue behind one another. */
const checkWatched = (force: boolean, only?: string[]) => {
  running = running.catch(() => 0).then(() => runWatch(watchDeps, force, only));
  return running;
};

/**
 * Changing history or the watch list is for the extension's own pages (popup, options), never a content script:
 * whatever a page manages to do to its content script, it cannot forget or watch anything.
 */
function fromExtensionPage(sender: { url?: string }): void {
  if (!sender.url?.startsWith(browser.runtime.getURL(''))) throw new Error('not allowed from a page');
}

export const historyHandlers: Handlers = {
  'history/status': async ({ url }) => {
    const key = documentKeyOf(url);
    const [index, settings, list] = await Promise.all([store.index(), read(HISTORY_KEYS.historySettings), read(HISTORY_KEYS.watchList)]);
    return {
      paused: settings.paused,
      versions: index.documents[key]?.versions.length ?? 0,
      documents: Object.keys(index.documents).length,
      watched: key in list,
      watchList: Object.entries(list).map(([documentKey, e]) => ({ ...e, documentKey })),
      sites: sitesOf(index),
    };
  },
  'history/pause': async ({ paused }, sender) => {
    fromExtensionPage(sender);
    await store.setPaused(paused === true);
    return null;
  },
  'history/forget': async ({ origin }, sender) => {
    fromExtensionPage(sender);
    return { forgotten: typeof origin === 'string' ? await store.forgetSite(origin) : await store.forgetAll() };
  },
  'history/open-then-now': async ({ documentKey, thenAt, nowAt }) => {
    await openExtensionPage(thenNowPath(String(documentKey), String(thenAt), String(nowAt)));
    return null;
  },
  'watch/add': async ({ url }, sender) => {
    fromExtensionPage(sender);
    const checked = fetchableUrl(String(url));
    if (!checked.ok) throw new Error(checked.error);
    const { key, entry } = watchEntry(checked.value.href);
    await update(HISTORY_KEYS.watchList, (all) => (all[key] ? all : { ...all, [key]: entry }));
    // The first check records the version the next checks compare with.
    await checkWatched(true, [key]);
    return (await read(HISTORY_KEYS.watchList))[key] ?? entry;
  },
  'watch/remove': async ({ url }, sender) => {
    fromExtensionPage(sender);
    const key = documentKeyOf(String(url));
    await update(HISTORY_KEYS.watchList, (all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key)));
    return null;
  },
  'watch/check-now': async (_request, sender) => {
    fromExtensionPage(sender);
    return { checked: await checkWatched(true) };
  },
};

/** The daily alarm and notification clicks; called once when the background starts. */
export function startWatching(): void {
  // After each run the daily alarm is made sure of: an alarm of the same name replaced by a one-off (an older
  // version's, or a test's that fires the real listener now) would otherwise leave no schedule once it fired.
  onAlarm(WATCH_ALARM, () => checkWatched(false).finally(() => ensureAlarm(WATCH_ALARM, WATCH_PERIOD_MINUTES)));
  void ensureAlarm(WATCH_ALARM, WATCH_PERIOD_MINUTES).catch(() => undefined);
  onNotificationClicked((id) => {
    const [kind, documentKey, thenAt, nowAt] = id.split('|');
    if (kind === 'watch' && documentKey && thenAt && nowAt) {
      openExtensionPage(thenNowPath(documentKey, thenAt, nowAt)).catch(() => undefined);
    }
  });
}
