import { describe, expect, it } from 'vitest';
import { collection, type PolicyAnnotation } from './model';
import { mergeCollection } from './merge';

const note = (id: string, modified: string, source = 'https://x.example/privacy/'): PolicyAnnotation => ({
  id,
  type: 'Annotation',
  modified,
  target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'q' }] },
});

describe('mergeCollection', () => {
  it('merges by id without duplicates, newer wins, and files by document', () => {
    const stored = { 'https://x.example/privacy': [note('a', '2026-01-01'), note('b', '2026-01-01')] };
    const { next, added, updated, skipped } = mergeCollection(
      stored,
      collection(
        [note('a', '2026-02-01'), note('b', '2025-01-01'), note('c', '2026-01-01', 'https://y.example/p#x')],
        'import',
      ),
    );
    expect({ added, updated, skipped }).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect(next['https://x.example/privacy']!.map((a) => [a.id, a.modified])).toEqual([['a', '2026-02-01'], ['b', '2026-01-01']]);
    expect(Object.keys(next)).toEqual(['https://x.example/privacy', 'https://y.example/p']);
    expect(stored['https://x.example/privacy']![0]!.modified).toBe('2026-01-01');
  });
});
