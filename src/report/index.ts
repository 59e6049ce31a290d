// The full comparison page: reads a stored comparison by id, renders it, exports it.
import type { Comparison } from '../core/compare/compare';
import { formatComparisonMarkdown } from '../core/report/comparison-report';
import { downloadText } from '../dom/download';
import { t } from '../platform/runtime';
import { KEYS, read } from '../platform/storage';
import { renderReport } from './view';
import { handled } from '../core/handled';

const root = document.getElementById('report')!;

async function start(): Promise<void> {
  document.title = t('reportTitle');
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const stored = (await read(KEYS.comparisons))[id] ?? null;
  renderReport(root, stored, t, {
    exportMarkdown: () => stored && downloadText(document, 'policy-lens-comparison.md', 'text/markdown', formatComparisonMarkdown(stored.comparison as Comparison)),
    exportJson: () => stored && downloadText(document, 'policy-lens-comparison.json', 'application/json', JSON.stringify(stored, null, 2)),
  });
}

handled(start(), (reason) => {
  root.textContent = t('popupError', reason);
});
