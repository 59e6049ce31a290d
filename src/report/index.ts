// The full comparison page: reads a stored comparison by id, renders it, exports it.
import type { Comparison } from '../core/compare/compare';
import { formatComparisonMarkdown } from '../core/report/comparison-report';
import { t } from '../platform/runtime';
import { KEYS, read } from '../platform/storage';
import { renderReport } from './view';

const root = document.getElementById('report')!;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function start(): Promise<void> {
  document.title = t('reportTitle');
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const stored = (await read(KEYS.comparisons))[id] ?? null;
  renderReport(root, stored, t, {
    exportMarkdown: () => stored && download('policy-lens-comparison.md', 'text/markdown', formatComparisonMarkdown(stored.comparison as Comparison)),
    exportJson: () => stored && download('policy-lens-comparison.json', 'application/json', JSON.stringify(stored, null, 2)),
  });
}

void start();
