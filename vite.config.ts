import { crx } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * One dist/ for Chrome and Firefox: crxjs writes `background.service_worker` only; Firefox MV3 needs
 * `background.scripts`. Chrome ignores `scripts` when `service_worker` is present. It also makes crxjs's
 * content-script resources use dynamic URLs, so pages cannot fingerprint the extension by a fixed URL.
 */
function firefoxCompatibleManifest(): Plugin {
  return {
    name: 'policy-lens:firefox-manifest',
    enforce: 'post',
    // crxjs completes the manifest while writing the bundle, so patch the written file.
    writeBundle(options) {
      const file = join(resolve(options.dir ?? 'dist'), 'manifest.json');
      const json = JSON.parse(readFileSync(file, 'utf8')) as {
        background?: { service_worker?: string; scripts?: string[]; type?: string };
        web_accessible_resources?: { use_dynamic_url?: boolean }[];
      };
      if (json.background?.service_worker) json.background.scripts = [json.background.service_worker];
      for (const war of json.web_accessible_resources ?? []) war.use_dynamic_url = true;
      writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
    },
  };
}

export default defineConfig({
  plugins: [crx({ manifest: manifest as never }), firefoxCompatibleManifest()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
});
