import { el } from '../dom/element';
import type { HistoryNews } from '../platform/history-keys';
import type { HistoryStatus, TabState } from '../platform/messages';
import { visitDate } from '../content/page/history-banner';
import type { Translate } from './view';

export interface HistoryViewState {
  tab: TabState | null;
  status: HistoryStatus | null;
  busy: boolean;
  message?: string;
}

export interface HistoryActions {
  openThenNow(news: HistoryNews): void;
  watch(): void;
  unwatch(url: string): void;
  checkNow(): void;
  pause(paused: boolean): void;
  forgetSite(): void;
  forgetAll(): void;
}

function button(doc: Document, text: string, onClick: () => void, cls = 'button small', disabled = false): HTMLButtonElement {
  const b = el(doc, 'button', text, cls);
  b.type = 'button';
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
}

/** Which of the folded parts the reader opened: a re-render (after each action) keeps them open. */
const opened = new Set<string>();
function folded(doc: Document, cls: string, summary: string, openByDefault: boolean): HTMLDetailsElement {
  const box = el(doc, 'details', undefined, cls);
  box.open = opened.has(cls) || (openByDefault && !opened.has(`${cls}:closed`));
  box.append(el(doc, 'summary', summary));
  box.addEventListener('toggle', () => {
    opened.delete(box.open ? `${cls}:closed` : cls);
    opened.add(box.open ? cls : `${cls}:closed`);
  });
  return box;
}

const when = (iso: string | undefined, t: Translate) => (iso ? new Date(iso).toLocaleString() : t('watchNever'));

/** What changed since the last visit (first, as the popup opens), then watching and the reader's controls. */
export function renderHistory(root: HTMLElement, state: HistoryViewState, t: Translate, actions: HistoryActions): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  const news = state.tab?.history;
  if (news) {
    const box = el(doc, 'section', undefined, 'history-news');
    box.setAttribute('aria-label', t('historyBannerLabel'));
    box.append(el(doc, 'h2', t('historyChangedSince', visitDate(news.since))));
    if (news.lines.length) {
      const list = el(doc, 'ul', undefined, 'changes');
      for (const line of news.lines) list.append(el(doc, 'li', line));
      box.append(list);
    } else box.append(el(doc, 'p', t('historyNoMaterialChange'), 'history-line'));
    const sections: [string, string[]][] = [
      ['historySectionsAdded', news.sections.added],
      ['historySectionsRemoved', news.sections.removed],
      ['historySectionsChanged', news.sections.changed],
    ];
    for (const [key, names] of sections) {
      if (names.length) box.append(el(doc, 'p', t(key, names.slice(0, 6).join('; ')), 'history-line sections'));
    }
    if (news.dropped > 0) box.append(el(doc, 'p', t('historyDropped', String(news.dropped)), 'history-line'));
    box.append(button(doc, t('historyCompareThenNow'), () => actions.openThenNow(news), 'button small primary'));
    root.append(box);
  }

  const status = state.status;
  // A tab the extension knows nothing about gets the popup's own message, not history controls.
  if (!status || !state.tab) return;
  const tab = state.tab;
  // Open by default when there are watched policies to see.
  const watchBox = folded(doc, 'watch', t('watchTitle', String(status.watchList.length)), status.watchList.length > 0);
  if (tab && tab.verdict.kind === 'privacy-policy') {
    watchBox.append(
      status.watched
        ? button(doc, t('watchStop'), () => actions.unwatch(tab.url), 'button small', state.busy)
        : button(doc, t('watchThis'), actions.watch, 'button small primary', state.busy),
    );
  }
  if (status.watchList.length) {
    const list = el(doc, 'ul', undefined, 'watch-list');
    for (const w of status.watchList) {
      const li = el(doc, 'li', undefined, 'watched');
      li.dataset.url = w.url;
      li.append(el(doc, 'span', w.url, 'url'));
      li.append(el(doc, 'span', t('watchLastCheck', when(w.lastCheck, t)), 'last-check'));
      li.append(el(doc, 'span', w.lastChange ? t('watchLastChange', when(w.lastChange, t)) : t('watchNoChange'), 'last-change'));
      if (w.lastChangeLines?.length) {
        const lines = el(doc, 'ul', undefined, 'changes');
        for (const line of w.lastChangeLines) lines.append(el(doc, 'li', line));
        li.append(lines);
      }
      if (w.lastError) li.append(el(doc, 'span', t('watchFailed', w.lastError), 'failure'));
      li.append(button(doc, t('watchUnwatch'), () => actions.unwatch(w.url), 'link', state.busy));
      list.append(li);
    }
    watchBox.append(list, button(doc, t('watchCheckNow'), actions.checkNow, 'button small', state.busy));
  }
  root.append(watchBox);

  const controls = folded(doc, 'history-controls', t('historyTitle'), false);
  const note = status.paused ? 'historyPausedNote' : 'historyNote';
  controls.append(el(doc, 'p', t(note, [String(status.versions), String(status.documents)]), 'history-line'));
  const row = el(doc, 'div', undefined, 'notes-actions');
  row.append(button(doc, t(status.paused ? 'historyResume' : 'historyPause'), () => actions.pause(!status.paused)));
  if (tab) row.append(button(doc, t('historyForgetSite'), actions.forgetSite));
  row.append(button(doc, t('historyForgetAll'), actions.forgetAll));
  controls.append(row);
  root.append(controls);

  if (state.message) {
    const m = el(doc, 'p', state.message, 'history-line history-message');
    m.setAttribute('role', 'status');
    root.append(m);
  }
}
