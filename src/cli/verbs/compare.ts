import { basename } from 'node:path';
import { compareVersions, type RegionalVersion } from '../../core/compare/compare';
import { analyzePolicy } from '../../core/nlp';
import { documentRegions } from '../../core/regions/in-page';
import { regionNamedIn } from '../../core/regions/regions';
import { formatComparisonMarkdown, formatComparisonText } from '../../core/report/comparison-report';
import type { PolicyText } from '../../core/text/policy-text';
import { extractPolicyText } from '../../dom/extract';
import { oneOf, parseOptions } from '../args';
import { FORMATS } from '../document-job';
import { EXIT, type Verb } from '../io';
import { loadDocument } from '../load';
import { jsonSafe, terminalSafe } from '../terminal-safe';

/** The region a document names in its first lines ("U.S.", "EEA/UK/CH", "Other regions"), if any. */
function leadRegion(policy: PolicyText): string | undefined {
  for (const b of policy.blocks.slice(0, 3)) {
    const line = policy.text.slice(b.start, b.end);
    if (line.length <= 40) {
      const r = regionNamedIn(line);
      if (r) return r;
    }
  }
  return undefined;
}

/** "FILE=REGION" or "FILE"; a Windows path or URL keeps its own ":" and "=" before the last "=". */
function splitArg(arg: string): { source: string; region?: string } {
  const at = arg.lastIndexOf('=');
  if (at > 0 && /^[\w/ .-]{1,40}$/.test(arg.slice(at + 1)) && !/[?&]/.test(arg.slice(at - 1, at)))
    return { source: arg.slice(0, at), region: arg.slice(at + 1) };
  return { source: arg };
}

export const compareVerb: Verb = {
  usage: 'policy-lens compare FILE[=REGION] [FILE[=REGION]...] [--format json|md|text]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: 'string', default: 'json' } });
    const format = oneOf('format', values.format!, FORMATS);
    if (positionals.length < 1) {
      io.stderr(`usage: ${this.usage}\n`);
      return EXIT.usage;
    }
    const versions: RegionalVersion[] = [];
    for (const arg of positionals) {
      const { source, region } = splitArg(arg);
      const loaded = await loadDocument(source);
      if (loaded.notice) io.stderr(`policy-lens: ${terminalSafe(loaded.notice)}\n`);
      const { policyText } = extractPolicyText(loaded.document.body ?? loaded.document.documentElement);
      if (positionals.length === 1) {
        const parts = documentRegions(policyText);
        if (parts.length < 2) {
          io.stderr(`policy-lens: ${source} has no regional parts to compare; give two or more files\n`);
          return EXIT.usage;
        }
        for (const p of parts) versions.push({ region: p.region, policyText: p.policyText, analysis: analyzePolicy(p.policyText) });
        continue;
      }
      let label = region ?? leadRegion(policyText) ?? basename(source).replace(/\.[^.]+$/, '');
      while (versions.some((v) => v.region === label)) label = `${label}′`;
      versions.push({ region: label, policyText, analysis: analyzePolicy(policyText) });
    }
    const comparison = compareVersions(versions);
    if (format === 'text') io.stdout(terminalSafe(formatComparisonText(comparison)));
    else if (format === 'md') io.stdout(terminalSafe(formatComparisonMarkdown(comparison)));
    else io.stdout(jsonSafe(JSON.stringify(comparison)) + '\n');
    return EXIT.ok;
  },
};
