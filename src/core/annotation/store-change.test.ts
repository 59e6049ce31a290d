import { describe, expect, it } from 'vitest';
import type { PolicyAnnotation } from './model';
import { applyNoteChange } from './store-change';

const note = (id: string, text = id): PolicyAnnotation => ({
  id,
  type: 'Annotation',
  body: { type: 'TextualBody', value: text },
  target: { source: 'https://a.example/privacy', selector: { type: 'TextQuoteSelector', exact: 'x' } },
});

describe('applyNoteChange', () => {
  it('merges by id against fresh storage: a stale page cannot write over an import or another tab', () => {
    // Storage now holds an imported note the page never saw, and another tab's note.
    const fresh = { doc: [note('imported'), note('other-tab')], elsewhere: [note('e')] };
    const next = applyNoteChange(fresh, 'doc', { put: [note('mine')], remove: [] });
    expect(next.doc!.map((a) => a.id)).toEqual(['imported', 'other-tab', 'mine']);
    expect(next.elsewhere).toEqual(fresh.elsewhere);
    expect(fresh.doc).toHaveLength(2); // the input is not changed
  });

  it('replaces by id, removes by id, and drops an emptied document', () => {
    const fresh = { doc: [note('a'), note('b')] };
    expect(applyNoteChange(fresh, 'doc', { put: [note('a', 'edited')], remove: [] }).doc![0]!.body).toEqual({ type: 'TextualBody', value: 'edited' });
    expect(applyNoteChange(fresh, 'doc', { put: [], remove: ['a'] }).doc!.map((a) => a.id)).toEqual(['b']);
    expect(applyNoteChange(fresh, 'doc', { put: [], remove: ['a', 'b'] })).toEqual({});
  });
});
