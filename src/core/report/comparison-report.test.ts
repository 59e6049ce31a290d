import { describe, expect, it } from 'vitest';
import type { Comparison } from '../compare/compare';
import { DATA_TYPES } from '../nlp/types';
import { formatComparisonMarkdown, formatComparisonText } from './comparison-report';

/** A comparison with many changed sections, as a long real policy has. */
function comparison(sections: number): Comparison {
  const cells = (us: 'collects' | 'silent', eea: 'denies' | 'silent') => ({ US: us, EEA: eea });
  return {
    regions: ['US', 'EEA'],
    matrix: Object.fromEntries(
      DATA_TYPES.map((t) => [t, cells(t === 'face' ? 'collects' : 'silent', t === 'face' ? 'denies' : 'silent')]),
    ) as unknown as Comparison['matrix'],
    identifiers: { face: cells('collects', 'denies'), voice: cells('silent', 'silent') },
    evidence: Object.fromEntries(DATA_TYPES.map((t) => [t, {}])) as Comparison['evidence'],
    identifierEvidence: { face: {}, voice: {} },
    cellQuotes: {
      faceprints: { US: [{ sentence: 'We collect faceprints [sic].', evidence: [{ start: 11, end: 21 }] }], EEA: [] },
    },
    sections: Array.from({ length: sections }, (_, i) => ({
      heading: `Section ${i}`,
      path: [],
      status: 'changed' as const,
      regions: ['US', 'EEA'],
      added: { EEA: [`We keep it for ${i + 90} days.`] },
      removed: { EEA: [`We keep it for ${i + 30} days.`] },
    })),
    keyDifferences: [],
    material: true,
  };
}

describe('comparison exports', () => {
  const meta = {
    service: 'Lumen',
    versions: [
      { region: 'US', url: 'https://lumen.example/us', fetchedAt: '2026-05-04T10:00:00.000Z' },
      { region: 'EEA', url: 'https://lumen.example/eea', fetchedAt: '2026-05-04T10:00:01.000Z' },
    ],
  };

  it('are complete: every changed section and sentence, nothing "… and N more"', () => {
    const md = formatComparisonMarkdown(comparison(60), meta);
    expect(md).not.toMatch(/and \d+ more/);
    expect(md).toContain('“Section 59”');
    expect(md).toContain('~~89~~**149**');
    expect(formatComparisonText(comparison(60), meta)).toContain('[-89-]{+149+}');
  });

  it('carry the service, each version’s address and fetch time, and the cells’ quotes with the data words in bold', () => {
    const md = formatComparisonMarkdown(comparison(1), meta);
    expect(md).toMatch(/^# How this policy differs by region: US, EEA \\\(Lumen\\\)/);
    expect(md).toContain('- US: https://lumen.example/us (fetched 2026-05-04T10:00:00.000Z)');
    expect(md).toContain('| Faceprints | collects | says it does not |');
    expect(md).toContain('“We collect **faceprints** \\[sic\\].”');
  });

  it('say nothing of where versions came from when not told (counterexample)', () => {
    expect(formatComparisonMarkdown(comparison(1))).not.toContain('Versions compared');
  });
});
