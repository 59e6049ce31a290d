import { rx, words } from '../text/pattern';

/**
 * Abbreviations whose period ends no sentence, one table for two passes: the splitter (sentences.ts) does not
 * break after one unless a typical sentence opener follows, and the normal form (normalize.ts) turns its
 * period inside a sentence into a look-alike, since the vocabulary's windows stop at a period. Lower case;
 * both passes match them case-insensitively.
 */
export const ABBREVIATIONS: readonly string[] = [
  rx`e\.g`,
  rx`i\.e`,
  // Words without a period of their own, space-separated (as pieces, which the build packs with the patterns).
  ...rx`etc inc ltd llc co corp no nos mr mrs ms dr st vs approx incl esp cf viz art sec para fig`.split(' '),
  ...rx`jan feb mar apr jun jul aug sep sept oct nov dec`.split(' '),
  // The words of a statute's citation: "Tex. Bus. & Com. Code § 503.001", "Cal. Civ. Code § 1798.100", "740 Ill.
  // Comp. Stat. 14/1", "Wash. Rev. Code".
  ...rx`tex cal civ bus com ill comp stat wash rev ann gen reg`.split(' '),
];

/**
 * "e.g." and "i.e." as a pattern source that also matches them in the normal form, whose periods inside a
 * sentence are look-alikes (normalize.ts): every pass reads the normal form.
 */
export const EG = rx`e[.\u2024]g[.\u2024]`;
export const IE = rx`i[.\u2024]e[.\u2024]`;

/** Any one of them, as a pattern source (a non-capturing group; no word boundary, no period). */
export const ABBREVIATION = words(ABBREVIATIONS.join('|'));
