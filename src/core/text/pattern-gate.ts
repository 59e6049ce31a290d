import { literalIndex } from './literal-index';
import { re } from './pattern';
import { requiredLiterals } from './required-literals';

/**
 * Which of several case-insensitive patterns can match a text, told by one scan for the literals each one
 * requires (required-literals.ts, literal-index.ts): a pass that tries a dozen cue patterns on a sentence runs
 * only those whose literals the sentence holds, with the answers of running them all.
 *
 * The literals are compared in lower case. A pattern without the `u` flag matches an ASCII letter only with an
 * ASCII letter of either case, so lower-casing both sides keeps every match, provided that the literals are
 * ASCII or caseless typographic marks (else the pattern is always run) and that lower-casing the text adds no
 * ASCII word character beside a match, which only "İ" (→ "i̇") and the Kelvin sign (→ "k") do: a text with either
 * runs every pattern.
 */
/**
 * Every code unit below 128 (the word-boundary mark, NUL, is one), or a typographic dash or quote (U+2013 to U+201D:
 * "’s", "“remove”"): those have no case, so a pattern matches them only as written, as the index reads them.
 */
const asWritten = (s: string) => /^[\0-\x7f\u2013-\u201d]*$/.test(s);
const FOLDS_TO_ASCII_WORD = /[\u0130\u212a]/;

/** For each source, 1 where the text may match it (it holds one of its literals, or it has none); else 0. */
export type PatternGate = (text: string) => Uint8Array;

export function patternGate(sources: readonly string[]): PatternGate {
  // The index folds ASCII case itself: the same answers as lower-casing literals and text, without a copy.
  const index = literalIndex(
    sources.map((source) => {
      const literals = requiredLiterals(source);
      return literals?.every(asWritten) ? literals : undefined;
    }),
    true,
  );
  const all = new Uint8Array(sources.length).fill(1);
  return (text) => (FOLDS_TO_ASCII_WORD.test(text) ? all.slice() : index(text));
}

/**
 * One gate for the patterns the classifier tries on a sentence (the non-claim rules, the on-device rows, the cues),
 * built on first use from every source registered by then: one scan of a text answers them all, and is kept for
 * the next question about the same text. A pattern registered after the gate was built is always run.
 */
const sentenceSources: string[] = [];
let sentenceGate: PatternGate | undefined;
let scanned: string | undefined;
let held: Uint8Array;
/** A place in the sentence gate for `source`: `heldIn(text)[slot]` is 0 where `text` cannot match it. */
export const gateSlot = (source: string): number => sentenceSources.push(source) - 1;
export function heldIn(text: string): Uint8Array {
  if (text !== scanned) {
    held = (sentenceGate ??= patternGate(sentenceSources))(text);
    scanned = text;
  }
  return held;
}
/**
 * Whether a text may match `source`: false where it lacks the pattern's literals. Asked of a sentence, it answers
 * for any text cut from it (a text holds no literal its source lacks): one scan of the sentence, not one of each cut
 * text. The pattern itself is not compiled here.
 */
export function literalGate(source: string): (s: string) => boolean {
  const slot = gateSlot(source);
  return (s) => heldIn(s)[slot] !== 0;
}
/**
 * A pattern answered "no match" without running where the text lacks its literals. Never global or sticky: a
 * skipped call would leave `lastIndex` where a run would have moved it.
 */
export function gated(source: string, flags = 'i'): Pick<RegExp, 'test' | 'exec'> {
  const pattern = re(source, flags);
  const may = literalGate(source);
  return { test: (s) => may(s) && pattern.test(s), exec: (s) => (may(s) ? pattern.exec(s) : null) };
}
