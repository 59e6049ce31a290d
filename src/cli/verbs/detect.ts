import { parseArgs } from 'node:util';
import { detectPage } from '../../core/detect';
import { collectSignals } from '../../dom/signals';
import { EXIT, type Verb } from '../io';
import { loadDocument } from '../load';

export const detectVerb: Verb = {
  summary: 'say whether a page is a privacy policy, cookie policy, terms, or none',
  usage: 'policy-lens detect FILE|URL [--url URL]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { url: { type: 'string' } }, allowPositionals: true });
    if (positionals.length !== 1) {
      io.stderr(`usage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const loaded = await loadDocument(positionals[0]!, values.url);
    const { kind, score, reasons } = detectPage(collectSignals(loaded.document, loaded.url));
    io.stdout(JSON.stringify({ kind, score, reasons }) + '\n');
    return EXIT.ok;
  },
};
