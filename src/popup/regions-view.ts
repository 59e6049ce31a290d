import { el } from '../dom/element';
import { CELL_MESSAGE, TYPE_MESSAGE } from '../core/explain/message-ids';
import type { VariantSource } from '../core/regions/discover';
import { DATA_TYPES, type SummaryValue } from '../core/nlp/types';
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

const SOURCE_MESSAGE: Record<VariantSource, string> = {
  'this-page': 'sourceThisPage',
  'in-page': 'sourceInPage',
  hreflang: 'sourceHreflang',
  link: 'sourceLink',
  registry: 'sourceRegistry',
  user: 'sourceUser',
};


let addFormOpen = false;

/** The popup's Regions view: the versions found, a fetch button, the matrix and the key differences. */
export function renderRegions(root: HTMLElement, state: RegionsState, t: Translate, actions: RegionsActions): void {
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

  root.append(el(doc, 'h2', t('regionsVersions')));
  const list = el(doc, 'ul', undefined, 'variants');
  state.rows.forEach((row, i) => {
    const li = el(doc, 'li', undefined, `variant ${row.status.kind}`);
    li.dataset.region = row.variant.region;
    li.dataset.source = row.variant.source;
    const label = el(doc, 'label');
    const box = el(doc, 'input');
    box.type = 'checkbox';
    box.checked = row.include;
    box.disabled = state.phase === 'fetching';
    box.addEventListener('change', () => actions.toggle(i, box.checked));
    label.append(box, el(doc, 'strong', row.variant.region, 'region'), el(doc, 'span', t(SOURCE_MESSAGE[row.variant.source]), 'source'));
    li.append(label);
    if (row.variant.url && !row.variant.url.startsWith('file:')) li.append(el(doc, 'span', row.variant.url, 'url'));
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

  // Compare with…: an address or a saved file.
  const add = el(doc, 'details', undefined, 'add');
  // The view is redrawn on every change: the form stays open once the reader opened it.
  add.open = addFormOpen;
  add.addEventListener('toggle', () => {
    addFormOpen = add.open;
  });
  add.append(el(doc, 'summary', t('regionsCompareWith')));
  const url = el(doc, 'input');
  url.type = 'url';
  url.placeholder = 'https://';
  url.setAttribute('aria-label', t('regionsAddUrlLabel'));
  const region = el(doc, 'input');
  region.type = 'text';
  region.placeholder = t('regionsRegionPlaceholder');
  region.setAttribute('aria-label', t('regionsRegionLabel'));
  const addButton = el(doc, 'button', t('regionsAdd'), 'button');
  addButton.type = 'button';
  const error = el(doc, 'p', undefined, 'message error');
  error.setAttribute('role', 'alert');
  addButton.addEventListener('click', () => {
    const problem = actions.addUrl(url.value, region.value);
    error.textContent = problem ? t('regionsAddFailed', problem) : '';
  });
  const file = el(doc, 'input');
  file.type = 'file';
  file.accept = '.html,.htm,.md,.markdown,text/html,text/markdown';
  file.setAttribute('aria-label', t('regionsAddFileLabel'));
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) actions.addFile(f, region.value);
  });
  add.append(url, region, addButton, file, error);
  root.append(add);

  const compare = el(doc, 'button', t(state.phase === 'fetching' ? 'regionsFetching' : 'regionsFetchCompare'), 'button primary');
  compare.type = 'button';
  compare.disabled = state.phase === 'fetching' || state.rows.filter((r) => r.include).length < 2;
  compare.addEventListener('click', actions.compare);
  root.append(compare);
  root.append(el(doc, 'p', t('regionsPrivacyNote'), 'note'));
  if (state.message === 'permission') root.append(el(doc, 'p', t('regionsNoPermission'), 'message error'));
  if (state.message === 'too-few') root.append(el(doc, 'p', t('regionsTooFew'), 'message error'));
  if (state.problem) root.append(el(doc, 'p', t('regionsProblem', state.problem), 'message error'));

  const c = state.comparison;
  if (!c) return;
  root.append(el(doc, 'h2', t('regionsKeyDifferences')));
  if (c.keyDifferences.length === 0) root.append(el(doc, 'p', t('regionsNoDifference'), 'message'));
  else {
    const diffs = el(doc, 'ul', undefined, 'differences');
    for (const d of c.keyDifferences) diffs.append(el(doc, 'li', d.text));
    root.append(diffs);
  }
  const table = el(doc, 'table', undefined, 'matrix');
  const head = el(doc, 'tr');
  head.append(el(doc, 'th', ''));
  for (const r of c.regions) {
    const th = el(doc, 'th', r);
    th.scope = 'col';
    head.append(th);
  }
  table.append(head);
  const evidenceOf = (key: string, r: string) => (key in c.evidence ? (c.evidence[key as keyof typeof c.evidence][r] ?? []) : []);
  const row = (label: string, cells: Record<string, SummaryValue>, key: string) => {
    const tr = el(doc, 'tr');
    tr.dataset.type = key;
    const th = el(doc, 'th', label);
    th.scope = 'row';
    tr.append(th);
    for (const r of c.regions) {
      const td = el(doc, 'td', t(CELL_MESSAGE[cells[r]!]), `cell ${cells[r]}`);
      td.dataset.region = r;
      // The evidence behind the cell, on hover (an attribute: page text stays text).
      const quotes = key === 'faceprints' ? (c.identifierEvidence.face[r] ?? []) : key === 'voiceprints' ? (c.identifierEvidence.voice[r] ?? []) : evidenceOf(key, r);
      if (quotes.length) td.title = quotes.map((q) => `“${q}”`).join('\n');
      tr.append(td);
    }
    table.append(tr);
  };
  row(t('rowFaceprints'), c.identifiers.face, 'faceprints');
  row(t('rowVoiceprints'), c.identifiers.voice, 'voiceprints');
  for (const type of DATA_TYPES) row(t(TYPE_MESSAGE[type]), c.matrix[type], type);
  root.append(table);
  if (state.comparisonId) {
    const full = el(doc, 'button', t('regionsOpenFull'), 'button');
    full.type = 'button';
    full.addEventListener('click', () => actions.openFull(state.comparisonId!));
    root.append(full);
  }
}
