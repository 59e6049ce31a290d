import { classifySentence, denyBack, refersBackOnDevice, type SentenceContext } from './classify';
import { TRIGGER_RE } from './mentions';
import { splitSentences, type Span } from './sentences';
import type { SentencePractice } from './types';

/**
 * The two per-sentence passes: the cheap trigger test and the language pass. A caller may wrap them (the
 * history command memoises both across the thousands of versions of one document, which share most
 * sentences); `classify` must return fresh objects, since a later "such data stays on your device" sentence
 * rewrites them in place.
 */
export interface SentencePasses {
  isCandidate: (sentence: string) => boolean;
  classify: (sentence: string, context: SentenceContext) => SentencePractice[];
}
export const SENTENCE_PASSES: SentencePasses = { isCandidate: (sentence) => TRIGGER_RE.test(sentence), classify: classifySentence };

export interface ClassifiedSentence {
  span: Span;
  practices: SentencePractice[];
}

/**
 * Classifies sentences in order. The cheap pass (one compiled trigger pattern) skips sentences that mention
 * no data type; only candidates reach the language pass. A sentence that keeps "such data" on the device
 * turns the previous sentence's claims into denials.
 */
export function classifySpans(
  text: string,
  spans: Span[],
  contextOf: (span: Span) => SentenceContext = () => ({}),
  passes: SentencePasses = SENTENCE_PASSES,
): {
  results: ClassifiedSentence[];
  candidates: number;
} {
  const results: ClassifiedSentence[] = [];
  let candidates = 0;
  let previous: ClassifiedSentence | undefined;
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!passes.isCandidate(sentence)) {
      if (previous && refersBackOnDevice(sentence)) previous.practices.forEach(denyBack);
      previous = undefined;
      continue;
    }
    candidates++;
    const practices = passes.classify(sentence, contextOf(span));
    if (practices.length === 0 && previous && refersBackOnDevice(sentence)) {
      previous.practices.forEach(denyBack);
      continue;
    }
    const entry = { span, practices };
    if (practices.length > 0) results.push(entry);
    previous = practices.length > 0 ? entry : undefined;
  }
  return { results, candidates };
}

/**
 * Classifies a short text on its own (one sentence or a short passage): its sentences' claims, one per data
 * type, an affirmation in any sentence outweighing a denial in another.
 */
export function classifyText(text: string, context: SentenceContext = {}): SentencePractice[] {
  const byType = new Map<string, SentencePractice>();
  for (const { span, practices } of classifySpans(text, splitSentences(text), () => context).results) {
    for (const practice of practices) {
      const shifted = { ...practice, evidence: practice.evidence.map((e) => ({ ...e, start: e.start + span.start, end: e.end + span.start })) };
      const existing = byType.get(practice.type);
      if (!existing || (existing.stance === 'denied' && practice.stance === 'affirmed')) byType.set(practice.type, shifted);
      else if (existing.stance === practice.stance) {
        existing.identifier = existing.identifier || practice.identifier;
        existing.conditional = existing.conditional || practice.conditional;
      }
    }
  }
  // A generic location claim adds nothing where another sentence states the precision.
  if (byType.has('location') && (byType.has('location.precise') || byType.has('location.approximate'))) byType.delete('location');
  return [...byType.values()];
}
