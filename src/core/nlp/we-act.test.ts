import { describe, expect, it } from 'vitest';
import { rng } from '../../../test/support/seeded-random';
import { userSettingEnd, weActIndex } from './claim';
import { verbSource } from './verbs';

/** The one pattern `weActIndex` reads in two steps (claim.ts), for comparison. */
const WHOLE = new RegExp(
  String.raw`(?:[,;]\s*(?:and |but |so )?(?:then )?|,?\s*which )we (?:\w+ ){0,3}?` +
    String.raw`(?:${verbSource(['processing', 'further', 'flow'])})\b`,
  'i',
);

describe('weActIndex finds what the whole pattern finds', () => {
  it('on examples', () => {
    expect(weActIndex(', and we will then collect it')).toBe(0);
    expect(weActIndex('location services, which we use to')).toBe(17);
    expect(weActIndex(', and we will not ever then collect it')).toBe(-1);
    expect(weActIndex('; We   collected')).toBe(-1);
    expect(weActIndex(';  so We collected')).toBe(0);
    const s = 'You can turn off location at any time, and we will then stop collecting it.';
    expect(userSettingEnd(s)).toBe(37);
  });
  // Sentences of pieces that make the lead and the words before a verb overlap, nest and fall short.
  const PIECES = [',', ';', ' ', '  ', 'and ', 'but ', 'so ', 'then ', 'which ', 'we ', 'We ', 'WE ', 'we', 'collect',
    'collects ', 'sharing', 'share', 'will ', 'x ', 'then', 'not ', 'usage', 'user ', 'a_b ', '\n', '.', ', and we ',
    ', which we ', ', we ', '; then we ', 'collect ', 'share ', 'used ', 'then we ', ' which we ', 'so we '];
  it('on 20,000 random sentences', () => {
    const next = rng(9);
    // The generator's high bits: its low bits repeat with short periods.
    const pick = (n: number) => Math.floor((next(2 ** 31) / 2 ** 31) * n);
    for (let i = 0; i < 20_000; i++) {
      const s = Array.from({ length: 1 + pick(12) }, () => PIECES[pick(PIECES.length)]!).join('');
      expect(weActIndex(s), JSON.stringify(s)).toBe(WHOLE.exec(s)?.index ?? -1);
    }
  });
});
