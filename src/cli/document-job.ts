import { detectPage } from '../core/detect';
import { formatAnalysisMarkdown, formatAnalysisText } from '../core/report/analysis-report';
import { collectSignals } from '../dom/signals';
import { analyzeDocument } from './document';
import { loadDocument } from './load';
import type { DocumentJob, DocumentOutput } from './job';
import { documentPracticeJson } from './practice-json';

export { FORMATS, type DocumentJob, type DocumentOutput, type Format } from './job';

/** Runs one job; throws LoadError for a file that cannot be read or used. */
export async function runDocumentJob(job: DocumentJob): Promise<DocumentOutput> {
  if (job.verb === 'detect') {
    const loaded = await loadDocument(job.source, { ...(job.url ? { url: job.url } : {}) });
    const { kind, score, reasons } = detectPage(collectSignals(loaded.document, loaded.url));
    return { json: { kind, score, reasons }, ...(loaded.notice ? { notice: loaded.notice } : {}) };
  }
  const { loaded, verdict, analysis: full } = await analyzeDocument(job.source, job.url);
  const practices = full.practices.filter(
    (p) => (!job.types || job.types.includes(p.type)) && (!job.stance || p.stance === job.stance),
  );
  const analysis = { ...full, practices };
  const notice = loaded.notice ? { notice: loaded.notice } : {};
  if (job.format === 'text') return { text: formatAnalysisText(analysis, verdict, job.source), ...notice };
  if (job.format === 'md') return { text: formatAnalysisMarkdown(analysis, verdict, job.source), ...notice };
  return {
    json: {
      verdict: { kind: verdict.kind, score: verdict.score, reasons: verdict.reasons },
      summary: analysis.summary,
      identifiers: analysis.identifiers,
      practices: practices.map(documentPracticeJson),
    },
    ...notice,
  };
}
