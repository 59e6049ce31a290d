import { sectionsOf } from '../compare/compare';
import { normalizeHeading, normalizeSentence } from '../compare/normalize';
import { summarize } from '../nlp/summary';
import { DATA_TYPES, type Analysis, type DataType, type Practice, type SummaryValue } from '../nlp/types';
import type { PolicyText } from '../text/policy-text';
import { fnv1a } from './hash';
import type { CellKey, VersionDigest } from './types';

/**
 * The practice behind a summary cell: the first, in document order, whose own value is the cell's value.
 * Until the analyzer reports its basis per cell (Analysis.basis, in progress), this re-derives it with the
 * same `summarize` rule applied to the practice alone; document order keeps the choice stable across versions
 * that did not touch the sentence.
 */
function strongest(practices: Practice[], type: DataType, value: SummaryValue): Practice | undefined {
  if (value === 'silent') return undefined;
  const ofType = practices.filter((p) => p.type === type);
  return ofType.find((p) => summarize([p])[type] === value) ?? ofType.find((p) => (p.stance === 'denied') === (value === 'denies'));
}

/** A condition as the reader needs it: the analyzer's cue ("If you turn on") run on to the end of its clause. */
const CLAUSE_WORDS = 10;
export function conditionClause(sentence: string, cue: string): string {
  const at = sentence.indexOf(cue);
  if (at < 0) return cue;
  let end = at + cue.length;
  while (end < sentence.length && !',;:.()'.includes(sentence[end]!)) end++;
  const words = sentence.slice(at, end).trim().split(/\s+/);
  const clause = words.slice(0, CLAUSE_WORDS).join(' ') + (words.length > CLAUSE_WORDS ? '…' : '');
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32 || text[i] === '\u00a0';
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export interface DigestOptions {
  /**
   * How sentences are normalised before hashing (what does not count as a change). A caller digesting many
   * versions of one document passes a memoised `normalizeSentence`: the versions share most sentences.
   */
  normalize?: (sentence: string) => string;
}

/** A compact record of one version of a policy: its summary, the sentences behind it, and section hashes. */
export function digestOf(policy: PolicyText, analysis: Analysis, analyzerVersion: string, options: DigestOptions = {}): VersionDigest {
  const normalize = options.normalize ?? normalizeSentence;
  const evidence: Partial<Record<CellKey, string>> = {};
  const conditions: Partial<Record<CellKey, string[]>> = {};
  const note = (key: CellKey, p: Practice | undefined) => {
    if (!p) return;
    evidence[key] = p.sentence;
    if (p.conditions.length) conditions[key] = [...new Set(p.conditions.map((c) => conditionClause(p.sentence, c.text)))];
  };
  for (const t of DATA_TYPES) note(t, strongest(analysis.practices, t, analysis.summary[t]));
  const identifierPractices = analysis.practices.filter((p) => p.identifier === true);
  for (const t of ['face', 'voice'] as const) note(`${t}-id`, strongest(identifierPractices, t, analysis.identifiers[t]));

  const sections: VersionDigest['sections'] = [];
  const whole: string[] = [];
  for (const s of sectionsOf(policy)) {
    const hash = fnv1a(s.sentences.map(normalize).join('\n'));
    whole.push(`${normalizeHeading(s.heading)}\u0000${hash}`);
    if (s.heading.trim()) sections.push({ heading: s.heading.trim(), hash });
  }
  return {
    analyzerVersion,
    summary: { ...analysis.summary },
    identifiers: { ...analysis.identifiers },
    evidence,
    ...(Object.keys(conditions).length ? { conditions } : {}),
    sections,
    textHash: fnv1a(whole.join('\n')),
    words: countWords(policy.text),
  };
}
