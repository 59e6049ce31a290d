import type { PolicyText } from '../core/text/policy-text';
import { extractPolicyText } from './extract';
import { parseFetched } from './parse';

/** A fetched document's text, as the analyzer sees it: parsed (scripts never run), then extracted. */
export function policyTextOf(body: string, kind: 'html' | 'markdown', parser?: DOMParser): PolicyText {
  const doc = parseFetched(body, kind, parser);
  return extractPolicyText(doc.body ?? doc.documentElement).policyText;
}
