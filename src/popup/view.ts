import { unreadNotices } from '../core/report/unread';
import { el } from '../dom/element';
import { CONDITION_MESSAGE, SUMMARY_MESSAGE, TYPE_MESSAGE } from '../core/explain/message-ids';
import { quoteSegments } from '../core/report/quote';
import { quoteElement } from '../dom/quote-element';
import type { Reason } from '../core/detect/reasons';
import type { DocumentKind } from '../core/detect/types';
import { DATA_TYPES, type DataType } from '../core/nlp/types';
import type { FindingsState, TabState } from '../platform/messages';

/**
 * The popup's states: checking the page (`pageLoading`: the page itself has not finished loading), a woken page
 * that did not answer in time (`silent`, with a retry), a page the browser does not let extensions read, an
 * error, and what is known about the tab.
 */
export type PopupState =
  | { kind: 'loading'; pageLoading?: boolean }
  | { kind: 'silent' }
  | { kind: 'unreadable' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      tab: TabState;
      findings: FindingsState | null;
      analysing: boolean;
      analyseError?: string;
      notes?: NotesInfo;
      shortcuts?: ShortcutInfo[];
    };

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface PopupActions {
  analyse(): void;
  /** Wakes the page again after it did not answer (the `silent` state). */
  retry?(): void;
  setHighlights(visible: boolean): void;
  jump(type: DataType): void;
  exportNotes?(scope: 'page' | 'all', format: 'jsonld' | 'md'): void;
  importNotes?(file: File): void;
  openShortcuts?(): void;
}

/** A keyboard shortcut as the browser has it now. */
export interface ShortcutInfo {
  name: string;
  description: string;
  shortcut: string;
}

/** The reader's annotations as the popup shows them. */
export interface NotesInfo {
  here: number;
  all: number;
  message?: string;
}

const KIND_KEYS: Record<DocumentKind, string> = {
  'privacy-policy': 'kindPrivacyPolicy',
  'cookie-policy': 'kindCookiePolicy',
  terms: 'kindTerms',
  'not-policy': 'kindNotPolicy',
};


function button(doc: Document, text: string, onClick: () => void, cls = 'button'): HTMLButtonElement {
  const b = el(doc, 'button', text, cls);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** A detection reason in the reader's language: kinds of document are words too. */
export function reasonWords(reason: Reason, t: Translate): string {
  const key = (prefix: string, code: string) => `${prefix}${code.replace(/-/g, '_')}`;
  const args = reason.args.map((a) => (/^(?:privacy-policy|cookie-policy|terms|terms-of-service)$/.test(a) ? t(key('kindWord_', a)) : a));
  const text = t(key('reason_', reason.code), args);
  return reason.against ? t('reasonAgainst', text) : text;
}

export function renderPopup(root: HTMLElement, state: PopupState, t: Translate, actions: PopupActions): void {
  const doc = root.ownerDocument;
  // A re-render (the analysis arriving, a state refresh) keeps the disclosures the reader opened ("Why", shortcuts).
  const open = new Set([...root.querySelectorAll('details[open]')].map((d) => d.className));
  root.replaceChildren();
  queueMicrotask(() => {
    for (const d of root.querySelectorAll('details')) if (open.has(d.className)) (d as HTMLDetailsElement).open = true;
  });
  root.setAttribute('aria-busy', String(state.kind === 'loading' || (state.kind === 'ready' && state.analysing)));
  const spinnerLine = (text: string) => {
    const p = el(doc, 'p', undefined, 'message');
    p.append(el(doc, 'span', undefined, 'spinner'), doc.createTextNode(text));
    return p;
  };

  if (state.kind === 'loading') {
    root.append(spinnerLine(t(state.pageLoading ? 'popupPageLoading' : 'popupLoading')));
    return;
  }
  if (state.kind === 'silent') {
    const p = el(doc, 'p', t('popupNoAnswer'), 'message');
    p.dataset.state = 'silent';
    root.append(p);
    if (actions.retry) root.append(button(doc, t('popupRetry'), () => actions.retry?.(), 'button primary'));
    return;
  }
  if (state.kind === 'error') {
    root.append(el(doc, 'p', t('popupError', state.message), 'message'));
    return;
  }
  if (state.kind === 'unreadable') {
    const p = el(doc, 'p', t('popupUnreadable'), 'message');
    p.dataset.state = 'unreadable';
    root.append(p);
    return;
  }

  const { verdict, analysis } = state.tab;
  const box = el(doc, 'section', undefined, 'verdict');
  box.dataset.kind = verdict.kind;
  box.setAttribute('aria-label', t('popupVerdictLabel'));
  box.append(el(doc, 'strong', t(KIND_KEYS[verdict.kind])));
  box.append(el(doc, 'span', t('popupConfidence', String(Math.round(verdict.score * 100))), 'score'));
  root.append(box);

  if (analysis) {
    root.append(el(doc, 'h2', t('popupSummaryTitle')));
    const table = el(doc, 'ul', undefined, 'summary');
    table.setAttribute('role', 'list');
    for (const type of DATA_TYPES) {
      const value = analysis.summary[type];
      const row = el(doc, 'li', undefined, 'row');
      row.dataset.type = type;
      row.dataset.value = value;
      const head = el(doc, 'div', undefined, 'row-head');
      const quote = analysis.keyQuotes[type];
      head.append(el(doc, 'span', t(TYPE_MESSAGE[type]), 'row-type'), el(doc, 'span', t(SUMMARY_MESSAGE[value]), `row-value ${value}`));
      row.append(head);
      // A weaker statement the other way is said in words: "Says it does not — except some app versions".
      const contrary = quote?.contrary;
      if (contrary) {
        const words = contrary.conditions.length
          ? t('summaryExcept', contrary.conditions.map((c) => t(CONDITION_MESSAGE[c])).join(', '))
          : t('summaryAlsoOpposite');
        row.append(el(doc, 'span', words, 'row-except'));
      }
      if (type === 'face' || type === 'voice') {
        const id = analysis.identifiers[type];
        if (value !== 'silent')
          row.append(
            el(
              doc,
              'span',
              t(id === 'collects' || id === 'may-collect' ? 'popupIdentifiers' : 'popupNoIdentifiers'),
              `row-note ${id}`,
            ),
          );
      }
      if (quote) {
        row.append(quoteElement(doc, 'q', quoteSegments(quote.sentence, quote.evidence ?? [], 220)));
        // The accessible name starts with the visible words (WCAG 2.5.3), then says which type.
        const jump = button(doc, t('popupJump'), () => actions.jump(type), 'link');
        jump.append(el(doc, 'span', ` — ${t(TYPE_MESSAGE[type])}`, 'visually-hidden'));
        row.append(jump);
      }
      table.append(row);
    }
    root.append(table);
    if (analysis.practiceCount === 0) root.append(el(doc, 'p', t('popupNothingFound'), 'message'));
    // The analysis stopped at its time budget: say how much of the page it covered (issue 12, item 1).
    if (analysis.partial) {
      root.append(el(doc, 'p', t('analysisPartial', String(Math.floor(analysis.partial.share * 100))), 'message partial'));
    }
    // Text skipped (no sentence end for thousands of characters) or cut (a page over the size bound), counted.
    for (const notice of unreadNotices(t, analysis.unread)) root.append(el(doc, 'p', notice, 'message unread'));
    if (state.findings && state.findings.status !== 'idle') {
      const visible = state.findings.highlightsVisible;
      const toggle = button(doc, t(visible ? 'popupHideHighlights' : 'popupShowHighlights'), () => actions.setHighlights(!visible));
      toggle.setAttribute('aria-pressed', String(!visible));
      toggle.classList.add('toggle');
      root.append(toggle);
    }
  } else if (state.analysing || verdict.kind === 'privacy-policy') {
    root.append(spinnerLine(t('popupAnalysing')));
  } else {
    root.append(button(doc, t('popupAnalyseAnyway'), actions.analyse, 'button primary'));
  }
  if (state.analyseError) root.append(el(doc, 'p', t('popupAnalyseFailed', state.analyseError), 'message error'));

  if (state.notes && actions.exportNotes && actions.importNotes) {
    const box = el(doc, 'section', undefined, 'notes-box');
    box.append(el(doc, 'h2', t('popupNotesTitle')));
    box.append(el(doc, 'p', t('popupNotesCount', [String(state.notes.here), String(state.notes.all)]), 'message'));
    const row = el(doc, 'div', undefined, 'notes-actions');
    const exp = (label: string, scope: 'page' | 'all', format: 'jsonld' | 'md') =>
      button(doc, t(label), () => actions.exportNotes!(scope, format), 'button small');
    row.append(exp('popupExportPage', 'page', 'jsonld'), exp('popupExportAll', 'all', 'jsonld'), exp('popupExportReport', 'page', 'md'));
    const label = el(doc, 'label', t('popupImport'), 'button small');
    const input = el(doc, 'input');
    input.type = 'file';
    input.accept = '.json,.jsonld,application/json,application/ld+json';
    input.className = 'visually-hidden';
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) actions.importNotes!(f);
    });
    label.append(input);
    row.append(label);
    box.append(row);
    if (state.notes.message) {
      const m = el(doc, 'p', state.notes.message, 'message notes-message');
      m.setAttribute('role', 'status');
      box.append(m);
    }
    root.append(box);
  }

  if (verdict.explained.length > 0) {
    const details = el(doc, 'details', undefined, 'why');
    details.append(el(doc, 'summary', t('popupWhy')));
    const list = el(doc, 'ul', undefined, 'reasons');
    for (const reason of verdict.explained) list.append(el(doc, 'li', reasonWords(reason, t)));
    details.append(list);
    root.append(details);
  }

  if (state.shortcuts?.length) {
    const box = el(doc, 'details', undefined, 'shortcuts');
    box.append(el(doc, 'summary', t('popupShortcutsTitle')));
    const list = el(doc, 'dl', undefined, 'shortcut-list');
    for (const s of state.shortcuts) {
      const key = el(doc, 'dd');
      key.append(s.shortcut ? el(doc, 'kbd', s.shortcut) : doc.createTextNode(t('popupShortcutNone')));
      list.append(el(doc, 'dt', s.description), key);
    }
    box.append(list);
    if (actions.openShortcuts) box.append(button(doc, t('popupShortcutsChange'), actions.openShortcuts, 'button small'));
    root.append(box);
  }
}
