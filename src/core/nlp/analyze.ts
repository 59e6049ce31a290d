import type { PolicyText } from '../text/policy-text';
import { regionOf, tableAnswerOf, type SentenceContext } from './classify';
import { splitSentences, type SplitStats } from './sentences';
import { headingDenies, sentenceReader, type ClassifiedSentence, type SentencePasses } from './text';
import { summarizeWithBasis } from './summary';
import type { Analysis, Practice, RegionScope } from './types';

export { summarize } from './summary';

/** Joins a heading path for display and for `Practice.section`. */
export const SECTION_SEPARATOR = ' › ';

export interface AnalyzeOptions {
  /**
   * Stop after this many milliseconds and return what was found so far, marked `partial` (issue 12: one
   * hostile or huge page must not hold the background worker). Checked between sentences.
   */
  budgetMs?: number;
  /** The clock, a parameter for tests (house rule 3). */
  now?: () => number;
  /** The per-sentence passes, wrapped by callers that memoise them (the history command). */
  passes?: SentencePasses;
}

/**
 * The whole-document analysis: every claim about face, voice, other biometrics and location, with offsets
 * into `PolicyText.text`, its section, and the region its section is limited to; and a summary per type.
 */
export function analyzePolicy(policy: PolicyText, options: AnalyzeOptions = {}): Analysis {
  const now = options.now ?? (() => performance.now());
  const deadline = options.budgetMs === undefined ? Infinity : now() + options.budgetMs;
  // Without a budget the clock is never read (twice per sentence, it cost more than some passes).
  const overBudget = deadline === Infinity ? () => false : () => now() > deadline;
  const split: SplitStats = { oversized: 0, skipped: 0 };
  const reader = sentenceReader(options.passes);
  const read: { found: ClassifiedSentence; section: string }[] = [];
  const scopeCache = new Map<string, RegionScope | undefined>();
  let sentences = 0;
  let analyzedChars = 0;
  let stopped = false;
  for (const [index, block] of policy.blocks.entries()) {
    if (block.kind === 'heading') continue;
    if (overBudget()) {
      stopped = true;
      break;
    }
    const section = block.headingPath.join(SECTION_SEPARATOR);
    let scope = scopeCache.get(section);
    if (!scopeCache.has(section)) {
      // The innermost heading that names a region scopes the section ("California residents", "EEA/UK/CH").
      scope = [...block.headingPath].reverse().map((h) => regionOf(h, false)).find((r) => r !== undefined);
      scopeCache.set(section, scope);
    }
    const context: SentenceContext = scope ? { scope } : {};
    // Under a heading that denies collecting ("What we never collect"), its items are denials. Read once per block.
    const heading = block.headingPath[block.headingPath.length - 1];
    if (heading !== undefined && headingDenies(heading)) context.underDenial = true;
    if (block.kind === 'table-cell' || block.kind === 'paragraph' || block.kind === 'list-item') context.line = block.kind;
    // A table cell followed by a cell that answers it ("Biometric information" | "No").
    const next = policy.blocks[index + 1];
    if (block.kind === 'table-cell' && next?.kind === 'table-cell' && next.end - next.start <= 20) {
      const answer = tableAnswerOf(policy.text.slice(next.start, next.end));
      if (answer) context.answer = answer;
    }
    for (const span of splitSentences(policy.text, block.start, block.end, split)) {
      if (overBudget()) {
        stopped = true;
        break;
      }
      sentences++;
      analyzedChars = span.end;
      const found = reader.read(policy.text, span, context);
      // Kept as found: a following "such data never leaves your device" rewrites these claims in place.
      if (found) read.push({ found, section });
    }
    if (stopped) break;
    analyzedChars = block.end;
  }
  const practices: Practice[] = [];
  for (const { found, section } of read) {
    const { span } = found;
    const sentence = policy.text.slice(span.start, span.end);
    for (const p of found.practices) {
      practices.push({
        ...p,
        evidence: p.evidence.map((e) => ({ ...e, start: e.start + span.start, end: e.end + span.start })),
        start: span.start,
        end: span.end,
        sentence,
        section,
      });
    }
  }
  const { summary, basis } = summarizeWithBasis(practices);
  const identifierIndexes = practices.flatMap((p, i) => (p.identifier === true ? [i] : []));
  const ids = summarizeWithBasis(identifierIndexes.map((i) => practices[i]!));
  const identifierBasis: Analysis['identifierBasis'] = {};
  for (const type of ['face', 'voice'] as const) {
    const local = ids.basis[type];
    if (local !== undefined) identifierBasis[type] = identifierIndexes[local]!;
  }
  const analysis: Analysis = {
    summary,
    identifiers: { face: ids.summary.face, voice: ids.summary.voice },
    practices,
    basis,
    identifierBasis,
    stats: { sentences, candidates: reader.candidates, ...split },
  };
  if (stopped) analysis.partial = { reason: 'time-budget', analyzedChars };
  return analysis;
}
