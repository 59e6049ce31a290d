import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The command as a user runs it: the bin script, which loads the bundle in dist-cli/. */
export const BIN = join(ROOT, 'bin/policy-lens.js');
const BUNDLE = join(ROOT, 'dist-cli/main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(?:ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the CLI bundle when it is missing or older than the sources, so tests run what a user runs (`npm ci`
 * builds it through `prepare`; this catches sources edited since).
 */
export async function ensureBuiltCli(): Promise<void> {
  let built = 0;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    // not built yet
  }
  const configs = ['package.json', 'vite.cli.config.ts'].map((f) => statSync(join(ROOT, f)).mtimeMs);
  const sources = Math.max(newestSource(join(ROOT, 'src')), ...configs);
  if (built > sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.cli.config.ts'), root: ROOT, logLevel: 'warn' });
}
