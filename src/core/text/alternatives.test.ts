import { describe, expect, it } from 'vitest';
import { topAlternatives } from './alternatives';

describe('topAlternatives', () => {
  it('splits only at the top level', () => {
    expect(topAlternatives(String.raw`a|(b|c)|[|]d|e\|f`)).toEqual(['a', '(b|c)', '[|]d', String.raw`e\|f`]);
  });
  it('keeps a class with an escaped bracket whole', () => {
    expect(topAlternatives(String.raw`[\]|]x|y`)).toEqual([String.raw`[\]|]x`, 'y']);
  });
  it('gives the source itself when there is no alternation', () => {
    expect(topAlternatives('(?:a|b)c')).toEqual(['(?:a|b)c']);
  });
});

describe('a pattern of the alternatives whose literals a text holds', () => {
  // What mentions.ts relies on: on the vocabulary's own terms, the alternatives that may match (by their required
  // literals) joined in order give the very matches of the whole pattern.
  const texts = [
    'we collect your precise location from gps and wi-fi access points near your device.',
    'we record the time and place of any collision, and recordings of video visits you ask us to save.',
    'our facial recognition policy says we do not store faceprints or voiceprints of visitors.',
    'the city and country we infer from your ip address, and where and when each photo was taken.',
    'without recording what you or the people around you say, the hearing aid processes sound.',
  ];
  it('matches as the whole does, term by term', async () => {
    const { TYPE_TERMS } = await import('../nlp/vocabulary');
    const { requiredLiterals, anyLiteralPattern } = await import('./required-literals');
    const all = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'g'))].map((m) => [m.index, m[0]]);
    let partial = 0;
    for (const term of TYPE_TERMS) {
      const parts = topAlternatives(term.source);
      for (const text of texts) {
        const held = parts.filter((p) => anyLiteralPattern(requiredLiterals(p))?.test(text) ?? true);
        if (held.length > 0 && held.length < parts.length) partial++;
        expect(held.length ? all(held.join('|'), text) : []).toEqual(all(term.source, text));
      }
    }
    // The case the test is for occurs: some term holds some of its alternatives' literals and not others.
    expect(partial).toBeGreaterThan(5);
  });
});
