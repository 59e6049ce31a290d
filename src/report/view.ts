import { el } from '../dom/element';
import { comparisonTable } from '../dom/comparison-table';
import type { Comparison, SectionComparison } from '../core/compare/compare';
import { sentenceChanges } from '../core/compare/word-diff';
import { comparisonTitle } from '../core/report/comparison-title';
import type { StoredComparison } from '../platform/storage-keys';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ReportActions {
  exportMarkdown(): void;
  exportJson(): void;
}

/** How the sections list is filtered: every section, or only those that differ between versions. */
export interface ReportOptions {
  changedOnly: boolean;
  /** The service the policy belongs to (registry name or host), for the title. */
  service?: string;
}

const sectionId = (i: number) => `section-${i}`;

/**
 * The full comparison: a title naming the service and the regions, the versions with their addresses and fetch
 * times, key differences, the matrix (the same rows as the popup's), a contents list, and the sections with
 * word-level differences inside reworded sentences. "Changed sections only" hides the sections that are the same.
 */
export function renderReport(
  root: HTMLElement,
  stored: StoredComparison | null,
  t: Translate,
  actions: ReportActions,
  options: ReportOptions = { changedOnly: true },
): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  if (!stored) {
    root.append(el(doc, 'h1', t('reportTitle')));
    root.append(el(doc, 'p', t('reportMissing'), 'muted'));
    return;
  }
  const c = stored.comparison as Comparison;
  const title = t('reportTitleFor', comparisonTitle(c, options.service));
  doc.title = title;
  root.append(el(doc, 'h1', title));
  const bar = el(doc, 'div', undefined, 'actions');
  const md = el(doc, 'button', t('reportExportMd'));
  md.type = 'button';
  md.addEventListener('click', actions.exportMarkdown);
  const json = el(doc, 'button', t('reportExportJson'));
  json.type = 'button';
  json.addEventListener('click', actions.exportJson);
  bar.append(md, json);
  root.append(bar);

  root.append(el(doc, 'h2', t('reportVersions')));
  const versions = el(doc, 'ul', undefined, 'versions');
  for (const v of stored.versions)
    versions.append(el(doc, 'li', t('reportFetched', [v.region, v.url, new Date(v.fetchedAt).toLocaleString()])));
  root.append(versions);

  root.append(el(doc, 'h2', t('regionsKeyDifferences')));
  if (c.keyDifferences.length === 0) root.append(el(doc, 'p', t('regionsNoDifference')));
  else {
    const diffs = el(doc, 'ul', undefined, 'differences');
    for (const d of c.keyDifferences) diffs.append(el(doc, 'li', d.text));
    root.append(diffs);
  }

  root.append(el(doc, 'h2', t('reportMatrix')));
  root.append(comparisonTable(doc, c, t, { quotes: 2, collapsed: false, quoteChars: 320 }));

  const sectionsHeading = el(doc, 'h2', t('reportSections'));
  root.append(sectionsHeading);
  const toggle = el(doc, 'label', undefined, 'filter');
  const box = el(doc, 'input');
  box.type = 'checkbox';
  box.checked = options.changedOnly;
  box.addEventListener('change', () => {
    renderReport(root, stored, t, actions, { ...options, changedOnly: box.checked });
    root.querySelector<HTMLInputElement>('.filter input')?.focus();
  });
  toggle.append(box, doc.createTextNode(` ${t('reportChangedOnly')}`));
  root.append(toggle);

  const shown = c.sections.map((s, i) => ({ s, i })).filter(({ s }) => !options.changedOnly || s.status !== 'same');
  const nav = el(doc, 'nav', undefined, 'contents');
  nav.setAttribute('aria-label', t('reportContents'));
  nav.append(el(doc, 'h3', t('reportContents')));
  const toc = el(doc, 'ol');
  for (const { s, i } of shown) {
    const li = el(doc, 'li', undefined, `toc ${s.status}`);
    const a = el(doc, 'a', s.heading || '—');
    a.href = `#${sectionId(i)}`;
    li.append(a, el(doc, 'span', ` · ${statusWords(s, t)}`, 'status'));
    toc.append(li);
  }
  nav.append(toc);
  root.append(nav);
  for (const { s, i } of shown) root.append(sectionBox(doc, s, i, t));
}

function statusWords(s: SectionComparison, t: Translate): string {
  return s.status === 'only-in-some' ? t('reportOnlyIn', s.regions.join(', ')) : t(s.status === 'changed' ? 'reportChanged' : 'reportSame');
}

function sectionBox(doc: Document, s: SectionComparison, i: number, t: Translate): HTMLElement {
  const box = el(doc, 'section', undefined, `section ${s.status}`);
  box.id = sectionId(i);
  const h = el(doc, 'h3', s.heading || '—');
  h.id = `${sectionId(i)}-title`;
  box.setAttribute('aria-labelledby', h.id);
  box.append(h, el(doc, 'span', statusWords(s, t), 'status'));
  const cols = el(doc, 'div', undefined, 'columns');
  for (const r of s.regions.slice(1)) {
    if (!s.added[r]?.length && !s.removed[r]?.length) continue;
    const col = el(doc, 'div', undefined, 'column');
    col.append(el(doc, 'h4', `${s.regions[0]} → ${r}`));
    for (const change of sentenceChanges(s.removed[r] ?? [], s.added[r] ?? [])) {
      if (change.kind === 'removed') {
        const d = el(doc, 'del', change.text);
        d.title = t('reportRemoved', r);
        col.append(d);
      } else if (change.kind === 'added') {
        const a = el(doc, 'ins', change.text);
        a.title = t('reportAdded', r);
        col.append(a);
      } else {
        // A reworded sentence: one line, the changed words marked inside it.
        const p = el(doc, 'p', undefined, 'reworded');
        p.title = t('reportReworded', r);
        for (const part of change.parts) {
          if (part.op === 'same') p.append(doc.createTextNode(part.text));
          else p.append(el(doc, part.op === 'added' ? 'ins' : 'del', part.text, 'word'));
        }
        col.append(p);
      }
    }
    cols.append(col);
  }
  if (cols.childElementCount) box.append(cols);
  return box;
}
