import { words } from './pattern';
import { verbSource } from './verbs';

/**
 * Who does it. A sentence is a claim about the company when the company, or a party it works with, processes
 * the data (LABELS.md "What gets a label"); "your mobile carrier may collect your location", "other apps on your
 * phone may access it", "other users may share their location with you" are about parties acting on their own.
 * The actor is read from the subject of the verb that governs the mention: the words from the clause's start to
 * that verb, cut at the first relative or prepositional attachment ("websites you visit from our app": the head
 * is "websites", and "our app" says where they were reached, not who acts).
 */
const ACT = new RegExp(String.raw`\b(?:${verbSource(['processing', 'further', 'flow'])})\b`, 'gi');
/** Parties that act on their own account, not the company's. */
const INDEPENDENT = new RegExp(
  '\\b' +
    words(
      String.raw`(?:other|third[- ]party|external|independent) ` +
        String.raw`(?:apps?|applications|websites?|sites|users|people|members)`,
      String.raw`(?:mobile |wireless |network )?(?:carriers?|network operators?|internet service providers?|isps?)`,
      String.raw`operating systems?|(?:os|platform) providers?|device (?:makers?|manufacturers?)`,
      String.raw`(?:phone|device)['’]?s? (?:operating system|os|maker|manufacturer)`,
      String.raw`websites?|sites|people|others|employers?|schools?`,
    ) +
    '\\b',
  'i',
);
const FIRST_PARTY = /\b(?:we|us|our)\b/i;
const APPOSITION = /,\s*as\s+([^,]{1,60}),/i;
/** Where the subject's head ends: a relative clause, a prepositional attachment, a comma. */
const HEAD_END = /\s(?:you|that|which|who|from|on|in|linked|accessed|through)\b|,/i;

/** Data passed on after the mention ("…collects it and discloses it to apps, including ours") may reach us. */
const PASSED_ON = new RegExp(String.raw`\b(?:${verbSource(['further', 'flow'])})\b`, 'i');

export function actedOnIndependently(sentence: string, clauseStart: number, mentionStart: number): boolean {
  let verbAt = -1;
  ACT.lastIndex = clauseStart;
  // A mention may open with its verb ("record … calls"): a verb at the mention's start governs it too.
  for (let m = ACT.exec(sentence); m && m.index <= mentionStart; m = ACT.exec(sentence)) verbAt = m.index;
  if (verbAt < 0) return false;
  const subject = sentence.slice(clauseStart, verbAt);
  const end = HEAD_END.exec(subject);
  const head = end ? subject.slice(0, end.index) : subject;
  // An apposition names the actor too: "Apple and Google, as operating system providers, may process…".
  const apposition = APPOSITION.exec(subject)?.[1] ?? '';
  return (
    !FIRST_PARTY.test(head) &&
    (INDEPENDENT.test(head) || INDEPENDENT.test(apposition)) &&
    !PASSED_ON.test(sentence.slice(mentionStart))
  );
}
