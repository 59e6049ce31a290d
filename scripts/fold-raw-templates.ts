import ts from 'typescript';
import type { Plugin } from 'vite';
import { MARKS } from '../src/core/text/pattern.ts';
import { packChunk, reservedIn } from './pack-pieces.ts';
import { splice } from './splice.ts';

/** The source file the three rewrites below read their pieces from. */
const parse = (code: string, fileName: string) =>
  ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
/** An `rx` piece: a template tagged with the analyzer's `String.raw` alias. */
const isPiece = (node: ts.Node): node is ts.TaggedTemplateExpression =>
  ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'rx';

/**
 * Joins raw pattern pieces at build time: `rx\`a\` +\n    rx\`b\`` becomes `rx\`ab\``. The analyzer writes its long
 * regular expressions as one `rx` (String.raw) piece per line so they read as lists; joined at run time, each seam
 * costs the shipped module a `+` and a tag call (~380 seams, ~1.5 KB). Both are raw templates, so the joined
 * template has the same raw text and the same substitutions in the same order: the same string. Only two `rx`
 * templates with nothing but `+`, white space and line comments between them are joined (a call or any other
 * operand between keeps the seam; the comments go, as minifying drops them anyway).
 */
/** What may stand between two joined pieces: a `+`, white space, and line comments (gone from the build anyway). */
const SEAM = /^(?:\s|\/\/[^\n]*\n)*\+(?:\s|\/\/[^\n]*\n)*$/;
export function foldRawTemplates(code: string, fileName = 'file.ts'): string {
  if (!code.includes('rx`')) return code;
  const source = parse(code, fileName);
  const pieces: ts.TaggedTemplateExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (isPiece(node) && !node.typeArguments) pieces.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  pieces.sort((a, b) => a.getStart(source) - b.getStart(source));
  // The seams to remove: from the first piece's closing backtick to the second piece's opening one, inclusive.
  const cuts: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i + 1 < pieces.length; i++) {
    const left = pieces[i]!;
    const right = pieces[i + 1]!;
    const leftEnd = left.getEnd();
    const rightStart = right.getStart(source);
    if (leftEnd > rightStart || !SEAM.test(code.slice(leftEnd, rightStart))) continue;
    // `a + rx`…`` where `a` ends in a piece: the piece must close the left operand itself, not a nested call.
    const parent = right.parent;
    if (!ts.isBinaryExpression(parent) || parent.operatorToken.kind !== ts.SyntaxKind.PlusToken || parent.right !== right) {
      continue;
    }
    cuts.push({ from: leftEnd - 1, to: right.template.getStart(source) + 1, text: '' });
  }
  return cuts.length === 0 ? code : splice(code, cuts);
}

/** The calls whose last argument is a list of alternatives joined with `|` (pattern.ts, vocabulary.ts). */
const JOINS_LAST_ARGUMENT = new Set(['alternatives', 'term']);
/** The raw text of a piece (an `rx` template, or a plain string with nothing a template would read otherwise). */
function rawText(node: ts.Node, code: string, source: ts.SourceFile): string | undefined {
  if (isPiece(node)) {
    return code.slice(node.template.getStart(source) + 1, node.template.getEnd() - 1);
  }
  if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !/[\\`]|\$\{/.test(node.text)) return node.text;
  return undefined;
}
/** Whether a plain string can become a piece as it is: it holds no mark and nothing packing reserves. */
const canBePiece = (text: string) => !MARKS.some(([mark]) => text.includes(mark)) && reservedIn(text) === undefined;

/**
 * Joins a list of alternatives written one per line into one piece: `alternatives([rx\`a\`, rx\`b\`])` becomes
 * `alternatives(rx\`a|b\`)`, and `words(rx\`a\`, 'b')` becomes `words(rx\`a|b\`)` — what those calls would have
 * joined at run time. Only where every item is a piece.
 */
export function foldAlternatives(code: string, fileName = 'file.ts'): string {
  if (!code.includes('rx`')) return code;
  const source = parse(code, fileName);
  const edits: { from: number; to: number; text: string }[] = [];
  const join = (items: readonly ts.Node[]) => {
    const raws = items.map((x) => rawText(x, code, source));
    return items.length >= 2 && raws.every((r) => r !== undefined) ? 'rx`' + raws.join('|') + '`' : undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const last = node.arguments[node.arguments.length - 1];
      if (JOINS_LAST_ARGUMENT.has(name) && last && ts.isArrayLiteralExpression(last)) {
        const text = join(last.elements);
        if (text) {
          edits.push({ from: last.getStart(source), to: last.getEnd(), text });
          return;
        }
      }
      if (name === 'words' && !node.arguments.some(ts.isSpreadElement)) {
        // One plain string, `words('a|b|c')`, becomes a piece as well, so that it is marked and packed like the others
        // (~1 KB of the analyzer); the file writes pieces itself (see above), so `rx` is in scope.
        const only = node.arguments.length === 1 ? rawText(node.arguments[0]!, code, source) : undefined;
        const text = only !== undefined && !isPiece(node.arguments[0]!) && canBePiece(only) ? 'rx`' + only + '`' : join(node.arguments);
        if (text) {
          edits.push({ from: node.arguments[0]!.getStart(source), to: node.arguments[node.arguments.length - 1]!.getEnd(), text });
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return code;
  edits.sort((a, b) => a.from - b.from);
  return splice(code, edits);
}

/**
 * A piece's raw text with its marks (pattern.ts `MARKS`), read escape by escape, left to right: an escape is marked
 * only as a whole (`\b`, not the "b" after an escaped backslash in `\\b`, which matches a backslash and a "b"), and
 * a run only outside escapes (not the "(" of `\(?:`).
 */
function compactText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const escape = raw[i] === '\\' ? raw.slice(i, i + 2) : undefined;
    const run = MARKS.find(([, meaning]) => (escape ? meaning === escape : !meaning.startsWith('\\') && raw.startsWith(meaning, i)));
    const text = run ? run[1] : (escape ?? raw[i]!);
    out += run ? run[0] : text;
    i += text.length;
  }
  return out;
}

/**
 * Writes the commonest runs of each `rx` piece as one-character marks (pattern.ts `MARKS`, which says which runs and
 * how much of the shipped analyzer they save), and `rx` turns them back at run time. The rewrites are inverse as long
 * as no piece holds a mark itself, so the build fails on one that does. Only the pieces' own text is rewritten, never
 * what their `${…}` substitute.
 */
export function compactGroups(code: string, fileName = 'file.ts'): string {
  if (!code.includes('rx`')) return code;
  const source = parse(code, fileName);
  const edits: { from: number; to: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (isPiece(node)) {
      const t = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const l of literals) {
        const [from, to] = [l.getStart(source), l.getEnd()];
        const text = code.slice(from, to);
        for (const [mark, meaning] of MARKS) {
          if (text.includes(mark)) throw new Error(`${fileName}: an rx piece holds "${mark}", which rx reads as "${meaning}"`);
        }
        // Nor a character that packing gives the chunk's pieces (pack-pieces.ts), which the build would misread.
        const reserved = reservedIn(text);
        if (reserved) throw new Error(`${fileName}: an rx piece holds ${reserved}, which packing reserves (write it as an escape)`);
        edits.push({ from, to, text: compactText(text) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edits.sort((a, b) => a.from - b.from);
  return splice(code, edits);
}

/** The fold as a Vite plugin, on the TypeScript sources of `src/` (before esbuild strips their types). */
export function foldRawTemplatesPlugin(): Plugin {
  return {
    name: 'policy-lens:fold-raw-templates',
    enforce: 'pre',
    // Last, on each bundled ES chunk: its pieces packed into one text (pack-pieces.ts). A classic script (the
    // content script, which holds no piece) is left as it is: the code added before its first line would run outside it.
    renderChunk(code, _chunk, options) {
      const packed = options.format === 'es' ? packChunk(code) : undefined;
      return packed === undefined ? null : { code: packed, map: null };
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.endsWith('.test.ts')) return null;
      // Seams first, so that a list's items are single pieces.
      const folded = compactGroups(foldAlternatives(foldRawTemplates(code, id), id), id);
      return folded === code ? null : { code: folded, map: null };
    },
  };
}
