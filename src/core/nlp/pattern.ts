/**
 * Helpers that build regular-expression sources from named parts, so long patterns stay readable.
 * They only join strings: the source they produce is what one would have written out in full.
 */

/** A non-capturing alternation: `words('a|b', 'c')` is `(?:a|b|c)`. Arguments may hold several alternatives. */
export const words = (...xs: string[]): string => `(?:${xs.join('|')})`;
