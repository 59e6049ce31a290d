import { detectPage } from '../core/detect';
import { analyzePolicy } from '../core/nlp';
import { collectSignals } from '../dom/signals';
import { extractPolicyText } from '../dom/extract';
import { loadDocument } from './load';

/** Loads, detects, extracts and analyses one document: the pipeline every document verb shares. */
export async function analyzeDocument(source: string, url?: string) {
  const loaded = await loadDocument(source, url ? { url } : {});
  const verdict = detectPage(collectSignals(loaded.document, loaded.url));
  const { policyText } = extractPolicyText(loaded.document.body ?? loaded.document.documentElement);
  const analysis = analyzePolicy(policyText);
  return { loaded, verdict, policyText, analysis };
}
