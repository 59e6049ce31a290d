import { parseOptions, UsageError } from '../args';
import { runDocuments } from '../batch/run-documents';
import type { Verb } from '../io';
import { jobsOption } from './jobs-option';

export const detectVerb: Verb = {
  usage: 'policy-lens detect FILE|URL... [--url URL] [--jobs N]',
  help: [
    'Prints {"kind", "score", "reasons"}; kind is privacy-policy, cookie-policy, terms or not-policy.',
    'With several files (or a shell glob): one JSON line per file, in order, each with its "path";',
    'a file that fails gives {"path", "error"}, the others still run, and the exit code is 1.',
    '  --url URL   the address a single local file was saved from (the URL is one of the signals)',
    '  --jobs N    worker threads for a batch (default: the idle processors; 1: no workers)',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { url: { type: 'string' }, jobs: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError(`give a file or URL\nusage: ${this.usage}`);
    if (values.url !== undefined && positionals.length > 1) {
      throw new UsageError('--url names the address of one file, not of several');
    }
    const url = values.url ? { url: values.url } : {};
    const jobs = positionals.map((source) => ({ verb: 'detect' as const, source, format: 'json' as const, ...url }));
    return runDocuments(jobs, io, jobsOption(values.jobs));
  },
};
