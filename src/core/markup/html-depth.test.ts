import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_BOUND } from '../../../test/unit/scaling';
import { boundHtmlDepth } from './html-depth';

const nest = (tag: string, n: number, inner = 'We collect your precise location.') => `<${tag}>`.repeat(n) + inner + `</${tag}>`.repeat(n);

describe('boundHtmlDepth', () => {
  it('flattens elements opened beyond the bound and keeps their text', () => {
    const r = boundHtmlDepth(nest('div', 3000), 256);
    expect(r).toMatchObject({ depth: 3000, flattened: true, reason: expect.stringMatching(/3000 elements deep.*256/) });
    expect(r.text.match(/<div>/g)).toHaveLength(256);
    expect(r.text.match(/<\/div>/g)).toHaveLength(256);
    expect(r.text).toContain('We collect your precise location.');
  });

  it('counts unclosed elements, and stray end tags do not hide them', () => {
    expect(boundHtmlDepth('<span>'.repeat(300), 256).flattened).toBe(true);
    expect(boundHtmlDepth('<div></b>'.repeat(300), 256).flattened).toBe(true);
    expect(boundHtmlDepth('<b><i></b>'.repeat(300), 256).flattened).toBe(false);
  });

  // Counterexamples: what looks deep to a naive count but is not.
  it('leaves a real page alone: void elements, optional end tags, comments, raw text, quoted ">"', () => {
    const page = [
      '<!doctype html><html><head><title>a <div> in a title</title><style>div>p{}</style></head><body>',
      '<ul>' + '<li>item'.repeat(2000) + '</ul>',
      '<p>one<p>two'.repeat(500),
      '<br><img src=x><hr>'.repeat(500),
      '<!--' + '<div>'.repeat(500) + '-->',
      '<script>' + 'if (a<div) "<div>";'.repeat(500) + '</script>',
      '<a title="x > <div>">link</a>'.repeat(300),
      '<svg>' + '<path d="M0"/>'.repeat(500) + '</svg>',
      '</body></html>',
    ].join('');
    const r = boundHtmlDepth(page, 256);
    expect(r.flattened).toBe(false);
    expect(r.text).toBe(page);
    expect(r.depth).toBeLessThan(10);
  });

  it('is linear on inputs built to be deep or to make a scanner backtrack', () => {
    for (const make of [
      (n: number) => '<div>'.repeat(n),
      (n: number) => '<a title="'.repeat(n),
      (n: number) => '<div a=" '.repeat(n) + '>',
      (n: number) => '<script>' + '</scrip'.repeat(n),
      (n: number) => '<!-'.repeat(n),
      (n: number) => '<div></nope>'.repeat(n),
    ]) {
      expect(growthRatio(make, boundHtmlDepth, 5_000), make.toString()).toBeLessThan(LINEAR_BOUND);
    }
  });
});
