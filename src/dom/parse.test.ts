// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_BOUND } from '../../test/unit/scaling';
import { parseFetched, renderMarkdown } from './parse';

// Markdown fetched or opened in the popup ("Compare with…") goes through the same bound as the CLI's.
describe('parseFetched, Markdown', () => {
  it('renders a 2,000-level quote and a 1,000-level list flattened, keeping the text', () => {
    const quote = parseFetched(`${'>'.repeat(2000)} We collect your voice.`, 'markdown');
    expect(quote.body.textContent).toContain('We collect your voice.');
    expect(quote.querySelectorAll('blockquote').length).toBe(32);
    const list = parseFetched(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), 'markdown');
    expect(list.body.textContent).toContain('item 999');
    expect(list.querySelectorAll('ul').length).toBeLessThanOrEqual(33);
  });

  it('renders runaway emphasis as plain characters, in time that grows linearly', () => {
    const doc = parseFetched('*a _'.repeat(12_500), 'markdown');
    expect(doc.body.textContent?.trim()).toBe('*a _'.repeat(12_500));
    expect(growthRatio((n) => '*a _'.repeat(n), renderMarkdown, 400)).toBeLessThan(LINEAR_BOUND);
  });

  // Counterexample: ordinary emphasis and nesting render as Markdown.
  it('keeps ordinary emphasis and lists', () => {
    const doc = parseFetched('We **do not** sell your _precise_ location.\n\n- one\n  - two', 'markdown');
    expect(doc.querySelector('strong')?.textContent).toBe('do not');
    expect(doc.querySelector('em')?.textContent).toBe('precise');
    expect(doc.querySelectorAll('ul').length).toBe(2);
  });
});
