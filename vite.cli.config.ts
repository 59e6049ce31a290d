import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { foldRawTemplatesPlugin } from './scripts/fold-raw-templates.ts';

/**
 * The CLI built ahead (issue 13, item 3): the same TypeScript sources the extension builds from, bundled for
 * Node into dist-cli/, so the command starts without compiling anything. `main.js` is what bin/policy-lens.js
 * loads; `worker.js` is a batch worker thread. Each verb is its own chunk, loaded on use: `--version` and `--help`
 * read only the small entry. The runtime dependencies (linkedom, parse5, marked, compromise, ajv…) stay in
 * node_modules, where `npm install` puts them.
 */
export default defineConfig({
  logLevel: 'warn',
  plugins: [foldRawTemplatesPlugin()],
  // The extension's public/ (locales, icons) is not the command's.
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        main: 'src/cli/node-main.ts',
        worker: 'src/cli/batch/worker.ts',
        // The history verb's worker, found beside its pool's chunk as history-worker.js (when the verb is present).
        ...(existsSync('src/cli/history-worker.ts') ? { 'history-worker': 'src/cli/history-worker.ts' } : {}),
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)],
      output: {
        format: 'es',
        // Flat: node-main resolves ./worker.js beside itself.
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
