import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_BOUND } from '../../../test/unit/scaling';
import { boundMarkdown } from './markdown-bounds';

const nestedList = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');

describe('boundMarkdown', () => {
  it('keeps the first levels of a deep quote and drops the rest of the prefix, not the text', () => {
    const r = boundMarkdown(`${'>'.repeat(2000)} We collect your voice.`, 32);
    expect(r).toMatchObject({ depth: 2000, flattened: true, reason: expect.stringMatching(/2000 levels deep.*32/) });
    expect(r.text).toBe(`${'>'.repeat(32)}We collect your voice.`);
  });

  it('makes items of a 1,000-level list siblings beyond the bound', () => {
    const r = boundMarkdown(nestedList(1000), 32);
    expect(r.depth).toBe(1000);
    const lines = r.text.split('\n');
    expect(lines).toHaveLength(1000);
    expect(lines[999]).toMatch(/^ {60,66}item 999$/);
    expect(lines[10]).toBe(`${'  '.repeat(10)}- item 10`);
  });

  it('escapes the emphasis marks of a paragraph that holds too many, and only that paragraph', () => {
    const r = boundMarkdown(`Some *real* emphasis.\n\n${'*a _'.repeat(12_500)}\n\n- a **bold** item`, 32, 256);
    const [first, second, third] = r.text.split('\n\n');
    expect(first).toBe('Some *real* emphasis.');
    expect(second).toBe('\\*a \\_'.repeat(12_500));
    expect(third).toBe('- a **bold** item');
    expect(r.reason).toMatch(/emphasis marks/);
  });

  it('keeps escaped marks escaped and does not let an escaped backslash unescape a mark', () => {
    const r = boundMarkdown('\\*a \\\\_'.repeat(300), 32, 256);
    expect(r.text).toBe('\\*a \\\\\\_'.repeat(300));
  });

  // Counterexamples: ordinary Markdown passes through unchanged.
  it('leaves ordinary nesting, tables, many short paragraphs and bullet lists alone', () => {
    const doc = [
      '# Privacy Policy',
      '> quoted\n> > twice\n> > > thrice',
      nestedList(8),
      Array.from({ length: 400 }, (_, i) => `| **row ${i}** | _cell_ |`).join('\n'),
      Array.from({ length: 400 }, (_, i) => `* **item ${i}** with _emphasis_`).join('\n'),
      '    indented code',
    ].join('\n\n');
    const r = boundMarkdown(doc);
    expect(r.flattened).toBe(false);
    expect(r.text).toBe(doc);
  });

  it('is linear on deep, wide and delimiter-heavy inputs', () => {
    for (const make of [
      (n: number) => '>'.repeat(n),
      (n: number) => '- '.repeat(n),
      (n: number) => nestedList(Math.ceil(Math.sqrt(n) * 4)),
      (n: number) => '*a _'.repeat(n),
      (n: number) => '1. '.repeat(n),
      (n: number) => ' '.repeat(n) + 'x',
      (n: number) => 'a\n'.repeat(n),
    ]) {
      expect(growthRatio(make, boundMarkdown, 5_000), make.toString()).toBeLessThan(LINEAR_BOUND);
    }
  });
});
