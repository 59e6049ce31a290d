import type { PolicyText } from '../text/policy-text';
import { regionOf } from './classify';
import { splitSentences, type Span } from './sentences';
import { classifySpans, type SentencePasses } from './text';
import { summarize } from './summary';
import type { Analysis, Practice, RegionScope } from './types';

/** Joins a heading path for display and for `Practice.section`. */
export { summarize };

export const SECTION_SEPARATOR = ' › ';

/**
 * The whole-document analysis: every claim about face, voice, other biometrics and location, with offsets
 * into `PolicyText.text`, its section, and the region its section is limited to; and a summary per type.
 */
export function analyzePolicy(policy: PolicyText, options: { passes?: SentencePasses } = {}): Analysis {
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
  }, options.passes);
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

