import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchor';
import { describePassage } from './selectors';

const v1 = 'Privacy Policy\nWe collect your email address. We may collect faceprints and voiceprints from your videos. We share data with partners.';

function annotate(text: string, needle: string) {
  const start = text.indexOf(needle);
  return describePassage(text, start, start + needle.length);
}

describe('anchorQuote', () => {
  const [quote, position] = annotate(v1, 'We may collect faceprints and voiceprints from your videos.');

  it('anchors where it was when the text is unchanged', () => {
    expect(anchorQuote(v1, quote, position)).toMatchObject({ state: 'anchored', start: position.start, end: position.end });
  });

  it('keeps a quote that only moved (its words and context found again) anchored, with "moved" as detail', () => {
    const v2 = `Updated 2026.\n${v1}`;
    const r = anchorQuote(v2, quote, position);
    expect(r).toMatchObject({ state: 'anchored', change: 'moved' });
    expect(v2.slice(r.start, r.end)).toBe(quote.exact);
  });

  it('calls the same words in a new context fuzzy, not anchored (counterexample)', () => {
    const v2 = 'Cookies are small files. We may collect faceprints and voiceprints from your videos. Contact us by post.';
    expect(anchorQuote(v2, quote, position)).toMatchObject({ state: 'fuzzy', change: 'moved' });
  });

  it('finds a reworded quote approximately', () => {
    const v3 = v1.replace('faceprints and voiceprints from your videos', 'faceprints and voiceprints from your User Content');
    const r = anchorQuote(v3, quote, position);
    expect(r).toMatchObject({ state: 'fuzzy', change: 'edited' });
    expect(v3.slice(r.start!, r.end!)).toMatch(/faceprints and voiceprints from your User Content/);
  });

  it('orphans a quote whose sentence was deleted, never dropping it silently', () => {
    const v4 = v1.replace('We may collect faceprints and voiceprints from your videos. ', '');
    expect(anchorQuote(v4, quote, position)).toEqual({ state: 'orphaned' });
  });

  it('picks, of several equal quotes, the one whose context fits', () => {
    const text = 'A. We keep it. B. We keep it. C.';
    const [q, p] = describePassage(text, text.lastIndexOf('We keep it.'), text.lastIndexOf('We keep it.') + 11);
    const shifted = `Intro. ${text}`;
    const r = anchorQuote(shifted, q, p);
    expect(r.start).toBe(shifted.lastIndexOf('We keep it.'));
  });
});
