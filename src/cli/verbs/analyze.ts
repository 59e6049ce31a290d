import { parseArgs } from 'node:util';
import { formatAnalysisMarkdown, formatAnalysisText } from '../../core/report/analysis-report';
import type { Practice } from '../../core/nlp';
import { analyzeDocument } from '../document';
import { EXIT, type Verb } from '../io';
import { LoadError } from '../load';

const FORMATS = ['json', 'md', 'text'] as const;

/** The JSON shape of one practice: classify's fields plus where it stands in the document. */
export function practiceJson(p: Practice) {
  return {
    type: p.type,
    stance: p.stance,
    ...(p.identifier !== undefined ? { identifier: p.identifier } : {}),
    ...(p.conditional ? { conditional: true } : {}),
    action: p.action,
    modality: p.modality,
    actor: p.actor,
    ...(p.source ? { source: p.source } : {}),
    conditions: p.conditions,
    purposes: p.purposes,
    ...(p.scope ? { scope: p.scope } : {}),
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
    try {
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
            practices: analysis.practices.map(practiceJson),
          }) + '\n',
        );
      }
      return EXIT.ok;
    } catch (e) {
      if (e instanceof LoadError) {
        io.stderr(`policy-lens: ${e.message}\n`);
        return EXIT.usage;
      }
      throw e;
    }
  },
};
