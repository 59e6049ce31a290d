import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/cli/load';
import { SITE_DIR } from '../../scripts/serve';

/** An authored fixture page of the demo site, parsed as the CLI parses HTML. */
export function fixtureDocument(path: string): Document {
  return parseDocument(readFileSync(join(SITE_DIR, path), 'utf8'), 'html');
}

/** A page built from an HTML string, the same way. */
export function htmlDocument(html: string): Document {
  return parseDocument(html, 'html');
}
