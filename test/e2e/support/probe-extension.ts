/**
 * Minimal unpacked extensions for the cost baselines (cost.spec.ts, background-start.spec.ts): a content script
 * and a background worker given as source text, written to a temporary directory the caller removes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../../support/temp-dir';

export interface ProbeExtension {
  /** Source of the content script run at document_idle on http pages; none when absent. */
  content?: string;
  /** Source of the background service worker. */
  background?: string;
}

/** Writes the extension and returns its directory (removed with the test's other scratch directories). */
export function probeExtension({ content, background = 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply(null); });' }: ProbeExtension): string {
  const dir = scratchDir('pl-probe-ext-');
  const manifest = {
    manifest_version: 3,
    name: 'probe',
    version: '1',
    background: { service_worker: 'bg.js' },
    ...(content !== undefined ? { content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }] } : {}),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'bg.js'), background);
  // An extension page to send messages from.
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>probe</title>');
  if (content !== undefined) writeFileSync(join(dir, 'content.js'), content);
  return dir;
}
