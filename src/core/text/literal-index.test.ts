import { describe, expect, it } from 'vitest';
import { rng } from '../../../test/support/seeded-random';
import { literalIndex } from './literal-index';
import { WORD_BOUNDARY as B, anyLiteralPattern } from './required-literals';

describe('literalIndex', () => {
  it('says which sets a text holds, overlapping and nested literals and word boundaries included', () => {
    const index = literalIndex([['face'], ['facial', `${B}ace`], [`${B}gps${B}`], ['face geometry'], undefined, ['ce g']]);
    expect([...index('our face geometry')]).toEqual([1, 0, 0, 1, 1, 1]);
    expect([...index('an ace, facial gps.')]).toEqual([0, 1, 1, 0, 1, 0]);
    expect([...index('gpsx surface')]).toEqual([1, 0, 0, 0, 1, 0]);
    expect([...index('')]).toEqual([0, 0, 0, 0, 1, 0]);
  });
  it('reads a NUL in the text as a character, never as the word-boundary mark', () => {
    expect([...literalIndex([[`a${B}b`]])('a\u0000b')]).toEqual([0]);
    expect([...literalIndex([[`a${B} b`]])('a b')]).toEqual([1]);
  });
});

describe('literalIndex answers as each set’s own pattern does', () => {
  // Short literals over a small alphabet, so that they overlap, nest and share prefixes often.
  const ALPHABET = ['a', 'b', 'c', ' ', '-', B, '\u0000', 'é'];
  const literal = (pick: (n: number) => number) => {
    let s = '';
    while (s.replaceAll(B, '') === '') {
      s = Array.from({ length: 1 + pick(5) }, () => ALPHABET[pick(ALPHABET.length)]!).join('');
    }
    return s;
  };
  const text = (pick: (n: number) => number) =>
    Array.from({ length: pick(30) }, () => ALPHABET[pick(ALPHABET.length - 1)]! /* never the mark itself */).join(
      '',
    ).replaceAll(B, 'a');
  it('holds for families of about a thousand literals, as large as the vocabulary\'s', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const pick = rng(1000 + seed);
      const sets = Array.from({ length: 300 }, () => Array.from({ length: 1 + pick(6) }, () => literal(pick)));
      const index = literalIndex(sets);
      const own = sets.map((s) => anyLiteralPattern(s)!);
      for (let t = 0; t < 20; t++) {
        const s = text(pick);
        expect([...index(s)], `seed ${seed} in ${JSON.stringify(s)}`).toEqual(own.map((re) => +re.test(s)));
      }
    }
  });
  it('holds for 800 random families of sets, 30 texts each', () => {
    for (let seed = 1; seed <= 800; seed++) {
      const pick = rng(seed);
      const sets = Array.from({ length: 1 + pick(6) }, () =>
        pick(8) === 0 ? undefined : Array.from({ length: 1 + pick(4) }, () => literal(pick)),
      );
      const index = literalIndex(sets);
      const own = sets.map((s) => anyLiteralPattern(s));
      for (let t = 0; t < 30; t++) {
        const s = text(pick);
        const expected = own.map((re) => (re ? +re.test(s) : 1));
        expect([...index(s)], `seed ${seed}: ${JSON.stringify(sets)} in ${JSON.stringify(s)}`).toEqual(expected);
      }
    }
  });
});

describe('literalIndex folding ASCII case', () => {
  const ALPHABET = ['a', 'B', 'c', 'A', ' ', '-', B, 'É', 'é'];
  it('answers as lower-casing the literals and the text does, for 400 random families of sets', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const pick = rng(seed);
      const word = (n: number) => Array.from({ length: n }, () => ALPHABET[pick(ALPHABET.length)]!).join('');
      const sets = Array.from({ length: 1 + pick(5) }, () =>
        Array.from({ length: 1 + pick(4) }, () => word(1 + pick(4))).filter((l) => l.replaceAll(B, '') !== ''),
      );
      const folding = literalIndex(sets, true);
      const lowered = literalIndex(sets.map((s) => s.map((l) => l.replace(/[A-Z]/g, (c) => c.toLowerCase()))));
      for (let t = 0; t < 20; t++) {
        const text = word(pick(25)).replaceAll(B, 'x');
        const expected = [...lowered(text.replace(/[A-Z]/g, (c) => c.toLowerCase()))];
        expect([...folding(text)], `seed ${seed}: ${JSON.stringify(sets)} in ${JSON.stringify(text)}`).toEqual(expected);
      }
    }
  });
});
