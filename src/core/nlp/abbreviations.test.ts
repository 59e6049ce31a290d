import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './abbreviations';
import { normalizeSentence } from './normalize';
import { splitSentences } from './sentences';
import { classifyText } from './text';

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

describe('a bullet run into the text after a sentence (plain text pasted from a list)', () => {
  // "…in My Activity.   *   Location information, such as GPS…": the item is its own sentence, so the claim it
  // makes is not read as part of the sentence before it (which a setting's "you can review" would hide).
  it('breaks before a bullet marker and a capital, and not before a lower-case continuation', () => {
    for (const bullet of ['*', '•', '●', '-']) {
      expect(splitSentences(`You can review it in My Activity.   ${bullet}   Location from GPS.`)).toHaveLength(2);
      expect(splitSentences(`You can review it in My Activity.   ${bullet}   location from GPS.`)).toHaveLength(1);
    }
  });
  it('reads the item’s claim apart from the setting before it', () => {
    const text = 'You can review and control activity data in My Activity.   *   Location information, such as may be determined by GPS.';
    expect(classifyText(text).map((p) => `${p.type}|${p.stance}`)).toEqual(['location.precise|affirmed']);
    expect(classifyText(text.replace('*   Location', '*   location'))).toEqual([]);
  });
});

describe('a period inside a short parenthesis', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('ends no sentence where the parenthesis closes soon after it', () => {
    expect(split('Under the CCPA (Cal. Civ. Code § 1798.100) you may ask what we collect. We answer.')).toEqual([
      'Under the CCPA (Cal. Civ. Code § 1798.100) you may ask what we collect.',
      'We answer.',
    ]);
  });
  it('ends one where the parenthesis closed at the period', () => {
    expect(split('See the notes (in Section 5.) We collect GPS here (precise).')).toEqual([
      'See the notes (in Section 5.)',
      'We collect GPS here (precise).',
    ]);
  });
});
