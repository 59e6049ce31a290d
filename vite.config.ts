import { crx } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { highlightCss } from './src/content/page/categories';

/** The script injected into every page: one self-contained classic script, declared in the manifest below. */
export const CONTENT_SCRIPT = {
  entry: 'src/content/index.ts',
  file: 'content.js',
  css: 'content.css',
  matches: ['http://*/*', 'https://*/*'],
};
/** Loaded by the content script only on detected policies; one self-contained ES module. */
export const PAGE_ANALYSIS = { entry: 'src/content/page-analysis.ts', file: 'page-analysis.js' };

/**
 * Builds the content script as a single IIFE instead of crxjs's loader + dynamic import: nothing has to be
 * web-accessible (pages cannot probe for the extension), no shared chunk can break the import chain, and
 * Chrome and Firefox run the same file.
 */
async function buildContentScript(outDir: string): Promise<void> {
  const common = { outDir, emptyOutDir: false, target: 'es2022', minify: true } as const;
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ...common, lib: { entry: resolve(CONTENT_SCRIPT.entry), formats: ['iife'], name: 'policyLensContent', fileName: () => CONTENT_SCRIPT.file } },
  });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ...common, lib: { entry: resolve(PAGE_ANALYSIS.entry), formats: ['es'], fileName: () => PAGE_ANALYSIS.file } },
  });
}

/**
 * One dist/ for Chrome and Firefox: crxjs writes `background.service_worker` only; Firefox MV3 needs
 * `background.scripts` (Chrome ignores it when `service_worker` is present). Adds the content script too.
 */
function completeManifest(): Plugin {
  return {
    name: 'policy-lens:complete-manifest',
    enforce: 'post',
    // crxjs completes the manifest while writing the bundle, so patch the written file.
    async writeBundle(options) {
      const outDir = resolve(options.dir ?? 'dist');
      await buildContentScript(outDir);
      const file = join(outDir, 'manifest.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
        background?: { service_worker?: string; scripts?: string[] };
      };
      if (json.background?.service_worker) json.background.scripts = [json.background.service_worker];
      // The ::highlight() rules load with the page (they match nothing until a highlight is registered):
      // adding a stylesheet to a huge page later would restyle the whole document in one long task.
      writeFileSync(join(outDir, CONTENT_SCRIPT.css), highlightCss() + '\n');
      json.content_scripts = [{ matches: CONTENT_SCRIPT.matches, js: [CONTENT_SCRIPT.file], css: [CONTENT_SCRIPT.css], run_at: 'document_idle' }];
      json.web_accessible_resources = [{ resources: [PAGE_ANALYSIS.file], matches: CONTENT_SCRIPT.matches, use_dynamic_url: true }];
      writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
    },
  };
}

export default defineConfig({
  plugins: [crx({ manifest: manifest as never }), completeManifest()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    // Extension pages the manifest does not name.
    rollupOptions: { input: { report: 'src/report/index.html', offscreen: 'src/offscreen/index.html' } },
  },
});
