/**
 * Temporary directories for tests (browser profiles, written fixtures, built probes), removed when the test file
 * ends (vitest's setup file, the e2e fixtures) and, as a backstop, when the process exits: a few runs used to
 * leave thousands of them under the OS temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();
let exitHook = false;

/** A fresh directory under the OS temp dir, named `prefix` + a random suffix; removed by `removeScratchDirs`. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', removeScratchDirs);
  }
  return dir;
}

/**
 * Removes one directory made here now (a browser profile once its browser has closed). Never throws: a browser
 * may still be writing its profile for a moment after close, and a test must not fail on that; what cannot be
 * removed now stays listed for `removeScratchDirs`.
 */
export function removeScratchDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    made.delete(dir);
  } catch {
    // Swept again at the end.
  }
}

/** Removes every directory made here so far (what still cannot be removed is left to the OS's temp cleaner). */
export function removeScratchDirs(): void {
  for (const dir of [...made]) removeScratchDir(dir);
}
