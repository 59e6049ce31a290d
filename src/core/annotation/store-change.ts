import type { PolicyAnnotation } from './model';

/**
 * One change to one document's annotations, applied by id against what is stored now (never a whole list
 * written over the store): two tabs saving at once, or a page whose list predates an import, cannot lose the
 * other's annotations (issue 12, item 2).
 */
export interface NoteChange {
  /** Added or replaced, by id. */
  put: PolicyAnnotation[];
  /** Removed, by id. */
  remove: string[];
}

export function applyNoteChange(
  stored: Record<string, PolicyAnnotation[]>,
  documentKey: string,
  change: NoteChange,
): Record<string, PolicyAnnotation[]> {
  const gone = new Set(change.remove);
  const list = (stored[documentKey] ?? []).filter((a) => !gone.has(a.id));
  for (const a of change.put) {
    const at = list.findIndex((x) => x.id === a.id);
    if (at < 0) list.push(a);
    else list[at] = a;
  }
  const next = { ...stored };
  if (list.length) next[documentKey] = list;
  else delete next[documentKey];
  return next;
}
