// Built only by the placement test: the analyzer as it would run if it were a lazy chunk in the page.
import { analyzePolicy } from '../../../src/core/nlp/analyze';
import { extractPolicyText } from '../../../src/dom/extract';
import { oneFindingPerSentence } from '../../../src/core/report/findings';

(globalThis as unknown as { __measureInPage: () => unknown }).__measureInPage = () => {
  const t0 = performance.now();
  const { policyText } = extractPolicyText(document.body);
  const t1 = performance.now();
  const analysis = analyzePolicy(policyText);
  const t2 = performance.now();
  return {
    extractMs: t1 - t0,
    analyzeMs: t2 - t1,
    // Counted as the extension counts findings: one per sentence per type.
    practices: oneFindingPerSentence(analysis.practices).length,
    words: policyText.text.split(/\s+/).length,
  };
};
