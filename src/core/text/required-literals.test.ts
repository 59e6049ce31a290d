import { describe, expect, it } from 'vitest';
import { rng } from '../../../test/support/seeded-random';
import { WORD_BOUNDARY as B, anyLiteralPattern, literalSource, requiredLiterals, withoutRedundant } from './required-literals';

const sorted = (xs: string[] | undefined) => xs && [...xs].sort();

describe('requiredLiterals', () => {
  it('lists the strings of a pattern with few of them', () => {
    expect(sorted(requiredLiterals('face ?prints?'))).toEqual(
      ['face print', 'face prints', 'faceprint', 'faceprints'].sort(),
    );
    expect(sorted(requiredLiterals('(?:geo)?location|gps'))).toEqual(['geolocation', 'gps', 'location']);
  });
  it('keeps a word boundary as a mark, and look-arounds add nothing to the match', () => {
    expect(requiredLiterals(String.raw`\bgps\b`)).toEqual([`${B}gps${B}`]);
    expect(requiredLiterals(String.raw`(?<=\w)precise(?= data)`)).toEqual(['precise']);
  });
  it('reads a look-around that forbids a word character beside a word as a word boundary', () => {
    // "(?<![\w-])rough" never matches inside "through": the literal says so.
    expect(requiredLiterals(String.raw`(?<![\w-])precise(?= data)`)).toEqual([`${B}precise`]);
    expect(requiredLiterals(String.raw`face(?![\w'])`)).toEqual([`face${B}`]);
    // Not beside a character that is no word character, where no boundary need be.
    expect(requiredLiterals(String.raw`(?<!\w)-foo`)).toEqual(['-foo']);
    expect(requiredLiterals(String.raw`foo-(?!\w)`)).toEqual(['foo-']);
    // Nor for a look-around that asks for a word character.
    expect(requiredLiterals(String.raw`(?<=\w)rough`)).toEqual(['rough']);
  });
  it('keeps the more selective part of a sequence with a gap', () => {
    expect(requiredLiterals(String.raw`ip[^.]{0,40}location`)).toEqual(['location']);
    expect(requiredLiterals(String.raw`(?:face|voice)\w+ scan`)).toEqual([' scan']);
    // A policy's commonest nouns count as common words: "data" is in most sentences, "face" and "voice" are not.
    expect(requiredLiterals(String.raw`(?:face|voice)\w+ data`)).toEqual(['face', 'voice']);
  });
  it('prefers the part of a sequence that is not common words alone, however long those are', () => {
    // Too many strings to list (4 × 4 × 4 × 3): the lead words or the nouns must be required.
    const lead = '(?:such as|including|like|e\\.g\\.) (?:your |the |a )?(?:nearest |current |home )?';
    expect(sorted(requiredLiterals(String.raw`${lead}(?:city|country|region)\b`))).toEqual(
      [`city${B}`, `country${B}`, `region${B}`],
    );
  });
  it('reads small classes as their characters and large ones as anything', () => {
    expect(sorted(requiredLiterals('face[ -]id'))).toEqual(['face id', 'face-id']);
    expect(requiredLiterals('[a-z]+')).toBeUndefined();
  });
  it('proves nothing for a pattern that can match without a literal, or that it cannot read', () => {
    expect(requiredLiterals('(?:face)?')).toBeUndefined();
    expect(requiredLiterals(String.raw`\w+|face`)).toBeUndefined();
    expect(requiredLiterals('a|')).toBeUndefined();
    expect(requiredLiterals('(?i:face)')).toBeUndefined();
    expect(requiredLiterals(String.raw`(a)\1`)).toEqual(['a']);
  });
});

describe('withoutRedundant', () => {
  it('drops literals that contain another one', () => {
    expect(withoutRedundant(['face geometry', 'face', 'voice', 'my voice', 'gps'])).toEqual(['gps', 'face', 'voice']);
  });
});

describe('anyLiteralPattern', () => {
  it('finds each literal, word boundaries included, and nothing else', () => {
    const re = anyLiteralPattern([`${B}gps${B}`, 'face', 'fac.', 'voice id'])!;
    for (const yes of ['uses gps.', 'a surface', 'fac. x', 'the voice id']) expect(re.test(yes), yes).toBe(true);
    for (const no of ['gpsx', 'fac', 'facx', 'voice-id', 'voiceid']) expect(re.test(no), no).toBe(false);
    expect(anyLiteralPattern(undefined)).toBeUndefined();
    expect(literalSource(`${B}a.b${B}`)).toBe(String.raw`\ba\.b\b`);
  });
});

describe('a text in which none of the literals occurs never matches the pattern', () => {
  // Random patterns over a few words, with the syntax the vocabulary uses, and random texts of the same words.
  const WORDS = ['face', 'facial', 'voice', 'geo', 'location', 'data', 'your', 'ip', 'print'];
  function pattern(pick: (n: number) => number, depth: number): string {
    const parts: string[] = [];
    const length = 1 + pick(3);
    for (let i = 0; i < length; i++) {
      const kind = depth > 2 ? pick(2) : pick(9);
      let part: string;
      if (kind <= 1) part = WORDS[pick(WORDS.length)]!;
      else if (kind === 2) part = `(?:${pattern(pick, depth + 1)}|${pattern(pick, depth + 1)})`;
      else if (kind === 3) part = `(?:${pattern(pick, depth + 1)})?`;
      else if (kind === 4) part = String.raw`\b`;
      else if (kind === 5) part = '[ -]';
      else if (kind === 6) part = String.raw`[^.]{0,9}`;
      else if (kind === 7) part = `(?=${pattern(pick, depth + 1)})`;
      else part = `${WORDS[pick(WORDS.length)]!}s?`;
      parts.push(part);
    }
    return parts.join(pick(2) ? ' ' : '');
  }
  const text = (pick: (n: number) => number) =>
    Array.from({ length: 1 + pick(8) }, () => WORDS[pick(WORDS.length)]! + ['', ' ', '-', 's ', '.', ','][pick(6)]).join(
      '',
    );
  it('holds for 3,000 random patterns, 40 texts each', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const pick = rng(seed);
      const source = pattern(pick, 0);
      const literals = requiredLiterals(source);
      if (!literals) continue;
      const re = new RegExp(source);
      const any = anyLiteralPattern(literals)!;
      for (let t = 0; t < 40; t++) {
        const s = text(pick);
        if (re.test(s)) expect(any.test(s), `seed ${seed}: /${source}/ matches "${s}", literals ${literals}`).toBe(true);
      }
    }
  });
});
