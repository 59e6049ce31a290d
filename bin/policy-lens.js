#!/usr/bin/env node
// The command runs the CLI built ahead into dist-cli/ (by `npm install`'s prepare step, or `npm run build`):
// nothing is compiled at start.
const entry = new URL('../dist-cli/main.js', import.meta.url);
try {
  await import(entry.href);
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist-cli/main.js')) {
    process.stderr.write('policy-lens: the command is not built yet; run `npm run build:cli` in the package\n');
    process.exitCode = 2;
  } else throw e;
}
