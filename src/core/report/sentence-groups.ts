import type { Practice } from '../nlp/types';

/** One flagged sentence with every practice found in it (a sentence often names face and voice at once). */
export interface SentenceGroup {
  sentence: string;
  section: string;
  practices: Practice[];
}

/** Practices grouped by the sentence they stand in, in document order: reports list each sentence once. */
export function groupBySentence(practices: readonly Practice[]): SentenceGroup[] {
  const groups = new Map<number, SentenceGroup>();
  for (const p of [...practices].sort((a, b) => a.start - b.start)) {
    const group = groups.get(p.start);
    if (group) group.practices.push(p);
    else groups.set(p.start, { sentence: p.sentence, section: p.section, practices: [p] });
  }
  return [...groups.values()];
}
