import { describe, expect, it } from 'vitest';
import { digest, MAX_POLICY_CHARS, runAnalysis, validatePolicyText } from './analysis';

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
    const { analysis, ms } = runAnalysis(policyText, () => (t += 5));
    expect(ms).toBe(5);
    const d = digest(analysis, ms, new Date('2026-01-01T00:00:00Z'));
    expect(d.identifiers).toEqual({ face: 'collects', voice: 'collects' });
    expect(d.summary['location.precise']).toBe('denies');
    expect(d.keyQuotes.face).toMatchObject({ stance: 'affirmed', identifier: true, sentence: expect.stringMatching(/faceprints/) });
    expect(d.analyzedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('rejects malformed or oversized input with a message instead of walking it', () => {
    expect(() => validatePolicyText(null)).toThrow(/malformed/);
    expect(() => validatePolicyText({ text: 'x', blocks: [{ start: 0, end: 99, headingPath: [] }] })).toThrow(/block/);
    expect(() => validatePolicyText({ text: 'x'.repeat(MAX_POLICY_CHARS + 1), blocks: [] })).toThrow(/longer/);
  });
});
