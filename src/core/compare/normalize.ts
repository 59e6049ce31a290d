/**
 * What does not count as a difference between two versions of a policy: case, whitespace, list markers and
 * numbering, quotes, dates, and British vs American spelling (the EEA version of a US policy is often just
 * respelt).
 */
const SPELLING: [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/ise(d|s)?\b/g, 'ize$1'],
  [/ising\b/g, 'izing'],
  [/yse(d|s)?\b/g, 'yze$1'],
  [/ysing\b/g, 'yzing'],
  [/\b(colo|behavio|favo|hono|labo|neighbo|flavo|humo|rumo|harbo|endeavo|vapo)ur/g, '$1r'],
  [/\blicence/g, 'license'],
  [/\bcentre/g, 'center'],
  [/\bprogramme/g, 'program'],
  [/\bcatalogue/g, 'catalog'],
  [/\bjudgement/g, 'judgment'],
  [/\benrol(?!l)/g, 'enroll'],
];
const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A day before its month: "3rd March, 2024". */
const DAY_MONTH_YEAR = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS},?\s+\d{4}`;
/** A month before its day: "March 3rd, 2024". */
const MONTH_DAY_YEAR = String.raw`${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
/** A month and year alone, or a date in numbers: "March 2024", "2024-03-03", "3/3/24". */
const MONTH_YEAR_OR_NUMERIC = String.raw`${MONTHS}\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}`;
const DATE = new RegExp(
  String.raw`\b(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${MONTH_YEAR_OR_NUMERIC})\b`,
  'g',
);

export function normalizeSentence(sentence: string): string {
  let s = sentence.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  s = s.replace(DATE, '<date>');
  s = s.replace(/^\s*(?:[-*•·▪◦]|\(?[0-9ivx]{1,4}[.)]|\(?[a-h][.)])\s+/, '');
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  return s.replace(/[^\p{L}\p{N}<>' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** A heading without its numbering and punctuation, for aligning sections. */
export function normalizeHeading(heading: string): string {
  return normalizeSentence(heading.replace(/^\s*(?:section\s+)?(?:[0-9]+(?:\.[0-9]+)*|[ivx]{1,5}|[a-h])[.):]?\s+/i, ''));
}

/** Word-set similarity of two normalized headings (Dice coefficient), 0..1. */
export function headingSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = new Set(a.split(' ').filter((w) => w.length > 2));
  const wb = new Set(b.split(' ').filter((w) => w.length > 2));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}
