import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './abbreviations';
import { normalizeSentence } from './normalize';
import { splitSentences } from './sentences';

describe('one abbreviation table for the splitter and the normal form', () => {
  for (const entry of ABBREVIATIONS) {
    const written = entry.replaceAll('\\.', '.');
    it(`"${written}." neither ends a sentence nor keeps its period inside one`, () => {
      // "Mobile" is no typical sentence opener: only the abbreviation keeps the two parts together.
      const text = `We work with ${written}. Mobile partners near you.`;
      expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
      const normal = normalizeSentence(text);
      expect(normal).toHaveLength(text.length);
      expect(normal.indexOf('.', 13 + written.length - 1)).toBe(text.length - 1);
    });
  }
  it('still breaks after an abbreviation when a typical opener follows, and a plain period is left as it is', () => {
    expect(splitSentences('We work with Acme Inc. We collect your city.')).toHaveLength(2);
    expect(splitSentences('We work with Acme. Mobile partners near you.')).toHaveLength(2);
    expect(normalizeSentence('Acme. Mobile')).toBe('Acme. Mobile');
  });
});
