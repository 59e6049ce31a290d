import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the checkout: the evaluation corpus. Never copied into the project. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus', 'docs');

export interface ManifestRow {
  file: string;
  service: string;
  region: string;
  kind: string;
}

/** Prints a plain message and returns false when ../shared is absent, so evals exit 0 on machines without it. */
export function sharedAvailable(what: string): boolean {
  if (existsSync(join(SHARED_DIR, 'corpus', 'MANIFEST.tsv'))) return true;
  console.log(`${what}: ../shared/corpus is not beside this checkout, so there is nothing to evaluate; skipped.`);
  return false;
}

export function readManifest(): ManifestRow[] {
  const lines = readFileSync(join(SHARED_DIR, 'corpus', 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
  const header = lines[0]!.split('\t');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return { file: cells[col('file')]!, service: cells[col('service')]!, region: cells[col('region')]!, kind: cells[col('kind')]! };
  });
}
