// The analyzer over whole authored pages with the founding case's structure: a US policy with an
// "Image and audio information" section allowing faceprints and voiceprints, and EEA and rest-of-world
// versions without it.
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../src/core/nlp';
import { extractPolicyText } from '../../src/dom/extract';
import { fixtureDocument } from './fixtures';

const analyze = (path: string) => {
  const { policyText } = extractPolicyText(fixtureDocument(path).body);
  return { policyText, analysis: analyzePolicy(policyText) };
};

describe('analyzePolicy on regional versions of one policy', () => {
  const us = analyze('legal/privacy-policy-us.html');
  const eea = analyze('legal/privacy-policy-eea.html');
  const row = analyze('legal/privacy-policy-row.html');

  it('finds faceprints and voiceprints in the US version only', () => {
    expect(us.analysis.identifiers).toEqual({ face: 'collects', voice: 'collects' });
    expect(eea.analysis.identifiers).toEqual({ face: 'silent', voice: 'silent' });
    expect(row.analysis.identifiers).toEqual({ face: 'silent', voice: 'silent' });
    const faceprint = us.analysis.practices.find((p) => p.type === 'face' && p.identifier)!;
    expect(faceprint.section).toBe('Lumen Social Privacy Policy › Information we collect › Image and audio information');
    expect(faceprint.sentence).toMatch(/faceprints and voiceprints/);
  });

  it('still sees face detection for effects in every version', () => {
    for (const v of [us, eea, row]) expect(v.analysis.summary.face).toBe('collects');
  });

  it('reads location precision and stance per version', () => {
    expect(us.analysis.summary['location.approximate']).toBe('collects');
    expect(us.analysis.summary['location.precise']).toBe('may-collect');
    expect(eea.analysis.summary['location.precise']).toBe('denies');
    expect(row.analysis.summary['location.precise']).toBe('may-collect');
  });

  it('scopes the California notice to a US state', () => {
    const california = us.analysis.practices.filter((p) => p.section.includes('California'));
    expect(california.length).toBeGreaterThan(0);
    for (const p of california) expect(p.scope).toBe('US-state');
  });

  it('gives offsets that slice back to the sentence and its evidence', () => {
    for (const p of us.analysis.practices) {
      expect(us.policyText.text.slice(p.start, p.end)).toBe(p.sentence);
      for (const e of p.evidence) expect(us.policyText.text.slice(e.start, e.end).toLowerCase()).toBe(e.text.toLowerCase().replace(/[’‘]/g, "'"));
    }
  });

  it('does not flag the traps the page contains (fingerprinting, office locations)', () => {
    const sentences = us.analysis.practices.map((p) => p.sentence).join('\n');
    expect(sentences).not.toMatch(/browser and device fingerprinting/);
    expect(sentences).not.toMatch(/location of our offices/);
  });

  it('reports every type in the summary and the work it did', () => {
    expect(Object.keys(us.analysis.summary).sort()).toEqual(['biometric', 'face', 'location', 'location.approximate', 'location.precise', 'voice']);
    expect(us.analysis.stats.candidates).toBeLessThan(us.analysis.stats.sentences);
  });
});
