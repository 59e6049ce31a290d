import { describe, expect, it } from 'vitest';
import { NAME_HINTS, PROSE_HINTS, stemsOf, URL_HINTS } from './hints';
import { decideQuickly, namedOtherwise, type QuickSignals } from './quick';
import { dismissedByName, quickOpens, quickStems, type QuickInput } from './quick-verdict';
import { QUICK_XPATH } from '../../dom/quick-signals';
import { QUICK_XPATH_FROM_PARTS } from '../../dom/quick-xpath';

const STEMS = quickStems();
const viaStages = (i: QuickInput) =>
  decideQuickly({ url: i.url, title: i.title.slice(0, 300), headings: i.heading ? [i.heading.slice(0, 200)] : [], relSelf: i.relSelf } satisfies QuickSignals, () => i.sample) === 'open';

/** A small seeded generator: the same cases on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('the every-page decision in one function', () => {
  it('flattens the tables, URL stems split by length; URL stems are letters only (so "in a word" is "in the path")', () => {
    expect(STEMS.names).toEqual(stemsOf(NAME_HINTS));
    expect(STEMS.prose).toEqual(stemsOf(PROSE_HINTS));
    expect([...STEMS.urlInside, ...STEMS.urlWhole].sort()).toEqual(stemsOf(URL_HINTS).sort());
    expect(STEMS.urlInside.every((s) => s.length >= 5) && STEMS.urlWhole.every((s) => s.length < 5)).toBe(true);
    for (const stem of stemsOf(URL_HINTS)) expect(stem).toMatch(/^[a-zà-ÿ]+$/);
  });

  it('gives decideQuickly’s answer on hand-picked cases (contrast pairs)', () => {
    const base: QuickInput = { url: 'https://valley.example/news/riverside-path', title: 'Riverside', heading: 'News', relSelf: false, sample: 'the council met' };
    const cases: [Partial<QuickInput>, boolean][] = [
      [{}, false],
      [{ relSelf: true }, true],
      [{ url: 'https://x.example/help/tos' }, true],
      [{ url: 'https://x.example/photos/tosca' }, false],
      [{ url: 'https://x.example/a?page=TOS&x=1' }, true],
      [{ url: 'https://x.example/a/étos' }, false],
      [{ url: 'https://x.example/a/1tos2' }, true],
      [{ url: 'https://x.example/Datenschutzerkl%C3%A4rung' }, true],
      [{ url: 'https://x.example/priv%zzacy' }, false],
      [{ url: 'https://x.example/news#privacy' }, false],
      [{ url: 'https://x.example/app#/privacy-policy' }, true],
      [{ url: 'https://x.example/app#!/terms' }, true],
      [{ url: 'https://x.example/app#!terms' }, false],
      [{ url: 'https://agb.example/news' }, false],
      [{ title: 'Pebble Privacy Notice' }, true],
      [{ title: 'x'.repeat(298) + 'terms' }, false],
      [{ heading: 'How we use cookies' }, true],
      [{ heading: 'y'.repeat(196) + 'legal' }, false],
      [{ title: 'priv', heading: 'acy' }, false],
      [{ sample: 'we collect personal data and share it with third parties' }, true],
      [{ sample: 'we collect stamps '.repeat(3) + 'word '.repeat(1000) }, false],
      [{ sample: 'shall '.repeat(3) + 'word '.repeat(700) }, true],
      [{ sample: 'shall '.repeat(3) + 'word '.repeat(800) }, false],
    ];
    for (const [change, open] of cases) {
      const input = { ...base, ...change };
      expect(viaStages(input), JSON.stringify(change)).toBe(open);
      expect(quickOpens(input, STEMS), JSON.stringify(change)).toBe(open);
    }
  });

  it('gives decideQuickly’s answer on 20,000 generated pages made of stems, their neighbours and noise', () => {
    const next = random(13);
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
    const all = [...stemsOf(NAME_HINTS), ...stemsOf(URL_HINTS), ...stemsOf(PROSE_HINTS)];
    const noise = ['a', 'photo', 'é', 'Ü', '-', '_', '/', '?', '=', '%20', '%C3%A9', '%', ' ', '  ', '1', 'X', 'news', '.', 'İ'];
    const piece = () => (next() < 0.25 ? pick(all) : next() < 0.5 ? pick(all).toUpperCase() : next() < 0.6 ? pick(all).slice(1) : pick(noise));
    const text = (n: number) => Array.from({ length: Math.floor(next() * n) }, piece).join(next() < 0.5 ? '' : ' ');
    let opened = 0;
    for (let i = 0; i < 20_000; i++) {
      const input: QuickInput = {
        url: next() < 0.1 ? text(4) : `https://site.example/${text(4)}${next() < 0.3 ? `#${text(2)}` : ''}`,
        title: next() < 0.5 ? '' : text(3),
        heading: next() < 0.5 ? '' : text(3),
        relSelf: next() < 0.02,
        sample: text(next() < 0.5 ? 20 : 400),
      };
      const open = viaStages(input);
      opened += open ? 1 : 0;
      expect(quickOpens(input, STEMS), JSON.stringify(input)).toBe(open);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(opened).toBeGreaterThan(2000);
    expect(opened).toBeLessThan(18_000);
  });

  it('gives decideQuickly’s answer on 5,000 generated samples at neutral addresses (the prose stage alone)', () => {
    const next = random(31);
    const prose = stemsOf(PROSE_HINTS);
    const pieces = [...prose, ...prose.map((s) => s.slice(1)), ...prose.map((s) => s.slice(0, -1)), 'shallshall', 'the', ' '];
    let opened = 0;
    for (let i = 0; i < 5000; i++) {
      const n = 3 + Math.floor(next() * 200);
      const piece = () => (next() < 0.85 ? 'word' : pieces[Math.floor(next() * pieces.length)]!);
      const sample = Array.from({ length: n }, piece).join(next() < 0.3 ? '' : ' ');
      const input: QuickInput = { url: 'https://site.example/news/a', title: 'A', heading: 'B', relSelf: false, sample };
      const open = viaStages(input);
      opened += open ? 1 : 0;
      expect(quickOpens(input, STEMS), sample).toBe(open);
    }
    expect(opened).toBeGreaterThan(500);
    expect(opened).toBeLessThan(4500);
  });
});

describe('stage 1’s dismissal in one function', () => {
  const viaQuick = (url: string, title: string) => namedOtherwise({ url, title: title.slice(0, 300) });

  it('gives namedOtherwise’s answer on hand-picked cases (contrast pairs)', () => {
    const cases: [string, string, boolean][] = [
      ['https://valley.example/news/riverside-path', 'Riverside path to open | The Valley Courier', true],
      ['https://valley.example/news/riverside-path', 'Valley Courier', false],
      ['https://valley.example/news/riverside-path', 'Riverside path and your data | Courier', false],
      ['https://valley.example/help/tos', 'Riverside path to open | The Valley Courier', false],
      ['https://valley.example/photos/tosca', 'Riverside path to open | The Valley Courier', true],
      ['https://valley.example/news#privacy', 'Riverside path to open', true],
      ['https://valley.example/news', 'a b ' + 'x'.repeat(294) + ' terms', true],
      ['https://valley.example/news', 'a – b – c', true],
      ['https://valley.example/news', '– | –', false],
      ['https://valley.example/news', 'ニンバス の ニュース', true],
      ['https://valley.example/news', 'ニンバス の プライバシー', false],
      ['https://valley.example/news', 'ニンバスのプライバシー', false],
    ];
    for (const [url, title, dismissed] of cases) {
      expect(viaQuick(url, title), `${url} ${title}`).toBe(dismissed);
      expect(dismissedByName(url, title, STEMS), `${url} ${title}`).toBe(dismissed);
    }
  });

  it('gives namedOtherwise’s answer on 20,000 generated addresses and titles', () => {
    const next = random(47);
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
    const all = [...stemsOf(NAME_HINTS), ...stemsOf(URL_HINTS)];
    const noise = ['a', 'photo', 'é', 'Ü', '-', '–', '|', '·', ' ', '  ', '\u00a0', '1', 'X', 'news', '.', 'İ', 'の', '｜', '\t'];
    const piece = () => (next() < 0.04 ? pick(all) : next() < 0.06 ? pick(all).toUpperCase() : pick(noise));
    const text = (n: number) => Array.from({ length: Math.floor(next() * n) }, piece).join(next() < 0.3 ? '' : ' ');
    let dismissed = 0;
    for (let i = 0; i < 20_000; i++) {
      const url = `https://site.example/${text(3)}`;
      const title = text(8);
      const expected = viaQuick(url, title);
      dismissed += expected ? 1 : 0;
      expect(dismissedByName(url, title, STEMS), JSON.stringify([url, title])).toBe(expected);
    }
    expect(dismissed).toBeGreaterThan(2000);
    expect(dismissed).toBeLessThan(18_000);
  });
});

describe('the cheap stages’ XPath', () => {
  it('is, as a literal, the string built from its named parts', () => {
    expect(QUICK_XPATH).toBe(QUICK_XPATH_FROM_PARTS);
  });
});
