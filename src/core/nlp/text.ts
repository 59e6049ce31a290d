import { classifySentence, denyBack, refersBackOnDevice, type SentenceContext } from './classify';
import { splitSentences } from './sentences';
import type { SentencePractice } from './types';

/**
 * Classifies a short text on its own (one sentence or a short passage): its sentences' claims, one per data
 * type, an affirmation in any sentence outweighing a denial in another.
 */
export function classifyText(text: string, context: SentenceContext = {}): SentencePractice[] {
  const byType = new Map<string, SentencePractice>();
  let previous: SentencePractice[] = [];
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    const found = classifySentence(sentence, context);
    if (found.length === 0 && refersBackOnDevice(sentence)) {
      for (const p of previous) denyBack(p);
      continue;
    }
    previous = [];
    for (const practice of found) {
      const offset = span.start;
      const shifted = { ...practice, evidence: practice.evidence.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset })) };
      previous.push(shifted);
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
