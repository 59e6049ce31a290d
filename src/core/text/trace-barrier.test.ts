import { describe, expect, it } from 'vitest';
import { withTraceBarriers } from './trace-barrier';

describe('withTraceBarriers', () => {
  it('puts an empty lookahead after each quantified group, whatever its quantifier', () => {
    expect(withTraceBarriers('a(?:b|c)?d')).toBe('a(?:b|c)?(?=)d');
    expect(withTraceBarriers('(?:\\w+ ){0,2}x')).toBe('(?:\\w+ ){0,2}(?=)x');
    expect(withTraceBarriers('(?:ab)*?c(de)+')).toBe('(?:ab)*?(?=)c(de)+(?=)');
  });

  it('leaves groups without a quantifier, escaped brackets and character classes alone', () => {
    expect(withTraceBarriers('(?:a|b)c')).toBe('(?:a|b)c');
    expect(withTraceBarriers('\\(x\\)?y')).toBe('\\(x\\)?y');
    expect(withTraceBarriers('[)?]+z')).toBe('[)?]+z');
    expect(withTraceBarriers('[\\])]?(?:q)?')).toBe('[\\])]?(?:q)?(?=)');
  });

  it('changes no match: the same matches, at the same places, with the same groups', () => {
    const sources = [
      String.raw`\b(?:we|our (?:[\w-]+ )?(?:apps?|services?))\b(?: (?:do not|never))? (?:collect|store)s?\b`,
      String.raw`^(?:(?!,\s*which\b)[^;.]){0,40}?\b(?:is|are) not (?:(\w+ly) )?(collected|stored)\b`,
      String.raw`(?<=\b(?:city|post(?:al)?[ -]?code)s?)[- ]level\b`,
    ];
    const text =
      'We never collect it. Our mobile apps do not stores data, which is not collected.\n' +
      'Your data is not currently stored here; city-level and postal code level data, postcodes level.';
    for (const source of sources) {
      const plain = [...text.matchAll(new RegExp(source, 'gim'))].map((m) => [m.index, ...m]);
      const barred = [...text.matchAll(new RegExp(withTraceBarriers(source), 'gim'))].map((m) => [m.index, ...m]);
      expect(barred).toEqual(plain);
      expect(plain.length).toBeGreaterThan(0);
    }
  });
});
