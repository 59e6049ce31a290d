/**
 * Helpers that build regular expressions from named parts, so long patterns stay readable (issue 13: no
 * source line over 160 characters). They only join strings: the source they produce is what one would have
 * written out in full. The analyzer (nlp/) and page detection (detect/) both build their patterns with them.
 */
import { withTraceBarriers } from './trace-barrier';

/**
 * Marks: what the build writes for the commonest runs of an `rx` piece (scripts/fold-raw-templates.ts), and the text
 * `rx` reads each one back as. Each mark is one character that no piece writes (the build fails on a piece that holds
 * one, and so does a unit test that runs the compaction over every source file, since tsx and vitest skip the build).
 * An ASCII mark saves a run's length less one byte of the shipped analyzer, a two-byte one its length less two.
 * Together ~15 KB: ~2,800 groups, ~1,850 word boundaries, ~750 optional plurals before a bar, ~450 spaces, ~350
 * "tion"s, ~250 "the "s, ~170 hyphenated words, ~150 "your "s, ~100 "location"s, ~80 bounded windows, the commonest
 * stems ("device", "record") and endings ("ing", "ed|", "s|ed|ing)"); and ~3.6 KB more from ~1,100 "er"s, ~900 groups
 * after a space, ~900 optional groups and ~650 "an"s; ~5.1 KB more from eleven more one-byte marks ("e|", "ou", "on",
 * "at", "es", " )?", "|re", ") (?:", "he", "ion", "?|"); ~6.3 KB more from sixteen on the control characters after
 * those; ~1.3 KB more from twelve two-byte letters for runs of three or more ("from", "(?!", "(?<=", "[a-z]+"…), and
 * ~0.9 KB from twelve more ("(?=", "biometr", "not", "upload"…), ~0.65 KB from twelve after those, ~0.57 KB from
 * seventeen more ("e[sd]", "graph", "[^,.;]", "0,80"…) and ~0.4 KB from twelve more ("|n't)", "templ", "keep"…). No
 * meaning holds a mark or starts with another meaning (two that matched at one place would), so neither the writing
 * nor the reading back depends on the table's order.
 */
export const MARKS: readonly (readonly [mark: string, meaning: string])[] = [
  ['~', '(?:'],
  ['@', '\\b'],
  ['%', '\\s'],
  ['\u00a4', '[\\w-]+'],
  ['\u00fe', 'tion'],
  ['\u0140', 'location'],
  ['\u0177', 'your '],
  ['\u0167', 'the '],
  ['\u015d', '[^.;]{0,'],
  ['#', 's?|'],
  ['\u0111', 'device'],
  ['\u0155', 'record'],
  ['\u01dd', 's|ed|ing)'],
  ['\u0129', 'ing'],
  ['\u0113', 'ed|'],
  ['\u0163', '|their '],
  // The commonest pairs of all, on the last free ASCII characters (no pattern writes a capital J, Q or X, or a 9).
  ['J', 'er'],
  ['Q', ' (?:'],
  ['X', ')?'],
  ['9', 'an'],
  // The next commonest runs, on the last free capital and on control characters, which are one byte each and which
  // no piece writes (pieces are the analyzer's own source, never page text). Chosen greedily: each the run that
  // saved the most once the ones above were marked, while it saved more than its row here costs.
  ['N', 'e|'],
  ['\u0001', 'ou'],
  ['\u0002', 'on'],
  ['\u0003', 'at'],
  ['\u0004', 'es'],
  ['\u0005', ' )?'],
  ['\u0006', '|re'],
  ['\u0007', ') (?:'],
  ['\u0008', 'he'],
  ['\u000e', 'ion'],
  ['\u000f', '?|'],
  // Sixteen more on the control characters after them, chosen greedily the same way (~6 KB): common letter pairs
  // and the bars before a word's first letter (none starts with another meaning, as for the rows above).
  ['\u0010', 'or'],
  ['\u0011', 'en'],
  ['\u0012', 'ar'],
  ['\u0013', 't|'],
  ['\u0014', 'it'],
  ['\u0015', 'ic'],
  ['\u0016', 'is'],
  ['\u0017', 'ac'],
  ['\u0018', 'al'],
  ['\u0019', '|s'],
  ['\u001a', '|c'],
  ['\u001b', 'to'],
  ['\u001c', 'pro'],
  ['\u001d', 'ec'],
  ['\u001e', 'us'],
  ['\u001f', '|w'],
  // Twelve more on two-byte letters no piece writes, runs of three or more, chosen greedily the same way (~1.3 KB).
  ['\u0180', 'from'],
  ['\u0181', '[- ]'],
  ['\u0182', ' of'],
  ['\u0183', '(?!'],
  ['\u0184', 'ogni[sz]'],
  ['\u0185', '|in'],
  ['\u0186', 's?)'],
  ['\u0187', '(?<='],
  ['\u0188', 'able'],
  ['\u0189', '[a-z]+'],
  ['\u018a', '(?<!'],
  ['\u018b', 'ntry'],
  // Twelve more after them, the same way (~0.9 KB).
  ['\u018c', '(?='],
  ['\u018d', 'biometr'],
  ['\u018e', 'not'],
  ['\u018f', 'ed)'],
  ['\u0190', 'may|migh'],
  ['\u0191', 'ip addr'],
  ['\u0192', 'comp'],
  ['\u0193', 'requir'],
  ['\u0194', 'ed '],
  ['\u0195', 'upload'],
  ['\u0196', '[^.;,]'],
  ['\u0197', 'tur'],
  // And twelve more after those (~0.65 KB).
  ['\u0198', "'?s"],
  ['\u0199', 'tain'],
  ['\u019a', 'r|t'],
  ['\u019b', 'i-?fi|blue'],
  ['\u019c', '[A-Z]'],
  ['\u019d', '|nev'],
  ['\u019e', '[sz]'],
  ['\u019f', 'ill'],
  ['\u01a0', '[^.]'],
  ['\u01a1', 'employ'],
  ['\u01a2', 'scri'],
  ['\u01a3', 'video'],
  // And twenty-four more again (~0.7 KB).
  ['\u01a4', 'pos'],
  ['\u01a5', 'tim'],
  ['\u01a6', 'y|i'],
  ['\u01a7', 'includ'],
  ['\u01a8', 'measur'],
  ['\u01a9', 'coll'],
  ['\u01aa', 'point'],
  ['\u01ab', 'geo'],
  ['\u01ac', 'det'],
  ['\u01ad', 'print'],
  ['\u01ae', 'ell'],
  ['\u01af', 'in|'],
  ['\u01b0', 'ystem'],
  ['\u01b1', 'peopl'],
  ['\u01b2', 'do|do'],
  ['\u01b3', 'appl'],
  ['\u01b4', '0,2'],
  ['\u01b5', 'ly|'],
  ['\u01b6', 'uch as'],
  ['\u01b7', '|a '],
  ['\u01b8', '0,40'],
  ['\u01b9', 'imag'],
  ['\u01ba', 'ail'],
  ['\u01bb', 'level'],
  ['\u01bc', 'e[sd]'],
  ['\u01bd', 'graph'],
  ['\u01be', '|ph'],
  ['\u01bf', 'low'],
  ['\u01c0', '0,3'],
  ['\u01c1', ' be'],
  ['\u01c2', 'lock'],
  ['\u01c3', '+ly'],
  ['\u01c4', 'audio'],
  ['\u01c5', 'inf'],
  ['\u01c6', '[^,.;]'],
  ['\u01c7', 'hoos'],
  ['\u01c8', '|tr'],
  ['\u01c9', '0,80'],
  ['\u01ca', 'dividu'],
  ['\u01cb', 'peak'],
  ['\u01cc', 'have'],
  ['\u01cd', '[^,;.]'],
  ['\u01ce', '^.;]'],
  ['\u01cf', '|n\'t)'],
  ['\u01d0', 'ass'],
  ['\u01d1', 'brows'],
  ['\u01d2', 'reg'],
  ['\u01d3', '|may'],
  ['\u01d4', 'ld|'],
  ['\u01d5', 'rea'],
  ['\u01d6', ')s?'],
  ['\u01d7', 'templ'],
  ['\u01d8', 'keep'],
  ['\u01d9', 'clos'],
  ['\u01da', '0,60'],
  ['\u01db', 'comm'],
  ['\u01dc', 'driv'],
  ['\u01de', 'auth'],
  ['\u01df', 'off'],
  ['\u01e0', 'sid'],
  ['\u01e1', '|be'],
  ['\u01e2', 'lease'],
  ['\u01e3', 'right'],
  ['\u01e4', 'clud'],
  ['\u01e5', 'know'],
  ['\u01e6', '|get'],
  ['\u01e7', 'vinc'],
  ['\u01e8', '[ -]'],
  ['\u01e9', ' th'],
  ['\u01ea', 'excep'],
  ['\u01eb', 'min'],
  ['\u01ec', 'in '],
  ['\u01ed', 'of|'],
  ['\u01ee', 'hnolog'],
  ['\u01ef', 'tif'],
  ['\u01f0', 'law'],
  ['\u01f1', 're '],
  ['\u01f2', '|pre'],
  ['\u01f3', 'app|'],
  ['\u01f4', '[^.;:'],
  ['\u01f5', 'play'],
  ['\u01f6', 'sign'],
  ['\u01f7', 'own'],
  ['\u01f8', 'eiv'],
  ['\u01f9', 'lin'],
  ['\u01fa', 'ome'],
  ['\u01fb', 'neighb'],
  ['\u01fc', 'h|th'],
  ['\u01fd', '?rhood'],
  ['\u01fe', 'memb'],
  ['\u01ff', '|did'],
  ['\u0200', '|typ'],
  ['\u0201', 'ir|'],
  ['\u0202', 'child'],
  ['\u0203', 's|t'],
  ['\u0204', 'fin'],
  ['\u0205', 'cod'],
  ['\u0206', 'xim'],
  ['\u0207', 'cur'],
  ['\u0208', 'delet'],
  ['\u0209', '))|'],
  ['\u020a', 'gps|'],
  ['\u020b', 'ive'],
  ['\u020c', 'roph'],
  ['\u020d', 'view'],
  ['\u020e', 'buil'],
  ['\u020f', 'y |'],
  ['\u0210', 'ts|'],
  ['\u0211', 'hdraw'],
  ['\u0212', 'third'],
  ['\u0213', 'set'],
  ['\u0214', '|veh'],
  ['\u0215', 'sibl'],
];
// One pass over the piece for every mark (no meaning holds a mark, so the order of the table does not matter): ~1,400
// pieces are read back when the module loads.
const MEANING_OF = new Map(MARKS);
const ANY_MARK = new RegExp(`[${MARKS.map(([mark]) => mark.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
const unmark = (raw: string) => raw.replace(ANY_MARK, (mark) => MEANING_OF.get(mark)!);

/**
 * `String.raw` under a short name: the analyzer writes ~1,400 patterns with it, and a bundler keeps a global's
 * member access as written, so the alias alone saved ~12 KB of the shipped analyzer (154.9 → 142.3 KB). Same
 * raw text, once the build's group marks are read back.
 */
// Only the piece's own text is read back, never a value substituted into it (which the build never rewrote).
export const rx = (strings: TemplateStringsArray, ...values: unknown[]): string =>
  String.raw({ raw: strings.raw.map(unmark) }, ...values);

/**
 * A compiled pattern, case-insensitive unless other flags are given: the analyzer matches its patterns ignoring
 * case, and a call is shorter in the shipped module than `new RegExp(source, 'i')` (~100 of them).
 */
export const re = (source: string, flags = 'i'): RegExp => new RegExp(withTraceBarriers(source), flags);
/** A compiled pattern that matches case as written: names and sentence openings ("We", "Under the GDPR"). */
export const cased = (source: string): RegExp => re(source, '');

/** The `n` characters of `s` before `at` (fewer near its start): the window a pattern looks back in. */
export const charsBefore = (s: string, at: number, n: number): string => s.slice(Math.max(0, at - n), at);
/** The `n` characters of `s` from `at` (fewer near its end): the window a pattern looks ahead in. */
export const charsAfter = (s: string, at: number, n: number): string => s.slice(at, at + n);

/**
 * Every match of a global pattern in `s`, by an exec loop on the pattern itself, which leaves its lastIndex at 0:
 * `matchAll` copies the pattern on every call, which for a long one (the verb lexicon's) costs ten times the scan.
 * The pattern must not match the empty string.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}
/** The last match of a global pattern in `s` (which must not match the empty string), or undefined. */
export const lastMatch = (re: RegExp, s: string): RegExpExecArray | undefined => matchesOf(re, s).pop();

/** A non-capturing alternation: `words('a|b', 'c')` is `(?:a|b|c)`. Arguments may hold several alternatives. */
export const words = (...xs: string[]): string => `(?:${xs.join('|')})`;

/**
 * A regular expression written as consecutive pieces of its source, one line each, so that a long alternation
 * reads as a list. The pieces are joined as they are: a piece may open a group that a later one closes, and
 * each piece is `String.raw` (`rx`), so it is spelled as in a literal.
 */
export const joinPattern = (flags: string, pieces: string[]): RegExp => re(pieces.join(''), flags);

/** A pattern written as one source or as a list of alternatives, one per line: `alternatives` joins them with `|`. */
export type Alternatives = string | string[];
export const alternatives = (a: Alternatives): string => [a].flat().join('|');

/**
 * A table of the analyzer's named patterns (traps, negation cues, on-device wordings): each source under its name, in
 * order. An object keyed by name rather than a list of rows, whose property names the minifier keeps on every row;
 * the names are for the tests (each row's example) and for the reader.
 */
export type NamedSources = Record<string, string>;
