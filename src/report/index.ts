// The full comparison page: reads a stored comparison by id, renders it, exports it.
import type { Comparison } from '../core/compare/compare';
import { formatComparisonMarkdown } from '../core/report/comparison-report';
import { downloadText } from '../dom/download';
import { t } from '../platform/runtime';
import { KEYS, read } from '../platform/storage';
import { renderReport } from './view';
import { thenNowComparison } from './then-now';

const root = document.getElementById('report')!;

async function start(): Promise<void> {
  document.title = t('reportTitle');
  const params = new URLSearchParams(location.search);
  const id = params.get('id') ?? '';
  // Then vs now: two recorded versions of one document, compared as two regions are.
  const thenNow = params.has('history');
  const stored = thenNow ? await thenNowComparison(params).catch(() => null) : ((await read(KEYS.comparisons))[id] ?? null);
  if (thenNow) document.title = t('thenNowTitle');
  renderReport(root, stored, t, {
    exportMarkdown: () => stored && downloadText(document, 'policy-lens-comparison.md', 'text/markdown', formatComparisonMarkdown(stored.comparison as Comparison)),
    exportJson: () => stored && downloadText(document, 'policy-lens-comparison.json', 'application/json', JSON.stringify(stored, null, 2)),
  });
  if (thenNow && stored) root.querySelector('h1')?.after(Object.assign(document.createElement('p'), { className: 'then-now', textContent: t('thenNowLead', stored.pageUrl) }));
}

void start();
