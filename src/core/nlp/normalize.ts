import { ABBREVIATION } from './abbreviations';
import { re, rx } from '../text/pattern';

/**
 * One normal form for the sentence every pass reads, always of the same length as the original (evidence
 * offsets point into the page's text): typographic apostrophes become plain ones, and the period that ends an
 * abbreviation inside a sentence ("(support, billing, etc.) may be recorded") becomes a look-alike, since the
 * vocabulary's windows stop at a period.
 */
const MID_SENTENCE_ABBREVIATION = re(rx`\b${ABBREVIATION}\.(?=[\s)\],;:]+\S)`, 'gi');
const ONE_DOT_LEADER = '\u2024';

export function normalizeSentence(raw: string): string {
  let out = raw;
  // Most sentences have neither: skip the replacements (this runs on every sentence of a page).
  if (out.includes('’') || out.includes('‘')) out = out.replace(/[’‘]/g, "'");
  // Markdown's bold marks around a word read as spaces: "The App **never** accesses…" negates its verbs.
  if (out.includes('**')) out = out.replace(/\*\*(?=\w)|(?<=\w)\*\*/g, '  ');
  const firstPeriod = out.indexOf('.');
  if (firstPeriod !== -1 && firstPeriod < out.length - 2) {
    out = out.replace(MID_SENTENCE_ABBREVIATION, (m) => m.replace(/\./g, ONE_DOT_LEADER));
  }
  return out;
}
