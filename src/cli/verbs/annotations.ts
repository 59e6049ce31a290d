import { readFile } from 'node:fs/promises';
import { anchorQuote, type AnchorState } from '../../core/annotation/anchor';
import { collection, itemsOf, selectorsOf, ANNO_CONTEXT, type PolicyAnnotation } from '../../core/annotation/model';
import { describePassage, type TextPositionSelector, type TextQuoteSelector } from '../../core/annotation/selectors';
import { validateCollection } from '../../core/annotation/validate';
import { analyzeDocument } from '../document';
import { oneOf, parseOptions } from '../args';
import { EXIT, type CliIO, type Verb } from '../io';
import { jsonSafe, terminalSafe } from '../terminal-safe';

const ANALYZER = 'Policy Lens analyzer 0.1.0';

async function readCollection(path: string, io: CliIO) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    io.stderr(`policy-lens: cannot read ${terminalSafe(path)}\n`);
    return undefined;
  }
  return validateCollection(text);
}

async function validate(args: string[], io: CliIO): Promise<number> {
  if (args.length !== 1) {
    io.stderr('usage: policy-lens annotations validate FILE\n');
    return EXIT.usage;
  }
  const result = await readCollection(args[0]!, io);
  if (!result) return EXIT.usage;
  if (!result.ok) {
    for (const p of result.problems) io.stdout(`${terminalSafe(p)}\n`);
    io.stderr(`policy-lens: ${args[0]} has ${result.problems.length} problem(s)\n`);
    return EXIT.failed;
  }
  io.stdout(`valid: ${itemsOf(result.value).length} annotations\n`);
  return EXIT.ok;
}

async function reanchor(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(args, { format: { type: 'string', default: 'json' } });
  const format = oneOf('format', values.format!, ['json', 'text'] as const);
  if (positionals.length !== 2) {
    io.stderr('usage: policy-lens annotations reanchor EXPORT DOCUMENT [--format json|text]\n');
    return EXIT.usage;
  }
  const read = await readCollection(positionals[0]!, io);
  if (!read) return EXIT.usage;
  if (!read.ok) {
    io.stderr(`policy-lens: ${positionals[0]} is not a valid annotation file: ${terminalSafe(read.problems[0] ?? '')}\n`);
    return EXIT.usage;
  }
  const { policyText } = await analyzeDocument(positionals[1]!);
  const counts: Record<AnchorState, number> = { anchored: 0, fuzzy: 0, orphaned: 0 };
  const results = itemsOf(read.value).map((a) => {
    const selectors = selectorsOf(a);
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    const r = quote ? anchorQuote(policyText.text, quote, position) : { state: 'orphaned' as const };
    counts[r.state]++;
    return {
      id: a.id,
      state: r.state,
      ...(r.start !== undefined ? { start: r.start, end: r.end } : {}),
      ...('change' in r && r.change ? { change: r.change } : {}),
    };
  });
  if (format === 'text') {
    for (const r of results)
      io.stdout(
        `${r.state.padEnd(9)} ${terminalSafe(r.id)}` +
          `${'start' in r ? ` at ${r.start}–${r.end}` : ''}${'change' in r ? ` (${r.change})` : ''}\n`,
      );
    io.stdout(`anchored ${counts.anchored}, fuzzy ${counts.fuzzy}, orphaned ${counts.orphaned}\n`);
  } else io.stdout(jsonSafe(JSON.stringify({ results, counts })) + '\n');
  return EXIT.ok;
}

async function exportFindings(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(args, { url: { type: 'string' } });
  if (positionals.length !== 1) {
    io.stderr('usage: policy-lens annotations export-findings DOCUMENT [--url URL]\n');
    return EXIT.usage;
  }
  const { policyText, analysis, loaded } = await analyzeDocument(positionals[0]!, values.url);
  const source = loaded.url || positionals[0]!;
  const now = new Date().toISOString();
  const items: PolicyAnnotation[] = analysis.practices.map((p, i) => ({
    '@context': ANNO_CONTEXT,
    id: `urn:policy-lens:finding:${i}:${p.start}-${p.end}:${p.type}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: now,
    modified: now,
    creator: { type: 'Software', name: ANALYZER },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: p.type },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: `${p.stance}${p.identifier ? ', identifier' : ''}${p.conditional ? ', conditional' : ''}`,
        format: 'text/plain',
      },
    ],
    target: { source, selector: describePassage(policyText.text, p.start, p.end) },
    policyLens: { provenance: 'machine', analyzer: ANALYZER, dataType: p.type, stance: p.stance },
  }));
  io.stdout(jsonSafe(JSON.stringify(collection(items, `Policy Lens findings for ${source}`), null, 2)) + '\n');
  return EXIT.ok;
}

export const annotationsVerb: Verb = {
  usage: 'policy-lens annotations validate FILE | reanchor EXPORT DOCUMENT [--format json|text] | export-findings DOCUMENT [--url URL]',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'validate') return validate(rest, io);
    if (sub === 'reanchor') return reanchor(rest, io);
    if (sub === 'export-findings') return exportFindings(rest, io);
    io.stderr(`usage: ${this.usage}\n`);
    return EXIT.usage;
  },
};
