import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../core/nlp/types';
import { digest, forPage, MAX_POLICY_CHARS, runAnalysis, unreadOf, validatePolicyText } from './analysis';

const text = 'Image and audio\nWe may collect faceprints and voiceprints from your videos.\nWe do not collect precise location.';
const policyText = {
  text,
  blocks: [
    { kind: 'heading', start: 0, end: 15, level: 2, headingPath: [] },
    { kind: 'paragraph', start: 16, end: 75, headingPath: ['Image and audio'] },
    { kind: 'paragraph', start: 76, end: text.length, headingPath: ['Image and audio'] },
  ],
};

describe('background analysis', () => {
  it('analyses a valid policy text and digests it for the popup', () => {
    let t = 0;
    const { analysis, ms, partial } = runAnalysis(policyText, () => (t += 5));
    expect(ms).toBeGreaterThan(0);
    expect(partial).toBeUndefined();
    const d = digest(analysis, ms, new Date('2026-01-01T00:00:00Z'));
    expect(d.identifiers).toEqual({ face: 'collects', voice: 'collects' });
    expect(d.summary['location.precise']).toBe('denies');
    expect(d.keyQuotes.face).toMatchObject({ stance: 'affirmed', identifier: true, sentence: expect.stringMatching(/faceprints/) });
    expect(d.analyzedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('passes its budget and clock to the analyzer and carries a partial result to the page and the popup', () => {
    let seen: { budgetMs?: number; now?: () => number } | undefined;
    const clock = () => 42;
    const fake = (_p: unknown, options?: { budgetMs?: number; now?: () => number }) => {
      seen = options;
      const empty = { summary: {}, identifiers: {}, practices: [], stats: { sentences: 0, candidates: 0 } } as unknown as Analysis;
      return { ...empty, partial: { reason: 'time-budget' as const, analyzedChars: 28 } };
    };
    const { analysis, partial, ms } = runAnalysis(policyText, clock, 700, fake);
    expect(seen).toEqual({ budgetMs: 700, now: clock });
    expect(partial).toEqual({ reason: 'time-budget', analyzedChars: 28, share: 28 / text.length });
    expect(forPage(analysis, partial).partial?.share).toBeCloseTo(0.25, 1);
    expect(digest(analysis, ms, new Date(), partial).partial?.analyzedChars).toBe(28);
  });

  it('rejects malformed or oversized input with a message instead of walking it', () => {
    expect(() => validatePolicyText(null)).toThrow(/malformed/);
    expect(() => validatePolicyText({ text: 'x', blocks: [{ start: 0, end: 99, headingPath: [] }] })).toThrow(/block/);
    expect(() => validatePolicyText({ text: 'x'.repeat(MAX_POLICY_CHARS + 1), blocks: [] })).toThrow(/longer/);
  });

  it('counts what a run-on sentence left unread, and carries it to the page and the popup with the cut', () => {
    const runOn = `We collect your location${' and your voice'.repeat(20_000)}.`;
    const { analysis, ms } = runAnalysis({ text: runOn, blocks: [{ kind: 'paragraph', start: 0, end: runOn.length, headingPath: [] }] });
    const unread = unreadOf(analysis, 3_000_000);
    expect(unread?.skippedPieces).toBeGreaterThan(100);
    expect(unread?.cutAt).toBe(3_000_000);
    expect(forPage(analysis, undefined, unread).unread).toEqual(unread);
    expect(digest(analysis, ms, new Date(), undefined, unread).unread).toEqual(unread);
    // A normal policy, read whole: nothing to say.
    expect(unreadOf(runAnalysis(policyText).analysis)).toBeUndefined();
  });

  it("warms the analyzer up once, before a worker's first budget starts", async () => {
    vi.resetModules();
    const fresh = await import('./analysis');
    const calls: (number | undefined)[] = [];
    const none = { summary: {}, identifiers: {}, practices: [], stats: { sentences: 0, candidates: 0 } } as unknown as Analysis;
    const fake = (_p: unknown, options?: { budgetMs?: number }) => {
      calls.push(options?.budgetMs);
      return none;
    };
    fresh.runAnalysis(policyText, () => 0, 700, fake);
    fresh.runAnalysis(policyText, () => 0, 700, fake);
    // The warm-up runs without a budget, once; each analysis with its own.
    expect(calls).toEqual([undefined, 700, 700]);
    expect(fresh.warmUp(fake)).toBe(false);
  });
});
