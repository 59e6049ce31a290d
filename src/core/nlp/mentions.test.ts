import { describe, expect, it } from 'vitest';
import { normalParagraphs } from '../../../scripts/pathological';
import { eachMatchOfAny, findMentions, isCandidate, termLiterals } from './mentions';
import { topAlternatives } from '../text/alternatives';
import { normalizeSentence } from './normalize';
import { splitSentences } from './sentences';
import { TRAPS, TYPE_TERMS } from './vocabulary';
import { requiredLiterals } from '../text/required-literals';

/** The cheap pass as the patterns alone answer it, without the literal prefilter. */
const ungated = new RegExp(TYPE_TERMS.filter((t) => !t.gate).map((t) => `(?:${t.source})`).join('|'));
const gated = TYPE_TERMS.filter((t) => t.gate).map((t) => ({ gate: new RegExp(t.gate!), re: new RegExp(t.source) }));
function patternsOnly(raw: string): boolean {
  const s = normalizeSentence(raw).toLowerCase();
  return ungated.test(s) || gated.some((g) => g.gate.test(s) && g.re.test(s));
}

describe('the literal prefilter of the cheap pass', () => {
  it('is on: every term and trap pattern requires a literal (else the pass scans every sentence in full)', () => {
    const traps = Object.entries(TRAPS).map(([id, source]) => ({ id, source }));
    for (const t of [...TYPE_TERMS, ...traps]) {
      const own = requiredLiterals(t.source);
      const gate = 'gate' in t && typeof t.gate === 'string' ? requiredLiterals(t.gate) : undefined;
      expect(own ?? gate, `${t.id}: no literal that every match holds`).toBeDefined();
    }
    expect(termLiterals()!.length).toBeGreaterThan(10);
  });
  it('gives the answers of the patterns alone, and the same mentions', () => {
    const sentences = [
      ...normalParagraphs(3000).flatMap((p) => splitSentences(p).map((s) => p.slice(s.start, s.end))),
      'We keep a faceprint of each member.',
      'Nearby Wi-Fi access points tell us where your phone is located.',
      'Calls to our help desk may be recorded for training.',
      'We compare a video of your face with your ID.',
      'Your city is derived from your IP address.',
      'It is possible that we collect nothing at all.',
      'İstanbul users: we infer your approximate location.',
    ];
    let candidates = 0;
    for (const s of sentences) {
      expect(isCandidate(s), s).toBe(patternsOnly(s));
      if (isCandidate(s)) candidates++;
    }
    expect(candidates).toBeGreaterThan(5);
    expect(candidates).toBeLessThan(sentences.length);
    expect(findMentions('We keep a faceprint and your GPS coordinates.').map((m) => m.term.id)).toEqual([
      'faceprint',
      'gps-word',
    ]);
  });
});

describe('one table of area words for items and places (vocabulary.ts AREA_NAMES)', () => {
  it('reads an area as data where it is a list item and as a place after a locative preposition', () => {
    const ids = (s: string) => findMentions(s).map((m) => m.term.id);
    expect(ids('We collect your city, country and time zone.')).toContain('area-level');
    expect(ids('Some features are not offered in your country, province or territory.')).not.toContain('area-level');
  });
});

describe('eachMatchOfAny: several patterns read as their alternation', () => {
  const matchesOf = (visit: (v: (at: number, m: string) => void) => void) => {
    const out: [number, string][] = [];
    visit((at, m) => out.push([at, m]));
    return out;
  };
  const joined = (sources: string[], text: string) =>
    [...text.matchAll(new RegExp(sources.join('|'), 'g'))].map((m): [number, string] => [m.index, m[0]]);

  it('gives the joined pattern\'s matches, in order, for every term split into its alternatives', () => {
    const text = normalParagraphs(2000).join(' ').toLowerCase() +
      ' we record your voice and voice commands, face geometry, precise gps location and the city you are in.';
    for (const t of TYPE_TERMS) {
      const parts = topAlternatives(t.source);
      const res = parts.map((p) => new RegExp(p, 'g'));
      expect(matchesOf((v) => eachMatchOfAny(res, text, v)), t.id).toEqual(joined(parts, text));
    }
  });

  it('prefers the earlier pattern at the same start, and moves past an empty match as matchAll does', () => {
    const sources = ['ab?', 'abc', 'x*', 'c'];
    for (const text of ['abc abcx c', 'xxabc', '', 'cab']) {
      const res = sources.map((p) => new RegExp(p, 'g'));
      expect(matchesOf((v) => eachMatchOfAny(res, text, v)), text).toEqual(joined(sources, text));
    }
    // The contrast: the later pattern first gives other matches ("abc" where "ab" came first).
    const swapped = ['abc', 'ab?'].map((p) => new RegExp(p, 'g'));
    expect(matchesOf((v) => eachMatchOfAny(swapped, 'abc', v))).not.toEqual(joined(['ab?', 'abc'], 'abc'));
  });
});
