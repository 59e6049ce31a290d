import type { Comparison } from '../core/compare/compare';
import { SUMMARY_MESSAGE, TYPE_MESSAGE } from '../core/explain/message-ids';
import { quoteSegments } from '../core/report/quote';
import { comparisonRows } from '../core/report/rows';
import { el } from './element';
import { quoteElement } from './quote-element';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * The comparison matrix as a table, for the popup's Regions tab and the comparison page alike (one row builder,
 * `comparisonRows`): each cell says its state in the summary's words and shows the sentence it rests on, the
 * data words emphasised. `quotes` is how many sentences a cell shows; `collapsed` puts them behind a
 * disclosure (the popup is narrow), else they show in the cell.
 */
export function comparisonTable(
  doc: Document,
  c: Comparison,
  t: Translate,
  opts: { quotes: number; collapsed: boolean; quoteChars?: number },
): HTMLTableElement {
  const table = el(doc, 'table', undefined, 'matrix');
  const caption = el(doc, 'caption', t('reportMatrix'), 'visually-hidden');
  const thead = el(doc, 'thead');
  const head = el(doc, 'tr');
  const corner = el(doc, 'td');
  head.append(corner);
  for (const r of c.regions) {
    const th = el(doc, 'th', r);
    th.scope = 'col';
    head.append(th);
  }
  thead.append(head);
  const tbody = el(doc, 'tbody');
  for (const row of comparisonRows(c)) {
    const tr = el(doc, 'tr');
    tr.dataset.type = row.key;
    const th = el(
      doc,
      'th',
      row.identifier ? t(row.key === 'faceprints' ? 'rowFaceprints' : 'rowVoiceprints') : t(TYPE_MESSAGE[row.type]),
    );
    th.scope = 'row';
    tr.append(th);
    for (const cell of row.cells) {
      const td = el(doc, 'td', undefined, `cell ${cell.value}`);
      td.dataset.region = cell.region;
      td.append(el(doc, 'span', t(SUMMARY_MESSAGE[cell.value]), 'cell-value'));
      const quotes = cell.quotes
        .slice(0, opts.quotes)
        .map((q) => quoteElement(doc, 'q', quoteSegments(q.sentence, q.evidence, opts.quoteChars), 'evidence'));
      if (quotes.length && opts.collapsed) {
        const details = el(doc, 'details', undefined, 'cell-evidence');
        const summary = el(doc, 'summary', t('regionsCellWhy'));
        summary.append(el(doc, 'span', ` — ${th.textContent}, ${cell.region}`, 'visually-hidden'));
        details.append(summary, ...quotes);
        td.append(details);
      } else td.append(...quotes);
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  return table;
}
