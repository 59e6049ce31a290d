import nlp from 'compromise/one';

/**
 * The language pass, on candidate sentences only. compromise tokenizes the sentence (expanding contractions:
 * "don't" holds an implicit "not") and splits it into clauses at conjunctions and clause-level punctuation, so
 * a negation stays in its clause: "we do not sell your data, but we collect your precise location".
 * `compromise/one` (tokenizer and matcher, no tagger) is enough for this and is several times faster than the
 * full build; see `npm run bench`.
 */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

const CLAUSE_OPENERS = '(but|whereas|although|though|however|unless|except|while|because|so that|if|when|once)';
const SUBJECTS = '(we|you|they|it|this|these|that|he|she)';

const CONDITION_START = /^\W*(?:even )?(?:if|when|once|unless|where)\b/i;

type OffsetJson = { text: string; offset: { start: number; length: number } };

/** Words that can start a clause or negate one; a sentence with none of them is one plain clause. */
const NEEDS_PARSE = /\b(?:not|no|never|cannot|neither|nor|none|if|when|once|unless|where|but|whereas|although|though|however|except|while|because|so)\b|n['’]t\b|[;:]/i;

export function clausesOf(sentence: string): Clause[] {
  // Most affirmed sentences have no negation and no clause to separate: skip the parse for them.
  if (!NEEDS_PARSE.test(sentence)) return [{ start: 0, end: sentence.length, text: sentence }];
  const doc = nlp(sentence);
  const parts = doc
    .splitBefore(CLAUSE_OPENERS)
    .splitBefore(`(and|or|so) ${SUBJECTS}`)
    .splitAfter('@hasSemicolon')
    .splitAfter('@hasColon')
    .splitAfter(`[@hasComma] ${SUBJECTS}`, 0)
    .json({ offset: true, terms: false } as never) as OffsetJson[];
  const clauses: Clause[] = [];
  for (const p of parts) {
    const start = p.offset.start;
    const end = start + p.offset.length;
    // A condition ends at its first comma or dash: "If you allow it, we collect…" holds two clauses.
    const boundary = CONDITION_START.test(p.text) ? /,\s|\s[—–]\s/.exec(p.text) : null;
    if (boundary && boundary.index + boundary[0].length < p.text.length) {
      const cut = start + boundary.index + boundary[0].length;
      clauses.push({ start, end: cut, text: '' }, { start: cut, end, text: '' });
    } else clauses.push({ start, end, text: '' });
  }
  if (clauses.length === 0) clauses.push({ start: 0, end: sentence.length, text: sentence });
  // Clauses cover the whole sentence, so every mention falls in one.
  clauses[0]!.start = 0;
  for (let i = 1; i < clauses.length; i++) clauses[i - 1]!.end = clauses[i]!.start;
  clauses[clauses.length - 1]!.end = sentence.length;
  for (const c of clauses) c.text = sentence.slice(c.start, c.end);
  return clauses;
}
