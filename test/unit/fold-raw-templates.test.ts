import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compactGroups, foldAlternatives, foldRawTemplates } from '../../scripts/fold-raw-templates';
import { FIRST_PIECE, packChunk, packPieces, piecesOf, unpackPieces as unpack } from '../../scripts/pack-pieces';
import { MARKS, alternatives, rx, words } from '../../src/core/text/pattern';

/**
 * Evaluates a snippet of pattern code written in this test (never page text) with the analyzer's own `rx`, `words`
 * and `alternatives`: the fold must keep the snippet's value.
 */
// eslint-disable-next-line no-new-func -- the snippets are this file's own literals
const run = (code: string): unknown => new Function('rx', 'words', 'alternatives', 'X', `return ${code};`)(rx, words, alternatives, 'x|y');

describe('foldRawTemplates', () => {
  it('joins a chain of raw pieces into one, with the same string', () => {
    const code = 'rx`\\bcollect` +\n    rx`(?:${X})\\s+` + rx`data\\b`';
    const folded = foldRawTemplates(code);
    expect(folded).toBe('rx`\\bcollect(?:${X})\\s+data\\b`');
    expect(run(folded)).toBe(run(code));
  });
  it('joins across line comments, which the build drops anyway', () => {
    expect(foldRawTemplates('rx`a` +\n  // why\n  rx`b`')).toBe('rx`ab`');
  });
  it('keeps a seam with another operand or a call between', () => {
    for (const code of [
      'rx`a` + X + rx`b`',
      'String(rx`a`) + rx`b`',
      'rx`a` + rx`b`.toUpperCase()',
    ]) {
      expect(foldRawTemplates(code)).toBe(code);
    }
  });
  it('joins a piece after another operand, keeping that operand', () => {
    const code = 'X + rx`a` + rx`b`';
    expect(foldRawTemplates(code)).toBe('X + rx`ab`');
    expect(run(foldRawTemplates(code))).toBe(run(code));
  });
  it('leaves plain templates alone: their escapes are not raw', () => {
    const code = '`\\n` + rx`b`';
    expect(foldRawTemplates(code)).toBe(code);
  });
});

describe('foldAlternatives', () => {
  it('joins a list of pieces passed to alternatives(), with the same string', () => {
    const code = 'alternatives([\n  rx`\\bcollect`,\n  // why\n  rx`${X}\\d`,\n  \'plain|words\',\n])';
    const folded = foldAlternatives(code);
    expect(folded).toBe('alternatives(rx`\\bcollect|${X}\\d|plain|words`)');
    expect(run(folded)).toBe(run(code));
  });
  it('joins the arguments of words()', () => {
    const code = "words(rx`a\\b`, 'b|c')";
    expect(foldAlternatives(code)).toBe('words(rx`a\\b|b|c`)');
    expect(run(foldAlternatives(code))).toBe(run(code));
  });
  it('makes one plain string passed to words() a piece, unless it holds a mark', () => {
    // (Only in a file that writes pieces itself, whose `rx` is then in scope.)
    for (const code of ["[rx`x`, words('a|b (?:c)?|d')]", '[rx`x`, words(`a|b`)]']) {
      const folded = foldAlternatives(code);
      expect(folded).toMatch(/^\[rx`x`, words\(rx`[^`]*`\)\]$/);
      expect(run(folded)).toEqual(run(code));
    }
    for (const code of ["words('a|b')", "rx`x` + words('a|Mb')", "rx`x` + words('a\\\\.b')", 'rx`x` + words(X)', 'words(rx`a`)']) {
      expect(foldAlternatives(code)).toBe(code);
    }
  });
  it('leaves a list with any other item, or a plain string with an escape, as it is', () => {
    for (const code of ['alternatives([rx`a`, X])', "words(rx`a`, 'b\\\\.c')", 'words(rx`a`, ...X)', 'other([rx`a`, rx`b`])']) {
      expect(foldAlternatives(code)).toBe(code);
    }
  });
});

describe('the analyzer\'s module-level patterns', () => {
  // A regular-expression literal ships as written; the same pattern written with `rx` ships compacted by the marks
  // (~25% smaller), and is compiled once either way where it stands at module level. So a long one is written with `rx`
  // (inside a function a literal is kept: `re(rx…)` there would build its source on every call).
  it('writes no long regular-expression literal outside a function, except one holding a mark', () => {
    const marks = new Set(MARKS.map(([m]) => m));
    const dir = 'src/core/nlp';
    const long: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node, inFunction: boolean): void => {
        if (ts.isRegularExpressionLiteral(node) && !inFunction) {
          const body = node.text.slice(1, node.text.lastIndexOf('/'));
          if (body.length >= 40 && !body.includes('`') && ![...body].some((c) => marks.has(c))) long.push(`${file}: ${node.text.slice(0, 60)}`);
        }
        ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
      };
      visit(source, false);
    }
    expect(long).toEqual([]);
  });
});

describe('compactGroups', () => {
  it('compacts every source file the build compacts: no piece under src/ writes a mark (tsx and vitest skip the build)', () => {
    const sources = (readdirSync('src', { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join('src', f));
    expect(sources.length).toBeGreaterThan(50);
    for (const file of sources) expect(() => compactGroups(readFileSync(file, 'utf8'), file)).not.toThrow();
  });
  it('writes each group opener of a piece as one mark, which rx reads back: the same string', () => {
    const code = 'rx`(?:a|b)\\s(?:${X}|c(?:d))`';
    const compacted = compactGroups(code);
    expect(compacted).toBe('rx`~a|b)%~${X}|c~d))`');
    expect(run(compacted)).toBe(run(code));
  });
  it('rewrites only the pieces: plain strings, templates and substituted values keep their groups', () => {
    const code = "'(?:a)' + `(?:b)` + rx`${words('(?:c)')}d`";
    expect(compactGroups(code)).toBe(code);
  });
  it('fails on a piece that holds the mark itself, whose meaning would change', () => {
    expect(() => compactGroups('rx`a~b`')).toThrow(/holds "~"/);
    expect(() => compactGroups('rx`a@b`')).toThrow(/holds "@"/);
  });
  it('writes each word boundary as one mark, but not a "b" after an escaped backslash: the same string', () => {
    const code = 'rx`\\bface\\b|\\\\b|[\\b]|${X}\\b`';
    const compacted = compactGroups(code);
    expect(compacted).toBe('rx`@f\u0017e@|\\\\b|[@]|${X}@`');
    expect(run(compacted)).toBe(run(code));
    expect(run(code)).toBe('\\bface\\b|\\\\b|[\\b]|x|y\\b');
  });
  it('writes "location" and "tion" as marks, and fails on a piece that holds a mark', () => {
    const code = 'rx`location|collection`';
    const compacted = compactGroups(code);
    expect(compacted).toBe('rx`\u0140|coll\u001d\u00fe`');
    expect(run(compacted)).toBe(run(code));
    expect(() => compactGroups('rx`\u00fe`')).toThrow(/holds "\u00fe"/);
  });
  it('no meaning holds a mark or starts with another meaning, so the table has no order', () => {
    for (const [, meaning] of MARKS) {
      for (const [mark, other] of MARKS) {
        expect(meaning.includes(mark)).toBe(false);
        if (other !== meaning) expect(meaning.startsWith(other)).toBe(false);
      }
    }
  });
  it('reads the table as one mark and a meaning a line: one character each, none a line break', () => {
    expect(MARKS.length).toBeGreaterThan(120);
    for (const [mark, meaning] of MARKS) {
      expect(mark).toHaveLength(1);
      expect(mark === '\n' || meaning.includes('\n') || meaning === '').toBe(false);
    }
    expect(new Set(MARKS.map(([mark]) => mark)).size).toBe(MARKS.length);
  });
  it('writes white space and hyphenated words as marks too: the same string', () => {
    const code = 'rx`a\\s+[\\w-]+\\\\s(?:[\\w-]+ )?`';
    const compacted = compactGroups(code);
    // The optional group's closing " )?" is one of the one-byte marks on a control character.
    expect(compacted).toBe('rx`a%+\u00a4\\\\s~\u00a4\u0005`');
    expect(run(compacted)).toBe(run(code));
  });
});

/** Every source file the build compacts, as the build hands it to the bundler (joined, listed and marked). */
const builtSources = () =>
  (readdirSync('src', { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join('src', f))
    .map((file) => compactGroups(foldAlternatives(foldRawTemplates(readFileSync(file, 'utf8'), file), file), file));
/** The distinct texts of all the `rx` pieces of the built sources, as a chunk holding them all would pack them. */
const allPieceTexts = () => [
  ...new Set(
    builtSources().flatMap((code) => {
      const source = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      return piecesOf(source, 'rx').texts.map((t) => t.text);
    }),
  ),
].filter((t) => t !== '');
/** Runs a chunk written in this test (its `rx` import dropped, the analyzer's own `rx` given instead) and returns `out`. */
const runChunk = (code: string): unknown =>
  // eslint-disable-next-line no-new-func -- the chunks are this file's own, packed by the build's function
  new Function('rx', `${code.replace(/^import .*$/m, '')}\nreturn out;`)(rx);

describe('packPieces', () => {
  it('packs every piece of every source file into a text that reads back as the same pieces, and is much shorter', () => {
    const pieces = allPieceTexts();
    expect(pieces.length).toBeGreaterThan(1000);
    const packed = packPieces(pieces);
    expect(unpack(packed)).toEqual(pieces);
    expect(Buffer.byteLength(packed)).toBeLessThan(0.8 * Buffer.byteLength(pieces.join('\n')));
  });
  it('reads back a copy that overlaps what it copies, copies at the farthest reach and past the longest one', () => {
    const far = 'x'.repeat(3) + 'abcdefghijklmnopqrstuvwxyz' + '.'.repeat(70_000);
    for (const pieces of [['ab'.repeat(40)], ['(?:your |the )?data', '(?:your |the )?data (?:your |the )?'], [far, far]]) {
      expect(unpack(packPieces(pieces))).toEqual(pieces);
    }
  });
  it('never cuts an escape: no backslash before a reference', () => {
    const pieces = [String.raw`\(?:a\b\\b\s\(?:a\b\\b\s`, String.raw`x\(?:a\b\\b\sy`];
    const packed = packPieces(pieces);
    expect(packed.length).toBeLessThan(pieces.join('\n').length);
    expect(/\\[\u0400-\u07ff\u4000-\ubfff]/.test(packed.replace(/\\\\/g, ''))).toBe(false);
    expect(unpack(packed)).toEqual(pieces);
  });
  it('writes a short copy close by as one character, and a long or far one as two', () => {
    // "(?:your )" again 12 characters on: a short reference (U+4000–U+BFFF); the same run 5,000 characters on, past a
    // short reference's reach: a long one (a character of U+0600–U+07FF and one of U+0080–U+07FF).
    const run = '(?:your )';
    const near = packPieces([`a${run}b`, `c${run}d`]);
    expect([...near].filter((c) => c >= '\u4000' && c < '\uc000')).toHaveLength(1);
    expect(unpack(near)).toEqual([`a${run}b`, `c${run}d`]);
    // Characters that never repeat, so that the run's second copy is the only one to refer back.
    const filler = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x2100 + i)).join('');
    const far = packPieces([`a${run}b`, filler, `c${run}d`]);
    expect(unpack(far)).toEqual([`a${run}b`, filler, `c${run}d`]);
    expect(far.match(/[\u0600-\u07ff][\u0080-\u07ff]/g)).toHaveLength(1);
    expect([...far].filter((c) => c >= '\u4000' && c < '\uc000')).toHaveLength(0);
  });
  it('writes a copy of three to five characters close by as one two-byte character, and a longer one as a short reference', () => {
    const pieces = ['ab(?:cd|ef)gh', 'ij(?:kl|mn)op'];
    const packed = packPieces(pieces);
    // Only "(?:" is written twice: one tiny reference.
    expect([...packed].filter((c) => c >= '\u0250' && c < '\u0600')).toHaveLength(1);
    expect(unpack(packed)).toEqual(pieces);
    const filler = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x2100 + i)).join('');
    // Past a tiny reference's reach (314 back): a short one.
    const far = packPieces([`a(?:xb`, filler, `c(?:xd`]);
    expect([...far].filter((c) => c >= '\u0250' && c < '\u0600')).toHaveLength(0);
    expect([...far].filter((c) => c >= '\u4000' && c < '\uc000')).toHaveLength(1);
    expect(unpack(far)).toEqual([`a(?:xb`, filler, `c(?:xd`]);
  });
  it('reads back a text written almost all in short references (ten characters each)', () => {
    // 120 words of ten characters that share no run of three, in an order that repeats no pair of words: every word
    // after the first round is one short reference, and the text is more than nine times the packed one.
    const m = 120;
    const words = Array.from({ length: m }, (_, w) => Array.from({ length: 10 }, (_, k) => String.fromCharCode(0x2100 + w * 10 + k)).join(''));
    const used = new Set<number>();
    const order = [0];
    for (let at = 0; ; ) {
      const d = Array.from({ length: m }, (_, k) => k + 1).find((k) => !used.has(at * m + ((at + k) % m)));
      if (d === undefined) break;
      used.add(at * m + ((at + d) % m));
      at = (at + d) % m;
      order.push(at);
    }
    const piece = order.map((w) => words[w]).join('');
    const packed = packPieces([piece]);
    expect(piece.length).toBeGreaterThan(9 * packed.length);
    expect(unpack(packed)).toEqual([piece]);
  });
  it('fails on a piece that holds a character of either range it reserves', () => {
    expect(() => packChunk('const rx = String.raw;\nconst a = [rx`(?:a\u4e00|b)`, rx`(?:a|b)c`];')).toThrow(/U\+4E00/);
  });
  it('fails on a piece that holds a line break, which separates the pieces', () => {
    expect(() => packPieces(['a\nb'])).toThrow(/line break/);
  });
  it('marks and packed pieces use different characters: every mark comes before the first packed piece', () => {
    for (const [mark] of MARKS) expect(mark.charCodeAt(0)).toBeLessThan(FIRST_PIECE);
    expect(() => compactGroups('rx`a\u0250b`')).toThrow(/holds U\+0250, which packing reserves/);
  });
});

describe('packChunk', () => {
  /** A chunk as the bundler writes one: `rx` imported, every piece of the sources in it, some with substitutions. */
  const chunk = () => {
    const pieces = allPieceTexts();
    const lines = pieces.map((p) => `  rx\`${p}\`,`);
    return [
      'import { rx } from "./pattern.js";',
      'const X = "x|y";',
      'function late(v) { return rx`(?:your |the )?${v}(?:your |the )?`; }',
      'const out = [',
      ...lines,
      '  rx`${X}`, rx``, rx`${X}${X}(?:your |the )?`, late("q"), rx`|q`, rx`(?:|q)`,',
      '];',
    ].join('\n');
  };
  it('gives every piece of the sources the same string packed as before, and makes the chunk much smaller', () => {
    const code = chunk();
    const packed = packChunk(code)!;
    expect(packed).toBeDefined();
    expect(runChunk(packed)).toEqual(runChunk(code));
    expect(Buffer.byteLength(packed)).toBeLessThan(Buffer.byteLength(code) - 10_000);
    // Each piece's place holds one character, and the tag reads it back through `rx`.
    expect(packed).toContain(`rxPacked\`${String.fromCharCode(FIRST_PIECE)}`);
    // A piece too short to pay for its line stays where it is.
    expect(packed).toContain('rxPacked`|q`');
  });
  it('packs a chunk that defines rx as pattern.ts does, with the same strings', () => {
    const code = chunk().replace(
      'import { rx } from "./pattern.js";',
      'var rx = (strings, ...values) => String.raw({ raw: strings.raw.map((r) => r.toUpperCase()) }, ...values);',
    );
    const packed = packChunk(code)!;
    expect(packed).toBeDefined();
    // eslint-disable-next-line no-new-func -- the chunks are this file's own
    const run = (c: string) => new Function(`${c}\nreturn out;`)() as string[];
    expect(run(packed)).toEqual(run(code));
  });
  it('leaves a chunk without rx, or with too little to pack, as it is', () => {
    expect(packChunk('const out = [String.raw`a`];')).toBeUndefined();
    expect(packChunk('import { rx } from "./p.js";\nconst out = [rx`(?:a|b)`, rx`(?:a|b)`];')).toBeUndefined();
  });
  it('can take an imported rx for pattern.ts\'s: no other source module exports one', () => {
    const exporters = (readdirSync('src', { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /export (?:const|let|var|function) rx\b|export \{[^}]*\brx\b/.test(readFileSync(join('src', f), 'utf8')));
    expect(exporters).toEqual([join('core', 'text', 'pattern.ts')]);
  });
  it('fails on a chunk that binds rx twice, where a piece could be tagged with either', () => {
    const code = chunk().replace('function late(v)', 'function late(v, rx)');
    expect(() => packChunk(code)).toThrow(/binds rx more than once/);
  });
});
