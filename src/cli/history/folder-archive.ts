import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../load';
import { formatOfPath, type Archive, type DocumentHistory } from './sources';

/** `service__region__YYYY-MM.md` (or `…YYYY-MM-DD`), as the shared corpus names its files; a kind suffix is another document. */
const DATED = /^([^_]+(?:_[^_]+)*)__([^_]+)__(\d{4}-\d{2}(?:-\d{2})?)(?:__([^.]+))?\.[a-z]+$/i;

export function parseDatedName(name: string): { service: string; document: string; date: string } | undefined {
  const m = DATED.exec(name);
  if (!m || !formatOfPath(name)) return undefined;
  const date = m[3]!.length === 7 ? `${m[3]}-01` : m[3]!;
  return { service: m[1]!, document: m[4] ? `${m[2]}__${m[4]}` : m[2]!, date };
}

/** A folder of dated files: each service and region (and kind) is a document, each file a version of it. */
export async function openFolderArchive(dir: string): Promise<Archive> {
  const byKey = new Map<string, DocumentHistory>();
  for (const name of (await readdir(dir)).sort()) {
    const parsed = parseDatedName(name);
    const format = formatOfPath(name);
    if (!parsed || !format) continue;
    const key = `${parsed.service}\u0000${parsed.document}`;
    let doc = byKey.get(key);
    if (!doc) {
      doc = { service: parsed.service, document: parsed.document, versions: [] };
      byKey.set(key, doc);
    }
    doc.versions.push({ commit: name, date: parsed.date, technical: false, blob: name, format });
  }
  for (const doc of byKey.values()) doc.versions.sort((a, b) => a.date.localeCompare(b.date));
  return {
    documents: [...byKey.values()],
    async read(blobs) {
      const out = new Map<string, string>();
      for (const name of blobs) {
        const path = join(dir, name);
        if ((await stat(path)).size > MAX_DOCUMENT_BYTES) continue;
        out.set(name, await readFile(path, 'utf8'));
      }
      return out;
    },
    close: () => undefined,
  };
}
