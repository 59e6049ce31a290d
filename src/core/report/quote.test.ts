import { describe, expect, it } from 'vitest';
import { quoteMarkdown, quotePlain, quoteSegments, quoteWindow } from './quote';

const long = `${'We may share information about your device and how you use the service with partners. '.repeat(3)}This includes keystroke patterns and rhythms, and ${'other technical details we receive from your browser or app. '.repeat(3)}`;

describe('quoteSegments', () => {
  it('keeps a short sentence whole and emphasises the data words', () => {
    const s = 'We collect faceprints and voiceprints from your videos.';
    const segs = quoteSegments(s, [{ start: 11, end: 21 }, { start: 26, end: 37 }]);
    expect(quotePlain(segs)).toBe(s);
    expect(segs.filter((x) => x.emphasis).map((x) => x.text)).toEqual(['faceprints', 'voiceprints']);
  });

  it('centres a window on the matched words of a long sentence and marks both cut ends', () => {
    const at = long.indexOf('keystroke patterns');
    const segs = quoteSegments(long, [{ start: at, end: at + 18 }], 120);
    const text = quotePlain(segs);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('keystroke patterns');
    expect(segs.find((x) => x.emphasis)?.text).toBe('keystroke patterns');
    expect(text.length).toBeLessThan(150);
  });

  it('does not mark the start when the window begins at the sentence start (counterexample)', () => {
    const segs = quoteSegments(long, [{ start: 3, end: 8 }], 120);
    expect(quotePlain(segs).startsWith('We may')).toBe(true);
    expect(quotePlain(segs).endsWith(' …')).toBe(true);
  });

  it('cuts at spaces, never inside a word', () => {
    const at = long.indexOf('keystroke');
    const w = quoteWindow(long, [{ start: at, end: at + 9 }], 100);
    expect(long[w.start - 1]).toMatch(/\s/);
    expect(long[w.end]).toMatch(/\s/);
  });

  it('writes Markdown with escaped page text and bold data words', () => {
    const segs = quoteSegments('We scan *faces* [here](x).', [{ start: 8, end: 15 }]);
    expect(quoteMarkdown(segs, (s) => s.replace(/[*[\]()]/g, (c) => `\\${c}`))).toBe('We scan **\\*faces\\*** \\[here\\]\\(x\\).');
  });

  it('windows a sentence without spaces (no word boundary to snap to)', () => {
    const s = 'x'.repeat(200_000);
    expect(quotePlain(quoteSegments(s, [{ start: 100_000, end: 100_010 }])).length).toBeLessThan(300 + 4);
  });
});
