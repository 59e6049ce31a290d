import { el } from '../dom/element';
import { comparisonTable } from '../dom/comparison-table';
import type { NotPreselected } from '../core/regions/preselect';
import type { VariantSource } from '../core/regions/discover';
import type { RegionsState } from './regions';
import type { Translate } from './view';

export interface RegionsActions {
  find(): void;
  toggle(index: number, include: boolean): void;
  compare(): void;
  addUrl(url: string, region: string): string | undefined;
  addFile(file: File, region: string): void;
  openFull(id: string): void;
}

/** What the view needs besides the state: the sites a fetch will ask for, and whether to focus the results. */
export interface RegionsViewExtras {
  /** Hosts the permission prompt will name, listed before the reader clicks. */
  askSites: string[];
  /** Set once, right after a comparison finished: focus moves to its results. */
  focusResults: boolean;
}

const SOURCE_MESSAGE: Record<VariantSource, string> = {
  'this-page': 'sourceThisPage',
  'in-page': 'sourceInPage',
  hreflang: 'sourceHreflang',
  link: 'sourceLink',
  registry: 'sourceRegistry',
  user: 'sourceUser',
};

const WHY_MESSAGE: Record<NotPreselected, string> = {
  'other-site': 'regionsWhyOtherSite',
  'same-page-part': 'regionsWhySamePage',
  'language-version': 'regionsWhyLanguage',
};

let addFormOpen = false;

/**
 * The popup's Regions view. With a comparison, its results come first (key differences, the matrix, the full
 * comparison), within the popup's height; then the versions found, "Compare with…" and the fetch button.
 */
export function renderRegions(
  root: HTMLElement,
  state: RegionsState,
  t: Translate,
  actions: RegionsActions,
  extras?: RegionsViewExtras,
): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  root.setAttribute('aria-busy', String(state.phase === 'finding' || state.phase === 'fetching'));
  if (state.phase === 'idle' || state.phase === 'finding') {
    root.append(el(doc, 'p', t('regionsFinding'), 'message'));
    return;
  }
  if (state.phase === 'error') {
    root.append(el(doc, 'p', t('regionsError', state.message ?? ''), 'message error'));
    return;
  }

  const c = state.comparison;
  if (c) {
    const results = el(doc, 'section', undefined, 'results');
    const heading = el(doc, 'h2', t('regionsKeyDifferences'));
    heading.id = 'regions-results';
    heading.tabIndex = -1;
    results.setAttribute('aria-labelledby', heading.id);
    results.append(heading);
    if (c.keyDifferences.length === 0) results.append(el(doc, 'p', t('regionsNoDifference'), 'message'));
    else {
      const diffs = el(doc, 'ul', undefined, 'differences');
      for (const d of c.keyDifferences) diffs.append(el(doc, 'li', d.text));
      results.append(diffs);
    }
    results.append(comparisonTable(doc, c, t, { quotes: 1, collapsed: true, quoteChars: 200 }));
    if (state.comparisonId) {
      const full = el(doc, 'button', t('regionsOpenFull'), 'button primary');
      full.type = 'button';
      full.addEventListener('click', () => actions.openFull(state.comparisonId!));
      results.append(full);
    }
    root.append(results);
    if (extras?.focusResults) heading.focus();
  }

  root.append(el(doc, 'h2', t('regionsVersions')));
  const list = el(doc, 'ul', undefined, 'variants');
  state.rows.forEach((row, i) => {
    const li = el(doc, 'li', undefined, `variant ${row.status.kind}`);
    li.dataset.region = row.variant.region;
    li.dataset.source = row.variant.source;
    if (row.why) li.dataset.why = row.why;
    const label = el(doc, 'label');
    const box = el(doc, 'input');
    box.type = 'checkbox';
    box.checked = row.include;
    box.disabled = state.phase === 'fetching';
    box.addEventListener('change', () => actions.toggle(i, box.checked));
    label.append(box, el(doc, 'strong', row.variant.region, 'region'), el(doc, 'span', t(SOURCE_MESSAGE[row.variant.source]), 'source'));
    li.append(label);
    if (row.variant.url && !row.variant.url.startsWith('file:')) li.append(el(doc, 'span', row.variant.url, 'url'));
    if (row.why) li.append(el(doc, 'span', t(WHY_MESSAGE[row.why]), 'why-not'));
    const status =
      row.status.kind === 'fetching'
        ? t('regionsFetching')
        : row.status.kind === 'ok'
          ? t('regionsFetchedAt', new Date(row.status.fetchedAt).toLocaleTimeString())
          : row.status.kind === 'failed'
            ? t('regionsFailed', row.status.error)
            : '';
    if (status) li.append(el(doc, 'span', status, `status ${row.status.kind}`));
    list.append(li);
  });
  root.append(list);
  if (state.servedByLocation) root.append(el(doc, 'p', t('regionsServedByLocation', state.servedByLocation.service), 'message'));
  if (state.rows.length < 2) root.append(el(doc, 'p', t('regionsOnlyThisPage'), 'message'));

  root.append(addForm(doc, t, actions));

  const compare = el(doc, 'button', t(state.phase === 'fetching' ? 'regionsFetching' : 'regionsFetchCompare'), 'button primary');
  compare.type = 'button';
  compare.disabled = state.phase === 'fetching' || state.rows.filter((r) => r.include).length < 2;
  compare.addEventListener('click', actions.compare);
  // The sites the permission prompt will name, said before the click.
  if (extras?.askSites.length) {
    const ask = el(doc, 'p', t('regionsWillAsk', extras.askSites.join(', ')), 'note ask-sites');
    ask.id = 'regions-ask-sites';
    compare.setAttribute('aria-describedby', ask.id);
    root.append(ask);
  }
  root.append(compare);
  root.append(el(doc, 'p', t('regionsPrivacyNote'), 'note'));
  if (state.message === 'permission') root.append(el(doc, 'p', t('regionsNoPermission'), 'message error'));
  if (state.message === 'too-few') root.append(el(doc, 'p', t('regionsTooFew'), 'message error'));
  if (state.problem) root.append(el(doc, 'p', t('regionsProblem', state.problem), 'message error'));
}

/** "Compare with…": an address or a saved file, laid out to fit the popup. */
function addForm(doc: Document, t: Translate, actions: RegionsActions): HTMLElement {
  const add = el(doc, 'details', undefined, 'add');
  // The view is redrawn on every change: the form stays open once the reader opened it.
  add.open = addFormOpen;
  add.addEventListener('toggle', () => {
    addFormOpen = add.open;
  });
  add.append(el(doc, 'summary', t('regionsCompareWith')));
  const field = (labelText: string, input: HTMLInputElement) => {
    const label = el(doc, 'label', undefined, 'field');
    label.append(el(doc, 'span', labelText, 'field-label'), input);
    return label;
  };
  const url = el(doc, 'input');
  url.type = 'url';
  url.placeholder = 'https://';
  const region = el(doc, 'input');
  region.type = 'text';
  region.placeholder = t('regionsRegionPlaceholder');
  const addButton = el(doc, 'button', t('regionsAdd'), 'button small');
  addButton.type = 'button';
  const error = el(doc, 'p', undefined, 'message error');
  error.setAttribute('role', 'alert');
  addButton.addEventListener('click', () => {
    const problem = actions.addUrl(url.value, region.value);
    error.textContent = problem ? t('regionsAddFailed', problem) : '';
  });
  // The native file input is hidden behind a label styled as the other buttons; it stays keyboard-reachable.
  const file = el(doc, 'input');
  file.type = 'file';
  file.accept = '.html,.htm,.md,.markdown,text/html,text/markdown';
  file.className = 'visually-hidden';
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) actions.addFile(f, region.value);
  });
  const chooser = el(doc, 'label', undefined, 'button small file-chooser');
  chooser.append(doc.createTextNode(t('regionsChooseFile')), file);
  const fileRow = el(doc, 'div', undefined, 'file-row');
  fileRow.append(el(doc, 'span', t('regionsAddFileHint'), 'note'), chooser);
  const urlRow = el(doc, 'div', undefined, 'add-row');
  urlRow.append(field(t('regionsAddUrlLabel'), url), field(t('regionsRegionLabel'), region), addButton);
  add.append(urlRow, fileRow, error);
  return add;
}
