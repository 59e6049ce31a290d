/**
 * A regular expression written as consecutive pieces of its source, one line each, so that a long alternation
 * reads as a list (issue 13: no source line over 160 characters). The pieces are joined as they are: a piece may
 * open a group that a later one closes, and each piece is `String.raw`, so it is spelled as in a literal.
 */
export const joinPattern = (flags: string, pieces: string[]): RegExp => new RegExp(pieces.join(''), flags);
