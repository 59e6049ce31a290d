import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../test/unit/fixtures';
import { normalizeSpace, QUICK_SAMPLE_CHARS, quickRead, readBySelectors, readByXPath, partsThroughPrototype, titleAndAddress } from './quick-signals';

const URL = 'https://shop.example/legal/privacy';

/** A happy-dom document (the other DOM the tests use), from body markup. */
function happyDocument(html: string): Document {
  const doc = new Window().document;
  doc.write(html);
  return doc as unknown as Document;
}

/**
 * What named access does in a browser: `<img name="querySelector">` makes `document.querySelector` that element
 * (Document is [LegacyOverrideBuiltIns]). Neither linkedom nor happy-dom implements it, so it is laid on by hand,
 * with the page's own element as the value, as the browser would.
 */
function shadow(doc: Document, name: string, tag: string): void {
  const element = doc.createElement(tag);
  element.setAttribute('name', name);
  doc.body.append(element);
  Object.defineProperty(doc, name, { value: element, configurable: true });
}

describe('the cheap stages’ read of a page', () => {
  for (const [dom, make] of [['linkedom', htmlDocument], ['happy-dom', happyDocument]] as const) {
    it(`samples the main landmark, else the body, whitespace collapsed (${dom})`, () => {
      const withMain = make('<title>T</title><body><nav><a href="/">Home</a></nav><main><h1> Our\n  terms </h1><p>We  collect</p><p>data.</p></main></body>');
      // Text nodes join as they stand, as in the XPath's string value: markup alone is no space ('collectdata').
      expect(quickRead(withMain, URL)).toEqual({
        signals: { url: URL, title: 'T', headings: ['Our terms'], relSelf: false },
        sample: 'Our terms We collectdata.',
      });
      const noMain = make('<body><header>Site</header><p>Body <a href="/x">link</a> text<script>var x = 1;</script></p></body>');
      // Link and script text is in the sample, as in the XPath's string value.
      expect(quickRead(noMain, URL).sample).toBe('SiteBody link textvar x = 1;');
    });

    it(`reads the self link’s href as the URL parser would (tab, CR, LF removed) (${dom})`, () => {
      const doc = make('<head><link rel="privacy-policy alternate" href="/legal/\npriv\tacy"></head><body></body>');
      expect(readBySelectors(doc)[1]).toBe('/legal/privacy');
      expect(quickRead(doc, URL).signals.relSelf).toBe(true);
      // Counterexample: a link to another page, and a rel that only contains the token's letters.
      expect(quickRead(make('<link rel="privacy-policy" href="/other">'), URL).signals.relSelf).toBe(false);
      expect(quickRead(make('<link rel="privacy-policyx" href="/legal/privacy">'), URL).signals.relSelf).toBe(false);
    });

    it(`cuts the sample to its bound before collapsing (${dom})`, () => {
      const doc = make(`<body><main>${'<p>word   </p>'.repeat(5000)}</main></body>`);
      const sample = quickRead(doc, URL).sample;
      expect(sample).toBe(normalizeSpace('word   '.repeat(5000).slice(0, QUICK_SAMPLE_CHARS)));
      expect(sample.length).toBeLessThanOrEqual(QUICK_SAMPLE_CHARS);
    });

    // Issue 13, loose end: markup can shadow the methods the read calls; the page may hide its hints, no more.
    it(`names the page's markup shadows on document make it read less, never throw (${dom})`, () => {
      const page = '<title>Privacy policy</title><body><main><h1>Privacy policy</h1><p>We collect personal data.</p></main></body>';
      for (const [name, tag] of [['querySelector', 'form'], ['evaluate', 'img'], ['createTreeWalker', 'img'], ['title', 'img']]) {
        const doc = make(page);
        shadow(doc, name!, tag!);
        const read = quickRead(doc, URL);
        expect(read.signals.url).toBe(URL);
        if (name === 'querySelector') expect(read).toMatchObject({ sample: '', signals: { headings: [] } });
        else expect(read.sample).toContain('We collect personal data.');
        if (name === 'title') expect(read.signals.title).toBe('');
        else expect(read.signals.title).toBe('Privacy policy');
      }
    });
  }

  it('parses the XPath’s one string, and refuses what is not one', () => {
    const doc = htmlDocument('<body></body>');
    const answer = (value: unknown) => Object.defineProperty(doc, 'evaluate', { value: () => value, configurable: true });
    answer({ stringValue: 'Heading\n1/legal/privacy\nThe sample' });
    expect(readByXPath(doc)).toEqual(['Heading', '/legal/privacy', 'The sample']);
    answer({ stringValue: '\n0\n' });
    expect(readByXPath(doc)).toEqual(['', null, '']);
    // A page cannot reach the content script's `evaluate`; were it ever something else, the selectors answer.
    for (const odd of [null, {}, { stringValue: 3 }, { stringValue: 'no separators' }]) {
      answer(odd);
      expect(readByXPath(doc)).toBeUndefined();
    }
  });

  it('reads the XPath, the title and the address through the document’s prototype, which markup cannot shadow', () => {
    // What a browser's document is to the script on every page: the getters and `evaluate` on its prototype, and
    // whatever named access lays on the document object itself (<img name="URL">, <img name="title">, …).
    const proto = {
      evaluate: () => ({ stringValue: 'Heading\n0\nThe sample' }),
      get title() { return 'Privacy policy'; },
      get URL() { return URL; },
    };
    const doc = Object.create(proto) as Document;
    for (const name of ['evaluate', 'title', 'URL']) Object.defineProperty(doc, name, { value: { tagName: 'IMG' } });
    expect(partsThroughPrototype(doc)).toEqual(['Heading', null, 'The sample']);
    expect(titleAndAddress(doc)).toEqual(['Privacy policy', URL]);
    // Counterexamples: a prototype without `evaluate` (no browser the extension runs in) gives no parts, one
    // whose `title` is not a string no title and address.
    expect(partsThroughPrototype(Object.create({ title: 'T', URL }) as Document)).toBeUndefined();
    expect(titleAndAddress(Object.create({ title: { tagName: 'IMG' }, URL }) as Document)).toBeUndefined();
  });

  it('collapses whitespace as XPath’s normalize-space does in Blink', () => {
    expect(normalizeSpace('  a\t\tb\r\n c  ')).toBe('a b c');
    // Counterexample: form feed, vertical tab, no-break and other Unicode spaces are characters to XPath.
    expect(normalizeSpace('a\fb\vc\u00a0d\u2003e')).toBe('a\fb\vc\u00a0d\u2003e');
  });
});
