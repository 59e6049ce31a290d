import { ensureBuiltCli } from './built-cli';

/** vitest global setup: CLI tests run the built command; build it once, before any test file, if it is stale. */
export default async function setup(): Promise<void> {
  await ensureBuiltCli();
}
