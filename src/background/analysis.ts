import { analyzePolicy } from '../core/nlp/analyze';
import { DATA_TYPES, type Analysis } from '../core/nlp/types';
import { cellBasis, oneFindingPerSentence } from '../core/report/findings';
import type { PolicyText } from '../core/text/policy-text';
import type { AnalysisDigest, PageAnalysis } from '../platform/messages';

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

/** Longest key quote kept in session storage; the popup windows it around the data words. */
const KEY_QUOTE_CHARS = 2000;

export function digest(analysis: Analysis, ms: number, now = new Date()): AnalysisDigest {
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
  };
}

export function runAnalysis(policyText: unknown, clock: () => number = () => performance.now()): { analysis: Analysis; ms: number } {
  const valid = validatePolicyText(policyText);
  const started = clock();
  const analysis = analyzePolicy(valid);
  return { analysis, ms: clock() - started };
}

/**
 * Page text arriving in slices (see `sendPolicyText`). Bounded: at most a few uploads at once, each no larger
 * than MAX_POLICY_CHARS, forgotten after a minute; a slice out of order or too many is an error.
 */
export class TextUploads {
  private uploads = new Map<string, { parts: string[]; size: number; started: number }>();
  constructor(private readonly now: () => number = () => Date.now(), private readonly maxUploads = 16) {}

  add(upload: string, index: number, part: string): void {
    this.expire();
    if (typeof upload !== 'string' || typeof part !== 'string' || !Number.isInteger(index) || index < 0) throw new Error('malformed text chunk');
    let entry = this.uploads.get(upload);
    if (!entry) {
      if (this.uploads.size >= this.maxUploads) throw new Error('too many uploads at once');
      entry = { parts: [], size: 0, started: this.now() };
      this.uploads.set(upload, entry);
    }
    if (index !== entry.parts.length) throw new Error('text chunk out of order');
    entry.size += part.length;
    if (entry.size > MAX_POLICY_CHARS) {
      this.uploads.delete(upload);
      throw new Error(`page text is longer than ${MAX_POLICY_CHARS} characters`);
    }
    entry.parts.push(part);
  }

  take(upload: string, chunks: number): string {
    const entry = this.uploads.get(upload);
    this.uploads.delete(upload);
    if (!entry || entry.parts.length !== chunks) throw new Error('page text did not arrive whole');
    return entry.parts.join('');
  }

  private expire(): void {
    for (const [id, e] of this.uploads) if (this.now() - e.started > 60_000) this.uploads.delete(id);
  }
}

/** The reply to the page: what it lacks of the analysis. */
export function forPage(analysis: Analysis): PageAnalysis {
  return {
    summary: analysis.summary,
    identifiers: analysis.identifiers,
    practices: analysis.practices.map(({ sentence: _s, section: _sec, ...rest }) => rest),
  };
}
