import type { PolicyText } from '../text/policy-text';
import { regionOf } from './classify';
import { splitSentences, type Span } from './sentences';
import { classifySpans } from './text';
import { DATA_TYPES, type Analysis, type DataType, type Practice, type RegionScope, type SummaryValue } from './types';

/** Joins a heading path for display and for `Practice.section`. */
export const SECTION_SEPARATOR = ' › ';

/**
 * The whole-document analysis: every claim about face, voice, other biometrics and location, with offsets
 * into `PolicyText.text`, its section, and the region its section is limited to; and a summary per type.
 */
export function analyzePolicy(policy: PolicyText): Analysis {
  const spans: Span[] = [];
  const sectionOf = new Map<Span, { section: string; scope?: RegionScope }>();
  const scopeCache = new Map<string, RegionScope | undefined>();
  for (const block of policy.blocks) {
    if (block.kind === 'heading') continue;
    const section = block.headingPath.join(SECTION_SEPARATOR);
    let scope = scopeCache.get(section);
    if (!scopeCache.has(section)) {
      // The innermost heading that names a region scopes the section ("California residents", "EEA/UK/CH").
      scope = [...block.headingPath].reverse().map((h) => regionOf(h, false)).find((r) => r !== undefined);
      scopeCache.set(section, scope);
    }
    for (const span of splitSentences(policy.text, block.start, block.end)) {
      spans.push(span);
      sectionOf.set(span, scope ? { section, scope } : { section });
    }
  }
  const { results, candidates } = classifySpans(policy.text, spans, (span) => {
    const scope = sectionOf.get(span)?.scope;
    return scope ? { scope } : {};
  });
  const practices: Practice[] = [];
  for (const { span, practices: found } of results) {
    const sentence = policy.text.slice(span.start, span.end);
    for (const p of found) {
      practices.push({
        ...p,
        evidence: p.evidence.map((e) => ({ ...e, start: e.start + span.start, end: e.end + span.start })),
        start: span.start,
        end: span.end,
        sentence,
        section: sectionOf.get(span)?.section ?? '',
      });
    }
  }
  const identifierSummary = summarize(practices.filter((p) => p.identifier === true));
  return {
    summary: summarize(practices),
    identifiers: { face: identifierSummary.face, voice: identifierSummary.voice },
    practices,
    stats: { sentences: spans.length, candidates },
  };
}

/**
 * The strongest stance per type over the document: collects (an unconditional affirmation), may-collect
 * (only conditional ones), denies, silent. An affirmation that holds only for old app versions does not
 * outweigh a denial for current ones.
 */
export function summarize(practices: Pick<Practice, 'type' | 'stance' | 'conditional' | 'conditions'>[]): Record<DataType, SummaryValue> {
  const rank: Record<SummaryValue, number> = { silent: 0, denies: 2, 'may-collect': 3, collects: 4 };
  const summary = Object.fromEntries(DATA_TYPES.map((t) => [t, 'silent'])) as Record<DataType, SummaryValue>;
  const legacyOnly = (p: Pick<Practice, 'conditions'>) => p.conditions.some((c) => c.kind === 'app-version');
  for (const p of practices) {
    let value: SummaryValue;
    if (p.stance === 'denied') value = 'denies';
    else if (legacyOnly(p)) value = summary[p.type] === 'denies' || practices.some((q) => q.type === p.type && q.stance === 'denied') ? 'denies' : 'may-collect';
    else value = p.conditional ? 'may-collect' : 'collects';
    if (rank[value] > rank[summary[p.type]]) summary[p.type] = value;
  }
  return summary;
}
