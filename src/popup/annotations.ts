import { documentKeyOf } from '../core/annotation/document-key';
import { collection, type PolicyAnnotation } from '../core/annotation/model';
import { validateCollection } from '../core/annotation/validate';
import { formatAnnotationsMarkdown } from '../core/report/annotations-report';
import { downloadText } from '../dom/download';
import { send } from '../platform/runtime';
import { KEYS, read } from '../platform/storage';

/** Export, import and count the reader's annotations, from the popup. */
async function stored(): Promise<Record<string, PolicyAnnotation[]>> {
  return (await read(KEYS.annotations)) as Record<string, PolicyAnnotation[]>;
}

export async function annotationCount(url: string): Promise<{ here: number; all: number }> {
  const all = await stored();
  return { here: all[documentKeyOf(url)]?.length ?? 0, all: Object.values(all).reduce((n, l) => n + l.length, 0) };
}

export async function exportAnnotations(url: string | undefined, format: 'jsonld' | 'md'): Promise<void> {
  const all = await stored();
  const items = url ? (all[documentKeyOf(url)] ?? []) : Object.values(all).flat();
  const c = collection(items, url ? `Policy Lens annotations on ${url}` : 'Policy Lens annotations');
  if (format === 'md') downloadText(document, 'policy-lens-annotations.md', 'text/markdown', formatAnnotationsMarkdown(c));
  else downloadText(document, 'policy-lens-annotations.jsonld', 'application/ld+json', JSON.stringify(c, null, 2));
}

/**
 * Validates first; on any problem nothing changes and the first problems are returned. All or nothing. The
 * merge itself is the background's (the one writer: an open page saving at the same time loses nothing), and
 * its failure (storage full, data of a newer version) comes back with its reason. Never throws.
 */
export async function importAnnotations(
  file: File,
): Promise<{ ok: true; added: number; updated: number } | { ok: false; problems: string[] }> {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, problems: [`the file could not be read: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const checked = validateCollection(text);
  if (!checked.ok) return { ok: false, problems: checked.problems.slice(0, 5) };
  const merged = await send('popup/notes-import', { collection: checked.value });
  if (!merged.ok) return { ok: false, problems: [merged.error] };
  return { ok: true, added: merged.value.added, updated: merged.value.updated };
}
