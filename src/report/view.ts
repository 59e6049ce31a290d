import { el } from '../dom/element';
import type { Comparison } from '../core/compare/compare';
import { CELL_MESSAGE, TYPE_MESSAGE } from '../core/explain/message-ids';
import { DATA_TYPES, type SummaryValue } from '../core/nlp/types';
import type { StoredComparison } from '../platform/storage-keys';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ReportActions {
  exportMarkdown(): void;
  exportJson(): void;
}



/** The full comparison: key differences, the matrix, then the versions side by side, section by section. */
export function renderReport(root: HTMLElement, stored: StoredComparison | null, t: Translate, actions: ReportActions, showSame = false): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  root.append(el(doc, 'h1', t('reportTitle')));
  if (!stored) {
    root.append(el(doc, 'p', t('reportMissing'), 'muted'));
    return;
  }
  const c = stored.comparison as Comparison;
  const bar = el(doc, 'div', undefined, 'actions');
  const md = el(doc, 'button', t('reportExportMd'));
  md.addEventListener('click', actions.exportMarkdown);
  const json = el(doc, 'button', t('reportExportJson'));
  json.addEventListener('click', actions.exportJson);
  bar.append(md, json);
  root.append(bar);

  root.append(el(doc, 'h2', t('reportVersions')));
  const versions = el(doc, 'ul');
  for (const v of stored.versions) versions.append(el(doc, 'li', `${v.region}: ${v.url} (${new Date(v.fetchedAt).toLocaleString()})`));
  root.append(versions);

  root.append(el(doc, 'h2', t('regionsKeyDifferences')));
  if (c.keyDifferences.length === 0) root.append(el(doc, 'p', t('regionsNoDifference')));
  const diffs = el(doc, 'ul', undefined, 'differences');
  for (const d of c.keyDifferences) diffs.append(el(doc, 'li', d.text));
  root.append(diffs);

  root.append(el(doc, 'h2', t('reportMatrix')));
  const table = el(doc, 'table', undefined, 'matrix');
  const head = el(doc, 'tr');
  head.append(el(doc, 'th'));
  for (const r of c.regions) head.append(el(doc, 'th', r));
  table.append(head);
  const row = (label: string, cells: Record<string, SummaryValue>, evidence: Record<string, string[]>) => {
    const tr = el(doc, 'tr');
    tr.append(el(doc, 'th', label));
    for (const r of c.regions) {
      const td = el(doc, 'td', t(CELL_MESSAGE[cells[r]!]), `cell ${cells[r]}`);
      // The evidence for the cell: the key sentences of that version.
      for (const q of (evidence[r] ?? []).slice(0, 2)) td.append(el(doc, 'q', q, 'evidence'));
      tr.append(td);
    }
    table.append(tr);
  };
  row(t('rowFaceprints'), c.identifiers.face, c.identifierEvidence.face);
  row(t('rowVoiceprints'), c.identifiers.voice, c.identifierEvidence.voice);
  for (const type of DATA_TYPES) row(t(TYPE_MESSAGE[type]), c.matrix[type], c.evidence[type]);
  root.append(table);

  root.append(el(doc, 'h2', t('reportSections')));
  const toggle = el(doc, 'label');
  const box = el(doc, 'input');
  box.type = 'checkbox';
  box.checked = showSame;
  box.addEventListener('change', () => renderReport(root, stored, t, actions, box.checked));
  toggle.append(box, doc.createTextNode(` ${t('reportShowSame')}`));
  root.append(toggle);
  for (const s of c.sections) {
    if (s.status === 'same' && !showSame) continue;
    const box = el(doc, 'section', undefined, `section ${s.status}`);
    box.append(el(doc, 'h3', s.heading));
    const status = s.status === 'only-in-some' ? t('reportOnlyIn', s.regions.join(', ')) : t(s.status === 'changed' ? 'reportChanged' : 'reportSame');
    box.append(el(doc, 'span', status, 'status'));
    const cols = el(doc, 'div', undefined, 'columns');
    for (const r of s.regions.slice(1)) {
      if (!s.added[r]?.length && !s.removed[r]?.length) continue;
      const col = el(doc, 'div', undefined, 'column');
      col.append(el(doc, 'h4', `${s.regions[0]} → ${r}`));
      for (const sentence of s.removed[r] ?? []) {
        const d = el(doc, 'del', sentence);
        d.title = t('reportRemoved', r);
        col.append(d);
      }
      for (const sentence of s.added[r] ?? []) {
        const i = el(doc, 'ins', sentence);
        i.title = t('reportAdded', r);
        col.append(i);
      }
      cols.append(col);
    }
    if (cols.childElementCount) box.append(cols);
    root.append(box);
  }
}
