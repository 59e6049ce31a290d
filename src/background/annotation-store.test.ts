import { describe, expect, it } from 'vitest';
import type { PolicyAnnotation } from '../core/annotation/model';
import { AnnotationStore, NEWER_VERSION_MESSAGE, type AreaLike } from './annotation-store';

const URL_A = 'https://a.example/privacy';
const note = (id: string): PolicyAnnotation => ({
  id,
  type: 'Annotation',
  modified: '2026-01-01T00:00:00Z',
  target: { source: URL_A, selector: { type: 'TextQuoteSelector', exact: 'x' } },
});

/** storage.local as a map whose reads and writes take a turn of the event loop each, as the browser's do. */
function fakeArea(initial: Record<string, unknown> = {}, failSet?: () => Error | undefined): AreaLike & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  const later = () => new Promise((r) => setTimeout(r, Math.random() * 3));
  return {
    data,
    async get(key) {
      await later();
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      await later();
      const e = failSet?.();
      if (e) throw e;
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('AnnotationStore', () => {
  it('two writers saving at once, 20 rounds: no save is lost', async () => {
    const area = fakeArea();
    const store = new AnnotationStore(area);
    for (let round = 0; round < 20; round++) {
      await Promise.all([store.change(URL_A, { put: [note(`a-${round}`)], remove: [] }), store.change(URL_A, { put: [note(`b-${round}`)], remove: [] })]);
    }
    const ids = (await store.load(URL_A)).annotations.map((a) => a.id);
    expect(ids).toHaveLength(40);
  });

  it('an import while a page is open is kept when the page then adds a note', async () => {
    const store = new AnnotationStore(fakeArea());
    await store.change(URL_A, { put: [note('old')], remove: [] });
    await store.import({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items: [note('imported')] });
    const after = await store.change(URL_A, { put: [note('new')], remove: [] });
    expect(after.annotations.map((a) => a.id)).toEqual(['old', 'imported', 'new']);
  });

  it('never writes over data of an unknown (newer) version, and says why', async () => {
    const newer = { annotations: { v: 7, value: { [URL_A]: [note('future')], 'https://b.example/p': [note('b')] } } };
    const area = fakeArea(newer);
    const store = new AnnotationStore(area);
    expect(await store.load(URL_A)).toEqual({ annotations: [note('future')], readOnly: NEWER_VERSION_MESSAGE });
    await expect(store.change(URL_A, { put: [note('mine')], remove: [] })).rejects.toThrow(/newer version/);
    await expect(store.import({ '@context': '', type: 'AnnotationCollection', items: [note('x')] })).rejects.toThrow(/newer version/);
    expect(area.data).toEqual(newer);
    // Something that is not our shape at all is not shown, and not touched either.
    const odd = fakeArea({ annotations: { v: 2, value: 'compressed…' } });
    expect(await new AnnotationStore(odd).load(URL_A)).toEqual({ annotations: [], readOnly: NEWER_VERSION_MESSAGE });
  });

  it('a failed write rejects with the browser’s reason and leaves the store as it was; the next write works', async () => {
    let full = true;
    const area = fakeArea({}, () => (full ? new Error('QUOTA_BYTES quota exceeded') : undefined));
    const store = new AnnotationStore(area);
    await expect(store.change(URL_A, { put: [note('a')], remove: [] })).rejects.toThrow(/QUOTA/);
    full = false;
    expect((await store.change(URL_A, { put: [note('b')], remove: [] })).annotations.map((a) => a.id)).toEqual(['b']);
  });
});
