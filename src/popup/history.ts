/**
 * The popup's history part: what changed since the last visit, "Watch this policy", the watch list, and the
 * reader's controls (pause, forget this site, forget everything). Asks the background, which alone writes.
 */
import { fetchableUrl, originPattern } from '../platform/fetch-policy';
import type { HistoryStatus, TabState } from '../platform/messages';
import { onTabStatesChanged, send } from '../platform/runtime';
import { hasNotifications, onHistoryChanged, openExtensionPage, requestWatchPermissions } from '../platform/watch-api';
import { renderHistory, type HistoryActions, type HistoryViewState } from './history-view';
import type { Translate } from './view';
import { handled } from '../core/handled';

export function startHistoryView(root: HTMLElement, tabId: number | undefined, t: Translate): void {
  let state: HistoryViewState = { tab: null, status: null, busy: false };
  let notifications = false;
  const draw = () => renderHistory(root, state, t, actions);
  const set = (patch: Partial<HistoryViewState>) => {
    state = { ...state, ...patch };
    draw();
  };

  const refresh = async () => {
    const tab: TabState | null = tabId === undefined ? null : await send('popup/tab-state', { tabId }).then((r) => (r.ok ? r.value : null));
    const status = await send('history/status', { url: tab?.url ?? '' });
    notifications = await hasNotifications();
    set({ tab, status: status.ok ? status.value : null });
  };

  const after = (message: string) => (r: { ok: boolean; error?: string }) => {
    set({ busy: false, message: r.ok ? message : t('historyActionFailed', r.error ?? '') });
    return refresh();
  };

  /** Any failure shows its reason and gives the buttons back (issue 12, item 4). */
  const failed = (reason: string) => set({ busy: false, message: t('historyActionFailed', reason) });

  const actions: HistoryActions = {
    openThenNow: (news) => {
      const query = new URLSearchParams({ history: news.documentKey, then: news.thenAt, now: news.nowAt });
      handled(openExtensionPage(`src/report/index.html?${query.toString()}`), failed);
    },
    watch: () => {
      const url = state.tab?.url;
      const checked = url ? fetchableUrl(url) : undefined;
      if (!url || !checked?.ok) return set({ message: t('watchNotFetchable') });
      // The permission request stays within the click: nothing is awaited before it. Notifications are asked
      // for with the first watched policy.
      const first = !notifications && (state.status?.watchList.length ?? 0) === 0;
      const asked = requestWatchPermissions(originPattern(checked.value), first);
      set({ busy: true, message: t('watchAsking') });
      handled(asked.then(async (granted) => {
        if (!granted) return set({ busy: false, message: t('watchPermissionDenied') });
        set({ message: t('watchChecking') });
        return send('watch/add', { url }).then(after(t('watchAdded')));
      }), failed);
    },
    unwatch: (url) => handled(send('watch/remove', { url }).then(after(t('watchRemoved'))), failed),
    checkNow: () => {
      set({ busy: true, message: t('watchChecking') });
      handled(send('watch/check-now', {}).then((r) => after(t('watchChecked', r.ok ? String(r.value.checked) : '0'))(r)), failed);
    },
    pause: (paused) =>
      handled(
        send('history/pause', { paused }).then(after(t(paused ? 'historyPausedMessage' : 'historyResumedMessage'))),
        failed,
      ),
    forgetSite: () => {
      const url = state.tab?.url;
      if (!url) return;
      handled(
        send('history/forget', { origin: new URL(url).origin }).then((r) =>
          after(t('historyForgotten', r.ok ? String(r.value.forgotten) : '0'))(r),
        ),
        failed,
      );
    },
    forgetAll: () =>
      handled(
        send('history/forget', {}).then((r) => after(t('historyForgotten', r.ok ? String(r.value.forgotten) : '0'))(r)),
        failed,
      ),
  };

  draw();
  onTabStatesChanged(() => handled(refresh(), failed));
  // The daily check may run while the popup is open: its list follows.
  onHistoryChanged(() => handled(refresh(), failed));
  handled(refresh(), failed);
}

export type { HistoryStatus };
