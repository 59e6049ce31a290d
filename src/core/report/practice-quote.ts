import type { Practice } from '../nlp/types';
import { quoteSegments, type QuoteSegment } from './quote';

/** A practice's quote: its sentence, whole or windowed, with its data words (document offsets) emphasised. */
export function practiceQuote(p: Pick<Practice, 'sentence' | 'start' | 'evidence'>, max?: number): QuoteSegment[] {
  return quoteSegments(p.sentence, p.evidence.map((e) => ({ start: e.start - p.start, end: e.end - p.start })), max);
}
