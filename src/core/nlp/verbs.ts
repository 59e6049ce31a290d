/**
 * One verb lexicon for the predicates that govern a data mention (DESIGN.md "predicates"). Each row is a base
 * form and its kind; inflections (collects, collected, collecting) and the noun (collection) are generated, so
 * a new verb is one row and negated passives ("is not collected", "are never stored") come with it.
 */
export type VerbKind =
  /** The company gets or processes the data: its negation denies the practice. */
  | 'processing'
  /** A further action on data already held: denying only this says nothing of collection (LABELS.md). */
  | 'further'
  /** The data moving to the company: "never sent", "does not leave" decide whether the company receives it. */
  | 'flow';

export interface VerbRow {
  base: string;
  kind: VerbKind;
  /** Double the last consonant before -ed/-ing (scan → scanned). */
  double?: boolean;
  /** Irregular past forms (keep → kept). */
  past?: string[];
  /** Nouns of the action (collection, storage). */
  nouns?: string[];
}

export const VERBS: VerbRow[] = [
  { base: 'collect', kind: 'processing', nouns: ['collection'] },
  { base: 'use', kind: 'processing', nouns: ['usage'] },
  { base: 'utilize', kind: 'processing' },
  { base: 'utilise', kind: 'processing' },
  { base: 'process', kind: 'processing', nouns: ['processing'] },
  { base: 'receive', kind: 'processing', nouns: ['receipt'] },
  // Taking in what the reader gives: "we may accept spoken commands", "uploads we accept".
  { base: 'accept', kind: 'processing' },
  // Taking a print or a sample of the body: "they do not take fingerprints".
  { base: 'take', kind: 'processing', past: ['took', 'taken'] },
  { base: 'obtain', kind: 'processing' },
  { base: 'gather', kind: 'processing' },
  { base: 'access', kind: 'processing' },
  { base: 'see', kind: 'processing', past: ['saw', 'seen'] },
  { base: 'create', kind: 'processing', nouns: ['creation'] },
  { base: 'extract', kind: 'processing', nouns: ['extraction'] },
  { base: 'generate', kind: 'processing' },
  { base: 'track', kind: 'processing', nouns: ['tracking'] },
  { base: 'scan', kind: 'processing', double: true },
  { base: 'analyze', kind: 'processing', nouns: ['analysis'] },
  { base: 'analyse', kind: 'processing' },
  { base: 'retain', kind: 'processing', nouns: ['retention'] },
  { base: 'keep', kind: 'processing', past: ['kept'] },
  { base: 'store', kind: 'processing', nouns: ['storage'] },
  { base: 'save', kind: 'processing' },
  { base: 'record', kind: 'processing', nouns: ['recording'] },
  { base: 'capture', kind: 'processing' },
  { base: 'employ', kind: 'processing' },
  { base: 'identify', kind: 'processing', nouns: ['identification'] },
  { base: 'recognize', kind: 'processing', nouns: ['recognition'] },
  { base: 'recognise', kind: 'processing' },
  { base: 'require', kind: 'processing' },
  { base: 'request', kind: 'processing' },
  { base: 'ask', kind: 'processing' },
  { base: 'determine', kind: 'processing' },
  { base: 'infer', kind: 'processing', double: true },
  { base: 'estimate', kind: 'processing' },
  { base: 'derive', kind: 'processing' },
  { base: 'sample', kind: 'processing' },
  { base: 'listen', kind: 'processing' },
  { base: 'hear', kind: 'processing', past: ['heard'] },
  { base: 'monitor', kind: 'processing' },
  { base: 'log', kind: 'processing', double: true },
  { base: 'measure', kind: 'processing' },
  { base: 'detect', kind: 'processing' },
  { base: 'target', kind: 'processing' },
  { base: 'geolocate', kind: 'processing' },
  { base: 'convert', kind: 'processing', nouns: ['conversion'] },
  { base: 'compare', kind: 'processing', nouns: ['comparison'] },
  { base: 'match', kind: 'processing' },
  { base: 'read', kind: 'processing', past: ['read'] },
  { base: 'learn', kind: 'processing', past: ['learnt'] },
  // Acts whose object is a technique run on the data: "apply facial recognition", "perform voice matching".
  { base: 'apply', kind: 'processing' },
  { base: 'perform', kind: 'processing' },
  { base: 'sell', kind: 'further', past: ['sold'] },
  { base: 'share', kind: 'further' },
  { base: 'disclose', kind: 'further', nouns: ['disclosure'] },
  { base: 'rent', kind: 'further' },
  { base: 'trade', kind: 'further' },
  { base: 'transfer', kind: 'further', double: true },
  { base: 'send', kind: 'flow', past: ['sent'] },
  { base: 'transmit', kind: 'flow', double: true, nouns: ['transmission'] },
  { base: 'upload', kind: 'flow' },
  { base: 'sync', kind: 'flow' },
  { base: 'leave', kind: 'flow', past: ['left'] },
];


/** Every written form of a verb row: base, -s, past, -ing, nouns. */
export function formsOf(row: VerbRow): string[] {
  const b = row.base;
  const last = b[b.length - 1]!;
  const stem = row.double ? b + last : b;
  const third = /(?:s|x|ch|sh)$/.test(b) ? `${b}es` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ies` : `${b}s`;
  const past = row.past ?? [b.endsWith('e') ? `${b}d` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ied` : `${stem}ed`];
  const ing = b.endsWith('e') && !b.endsWith('ee') ? `${b.slice(0, -1)}ing` : `${stem}ing`;
  return [...new Set([b, third, ...past, ing, ...(row.nouns ?? [])])];
}

/** Past participles, for passives ("is not collected"). */
export function participlesOf(row: VerbRow): string[] {
  const b = row.base;
  const stem = row.double ? b + b[b.length - 1]! : b;
  if (row.past) return [row.past[row.past.length - 1]!];
  return [b.endsWith('e') ? `${b}d` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ied` : `${stem}ed`];
}

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export const verbSource = (kinds: VerbKind[]) =>
  alternation(VERBS.filter((v) => kinds.includes(v.kind)).flatMap(formsOf));
export const participleSource = (kinds: VerbKind[]) =>
  alternation(VERBS.filter((v) => kinds.includes(v.kind)).flatMap(participlesOf));

/** The kind of the verb form a word is, or undefined. */
const KIND_OF = new Map<string, VerbKind>();
for (const row of VERBS) for (const form of formsOf(row)) if (!KIND_OF.has(form)) KIND_OF.set(form, row.kind);
export function verbKind(word: string): VerbKind | undefined {
  return KIND_OF.get(word.toLowerCase());
}

/** The third-person forms of the lexicon's verbs ("collects", "analyzes"): a finite verb after a subject. */
const THIRD_PERSON = new Set(VERBS.map((row) => formsOf(row)[1]!));
export function isThirdPersonVerb(word: string): boolean {
  return THIRD_PERSON.has(word);
}
