import type { DataType } from './types';
import { modifiedHead } from './head';
import { normalizeSentence } from './normalize';
import { isAreaInPlacePhrase, readingOfLocation } from './place';
import { TRAPS, TYPE_TERMS, type TypeTerm } from './vocabulary';

export interface Mention {
  term: TypeTerm;
  type: DataType;
  start: number;
  end: number;
  text: string;
}

/**
 * Patterns come in two compilations: case-sensitive, run on the lower-cased sentence (about twice as fast in
 * V8 as a case-insensitive scan, and the vocabulary has no upper-case literal: vocabulary.test.ts), and
 * case-insensitive, for the rare sentence whose lower-case form has another length (offsets must hold).
 */
const compiled = TYPE_TERMS.map((term) => ({
  term,
  lower: new RegExp(term.source, 'g'),
  re: new RegExp(term.source, 'gi'),
  gate: term.gate ? new RegExp(term.gate) : undefined,
  heads: term.heads ? new RegExp(`^(?:${term.heads})$`, 'i') : undefined,
}));
const ungated = new RegExp(TYPE_TERMS.filter((t) => !t.gate).map((t) => `(?:${t.source})`).join('|'));
const gated = compiled.filter((c) => c.gate).map((c) => ({ gate: c.gate!, re: new RegExp(c.term.source) }));

/**
 * The cheap pass: does the sentence hold any data term? Gated terms are tried only behind their gate, which
 * keeps the pass close to one scan of the ungated vocabulary.
 */
export function isCandidate(raw: string): boolean {
  const sentence = normalizeSentence(raw).toLowerCase();
  return ungated.test(sentence) || gated.some((g) => g.gate.test(sentence) && g.re.test(sentence));
}
// Each trap on its own: one alternation would let an earlier trap's match hide an overlapping later one.
const trapRes = TRAPS.map((t) => ({ lower: new RegExp(t.source, 'g'), re: new RegExp(t.source, 'gi') }));

/** One compiled pattern of every trigger (the bench's regex-scan floor; the cheap pass uses `isCandidate`). */
export const TRIGGER_RE = new RegExp(TYPE_TERMS.map((t) => `(?:${t.source})`).join('|'), 'i');

/** Marks spans in a per-character map, so overlap checks cost the span's length, not the number of spans. */
function cover(length: number, spans: Iterable<{ start: number; end: number }>): Uint8Array {
  const map = new Uint8Array(length + 1);
  for (const s of spans) map.fill(1, s.start, s.end);
  return map;
}
const covered = (map: Uint8Array, s: { start: number; end: number }) => {
  for (let i = s.start; i < s.end; i++) if (map[i]) return true;
  return false;
};

/** The data-type mentions in a sentence, traps removed, more specific mentions preferred. Linear in the sentence. */
export function findMentions(sentence: string): Mention[] {
  const folded = sentence.toLowerCase();
  const useLower = folded.length === sentence.length;
  const subject = useLower ? folded : sentence;
  const traps = cover(
    sentence.length,
    trapRes.flatMap((t) =>
      [...subject.matchAll(useLower ? t.lower : t.re)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
    ),
  );

  const found: Mention[] = [];
  for (const { term, lower, re: insensitive, gate, heads } of compiled) {
    if (gate && !gate.test(folded)) continue;
    const re = useLower ? lower : insensitive;
    re.lastIndex = 0;
    for (const m of subject.matchAll(re)) {
      if (m[0].length === 0) continue;
      const end = m.index + m[0].length;
      const mention = { term, type: term.type, start: m.index, end, text: sentence.slice(m.index, end) };
      if (covered(traps, mention) && !term.beatsTraps) continue;
      // An area governed by a locative preposition is where something happens, not the user's area (place.ts).
      if (term.id === 'area-level' && !/level$/i.test(m[0]) && isAreaInPlacePhrase(sentence, mention.start)) continue;
      // A modifier of another noun names that noun ("audio call usage data", "biometric technology"): head.ts.
      if (heads) {
        const head = modifiedHead(sentence, mention.end);
        if (head !== undefined && !heads.test(head)) continue;
      }
      // The bare word "location" is data only in the user's noun phrase, not as a place (place.ts).
      if (
        term.id === 'location' &&
        /^location$/i.test(m[0]) &&
        readingOfLocation(sentence, mention.start, mention.end) === 'place'
      ) {
        continue;
      }
      found.push(mention);
    }
  }
  // A generic location mention inside a face mention ("the location of your face") or inside a specific
  // location mention ("precise location") is that mention, not another one.
  const specific = cover(sentence.length, found.filter((m) => m.term.id !== 'location'));
  const faces = cover(sentence.length, found.filter((m) => m.type === 'face'));
  return found.filter(
    (m) => !(m.term.id === 'location' && covered(specific, m)) && !(m.type.startsWith('location') && covered(faces, m)),
  );
}
