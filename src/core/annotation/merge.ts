import { documentKeyOf } from './document-key';
import { itemsOf, type AnnotationCollection, type PolicyAnnotation } from './model';

/**
 * Merges an imported collection into the stored annotations, by annotation id, without duplicates: a newer
 * `modified` wins. Returns the whole new store (so the caller writes it at once: all or nothing).
 */
export function mergeCollection(
  stored: Record<string, PolicyAnnotation[]>,
  imported: AnnotationCollection,
): { next: Record<string, PolicyAnnotation[]>; added: number; updated: number; skipped: number } {
  const next: Record<string, PolicyAnnotation[]> = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, [...v]]));
  let added = 0;
  let updated = 0;
  let skipped = 0;
  for (const a of itemsOf(imported)) {
    const source = typeof a.target === 'string' ? a.target : a.target.source;
    const key = documentKeyOf(source);
    // Own keys only: a document key is never an object's own machinery ("toString", "__proto__").
    const list = Object.hasOwn(next, key)
      ? next[key]!
      : (Object.defineProperty(next, key, { value: [], enumerable: true, writable: true, configurable: true }),
        next[key]!);
    const at = list.findIndex((x) => x.id === a.id);
    if (at < 0) {
      list.push(a);
      added++;
    } else if ((a.modified ?? '') > (list[at]!.modified ?? '')) {
      list[at] = a;
      updated++;
    } else skipped++;
  }
  return { next, added, updated, skipped };
}
