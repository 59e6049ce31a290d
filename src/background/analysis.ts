import { analyzePolicy } from '../core/nlp/analyze';
import { DATA_TYPES, type Analysis, type Practice } from '../core/nlp/types';
import type { PolicyText } from '../core/text/policy-text';
import type { AnalysisDigest } from '../platform/messages';

/** Largest text the background analyses: ten times the longest policy seen; beyond that it is not a policy. */
export const MAX_POLICY_CHARS = 3_000_000;

/** Checks the shape of a PolicyText that arrived by message before the analyzer walks it. */
export function validatePolicyText(value: unknown): PolicyText {
  const p = value as PolicyText;
  if (!p || typeof p.text !== 'string' || !Array.isArray(p.blocks)) throw new Error('malformed policy text');
  if (p.text.length > MAX_POLICY_CHARS) throw new Error(`page text is longer than ${MAX_POLICY_CHARS} characters`);
  for (const b of p.blocks) {
    if (!Number.isInteger(b.start) || !Number.isInteger(b.end) || b.start < 0 || b.end > p.text.length || b.start > b.end || !Array.isArray(b.headingPath)) {
      throw new Error('malformed policy text block');
    }
  }
  return p;
}

/** The key quote for a type: an affirmation before a denial, an unconditional one before a conditional one. */
function keyPractice(practices: Practice[]): Practice | undefined {
  const score = (p: Practice) => (p.stance === 'affirmed' ? 2 : 0) + (p.conditional ? 0 : 1) + (p.identifier ? 0.5 : 0);
  return [...practices].sort((a, b) => score(b) - score(a))[0];
}

export function digest(analysis: Analysis, ms: number, now = new Date()): AnalysisDigest {
  const keyQuotes: AnalysisDigest['keyQuotes'] = {};
  for (const type of DATA_TYPES) {
    const key = keyPractice(analysis.practices.filter((p) => p.type === type));
    if (key) {
      keyQuotes[type] = { sentence: key.sentence.slice(0, 400), stance: key.stance, conditional: key.conditional === true };
      if (key.identifier !== undefined) keyQuotes[type]!.identifier = key.identifier;
    }
  }
  return {
    summary: analysis.summary,
    identifiers: analysis.identifiers,
    keyQuotes,
    practiceCount: analysis.practices.length,
    ms: Math.round(ms * 10) / 10,
    analyzedAt: now.toISOString(),
  };
}

export function runAnalysis(policyText: unknown, clock: () => number = () => performance.now()): { analysis: Analysis; ms: number } {
  const valid = validatePolicyText(policyText);
  const started = clock();
  const analysis = analyzePolicy(valid);
  return { analysis, ms: clock() - started };
}
