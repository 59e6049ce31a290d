import { describe, expect, it } from 'vitest';
import { sentenceChanges, wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    const parts = wordDiff('We keep it for 30 days.', 'We keep it for 90 days.');
    expect(parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`)).toEqual(['removed:30', 'added:90']);
  });
  it('puts the removed words of a change before the added ones', () => {
    const parts = wordDiff('It applies to users in the United States.', 'It applies to users in the European Economic Area.');
    expect(parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`)).toEqual(['removed:United States.', 'added:European Economic Area.']);
  });

  it('has nothing to mark in identical sentences (counterexample)', () => {
    expect(wordDiff('Same words here.', 'same words here.').every((p) => p.op === 'same')).toBe(true);
  });
});

describe('sentenceChanges', () => {
  it('pairs a rewording and leaves unrelated sentences removed and added', () => {
    const out = sentenceChanges(
      ['We keep your voice recordings for 30 days.', 'We sell nothing.'],
      ['We keep your voice recordings for 90 days.', 'Cookies are small files.'],
    );
    expect(out.map((c) => c.kind)).toEqual(['reworded', 'removed', 'added']);
  });
});
