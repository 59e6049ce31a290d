import { DATA_TYPES, type DataType } from '../../core/nlp/types';
import { manyOf, oneOf, parseOptions, UsageError } from '../args';
import { runDocuments } from '../batch/run-documents';
import { FORMATS } from '../job';
import type { Verb } from '../io';
import { jobsOption } from './jobs-option';

const STANCES = ['affirmed', 'denied'] as const;

/** `--type location` means every location type; the exact types are names of their own. */
function expandTypes(types: DataType[] | undefined): DataType[] | undefined {
  if (!types) return undefined;
  const family = DATA_TYPES.filter((d) => d.startsWith('location'));
  return [...new Set(types.flatMap((t) => (t === 'location' ? family : [t])))];
}

export const analyzeVerb: Verb = {
  usage:
    'policy-lens analyze FILE|URL... [--url URL] [--format json|md|text] [--type TYPE]... [--stance STANCE] [--jobs N]',
  help: [
    'Prints the verdict, a summary of the six data types and each flagged practice, located in the text.',
    'With several files (or a shell glob): JSON lines, one per file in order, each with its "path"; a file',
    'that fails gives {"path", "error"}, the others still run, and the exit code is 1 (text and md: one',
    'report per file; errors on stderr).',
    '  --format F    json (default), text (a terminal report) or md (a report to paste into a post)',
    `  --type T      keep practices of these types: ${DATA_TYPES.join(', ')}`,
    '                (repeat it or give a comma list; location means all three location types)',
    '  --stance S    keep practices that are affirmed or denied',
    '  --url URL     the address a single local file was saved from',
    '  --jobs N      worker threads for a batch (default: the idle processors; 1: no workers)',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      url: { type: 'string' },
      format: { type: 'string', default: 'json' },
      type: { type: 'string', multiple: true },
      stance: { type: 'string' },
      jobs: { type: 'string' },
    });
    const format = oneOf('format', values.format!, FORMATS);
    const types = expandTypes(manyOf('type', values.type, DATA_TYPES));
    const stance = values.stance === undefined ? undefined : oneOf('stance', values.stance, STANCES);
    if (positionals.length === 0) throw new UsageError(`give a file or URL\nusage: ${this.usage}`);
    if (values.url !== undefined && positionals.length > 1) {
      throw new UsageError('--url names the address of one file, not of several');
    }
    const jobs = positionals.map((source) => ({
      verb: 'analyze' as const,
      source,
      format,
      ...(values.url ? { url: values.url } : {}),
      ...(types ? { types } : {}),
      ...(stance ? { stance } : {}),
    }));
    return runDocuments(jobs, io, jobsOption(values.jobs));
  },
};
