import { describe, expect, it } from 'vitest';
import { rng } from '../../../test/support/seeded-random';
import { patternGate } from './pattern-gate';

describe('patternGate', () => {
  it('lets through the patterns whose literals the text holds, in any case', () => {
    const gate = patternGate([String.raw`\bsell(?:s|ing)?\b`, 'opt[- ]in|consent', '[a-z]+']);
    expect([...gate('We may SELL it')]).toEqual([1, 0, 1]);
    expect([...gate('with your Consent')]).toEqual([0, 1, 1]);
    expect([...gate('reselling')]).toEqual([0, 0, 1]);
  });
  it('runs every pattern on a text with a character whose lower case is an ASCII word character', () => {
    const gate = patternGate([String.raw`\bsell\b`]);
    // The Kelvin sign is no word character, so "\bsell" holds before "sell" in the text as it is.
    expect(new RegExp(String.raw`\bsell\b`, 'i').test('\u212asell')).toBe(true);
    expect([...gate('\u212asell')]).toEqual([1]);
    expect([...gate('\u0130sell')]).toEqual([1]);
  });
});

describe('a pattern the gate holds back never matches the text', () => {
  const WORDS = ['sell', 'share', 'opt', 'in', 'consent', 'use', 'ad', 'ads'];
  const pattern = (pick: (n: number) => number): string =>
    Array.from({ length: 1 + pick(3) }, () => {
      const w = WORDS[pick(WORDS.length)]!;
      return [w, String.raw`\b${w}\b`, `(?:${w}|${WORDS[pick(WORDS.length)]!})`, `${w}s?`, String.raw`${w}[ -]`][pick(5)];
    }).join(pick(2) ? ' ' : String.raw`[^.]{0,5}`);
  // Texts in mixed case, with characters that change length or fold oddly in lower case.
  const PIECES = [...WORDS, 'SELL', 'Share', 'İ', '\u212a', 'ß', ' ', '-', '.', 'x'];
  const text = (pick: (n: number) => number) => Array.from({ length: pick(12) }, () => PIECES[pick(PIECES.length)]).join('');
  it('holds for 1,000 random families of patterns, 30 texts each', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const pick = rng(seed);
      const sources = Array.from({ length: 1 + pick(5) }, () => pattern(pick));
      const gate = patternGate(sources);
      const res = sources.map((s) => new RegExp(s, 'i'));
      for (let t = 0; t < 30; t++) {
        const s = text(pick);
        const held = gate(s);
        res.forEach((re, i) => {
          if (re.test(s)) expect(held[i], `seed ${seed}: /${sources[i]}/i matches ${JSON.stringify(s)}`).toBe(1);
        });
      }
    }
  });
});
