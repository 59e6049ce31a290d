import { describe, expect, it } from 'vitest';
import { countStems, holdsAny, NAME_HINTS, PROSE_HINTS, URL_HINTS, urlHints, wordsOf, type HintTable, titleWords } from './hints';
import { decideOnEveryPage, decideQuickly, namedOtherwise, namesHint, proseHint, type QuickSignals } from './quick';

/** For every hint entry: a text it must hint at and one it must not (house rule 6). */
const EXAMPLES: Record<string, [example: string, counterexample: string]> = {
  'hint-privacy': ['Pebble Privacy Notice', 'Pebble Pro: the step counter'],
  'hint-handling': ['How Pebble handles your information', 'How Pebble handles returns'],
  'hint-cookies': ['Cookie Policy – Pebble', 'Bake the best biscuits'],
  'hint-terms': ['Terms of Service', 'Riverside path to open by summer'],
  'hint-legal': ['Legal – Pebble', 'Weather for the week ahead'],
  'hint-more-languages': ['Polityka prywatności – Sklep', 'Nowości w sklepie – Sklep'],
  'url-hint-privacy': ['/legal/privacy-notice', '/news/riverside-path'],
  'url-hint-cookies': ['/cookies', '/recipes/biscuits'],
  'url-hint-terms': ['/fr-fr/servicesagreement', '/photos/2026'],
  'url-hint-legal': ['/legal?doc=3', '/shop/cameras'],
  'prose-personal-data': ['we keep your personal data safe', 'we keep your walks for a year'],
  'prose-we-collect': ['we collect your email address', 'people collect stamps'],
  'prose-third-parties': ['shared with third parties', 'the party starts at three'],
  'prose-law': ['contact our data protection officer', 'contact our support team'],
  'prose-cookies': ['we use cookies', 'we use biscuits'],
  'prose-terms': ['by signing up you agree to these terms', 'we agreed to meet on friday'],
};

const TABLES: [string, HintTable, (stems: string[], text: string) => boolean][] = [
  ['names', NAME_HINTS, (stems, text) => holdsAny(text.toLowerCase(), stems)],
  ['url', URL_HINTS, (stems, text) => urlHints(text, stems)],
  ['prose', PROSE_HINTS, (stems, text) => countStems(text.toLowerCase(), stems) > 0],
];

describe('hint vocabulary of the cheap stages', () => {
  const ids = TABLES.flatMap(([, table]) => Object.keys(table));
  it('has an example pair for every entry and no stale pairs', () => {
    expect(ids.sort()).toEqual(Object.keys(EXAMPLES).sort());
  });
  for (const [name, table, hints] of TABLES) {
    for (const [id, stems] of Object.entries(table)) {
      it(`${name} ${id} hints at its example and not at its counterexample`, () => {
        const [example, counterexample] = EXAMPLES[id]!;
        expect(hints(stems, example)).toBe(true);
        expect(hints(stems, counterexample)).toBe(false);
      });
    }
  }
  it('stems are lower case (they are tested against lower-cased text)', () => {
    for (const [, table] of TABLES) for (const stem of Object.values(table).flat()) expect(stem).toBe(stem.toLowerCase());
  });
});

const plain: QuickSignals = {
  url: 'https://valley.example/news/riverside-path',
  title: 'Riverside path to open by summer',
  headings: ['What changes'],
  relSelf: false,
};
const STORY = 'The council voted on Tuesday to finish the riverside path before the summer. ';
const POLICY = 'We collect personal data you give us and share it with third parties who process it for us. ';

describe('the cheap stages (contrast pairs)', () => {
  it('dismiss a page whose address, title, headings and opening text say nothing, without reading more', () => {
    let sampled = 0;
    const v = decideQuickly(plain, () => (sampled++, STORY.repeat(40)));
    expect(v).toMatchObject({ kind: 'not-policy', explained: [{ code: 'no-sign' }] });
    expect(sampled).toBe(1);
  });

  it('leave the question open when the title hints, and then read no sample', () => {
    let sampled = 0;
    expect(decideQuickly({ ...plain, title: 'Legal – Pebble' }, () => (sampled++, ''))).toBe('open');
    expect(sampled).toBe(0);
  });

  it('leave it open for a neutral page whose opening text reads like a policy', () => {
    expect(decideQuickly(plain, () => STORY.repeat(10) + POLICY.repeat(10))).toBe('open');
    expect(decideQuickly(plain, () => STORY.repeat(60) + POLICY.repeat(1))).not.toBe('open');
  });

  it('an address names a policy by its words, not by letters inside other words', () => {
    expect(namesHint({ ...plain, url: 'https://x.example/help/tos' })).toBe(true);
    expect(namesHint({ ...plain, url: 'https://x.example/photos/tosca' })).toBe(false);
  });

  it('link rel=privacy-policy pointing at the page opens the question', () => {
    expect(namesHint({ ...plain, relSelf: true })).toBe(true);
  });

  it('a few policy words in a long sample are not policy prose', () => {
    expect(proseHint(STORY.repeat(60) + 'We use cookies. Read our privacy policy. See the terms.')).toBe(false);
  });
});

describe('the words of a path', () => {
  // What the pattern this loop replaced gave (without its empty ends), kept here as the reference.
  const byPattern = (text: string) => text.split(/[^a-zà-ÿ]+/).filter(Boolean);
  it('are the runs of a–z and à–ÿ, as split(/[^a-zà-ÿ]+/) gives them', () => {
    for (const text of ['/legal/privacy-notice', '', '///', 'datenschutzerklärung?x=1', 'a÷b', 'é-ß_ÿ|ā', '/PRIVACY', 'tos']) {
      expect(wordsOf(text), text).toEqual(byPattern(text));
    }
    // Random strings over the edges of both ranges and their neighbours.
    const alphabet = ['a', 'z', '`', '{', 'à', 'ÿ', 'ß', 'Ā', '/', '-', '0', 'A', '\u00df', '\u00f7'];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0; i < n % 23; i++) text += alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length];
      expect(wordsOf(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});

describe('stage 1’s dismissal: a title that names the page as something else (contrast pairs)', () => {
  it('counts a title’s words, not the separators between its parts', () => {
    expect(titleWords('riverside path to open by summer | the valley courier')).toBe(9);
    expect(titleWords('home | nimbus')).toBe(2);
    expect(titleWords('nimbus')).toBe(1);
    expect(titleWords('  nimbus  –  notes · 2026 ')).toBe(3);
    expect(titleWords('— | » ·')).toBe(0);
    expect(titleWords('')).toBe(0);
    // Stopped at enough: only "that many or more" is asked on every page.
    expect(titleWords('riverside path to open by summer', 3)).toBe(3);
    expect(titleWords('home | nimbus', 3)).toBe(2);
    // A script without spaces between words is one run: such a title never names its page.
    expect(titleWords('プライバシーポリシー｜ニンバス')).toBe(1);
    expect(titleWords('über straße')).toBe(2);
    // Emoji are no words: "Example 🔒 🍪" is a bare name.
    expect(titleWords('example 🔒 🍪')).toBe(1);
    expect(titleWords('\ufeffexample')).toBe(1);
  });

  it('dismisses a titled page at an address that says nothing, and reads no heading or sample', () => {
    const story = { ...plain, title: 'Riverside path to open by summer | The Valley Courier' };
    expect(namedOtherwise(story)).toBe(true);
    let sampled = 0;
    expect(decideOnEveryPage(story, () => (sampled++, POLICY.repeat(20)))).toMatchObject({ kind: 'not-policy' });
    expect(sampled).toBe(0);
    // Counterexamples, one change each: a hint in the title, a hint in the address, a bare name for a title.
    expect(namedOtherwise({ ...story, title: 'Riverside path to open by summer | Privacy notice' })).toBe(false);
    expect(namedOtherwise({ ...story, url: 'https://valley.example/legal/riverside-path' })).toBe(false);
    expect(namedOtherwise({ ...story, title: 'The Valley Courier' })).toBe(true);
    expect(namedOtherwise({ ...story, title: 'Valley Courier' })).toBe(false);
    expect(decideOnEveryPage({ ...story, title: 'Valley Courier' }, () => (sampled++, POLICY.repeat(20)))).toBe('open');
    expect(sampled).toBe(1);
  });

  it('leaves an untitled page and an app’s bare name to the heading and the sample', () => {
    expect(namedOtherwise({ ...plain, title: '' })).toBe(false);
    expect(namedOtherwise({ ...plain, title: 'Nimbus' })).toBe(false);
    expect(decideOnEveryPage({ ...plain, title: 'Nimbus', headings: ['Nimbus privacy notice'] }, () => '')).toBe('open');
    expect(decideOnEveryPage({ ...plain, title: 'Nimbus – notes that sync', headings: ['Nimbus privacy notice'] }, () => '')).not.toBe('open');
  });
});

describe('stage 1 keeps real policy pages whose title and address are not in English', () => {
  // Addresses and titles of the kind real policies and terms have (a reviewer's list): none may be dismissed.
  const pages: [url: string, title: string][] = [
    ['https://www.amazon.de/gp/help/customer/display.html?nodeId=201909000', 'Amazon.de Hilfe: Allgemeine Geschäftsbedingungen'],
    ['https://www.amazon.it/gp/help/customer/display.html?nodeId=201909000', 'Amazon.it Aiuto: Condizioni generali di uso e vendita'],
    ['https://www.amazon.es/gp/help/customer/display.html?nodeId=201909000', 'Amazon.es Ayuda: Condiciones de Uso y Venta'],
    ['https://help.instagram.com/581066165581870?locale=pt_BR', 'Termos de Uso | Central de Ajuda do Instagram'],
    ['https://www.microsoft.com/fr-fr/servicesagreement', 'Contrat de services Microsoft'],
    ['https://shop.example/termini-e-condizioni', 'Termini e condizioni – Negozio'],
    ['https://shop.example/p/12', 'Polityka prywatności – Sklep internetowy'],
    ['https://shop.example/p/12', 'Политика конфиденциальности — Магазин'],
    ['https://shop.example/p/12', 'Gizlilik Politikası | Örnek Mağaza'],
    ['https://shop.example/p/12', 'Privatlivspolitik | Eksempel A/S'],
    ['https://shop.example/p/12', '개인정보 처리방침 | 예시 상점'],
    ['https://shop.example/p/12', '個人情報保護方針 | 株式会社 Example'],
    ['https://shop.example/p/12', 'Data Processing Addendum | Example Inc'],
    ['https://app.example.com/#/privacy-policy', 'Example — notes that sync everywhere'],
  ];
  it('dismisses none of them on the title alone', () => {
    for (const [url, title] of pages) expect(namedOtherwise({ url, title }), `${url} ${title}`).toBe(false);
  });
  it('still dismisses articles and shops in those languages', () => {
    expect(namedOtherwise({ url: 'https://shop.example/p/12', title: 'Nowe rowery na wiosnę – Sklep internetowy' })).toBe(true);
    expect(namedOtherwise({ url: 'https://app.example.com/#/notes', title: 'Example — notes that sync everywhere' })).toBe(true);
  });
});

