/**
 * Sentences that mention a data type without making a claim about the company's practice: headings, questions,
 * definitions, statements about laws, the user's own device settings, advice to users (LABELS.md "What gets a
 * label"). Each rule is a pattern over the sentence; the first that holds names the reason.
 */

interface NonClaimRule {
  id: string;
  test: (sentence: string) => boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

function looksLikeHeading(s: string): boolean {
  const w = words(s.replace(/^[\d.()ivx]+\s+/i, ''));
  if (w.length <= 3 && !/[;:,]$/.test(s) && !/\b(?:we|you|us|collect\w*|use[sd]?|process\w*)\b/i.test(s)) return true;
  if (w.length > 12 || /[.;]$/.test(s)) return false;
  if (/\b(?:we|us|our|you)\b/i.test(s) && !/^(?:Your|Our)\b/.test(s)) return false;
  const long = w.filter((x) => /^[A-Za-z]{4,}/.test(x));
  const capital = long.filter((x) => /^[A-Z]/.test(x));
  return long.length > 0 && capital.length / long.length >= 0.6;
}

export const NON_CLAIM_RULES: NonClaimRule[] = [
  { id: 'question', test: (s) => /\?["'”’)]*\s*$/.test(s) },
  { id: 'heading', test: looksLikeHeading },
  { id: 'ui-label', test: (s) => words(s).length <= 8 && /^(?:Provide|Manage|Learn|See|View|Read|Go to|Click|Tap|Visit|Find|Choose|Select)\b/.test(s) && !/\b(?:we|us)\b/i.test(s) },
  { id: 'front-matter', test: (s) => /^[a-z_]+:\s/.test(s) },
  {
    id: 'definition',
    test: (s) =>
      /\b(?:(?<!by )means|is defined as|are defined as|defines?|shall mean|refers? to)\b/i.test(s) && !/\bwe (?:may |also )?(?:collect|use|process)\b/i.test(s) ||
      /^(?:an?|the)?\s*[\w\s"“”'()-]{0,70}\b(?:is|are) (?:information|data|any information)\b/i.test(s) ||
      /\b(?:do|does) not include\b/i.test(s) && !/\bwe\b/i.test(s) ||
      /\bcan (?:often )?be used to (?:identify|determine|derive|locate)\b/i.test(s) && !/\bwe\b/i.test(s) ||
      /\buniquely identifies\b/i.test(s) ||
      /\bincludes? (?:highly )?sensitive (?:data|information)\b/i.test(s) ||
      /\bcould be extracted\b/i.test(s),
  },
  {
    id: 'law',
    test: (s) =>
      /\b(?:act|law|laws|regulation|statute|bipa|ccpa|gdpr|cubi)\b[^.]{0,60}\b(?:applies|apply|regulates?|requires?|governs?)\b/i.test(s) && !/\bwe (?:may |also )?(?:collect|use|process)\b/i.test(s),
  },
  {
    id: 'user-setting',
    test: (s) =>
      /\byou (?:can|may|could) (?:also )?(?:at any time )?(?:turn|switch|disable|adjust|change|manage|control|limit|revoke|withdraw)\b/i.test(s) ||
      /\byou may be able to adjust\b|\bability to change device permissions\b|\bsettings? (?:relating|related) to\b/i.test(s) ||
      /^(?:for example, )?you can turn\b/i.test(s),
  },
  { id: 'advice', test: (s) => /\b(?:be mindful|are advised|please be careful|may give away|we (?:recommend|encourage) (?:that )?you)\b/i.test(s) },
  { id: 'discouragement', test: (s) => /\bdoes not encourage you to provide\b|\bdo not encourage you to provide\b/i.test(s) },
];

/** The reason a sentence makes no claim about a practice, or undefined when it may. */
export function nonClaimReason(sentence: string): string | undefined {
  return NON_CLAIM_RULES.find((r) => r.test(sentence))?.id;
}
