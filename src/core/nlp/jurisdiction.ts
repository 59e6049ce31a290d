import { words } from './pattern';
import { verbSource } from './verbs';

/**
 * The reader's place as their jurisdiction. "The minimum age required where you live", "depending on where you
 * live, you may have further rights", "countries whose laws differ from those of the country in which you
 * provided the data": a residence or an area here says which rules apply, not what the company holds about the
 * reader (LABELS.md trap: "the country where the user lives used only to pick the applicable law").
 *
 * The reading needs two things of the sentence: it speaks of norms (laws, rights, ages, courts), and no one does
 * anything with data in it: no processing verb, apart from the reader's own acts ("you may not use the
 * service") and the verbs of the mention's own relative clause ("the country in which you provided the data"
 * describes a country; it does not say anyone collects it). One act of the company's ("we use your country to
 * apply the right rules") keeps the mention a claim, and traps decide that narrower case.
 *
 * Linear: one scan of the sentence for norms and one for verbs, each verb checked in a constant window.
 */
const NORM = new RegExp(
  String.raw`\b` +
    words(
      String.raw`laws?|legal(?:ly)?|legislation|regulations?|regulatory|statutes?|rights|requirements?|required`,
      String.raw`age|jurisdictions?|courts?|disputes?|arbitration|forum|rules|govern(?:s|ed|ing)?|applicable`,
      String.raw`entitled|contrary|compl(?:y|iance)|tax(?:es)?|authorit(?:y|ies)|liabilit(?:y|ies)|permissible`,
    ) +
    String.raw`\b`,
  'i',
);
/** Acts on data; "require" and "request" are left out, being also what a norm does ("the age required"). */
const ACT = new RegExp(
  String.raw`\b(?:${verbSource(['processing', 'further', 'flow'])})\b`,
  'gi',
);
const NORM_VERBS = /^(?:requir|request)/i;
/**
 * The reader as the subject of the verb right after: "you use", "you may not access", "you have provided", and
 * the second of two coordinated verbs ("you may not use or access").
 */
const READER_SUBJECT = new RegExp(
  String.raw`\byou(?:\s+(?:may|can|must|will|shall|should|do|did|have|had|are|were|to))?(?:\s+not)?` +
    String.raw`(?:\s+[a-z]+,?\s+(?:or|and))?\s*$`,
  'i',
);
/** A verb that completes a norm: "the minimum age to use the service", "the right to access". */
const NORM_INFINITIVE = /\b(?:age|rights?|required|permitted|allowed|entitled|eligible|old enough)\s+to\s*$/i;
/** A relative clause right after the mention describes it: "the country in which you…", "where you…". */
const RELATIVE_AFTER = /^\s*(?:(?:in|from|at|to) which|where|that|which|whose|you)\b[^,;:()]*/i;

export function namesJurisdiction(sentence: string, start: number, end: number): boolean {
  if (!NORM.test(sentence)) return false;
  const relative = RELATIVE_AFTER.exec(sentence.slice(end, end + 200));
  const relativeEnd = relative ? end + relative[0].length : end;
  ACT.lastIndex = 0;
  for (let m = ACT.exec(sentence); m; m = ACT.exec(sentence)) {
    if (NORM_VERBS.test(m[0])) continue;
    if (m.index >= start && m.index < relativeEnd) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (READER_SUBJECT.test(before) || NORM_INFINITIVE.test(before)) continue;
    return false;
  }
  return true;
}
