import type { DataType } from './types';
import { TRAPS, TYPE_TERMS, type TypeTerm } from './vocabulary';

export interface Mention {
  term: TypeTerm;
  type: DataType;
  start: number;
  end: number;
  text: string;
}

const compiled = TYPE_TERMS.map((term) => ({ term, re: new RegExp(term.source, 'gi') }));
const trapRe = new RegExp(TRAPS.map((t) => `(?:${t.source})`).join('|'), 'gi');

/**
 * One compiled pattern of every trigger: the cheap pass over the whole document keeps only the sentences it
 * matches, and only those go on to the language pass.
 */
export const TRIGGER_RE = new RegExp(TYPE_TERMS.map((t) => `(?:${t.source})`).join('|'), 'i');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The data-type mentions in a sentence, traps removed, more specific mentions preferred. */
export function findMentions(sentence: string): Mention[] {
  const traps: { start: number; end: number }[] = [];
  trapRe.lastIndex = 0;
  for (const m of sentence.matchAll(trapRe)) traps.push({ start: m.index, end: m.index + m[0].length });

  const found: Mention[] = [];
  for (const { term, re } of compiled) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      if (m[0].length === 0) continue;
      const mention = { term, type: term.type, start: m.index, end: m.index + m[0].length, text: m[0] };
      if (traps.some((t) => overlaps(t, mention))) continue;
      found.push(mention);
    }
  }
  // A generic location mention inside a face mention ("the location of your face") or inside a specific
  // location mention ("precise location") is that mention, not another one.
  return found.filter(
    (m) =>
      !(m.term.id === 'location' && found.some((o) => o !== m && o.term.id !== 'location' && overlaps(o, m))) &&
      !(m.type.startsWith('location') && found.some((o) => o.type === 'face' && overlaps(o, m))),
  );
}
