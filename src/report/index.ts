// The full comparison page: reads a stored comparison by id, renders it, exports it.
import type { Comparison } from '../core/compare/compare';
import { formatComparisonMarkdown, type ComparisonMeta } from '../core/report/comparison-report';
import { registryEntryFor } from '../core/regions/registry';
import { downloadText } from '../dom/download';
import { t } from '../platform/runtime';
import { KEYS, read } from '../platform/storage';
import { renderReport } from './view';
import { handled } from '../core/handled';
import { thenNowComparison } from './then-now';

const root = document.getElementById('report')!;

async function start(): Promise<void> {
  document.title = t('reportTitle');
  const params = new URLSearchParams(location.search);
  const id = params.get('id') ?? '';
  // Then vs now: two recorded versions of one document, compared as two regions are.
  const thenNow = params.has('history');
  const stored = thenNow ? await thenNowComparison(params).catch(() => null) : ((await read(KEYS.comparisons))[id] ?? null);
  const service = stored ? serviceOf(stored.pageUrl) : undefined;
  // Each export says what was compared: the service, every version's address and fetch time; and is complete.
  const meta: ComparisonMeta | undefined = stored ? { ...(service ? { service } : {}), versions: stored.versions } : undefined;
  renderReport(
    root,
    stored,
    t,
    {
      exportMarkdown: () =>
        stored &&
        downloadText(
          document,
          'policy-lens-comparison.md',
          'text/markdown',
          formatComparisonMarkdown(stored.comparison as Comparison, meta),
        ),
      exportJson: () =>
        stored &&
        downloadText(
          document,
          'policy-lens-comparison.json',
          'application/json',
          JSON.stringify({ service, ...stored }, null, 2),
        ),
    },
    { changedOnly: true, ...(service ? { service } : {}) },
  );
  if (thenNow) document.title = t('thenNowTitle');
  if (thenNow && stored)
    root
      .querySelector('h1')
      ?.after(
        Object.assign(document.createElement('p'), {
          className: 'then-now',
          textContent: t('thenNowLead', stored.pageUrl),
        }),
      );
}

handled(start(), (reason) => {
  root.textContent = t('popupError', reason);
});

/** The service a policy belongs to: its registry name, else the address's host. */
function serviceOf(pageUrl: string): string | undefined {
  const known = registryEntryFor(pageUrl)?.service;
  if (known) return known;
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
