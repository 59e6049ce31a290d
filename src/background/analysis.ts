import { analyzePolicy } from '../core/nlp/analyze';
import { MAX_SENTENCE_CHARS } from '../core/nlp/sentences';
import { DATA_TYPES, type Analysis } from '../core/nlp/types';
import { cellBasis, oneFindingPerSentence } from '../core/report/findings';
import type { PolicyText } from '../core/text/policy-text';
import type { AnalysisDigest, PageAnalysis, PartialAnalysis, UnreadText } from '../platform/messages';
import { validatePolicyText } from './policy-text-check';

export { MAX_POLICY_CHARS, validatePolicyText } from './policy-text-check';

/**
 * Time one analysis may take in the background before it stops with what it has, marked partial. Real policies
 * take well under this (the 31 000-word corpus maximum ~0.3 s); a pathological page costs at most this much more
 * than a normal one, and while it runs nothing else does (the analyzer is synchronous): see AnalysisQueue.
 */
export const ANALYSIS_BUDGET_MS = 1500;

/**
 * The first analysis in a fresh worker also compiles the analyzer's patterns (V8 compiles a regular expression at
 * its first use): about 1.3 s for the largest corpus policy on a slow machine (`npm run bench`, the first analysis
 * in a fresh process), a cost of the worker and not of the page. Counted in the budget, a small page analysed while
 * the machine is busy could come back partial for that alone. So the worker's first analysis is preceded, before
 * the budget's clock starts, by one of these few sentences, which take the analyzer through its main patterns.
 */
const WARM_UP = [
  'We collect your precise location, your approximate location from your IP address and your location history.',
  'We may collect faceprints, face geometry and voiceprints, and we record your voice commands.',
  'We do not collect fingerprints or other biometric identifiers unless you enable fingerprint sign-in.',
  'Your face template never leaves your device.',
].join(' ');
let warm = false;

/** Runs the analyzer once over WARM_UP, the first time only (a restarted worker is cold again). */
export function warmUp(analyzer: BudgetedAnalyzer = analyzePolicy as BudgetedAnalyzer): boolean {
  if (warm) return false;
  warm = true;
  analyzer({ text: WARM_UP, blocks: [{ kind: 'paragraph', start: 0, end: WARM_UP.length, headingPath: [] }] });
  return true;
}

/** What the analyzer returns when it stopped at its budget (the `nlp` module's option, see analyzePolicy). */
type BudgetedAnalysis = Analysis & { partial?: { reason: 'time-budget'; analyzedChars: number } };
type BudgetedAnalyzer = (policy: PolicyText, options?: { budgetMs?: number; now?: () => number }) => BudgetedAnalysis;

/** Longest key quote kept in session storage; the popup windows it around the data words. */
const KEY_QUOTE_CHARS = 2000;

/** How much of the text a partial analysis covered, as a share of the whole (0..1). */
export function partialShare(analysis: BudgetedAnalysis, textLength: number): PartialAnalysis | undefined {
  if (!analysis.partial) return undefined;
  const share = textLength > 0 ? Math.min(1, analysis.partial.analyzedChars / textLength) : 1;
  return { reason: analysis.partial.reason, analyzedChars: analysis.partial.analyzedChars, share };
}

/**
 * What the analysis left unread although it had time: the analyzer's skipped stretches (no sentence end for
 * thousands of characters) and the page's cut, if any. Undefined when everything was read.
 */
export function unreadOf(analysis: Pick<Analysis, 'stats'>, cutAt?: number): UnreadText | undefined {
  const skippedPieces = analysis.stats.skipped ?? 0;
  if (skippedPieces === 0 && cutAt === undefined) return undefined;
  return { skippedPieces, pieceChars: MAX_SENTENCE_CHARS, ...(cutAt !== undefined ? { cutAt } : {}) };
}

export function digest(
  analysis: BudgetedAnalysis,
  ms: number,
  now = new Date(),
  partial?: PartialAnalysis,
  unread?: UnreadText,
): AnalysisDigest {
  const keyQuotes: AnalysisDigest['keyQuotes'] = {};
  for (const type of DATA_TYPES) {
    // The quote agrees with the cell: a sentence of the summary's own stance (see cellBasis).
    const basis = cellBasis(analysis, type);
    if (!basis) continue;
    const key = basis.practice;
    keyQuotes[type] = {
      sentence: key.sentence.slice(0, KEY_QUOTE_CHARS),
      stance: key.stance,
      conditional: key.conditional === true,
      evidence: basis.evidence.filter((e) => e.end <= KEY_QUOTE_CHARS),
      ...(key.identifier !== undefined ? { identifier: key.identifier } : {}),
      ...(basis.contrary ? { contrary: basis.contrary } : {}),
    };
  }
  return {
    summary: analysis.summary,
    identifiers: analysis.identifiers,
    keyQuotes,
    // Counts are of sentences: one finding per sentence per type.
    practiceCount: oneFindingPerSentence(analysis.practices).length,
    ms: Math.round(ms * 10) / 10,
    analyzedAt: now.toISOString(),
    ...(partial ? { partial } : {}),
    ...(unread ? { unread } : {}),
  };
}

/** One analysis within the budget; `clock` is the test seam (and the analyzer's clock for its budget). */
export function runAnalysis(
  policyText: unknown,
  clock: () => number = () => performance.now(),
  budgetMs = ANALYSIS_BUDGET_MS,
  analyzer: BudgetedAnalyzer = analyzePolicy as BudgetedAnalyzer,
): { analysis: BudgetedAnalysis; ms: number; partial?: PartialAnalysis } {
  const valid = validatePolicyText(policyText);
  warmUp(analyzer);
  const started = clock();
  const analysis = analyzer(valid, { budgetMs, now: clock });
  const partial = partialShare(analysis, valid.text.length);
  return { analysis, ms: clock() - started, ...(partial ? { partial } : {}) };
}

/** The reply to the page: what it lacks of the analysis. */
export function forPage(analysis: BudgetedAnalysis, partial?: PartialAnalysis, unread?: UnreadText): PageAnalysis {
  return {
    summary: analysis.summary,
    identifiers: analysis.identifiers,
    practices: analysis.practices.map(({ sentence: _s, section: _sec, ...rest }) => rest),
    ...(partial ? { partial } : {}),
    ...(unread ? { unread } : {}),
  };
}
