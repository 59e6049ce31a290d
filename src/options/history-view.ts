/**
 * The options page's history controls: pause or resume, forget one site, forget everything. Forgetting cannot
 * be undone, so each asks first in a modal <dialog> (keyboard: Tab between its buttons, Esc cancels; focus
 * starts on Cancel, the safe answer). Rendering only: what the buttons do is `actions`.
 */
import { el } from '../dom/element';
import type { HistorySite, HistoryStatus } from '../platform/messages';
import type { Translate } from './view';

export interface OptionsHistoryActions {
  pause(paused: boolean): void;
  /** `origin` undefined: everything. */
  forget(origin?: string): void;
}

export interface OptionsHistoryState {
  status: HistoryStatus | null;
  /** An action is on its way: the next click waits for it (buttons stay enabled so focus keeps its place). */
  busy: boolean;
  message?: string;
}

/** `focusKey` names a control across redraws, so the keyboard's place survives one (see renderOptionsHistory). */
function button(doc: Document, text: string, onClick: () => void, cls: string, disabled: boolean, focusKey?: string): HTMLButtonElement {
  const b = el(doc, 'button', text, cls);
  b.type = 'button';
  if (focusKey) b.dataset.focusKey = focusKey;
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Asks before forgetting. Resolves the dialog by its buttons or Esc; `onConfirm` runs only on the confirm
 * button. The dialog is removed when it closes, whatever closed it.
 */
export function confirmForget(root: HTMLElement, t: Translate, what: string, onConfirm: () => void): HTMLDialogElement {
  const doc = root.ownerDocument;
  const dialog = el(doc, 'dialog', undefined, 'confirm');
  const title = el(doc, 'h2', t('optionsForgetConfirmTitle', what));
  title.id = 'forget-confirm-title';
  const body = el(doc, 'p', t('optionsForgetConfirmBody'));
  body.id = 'forget-confirm-body';
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.setAttribute('aria-describedby', body.id);
  const confirm = button(doc, t('optionsForgetConfirm'), () => {
    dialog.close('forget');
  }, 'danger', false);
  const cancel = button(doc, t('optionsForgetCancel'), () => dialog.close('cancel'), 'secondary', false);
  cancel.autofocus = true;
  const row = el(doc, 'div', undefined, 'actions');
  row.append(confirm, cancel);
  dialog.append(title, body, row);
  dialog.addEventListener('close', () => {
    const confirmed = dialog.returnValue === 'forget';
    dialog.remove();
    if (confirmed) onConfirm();
  }, { once: true });
  root.append(dialog);
  dialog.showModal();
  cancel.focus();
  return dialog;
}

function siteRow(doc: Document, site: HistorySite, t: Translate, onForget: () => void): HTMLLIElement {
  const li = el(doc, 'li', undefined, 'site');
  li.dataset.origin = site.origin;
  li.append(
    el(doc, 'span', site.origin, 'origin'),
    el(doc, 'span', t('optionsSiteCounts', [String(site.documents), String(site.versions)]), 'counts'),
  );
  li.append(button(doc, t('optionsForgetSite', site.origin), onForget, 'secondary', false, `forget:${site.origin}`));
  return li;
}

/** The history section; `root` is its own element, redrawn whole on each change. */
export function renderOptionsHistory(root: HTMLElement, state: OptionsHistoryState, t: Translate, actions: OptionsHistoryActions): void {
  const doc = root.ownerDocument;
  const focused = doc.activeElement instanceof HTMLElement && root.contains(doc.activeElement) ? doc.activeElement : null;
  const focusKey = focused?.dataset.focusKey;
  root.replaceChildren();
  const heading = el(doc, 'h2', t('historyTitle'));
  heading.id = 'history-title';
  heading.tabIndex = -1;
  root.setAttribute('aria-labelledby', heading.id);
  root.append(heading);
  const status = state.status;
  if (!status) {
    root.append(el(doc, 'p', t('optionsHistoryUnavailable'), 'help'));
  } else {
    const versions = status.sites.reduce((n, s) => n + s.versions, 0);
    const note = status.paused ? 'optionsHistoryPausedNote' : 'optionsHistoryNote';
    root.append(el(doc, 'p', t(note, [String(status.documents), String(versions)]), 'help'));
    const pauseLabel = t(status.paused ? 'historyResume' : 'historyPause');
    root.append(button(doc, pauseLabel, () => actions.pause(!status.paused), 'secondary pause', false, 'pause'));
    const sitesTitle = el(doc, 'h3', t('optionsHistorySites'));
    sitesTitle.id = 'history-sites-title';
    root.append(sitesTitle);
    if (status.sites.length === 0) root.append(el(doc, 'p', t('optionsHistoryEmpty'), 'help'));
    else {
      const list = el(doc, 'ul', undefined, 'sites');
      list.setAttribute('aria-labelledby', sitesTitle.id);
      for (const site of status.sites) {
        list.append(siteRow(doc, site, t, () => confirmForget(root, t, site.origin, () => actions.forget(site.origin))));
      }
      root.append(list);
    }
    const everything = t('optionsForgetEverythingWhat', [String(status.documents), String(versions)]);
    const forgetAll = () => confirmForget(root, t, everything, () => actions.forget());
    root.append(button(doc, t('optionsForgetAll'), forgetAll, 'danger forget-all', status.documents === 0, 'forget-all'));
  }
  // Not `.status`: the name form above has its own status line.
  const message = el(doc, 'p', state.message ?? '', 'history-status');
  message.setAttribute('role', 'status');
  root.append(message);
  // A redraw replaces the focused control: focus goes to its successor (the pause button after pausing), or,
  // when it is gone (a forgotten site's row) or disabled (nothing left to forget), to the section's heading.
  if (!focused || root.contains(doc.activeElement)) return;
  const successor = focusKey ? root.querySelector<HTMLButtonElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`) : null;
  if (successor && !successor.disabled) successor.focus();
  else heading.focus();
}
