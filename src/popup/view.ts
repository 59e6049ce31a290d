import type { DocumentKind } from '../core/detect/types';
import type { TabState } from '../platform/messages';

/** The popup's states: what a person sees while waiting, when there is nothing, on error, and with a verdict. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tab: TabState };

export type Translate = (key: string, substitutions?: string | string[]) => string;

const KIND_KEYS: Record<DocumentKind, string> = {
  'privacy-policy': 'kindPrivacyPolicy',
  'cookie-policy': 'kindCookiePolicy',
  terms: 'kindTerms',
  'not-policy': 'kindNotPolicy',
};

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  // textContent only: reasons quote page text, which is untrusted (house rule 10).
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

export function renderPopup(root: HTMLElement, state: PopupState, t: Translate): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  root.setAttribute('aria-busy', String(state.kind === 'loading'));
  const title = el(doc, 'h1');
  const logo = el(doc, 'img');
  logo.src = '/icons/icon-48.png';
  logo.alt = '';
  title.append(logo, doc.createTextNode(t('extensionName')));
  root.append(title);

  if (state.kind === 'loading') {
    const p = el(doc, 'p', undefined, 'message');
    p.append(el(doc, 'span', undefined, 'spinner'), doc.createTextNode(t('popupLoading')));
    root.append(p);
    return;
  }
  if (state.kind === 'unavailable') {
    root.append(el(doc, 'p', t('popupUnavailable'), 'message'));
    return;
  }
  if (state.kind === 'error') {
    root.append(el(doc, 'p', t('popupError', state.message), 'message'));
    return;
  }
  const { verdict } = state.tab;
  const box = el(doc, 'section', undefined, 'verdict');
  box.dataset.kind = verdict.kind;
  box.setAttribute('aria-label', t('popupVerdictLabel'));
  box.append(el(doc, 'strong', t(KIND_KEYS[verdict.kind])));
  box.append(el(doc, 'span', t('popupConfidence', String(Math.round(verdict.score * 100))), 'score'));
  root.append(box);
  if (verdict.reasons.length > 0) {
    root.append(el(doc, 'h2', t('popupWhy')));
    const list = el(doc, 'ul', undefined, 'reasons');
    for (const reason of verdict.reasons) list.append(el(doc, 'li', reason));
    root.append(list);
  }
}
