/**
 * "Changed since you last read it", at the top of the findings panel: the material changes in plain words,
 * then the sections added, removed and changed, and a way to the then-vs-now comparison. Page text (the
 * sentences and headings) enters only through textContent.
 */
import type { HistoryNews } from '../../platform/history-keys';
import type { Translate } from './panel';

export const HISTORY_BANNER_CSS = `
.history-slot:empty { display: none; }
.history-slot { border-bottom: 1px solid var(--border); max-height: 40%; overflow: auto; flex: none; }
.history { margin: 8px 12px; padding: 8px 10px; border-radius: 6px; background: var(--warn-bg); color: var(--warn-fg); }
.history h3 { margin: 0 0 4px; font-size: 13px; }
.history ul { margin: 4px 0; padding-left: 18px; }
.history .sections { margin: 4px 0; color: inherit; opacity: 0.9; }
.history button { font: inherit; cursor: pointer; border: 1px solid currentColor; background: transparent; color: inherit; \
border-radius: 6px; padding: 2px 8px; margin-top: 4px; }
.history button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
`;

/** "3 March" (the year only when it is not this year): how the reader remembers a visit. */
export function visitDate(iso: string, now = new Date(), locale?: string): string {
  const d = new Date(iso);
  return d.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    ...(d.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
  });
}

const LISTED_SECTIONS = 6;

export function renderHistoryBanner(
  doc: Document,
  t: Translate,
  news: HistoryNews,
  onCompare: () => void,
  signal: AbortSignal,
): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };
  const box = el('section', undefined, 'history');
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', t('historyBannerLabel'));
  box.append(el('h3', t('historyChangedSince', visitDate(news.since))));
  if (news.lines.length) {
    const list = el('ul', undefined, 'changes');
    for (const line of news.lines) list.append(el('li', line));
    box.append(list);
  } else {
    box.append(el('p', t('historyNoMaterialChange'), 'no-material'));
  }
  const sections = (key: string, names: string[]) => {
    if (!names.length) return;
    const shown =
      names.slice(0, LISTED_SECTIONS).join('; ') +
      (names.length > LISTED_SECTIONS ? ` (+${names.length - LISTED_SECTIONS})` : '');
    box.append(el('p', t(key, shown), 'sections'));
  };
  sections('historySectionsAdded', news.sections.added);
  sections('historySectionsRemoved', news.sections.removed);
  sections('historySectionsChanged', news.sections.changed);
  if (news.dropped > 0) box.append(el('p', t('historyDropped', String(news.dropped)), 'sections dropped'));
  const compare = el('button', t('historyCompareThenNow'), 'then-now');
  compare.type = 'button';
  compare.addEventListener('click', onCompare, { signal });
  box.append(compare);
  return box;
}
