import type { CellQuote, Comparison } from '../compare/compare';
import { DATA_TYPES, type DataType, type SummaryValue } from '../nlp/types';
import { spansOfWords } from './quote';

/** One cell of the comparison matrix: its value and the sentences it rests on (first one first). */
export interface ComparisonCell {
  region: string;
  value: SummaryValue;
  quotes: CellQuote[];
}

/** A row of the matrix: faceprints and voiceprints (identifiers) first, then the six data types. */
export type ComparisonRow =
  | { key: 'faceprints' | 'voiceprints'; identifier: true; type: 'face' | 'voice'; cells: ComparisonCell[] }
  | { key: DataType; identifier: false; type: DataType; cells: ComparisonCell[] };

/**
 * The rows of the comparison matrix, built once for the popup's Regions table, the comparison page and the
 * exports, so all show the same cells with the same evidence. Comparisons stored before `cellQuotes` existed
 * fall back to the evidence sentences without marked words.
 */
export function comparisonRows(c: Comparison): ComparisonRow[] {
  const quotes = (key: string, region: string, fallback: string[] | undefined): CellQuote[] =>
    c.cellQuotes?.[key]?.[region] ?? (fallback ?? []).map((sentence) => ({ sentence, evidence: spansOfWords(sentence, []) }));
  const cells = (key: string, values: Record<string, SummaryValue>, fallback: Record<string, string[]>): ComparisonCell[] =>
    c.regions.map((region) => ({ region, value: values[region] ?? 'silent', quotes: quotes(key, region, fallback[region]) }));
  return [
    { key: 'faceprints', identifier: true, type: 'face', cells: cells('faceprints', c.identifiers.face, c.identifierEvidence.face) },
    { key: 'voiceprints', identifier: true, type: 'voice', cells: cells('voiceprints', c.identifiers.voice, c.identifierEvidence.voice) },
    ...DATA_TYPES.map((type) => ({ key: type, identifier: false as const, type, cells: cells(type, c.matrix[type], c.evidence[type]) })),
  ];
}
