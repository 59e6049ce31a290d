import { charsAfter, charsBefore, re, rx, words } from '../text/pattern';
import { actsIn, oncePerSentence } from './acts';

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
const NORM = re(
  rx`\b` +
    words(
      rx`laws?|legal(?:ly)?|legislation|regulations?|regulatory|statutes?|rights|requirements?|required`,
      // Not an age among items of data: "your gender, age and place of residence".
      rx`(?<!, )age(?!,| and\b| or\b| (?:confirmation|verification|range|group|bracket)\b)`,
      rx`jurisdictions?|courts?|disputes?|arbitration|forum|rules|govern(?:s|ed|ing)?|applicable`,
      // Not a modifier of data: "name, country and tax settings", "tax ID" (a tax residence picks the rules).
      rx`entitled|contrary|compl(?:y|iance)|tax(?:es)?(?! (?:settings|data|information|details|records|ids?|numbers?)\b)` +
        rx`|authorit(?:y|ies)|liabilit(?:y|ies)|permissible`,
      // Where to complain: "lodge a complaint with the Commissioner … based on your country of residence".
      rx`complaints?|commissioners?|regulators?|ombudsm[ae]n`,
    ) +
    rx`\b`,
);
const NORM_VERBS = /^(?:requir|request)/i;
/**
 * The reader as the subject of the verb right after: "you use", "you may not access", "you have provided", and
 * the second of two coordinated verbs ("you may not use or access").
 */
const READER_SUBJECT = re(
  rx`\byou(?:\s+(?:may|can|must|will|shall|should|do|did|have|had|are|were|to))?(?:\s+not)?(?:\s+[a-z]+,?\s+(?:or|and))?\s*$`,
);
const NORM_NOUN = words(
  rx`laws?|rules|regulations?|courts?|legislation|jurisdiction|authorit(?:y|ies)|regulators?|tribunals?`,
);
const GOVERNING_NORM = re(
  // Also a comparison: "the same data protection laws as the country in which you provided it".
  rx`\b${NORM_NOUN}\s+(?:\w+\s+){0,2}(?:of|in|applicable in|for|as)\s+(?:(?:the|your|that|each|any|every)\s+)?` +
    // Also the later areas of a list: "the laws of any state, country, territory or other jurisdiction".
    rx`(?:(?:state|country|province|region|city|territory|jurisdiction),?\s+(?:(?:or|and)\s+)?){0,3}$` +
    // "The rules that apply depend on the state in which you reside": the place picks the rules.
    rx`|\b${NORM_NOUN}\s+(?:\w+\s+){0,3}(?:depends?|var(?:y|ies)|differs?) (?:on|by|with|according to)\s+(?:(?:the|your|that|each)\s+)?$` +
    // The seat of a proceeding: "arbitration … seated in the county (or parish) where you live".
    rx`|\b(?:seated|heard|venued?|conducted|take place|takes place)\s+(?:in|at)\s+(?:the\s+)?` +
    rx`(?:(?:county|parish|state|country|city|province|district)\s+(?:\([^()]{0,20}\)\s+)?)?$` +
    // Where the reader lives named as a jurisdiction, and its parts in brackets: "the jurisdiction where you live (city
    // and state, province, or county)".
    rx`|\bjurisdictions?\s+(?:(?:where|in which) you (?:live|reside)\s*\([^()]{0,60})?$` +
    // An age set by the reader's country: "the applicable age of digital consent in the user's country of residence".
    rx`|\bage of (?:digital )?(?:consent|majority)\s+(?:(?:in|of|for)\s+(?:the user'?s|your|their|the)\s+)?$` +
    // The measure of a protection: "laws that may not provide as much protection as the country in which you are".
    rx`|\bprotection (?:as|than) $`,
);
const PURPOSE_OF_NORM = re(
  // Also the place as what decides: "The country you select determines which terms of service apply to you".
  rx`^[^.;]{0,60}?\b(?:to (?:determine|decide|apply|identify|choose|select|know|comply with|calculate)|` +
    rx`(?:determines?|decides?) (?:which|what))\b` +
    rx`[^.;]{0,40}?\b(?:${NORM_NOUN}|tax(?:es)?|terms|legal requirements|rights|(?:minimum )?age (?:limits?|requirements?)|` +
    // Which of the company's entities answers for the reader's data: "which entity is your data controller".
    rx`(?:data )?controller|` +
    // Which text is the reader's: "Where you are located determines which version of this policy applies to you".
    rx`(?:version|edition) of (?:this|our|the) (?:privacy )?(?:polic(?:y|ies)|notice|statement|terms))\b`,
);
/** A verb that completes a norm: "the minimum age to use the service", "the right to access". */
const NORM_INFINITIVE = re(rx`\b(?:age|rights?|required|permitted|allowed|entitled|eligible|old enough)\s+to\s*$`);
/** A relative clause right after the mention describes it: "the country in which you…", "where you…". */
const RELATIVE_AFTER = re(rx`^\s*(?:(?:in|from|at|to) which|where|that|which|whose|you)\b[^,;:()]*`);

/** Whether the sentence speaks of norms, read once per sentence. */
const hasNorm = oncePerSentence((sentence) => NORM.test(sentence));

export function namesJurisdiction(sentence: string, start: number, end: number): boolean {
  // Governed by a norm noun ("the laws of the country where you live", "the law of the state where you live"), or
  // an act whose purpose is to pick the rules ("we use your country to determine which laws apply"): the place is
  // the jurisdiction whatever else the sentence does (LABELS.md: a country used only to choose the rules).
  if (GOVERNING_NORM.test(charsBefore(sentence, start, 60))) return true;
  if (PURPOSE_OF_NORM.test(charsAfter(sentence, end, 140))) return true;
  if (!hasNorm(sentence)) return false;
  const relative = RELATIVE_AFTER.exec(charsAfter(sentence, end, 200));
  const relativeEnd = relative ? end + relative[0].length : end;
  // A mention may open with its own verb ("record the postcode"): that act counts; the verbs inside the
  // mention and its relative clause after it do not. The acts are in order, so the first and last decide.
  const acts = actsOfOthers(sentence);
  if (acts.length === 0) return true;
  return !(acts[0]! <= start || acts[acts.length - 1]! >= relativeEnd);
}

/**
 * The offsets of the sentence's acts on data that are no one's but a party's: not the reader's own ("you may not
 * use"), not what a norm is about ("the age to use", "required"). Once per sentence.
 */
const actsOfOthers = oncePerSentence((sentence): number[] =>
  actsIn(sentence)
    .filter((act) => {
      // "require" and "request" are also what a norm does ("the age required"): not acts here.
      if (NORM_VERBS.test(act.word)) return false;
      const before = charsBefore(sentence, act.at, 40);
      return !READER_SUBJECT.test(before) && !NORM_INFINITIVE.test(before);
    })
    .map((act) => act.at),
);
