import type { DataType, Stance } from '../core/nlp/types';

/**
 * What a `detect`/`analyze` job is, apart from how it runs: plain data, so it crosses to a worker thread as it
 * is, and a module of its own so the thread that only hands jobs to workers never loads the analyzer.
 */
export const FORMATS = ['json', 'md', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** One file for `detect` or `analyze`. */
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
