import { parseArgs } from 'node:util';
import { formatAnalysisMarkdown, formatAnalysisText } from '../../core/report/analysis-report';
import type { Practice } from '../../core/nlp';
import { analyzeDocument } from '../document';
import { EXIT, type Verb } from '../io';
import { practiceJson } from './classify';

const FORMATS = ['json', 'md', 'text'] as const;

/** The JSON shape of one practice: classify's fields plus where it stands in the document. */
export function documentPracticeJson(p: Practice) {
  return {
    ...practiceJson(p),
    actor: p.actor,
    ...(p.source ? { source: p.source } : {}),
    start: p.start,
    end: p.end,
    sentence: p.sentence,
    section: p.section,
    evidence: p.evidence,
  };
}

export const analyzeVerb: Verb = {
  summary: 'what a policy lets the company collect about your face, voice, biometrics and location',
  usage: 'policy-lens analyze FILE|URL [--url URL] [--format json|md|text]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { url: { type: 'string' }, format: { type: 'string', default: 'json' } },
      allowPositionals: true,
    });
    const format = values.format as (typeof FORMATS)[number];
    if (positionals.length !== 1 || !FORMATS.includes(format)) {
      io.stderr(`usage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const source = positionals[0]!;
    const { verdict, analysis } = await analyzeDocument(source, values.url);
    if (format === 'text') io.stdout(formatAnalysisText(analysis, verdict, source));
    else if (format === 'md') io.stdout(formatAnalysisMarkdown(analysis, verdict, source));
    else {
      io.stdout(
        JSON.stringify({
          verdict: { kind: verdict.kind, score: verdict.score, reasons: verdict.reasons },
          summary: analysis.summary,
          identifiers: analysis.identifiers,
          practices: analysis.practices.map(documentPracticeJson),
        }) + '\n',
      );
    }
    return EXIT.ok;
  },
};
