/**
 * The options page's history controls, wired to the background (the one writer of history). The section
 * follows storage, so a visit recorded or a site forgotten from the popup shows here at once.
 */
import { handled } from '../core/handled';
import type { Result } from '../platform/result';
import { send } from '../platform/runtime';
import { onHistoryChanged } from '../platform/watch-api';
import { renderOptionsHistory, type OptionsHistoryActions, type OptionsHistoryState } from './history-view';
import type { Translate } from './view';

export function startOptionsHistory(root: HTMLElement, t: Translate): void {
  let state: OptionsHistoryState = { status: null, busy: false };
  const set = (patch: Partial<OptionsHistoryState>) => {
    state = { ...state, ...patch };
    renderOptionsHistory(root, state, t, actions);
  };
  const refresh = async () => {
    const status = await send('history/status', { url: '' });
    set({ status: status.ok ? status.value : null });
  };
  const failed = (reason: string) => set({ busy: false, message: t('historyActionFailed', reason) });
  const done = (r: Result<unknown>, message: () => string) => {
    set({ busy: false, message: r.ok ? message() : t('historyActionFailed', r.error) });
    return refresh();
  };
  const actions: OptionsHistoryActions = {
    pause: (paused) => {
      if (state.busy) return;
      set({ busy: true });
      const key = paused ? 'historyPausedMessage' : 'historyResumedMessage';
      handled(send('history/pause', { paused }).then((r) => done(r, () => t(key))), failed);
    },
    forget: (origin) => {
      if (state.busy) return;
      set({ busy: true });
      handled(
        send('history/forget', origin === undefined ? {} : { origin }).then((r) =>
          done(r, () => t('historyForgotten', r.ok ? String(r.value.forgotten) : '0')),
        ),
        failed,
      );
    },
  };
  set({});
  onHistoryChanged(() => handled(refresh(), failed));
  handled(refresh(), failed);
}
