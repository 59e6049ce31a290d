/**
 * The vocabulary of the cheap first stages of detection, run on every page (see `quick.ts`): not evidence that a
 * page is a policy, only a hint that the question is open and the full detector should look. Each table is
 * lower-case stems, tested as substrings of lower-cased text: no RegExp to compile in every page's fresh script
 * world, no per-entry objects. Every entry has an example and a counterexample in hints.test.ts.
 */
export type HintTable = Record<string, string[]>;

/** Stems that, in a page's title or first headings, may name a policy of some kind. */
export const NAME_HINTS: HintTable = {
  'hint-privacy': [
    'privacy',
    'privacidad',
    'datenschutz',
    'confidentialit',
    'vie privée',
    'data protection',
    'personal data',
    'personal information',
  ],
  // "How Pebble handles your information"
  'hint-handling': ['your information', 'your data', 'user data'],
  'hint-cookies': ['cookie', 'tracking technolog'],
  'hint-terms': ['terms', 'conditions', 'nutzungsbedingungen', 'términos', 'agreement', 'eula'],
  'hint-legal': ['legal', 'policy', 'policies', 'notice', 'rechtliches', 'mentions légales', 'política'],
  // Stage 1 dismisses a titled page on its title alone (quick.ts, namedOtherwise): the names a policy goes by in
  // the other languages a reader may meet, so such a page is not dismissed for want of an English word.
  'hint-more-languages': [
    'bedingungen',
    'condizioni',
    'condiciones',
    'condições',
    'termos',
    'termini',
    'voorwaarden',
    'riservatezza',
    'dati personali',
    'dados pessoais',
    'datos personales',
    'données personnelles',
    'polityka',
    'prywatno',
    'regulamin',
    'integritet',
    'personuppgift',
    'personvern',
    'privatliv',
    'tietosuoja',
    'gizlilik',
    'kişisel veri',
    'contrat',
    'contrato',
    'data processing',
    'конфиденциальн',
    'персональн',
    'политика',
    'プライバシー',
    '個人情報',
    '規約',
    '隐私',
    '隱私',
    '개인정보',
    '약관',
  ],
};

/**
 * Stems of the words of a page's path and query ("/legal/privacy-notice", "?page=tos"). Stems of five letters
 * or more may stand inside a word ("dataprivacy"); shorter ones must be the whole word ("tos", not "photos").
 */
export const URL_HINTS: HintTable = {
  'url-hint-privacy': ['privacy', 'privacidad', 'datenschutz', 'confidentialite', 'dataprotection', 'dsgvo', 'gdpr'],
  'url-hint-cookies': ['cookie'],
  'url-hint-terms': ['terms', 'tos', 'eula', 'cgu', 'agb', 'conditions', 'nutzungsbedingungen', 'agreement'],
  'url-hint-legal': ['legal', 'policy', 'policies'],
};

/**
 * Stems that policy, terms and cookie prose is dense with, counted over a text sample when the names say nothing:
 * a policy at a neutral address with a neutral title still reads like one within its first screens.
 */
export const PROSE_HINTS: HintTable = {
  'prose-personal-data': [
    'personal data',
    'personal information',
    'personenbezogen',
    'données personnelles',
    'datos personales',
  ],
  'prose-we-collect': [
    'we collect',
    'we may collect',
    'we process',
    'we share',
    'we disclose',
    'we retain',
    'wir erheben',
    'wir verarbeiten',
    'nous collectons',
  ],
  'prose-third-parties': ['third part', 'third-part'],
  'prose-law': ['gdpr', 'ccpa', 'dsgvo', 'rgpd', 'data protection', 'opt out', 'opt-out', 'legitimate interest'],
  'prose-cookies': ['cookie', 'web beacon'],
  'prose-terms': [
    'you agree',
    'these terms',
    'this agreement',
    'liabilit',
    'warrant',
    'indemnif',
    'arbitration',
    'you may not',
    'you must',
    'shall',
    'hereby',
    'governing law',
    'intellectual property',
    'terminat',
  ],
};

/** A sample at least this dense in policy words (hits per 1000 words, and at least MIN_HITS) opens the question. */
export const PROSE_PER_1000 = 4;
export const MIN_HITS = 3;

/** All stems of a table, flat: the stages only need to know whether any entry hints. */
export const stemsOf = (table: HintTable): string[] => Object.values(table).flat();

/** Whether lower-cased `text` holds any of `stems`. */
export function holdsAny(text: string, stems: string[]): boolean {
  return stems.some((s) => text.includes(s));
}

/** How many times lower-cased `text` holds any of `stems` (non-overlapping per stem). */
export function countStems(text: string, stems: string[]): number {
  let n = 0;
  for (const s of stems) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) n++;
  }
  return n;
}

/** A letter of a path's words: a–z and U+00E0–U+00FF (à–ÿ), as the character class `[a-zà-ÿ]`. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff);

/**
 * The runs of word letters in lower-cased `text`, what `split(/[^a-zà-ÿ]+/)` gives less its empty ends. A loop
 * rather than that pattern: compiling it (a non-ASCII class) was the biggest single cost of the script on every
 * page, ~0.9 ms of a fresh world's script time in a CPU profile (cost.spec.ts), for a path of a few dozen letters.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordCode(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * A title of this many words or more names its page (stage 1's dismissal, `namedOtherwise`): an article's headline,
 * a product's name and store. One or two ("Nimbus", "Home | Nimbus") may be an app's shell or a site's bare name.
 */
export const NAMING_TITLE_WORDS = 3;

/**
 * Whether a character code of lower-cased text is part of a word: a Latin letter or digit, or any code from
 * U+0100 up other than punctuation and symbols (U+2000–U+2BFF: dashes, bullets, arrows; U+3000–U+303F: CJK
 * punctuation; U+FF00–U+FF0F, U+FF1A–U+FF20, U+FF5B–U+FF65: full-width punctuation; surrogates, which astral
 * emoji are made of, and U+FEFF). Separators between a title's parts ("|", "–", "·", "»") are not words.
 */
function isTitleWordCode(c: number): boolean {
  if (c < 0x100) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c !== 0xf7);
  return !(
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff5b && c <= 0xff65) ||
    // Emoji and other astral symbols ("🔒"), and the byte-order mark.
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0xfeff
  );
}

/**
 * The words of a lower-cased title: its runs between whitespace that hold a word character. A script without
 * spaces between words (Japanese, Chinese) counts a run as one: such a title is never taken to name its page.
 * Counting stops at `enough` where only "that many or more" matters (the script on every page, where each step of
 * the loop costs).
 */
export function titleWords(title: string, enough = Infinity): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; words < enough && i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isTitleWordCode(c)) {
      counted = true;
      words++;
    }
  }
  return words;
}

/** Whether a path's words hint: long stems inside a word, short stems as whole words. */
export function urlHints(pathAndQuery: string, stems: string[]): boolean {
  const words = wordsOf(pathAndQuery.toLowerCase());
  return stems.some((s) => (s.length >= 5 ? words.some((w) => w.includes(s)) : words.includes(s)));
}
