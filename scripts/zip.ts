/** `npm run zip`: store-ready archives of dist/ for the Chrome Web Store and addons.mozilla.org. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const DIST = 'dist';
const OUT = 'release';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { version: string };
const entries = Object.fromEntries(files(DIST).sort().map((f) => [relative(DIST, f).split('\\').join('/'), readFileSync(f)]));
// The same files serve both stores; the names say which store each upload is for.
mkdirSync(OUT, { recursive: true });
const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
for (const store of ['chrome', 'firefox']) {
  const path = join(OUT, `policy-lens-${manifest.version}-${store}.zip`);
  writeFileSync(path, zip);
  console.log(`${path}: ${zip.byteLength} bytes, ${Object.keys(entries).length} files`);
}
