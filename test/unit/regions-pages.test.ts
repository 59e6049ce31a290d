// Regional parts of one authored page, and a comparison of the authored regional versions.
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/core/compare/compare';
import { analyzePolicy } from '../../src/core/nlp';
import { documentRegions, regionalParts } from '../../src/core/regions/in-page';
import { extractPolicyText } from '../../src/dom/extract';
import { fixtureDocument } from './fixtures';

const textOf = (path: string) => extractPolicyText(fixtureDocument(path).body).policyText;

describe('regions inside one page', () => {
  it('finds the US, EEA/UK/CH and other-regions parts from their lead lines', () => {
    const parts = documentRegions(textOf('legal/privacy-policy-regions.html'));
    expect(parts.map((p) => p.region)).toEqual(['US', 'EEA/UK/CH', 'ROW']);
    expect(parts[0]!.policyText.text).toMatch(/create voiceprints/);
    expect(parts[0]!.policyText.text).not.toMatch(/GDPR/);
    expect(parts[1]!.policyText.text).toMatch(/GDPR/);
  });

  it('finds a scoped section in an ordinary policy but does not take it for a whole version', () => {
    const us = textOf('legal/privacy-policy-us.html');
    expect(regionalParts(us).map((p) => p.region)).toContain('US-CA');
    expect(documentRegions(us)).toEqual([]);
  });

  it('compares the parts: voiceprints in the US part only, denied in the EEA part', () => {
    const c = compareVersions(documentRegions(textOf('legal/privacy-policy-regions.html')).map((p) => ({ ...p, analysis: analyzePolicy(p.policyText) })));
    expect(c.identifiers.voice).toEqual({ US: 'collects', 'EEA/UK/CH': 'denies', ROW: 'silent' });
    expect(c.keyDifferences[0]!.text).toMatch(/^US version allows voiceprints/);
  });
});
