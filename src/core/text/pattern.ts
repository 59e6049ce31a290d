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
 * "tion"s, ~170 hyphenated words, ~150 "your "s, ~100 "location"s, ~80 bounded windows, the commonest
 * stems ("device", "record") and endings ("ing"); and ~3.6 KB more from ~1,100 "er"s, ~900 groups
 * after a space, ~900 optional groups and ~650 "an"s; ~5.1 KB more from eleven more one-byte marks ("e|", "ou", "on",
 * "at", "es", " )?", "|re", ") (?:", "he", "ion", "?|"); ~6.3 KB more from sixteen on the control characters after
 * those; ~1.3 KB more from twelve two-byte letters for runs of three or more ("from", "(?!", "(?<=", "[a-z]+"…), and
 * ~0.9 KB from twelve more ("(?=", "biometr", "not", "upload"…), ~0.65 KB from twelve after those, ~0.57 KB from
 * seventeen more ("e[sd]", "graph"…), ~0.4 KB from twelve more ("|n't)", "templ", "keep"…) and
 * ~0.3 KB from twenty-eight more, ~0.23 KB from five one-byte marks on letters and DEL
 * (M, G, V, K, written "\x4d"… where a piece means the letter). Those figures were taken before the pieces were packed
 * (scripts/pack-pieces.ts); packed, a mark for a short run ("the ", "ed|", "s?)", "|in", and the one-byte "e|", "|re",
 * "?|", "t|", "|s", "|c", "|w") often costs more than it saves, since the packer copies the run as well and the mark
 * splits longer copies, so the marks whose removal shipped the analyzer smaller, chosen one at a time, were taken out:
 * 104 two-byte ones (~1 KB) and ten one-byte ones (~0.4 KB), among them N, G, V and K, which are plain letters again. The analyzer's module-level regular expressions are
 * written with `rx` too, so the marks compact them (~2.5 KB; a unit test keeps long literals out). No
 * meaning holds a mark or starts with another meaning (two that matched at one place would), so neither the writing
 * nor the reading back depends on the table's order. The table is one text, a mark and its meaning a line (no meaning
 * holds a line break), which ships ~1.3 KB smaller than an array of pairs.
 */
/** The table, one mark and its meaning a line (as text, not pairs: ~1.3 KB less of the shipped analyzer). */
const MARK_LINES = `~(?:
@\\b
%\\s
\u00a4[\\w-]+
\u00fetion
\u0140location
\u0177your 
\u015d[^.;]{0,
#s?|
\u0111device
\u0155record
\u0129ing
Jer
Q (?:
X)?
9an
\u0001ou
\u0002on
\u0003at
\u0004es
\u0005 )?
\u0007) (?:
\u0008he
\u000eion
\u0010or
\u0011en
\u0012ar
\u0014it
\u0015ic
\u0016is
\u0017ac
\u0018al
\u001bto
\u001cpro
\u001dec
\u001eus
\u0180from
\u0181[- ]
\u0183(?!
\u0187(?<=
\u0188able
\u0189[a-z]+
\u018a(?<!
\u018bntry
\u018c(?=
\u018dbiometr
\u018enot
\u0190may|migh
\u0191ip addr
\u0193requir
\u0195upload
\u0196[^.;,]
\u0197tur
\u0198'?s
\u0199tain
\u019bi-?fi|blue
\u019c[A-Z]
\u019d|nev
\u019e[sz]
\u019fill
\u01a0[^.]
\u01a1employ
\u01a2scri
\u01a3video
\u01a4pos
\u01a5tim
\u01a6y|i
\u01a8measur
\u01aapoint
\u01abgeo
\u01acdet
\u01adprint
\u01aeell
\u01b0ystem
\u01b1peopl
\u01b2do|do
\u01b6uch as
\u01b9imag
\u01baail
\u01bblevel
\u01bce[sd]
\u01bdgraph
\u01bflow
\u01c1 be
\u01c2lock
\u01c3+ly
\u01c4audio
\u01c5inf
\u01cadividu
\u01cbpeak
\u01cchave
\u01cf|n't)
\u01d0ass
\u01d1brows
\u01d7templ
\u01d8keep
\u01d9clos
\u01dcdriv
\u01deauth
\u01dfoff
\u01e0sid
\u01e2lease
\u01e3right
\u01e5know
\u01e6|get
\u01e8[ -]
\u01eaexcep
\u01ebmin
\u01eftif
\u01f0law
\u01f4[^.;:
\u01f5play
\u01f7own
\u01f8eiv
\u01f9lin
\u01faome
\u01fbneighb
\u01fd?rhood
\u01ff|did
\u0205cod
\u0206xim
\u020agps|
\u020bive
\u020dview
\u020ebuil
\u0212third
\u0213set
\u0218how
\u021anetw
\u021educ
\u021finst
\u0222model
\u0226but
\u022dask
\u0233mobil
\u0237ampl
\u0239tele
\u023bfirm
\u0241kep
\u0244tak
\u0248avoid
\u024arhythm
\u024ddep
\u007f,? 
Ms? `;
export const MARKS: readonly (readonly [mark: string, meaning: string])[] = MARK_LINES.split('\n').map((line) => [line[0]!, line.slice(1)]);
// One pass over the piece for every mark (no meaning holds a mark, so the order of the table does not matter): ~1,400
// pieces are read back when the module loads.
const MEANING_OF = new Map(MARKS);
const ANY_MARK = new RegExp(`[${MARKS.map(([mark]) => mark.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
const unmark = (raw: string) => raw.replace(ANY_MARK, (mark) => MEANING_OF.get(mark)!);

/**
 * `String.raw` under a short name: the analyzer writes ~1,400 patterns with it, and a bundler keeps a global's
 * member access as written, so the alias alone saved ~12 KB of the shipped analyzer (154.9 → 142.3 KB). Same
 * raw text, once the build's group marks are read back. In a built chunk each piece reaches `rx` from the chunk's
 * packed text (scripts/pack-pieces.ts), as the same marked text it wrote.
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
