import { crx } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { quickStems } from './src/core/detect/quick-verdict';
import { foldRawTemplatesPlugin } from './scripts/fold-raw-templates.ts';

/** The script injected into every page: one self-contained classic script, declared in the manifest below. */
export const CONTENT_SCRIPT = {
  entry: 'src/content/index.ts',
  file: 'content.js',
  matches: ['http://*/*', 'https://*/*'],
};
/** Run at document_start: keeps the extension API where page markup cannot shadow it (platform/extension-global). */
export const API_START = { entry: 'src/content/api-start.ts', file: 'api-start.js' };
/** Loaded by the content script only on detected policies; one self-contained ES module. */
export const PAGE_ANALYSIS = { entry: 'src/content/page-analysis.ts', file: 'page-analysis.js' };
/**
 * The page controller: loaded by the content script only on a page its cheap stages cannot dismiss, a page whose
 * text has not arrived, a history navigation or a message from the popup.
 */
export const PAGE_MAIN = { entry: 'src/content/page-main.ts', file: 'page-main.js' };
/** Loaded by the controller only when the cheap stages leave the question open: the full detector. */
export const PAGE_DETECT = { entry: 'src/content/page-detect.ts', file: 'page-detect.js' };
/** The note form, framed in the panel so the page never sees the keys typed into it (content/page/note-frame.ts). */
export const NOTE_FORM = 'src/note-form/index.html';

/**
 * Builds the content script as a single IIFE instead of crxjs's loader + dynamic import: nothing has to be
 * web-accessible (pages cannot probe for the extension), no shared chunk can break the import chain, and
 * Chrome and Firefox run the same file.
 */
async function buildContentScript(outDir: string): Promise<void> {
  const common = { outDir, emptyOutDir: false, target: 'es2022', minify: true } as const;
  await build({
    configFile: false,
    plugins: [foldRawTemplatesPlugin()],
    logLevel: 'warn',
    // The cheap stages' stems, flat, as a literal: the script on every page does not flatten the tables.
    define: { __QUICK_STEMS__: JSON.stringify(quickStems()) },
    build: {
      ...common,
      // Mangled and without whitespace, but not compressed: the compressor turns each list of stems into one
      // string and a `split` at run time, which in a content script's fresh world costs ~0.2 ms of script time on
      // every page (alternating loads of both builds, scratch timing in cost.spec.ts's way); literals cost ~0.
      rolldownOptions: { output: { minify: { compress: false, mangle: true, codegen: { removeWhitespace: true } } } },
      lib: { entry: resolve(CONTENT_SCRIPT.entry), formats: ['iife'], name: 'policyLensContent', fileName: () => CONTENT_SCRIPT.file },
    },
  });
  for (const lazy of [PAGE_MAIN, PAGE_ANALYSIS, PAGE_DETECT]) {
    await build({
      configFile: false,
      plugins: [foldRawTemplatesPlugin()],
      logLevel: 'warn',
      build: { ...common, lib: { entry: resolve(lazy.entry), formats: ['es'], fileName: () => lazy.file } },
    });
  }
  await build({
    configFile: false,
    plugins: [foldRawTemplatesPlugin()],
    logLevel: 'warn',
    build: { ...common, lib: { entry: resolve(API_START.entry), formats: ['iife'], name: 'policyLensApiStart', fileName: () => API_START.file } },
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
      // No stylesheet with the content script: fixed ::highlight() names on every page let any page probe for the
      // extension. The page module adopts the rules under a random prefix on detected policies (categories.ts).
      json.content_scripts = [
        { matches: CONTENT_SCRIPT.matches, js: [API_START.file], run_at: 'document_start' },
        { matches: CONTENT_SCRIPT.matches, js: [CONTENT_SCRIPT.file], run_at: 'document_idle' },
      ];
      json.web_accessible_resources = [
        { resources: [PAGE_MAIN.file, PAGE_ANALYSIS.file, PAGE_DETECT.file, NOTE_FORM], matches: CONTENT_SCRIPT.matches, use_dynamic_url: true },
      ];
      writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
    },
  };
}

export default defineConfig({
  // The raw pattern pieces joined at build time (scripts/fold-raw-templates.ts): the same strings, fewer bytes.
  plugins: [foldRawTemplatesPlugin(), crx({ manifest: manifest as never }), completeManifest()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    // Extension pages the manifest does not name.
    rollupOptions: { input: { report: 'src/report/index.html', noteForm: NOTE_FORM, offscreen: 'src/offscreen/index.html' } },
  },
});
