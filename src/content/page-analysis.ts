// The lazy part of the content script: loaded only on pages detected as privacy policies. It extracts the
// page's text and has the background analyse it (off this page's main thread). Later: highlights and panel.
import type { Analysis } from '../core/nlp/types';
import { extractPolicyText } from '../dom/extract';
import { sendFromContent } from '../platform/send-lite';

export interface PageAnalysisDeps {
  doc: Document;
  url: string;
}

export async function analyzePage({ doc, url }: PageAnalysisDeps): Promise<Analysis | { error: string }> {
  const { policyText } = extractPolicyText(doc.body ?? doc.documentElement);
  const result = await sendFromContent('content/analyze', { url, policyText });
  return result.ok ? result.value : { error: result.error };
}
