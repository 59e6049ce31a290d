import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../nlp/analyze';
import type { PolicyText } from '../text/policy-text';
import { compareVersions, runInHeading, sectionsOf } from './compare';
import { keyDifferences } from './differences';

/** A tiny policy as PolicyText: "# heading" lines are headings, other lines paragraphs. */
function policy(lines: string[]): PolicyText {
  let text = '';
  const blocks: PolicyText['blocks'] = [];
  const path: string[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    const heading = line.startsWith('# ');
    const body = heading ? line.slice(2) : line;
    blocks.push({
      kind: heading ? 'heading' : 'paragraph',
      start: text.length,
      end: text.length + body.length,
      headingPath: [...path],
      ...(heading ? { level: 2 } : {}),
    });
    if (heading) path.splice(0, path.length, body);
    text += body;
  }
  return { text, blocks };
}

const version = (region: string, lines: string[]) => {
  const p = policy(lines);
  return { region, policyText: p, analysis: analyzePolicy(p) };
};

const us = version('US', [
  '# Information we collect',
  'We collect your approximate location from your IP address.',
  '# Image and audio information',
  'We may collect faceprints and voiceprints from your videos.',
  '# Your rights',
  'You can ask us to delete your information.',
]);
const eea = version('EEA', [
  '# Information We Collect',
  'We collect your approximate location from your IP address.',
  '# Your rights',
  'You can ask us to delete your information.',
  'You can complain to a data protection authority.',
]);

describe('compareVersions', () => {
  const c = compareVersions([us, eea]);

  it('builds the matrix and the identifier rows per region', () => {
    expect(c.regions).toEqual(['US', 'EEA']);
    expect(c.matrix['location.approximate']).toEqual({ US: 'collects', EEA: 'collects' });
    expect(c.identifiers.face).toEqual({ US: 'collects', EEA: 'silent' });
    expect(c.evidence.face.US![0]).toMatch(/faceprints/);
    expect(c.identifierEvidence.face).toEqual({ US: [expect.stringMatching(/faceprints/)], EEA: [] });
  });

  it('puts the key difference first, in one sentence', () => {
    expect(c.keyDifferences[0]!.text).toBe('US version allows faceprints and voiceprints; EEA version does not mention them.');
    expect(c.material).toBe(true);
  });

  it('aligns sections by heading, ignoring case, and diffs sentences inside changed ones', () => {
    const byHeading = Object.fromEntries(c.sections.map((s) => [s.heading, s]));
    expect(byHeading['Information we collect']).toMatchObject({ status: 'same', regions: ['US', 'EEA'] });
    expect(byHeading['Image and audio information']).toMatchObject({ status: 'only-in-some', regions: ['US'] });
    expect(byHeading['Your rights']).toMatchObject({
      status: 'changed',
      added: { EEA: ['You can complain to a data protection authority.'] },
      removed: { EEA: [] },
    });
  });

  it('finds no material difference between versions that only differ in spelling and dates', () => {
    const a = version('US', ['# Updates', 'Last updated: March 3, 2026.', 'We analyze your approximate location to personalize the app.']);
    const b = version('UK', ['# Updates', 'Last updated: 3 March 2026.', 'We analyse your approximate location to personalise the app.']);
    const same = compareVersions([a, b]);
    expect(same.material).toBe(false);
    expect(same.sections.every((s) => s.status === 'same')).toBe(true);
  });

  it('needs two versions with their own labels', () => {
    expect(() => compareVersions([us])).toThrow(/two/);
    expect(() => compareVersions([us, { ...eea, region: 'US' }])).toThrow(/own region/);
  });
});

describe('run-in headings', () => {
  it('open a section when a list item starts with a short title', () => {
    expect(runInHeading('Image and Audio Information. We may collect...')).toBe('Image and Audio Information');
    expect(runInHeading('We may collect information. Then more.')).toBeUndefined();
    expect(runInHeading('Effective: January 2026')).toBeUndefined();
    const sections = sectionsOf(policy(['# What we collect', 'Location Data. We collect GPS.', 'Device Data. We collect your model.']));
    expect(sections.map((s) => s.heading)).toEqual(['What we collect', 'Location Data', 'Device Data']);
  });
});

describe('keyDifferences', () => {
  it('words each difference by group of regions, strongest first', () => {
    const cells = { US: 'collects', EEA: 'denies', ROW: 'silent' } as const;
    const matrix = {
      face: cells,
      voice: cells,
      biometric: cells,
      'location.precise': { US: 'may-collect', EEA: 'may-collect', ROW: 'may-collect' },
      'location.approximate': cells,
      location: cells,
    } as const;
    const diffs = keyDifferences(['US', 'EEA', 'ROW'], matrix as never, { face: { ...cells }, voice: { US: 'silent', EEA: 'silent', ROW: 'silent' } });
    expect(diffs[0]).toMatchObject({
      types: ['face'],
      aspect: 'identifier',
      text: 'US version allows faceprints; EEA version says it does not collect them; ROW version does not mention them.',
    });
    expect(diffs.map((d) => d.types[0])).not.toContain('location.precise');
  });
});

describe('one-word run-in headings', () => {
  it('start a section of their own at the start of a list item', () => {
    expect(runInHeading('Metadata. When you upload content, we collect its metadata.', true)).toBe('Metadata');
    expect(runInHeading('Cookies: We use cookies.', true)).toBe('Cookies');
  });
  it('do not in a paragraph, or before a lower-case word (counterexample)', () => {
    expect(runInHeading('Metadata. When you upload content, we collect its metadata.')).toBeUndefined();
    expect(runInHeading('Note. this is a sentence.', true)).toBeUndefined();
  });
});

