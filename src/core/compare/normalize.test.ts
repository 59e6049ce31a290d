import { describe, expect, it } from 'vitest';
import { headingSimilarity, normalizeHeading, normalizeSentence } from './normalize';

describe('normalizeSentence', () => {
  it('ignores British vs American spelling, case, whitespace, list markers and dates', () => {
    expect(normalizeSentence('• We analyse and personalise  the Centre’s programme.')).toBe(
      normalizeSentence("We analyze and personalize the center's program."),
    );
    expect(normalizeSentence('Last updated: 3 March 2026')).toBe(normalizeSentence('Last updated: March 3, 2026'));
    expect(normalizeSentence('2. We keep your data.')).toBe(normalizeSentence('We keep your data.'));
    expect(normalizeSentence('We keep your data.')).not.toBe(normalizeSentence('We sell your data.'));
  });
});

describe('headings', () => {
  it('drop numbering and compare by words', () => {
    expect(normalizeHeading('3. How We Use Your Information')).toBe('how we use your information');
    expect(headingSimilarity(normalizeHeading('How we use your information'), normalizeHeading('How do we use your information?'))).toBeGreaterThan(0.6);
    expect(headingSimilarity(normalizeHeading('Your rights'), normalizeHeading('Children'))).toBe(0);
  });
});
