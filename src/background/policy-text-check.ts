import { MAX_POLICY_CHARS, type PolicyText } from '../core/text/policy-text';

export { MAX_POLICY_CHARS };

/** Checks the shape of a PolicyText that arrived by message before the analyzer walks it. */
export function validatePolicyText(value: unknown): PolicyText {
  const p = value as PolicyText;
  if (!p || typeof p.text !== 'string' || !Array.isArray(p.blocks)) throw new Error('malformed policy text');
  if (p.text.length > MAX_POLICY_CHARS) throw new Error(`page text is longer than ${MAX_POLICY_CHARS} characters`);
  for (const b of p.blocks) {
    if (
      !Number.isInteger(b.start) ||
      !Number.isInteger(b.end) ||
      b.start < 0 ||
      b.end > p.text.length ||
      b.start > b.end ||
      !Array.isArray(b.headingPath)
    ) {
      throw new Error('malformed policy text block');
    }
  }
  return p;
}
