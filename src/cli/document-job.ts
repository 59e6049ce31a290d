import { detectPage } from '../core/detect';
import type { DataType, Stance } from '../core/nlp';
import { formatAnalysisMarkdown, formatAnalysisText } from '../core/report/analysis-report';
import { collectSignals } from '../dom/signals';
import { analyzeDocument } from './document';
import { loadDocument } from './load';
import { documentPracticeJson } from './practice-json';

export const FORMATS = ['json', 'md', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** One file for `detect` or `analyze`: plain data, so it crosses to a worker thread as it is. */
export interface DocumentJob {
  verb: 'detect' | 'analyze';
  source: string;
  url?: string;
  format: Format;
  /** Keep only practices of these types (analyze); all when absent. */
  types?: DataType[];
  stance?: Stance;
}

/** What one file gives: the JSON object or the report text, and a notice for stderr (flattened markup). */
export interface DocumentOutput {
  json?: Record<string, unknown>;
  text?: string;
  notice?: string;
}

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
