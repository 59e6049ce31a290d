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

/** Every kind: any act on data. */
export const ALL_KINDS: VerbKind[] = ['processing', 'further', 'flow'];

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

/** What a row needs beyond its base form and kind: a base form alone, or with its irregular parts. */
type RowOf = string | [base: string, irregular: Omit<VerbRow, 'base' | 'kind'>];
/** The rows of one kind, the kind written once (repeated on each row it cost ~1.3 KB of the shipped module). */
const ofKind = (kind: VerbKind, rows: RowOf[]): VerbRow[] =>
  rows.map((r) => (typeof r === 'string' ? { base: r, kind } : { base: r[0], kind, ...r[1] }));

export const VERBS: VerbRow[] = [
  ...ofKind('processing', [
    ['collect', { nouns: ['collection'] }],
    ['use', { nouns: ['usage'] }],
    'utilize',
    'utilise',
    ['process', { nouns: ['processing'] }],
    ['receive', { nouns: ['receipt'] }],
    // Taking in what the reader gives: "we may accept spoken commands", "uploads we accept".
    'accept',
    // Taking a print or a sample of the body: "they do not take fingerprints".
    ['take', { past: ['took', 'taken'] }],
    'obtain',
    'gather',
    'access',
    ['see', { past: ['saw', 'seen'] }],
    ['create', { nouns: ['creation'] }],
    // Making a derived record: "we do not build face templates", "the template is computed on the phone".
    ['build', { past: ['built'] }],
    'compute',
    ['extract', { nouns: ['extraction'] }],
    'generate',
    ['track', { nouns: ['tracking'] }],
    ['scan', { double: true }],
    ['analyze', { nouns: ['analysis'] }],
    'analyse',
    ['retain', { nouns: ['retention'] }],
    ['keep', { past: ['kept'] }],
    // Keeping a store of it: "we do not maintain a database of your location history".
    'maintain',
    ['store', { nouns: ['storage'] }],
    'save',
    // A developer's word for keeping: "we do not persist raw recordings".
    'persist',
    ['record', { nouns: ['recording'] }],
    'capture',
    'employ',
    ['identify', { nouns: ['identification'] }],
    ['recognize', { nouns: ['recognition'] }],
    'recognise',
    'require',
    'need',
    'request',
    'ask',
    'determine',
    ['infer', { double: true }],
    'estimate',
    'derive',
    'sample',
    'listen',
    ['hear', { past: ['heard'] }],
    'monitor',
    ['log', { double: true }],
    'measure',
    'detect',
    'target',
    'geolocate',
    ['convert', { nouns: ['conversion'] }],
    ['compare', { nouns: ['comparison'] }],
    'match',
    ['read', { past: ['read'] }],
    ['learn', { past: ['learnt'] }],
    // Acts whose object is a technique run on the data: "apply facial recognition", "perform voice matching".
    'apply',
    'perform',
    // Putting a technique in place: "we do not implement facial recognition", "the stores deploy face matching".
    'implement',
    'deploy',
    // The same said of an act named as a noun: "the geolocation of the user is carried out by means of the IP address".
    ['carry out', { past: ['carried out'] }],
    // Or a practice: "we do not conduct continuous location tracking", "we do not engage in background tracking".
    'conduct',
    'engage in',
  ]),
  ...ofKind('further', [
    ['sell', { past: ['sold'], nouns: ['sale'] }],
    'share',
    ['disclose', { nouns: ['disclosure'] }],
    'rent',
    'trade',
    ['transfer', { double: true }],
    // Joining it to other data: "we do not link your location to your account", "maps are not tied to coordinates".
    'link',
    ['tie', { past: ['tied'] }],
    'associate',
    'combine',
    // Showing it to others: "we don't expose your exact coordinates, only distances", "never reveals your location
    // history", "does not publish your voice recordings".
    'expose',
    'reveal',
    'publish',
  ]),
  ...ofKind('flow', [
    ['send', { past: ['sent'] }],
    ['transmit', { double: true, nouns: ['transmission'] }],
    'upload',
    'sync',
    // The reader handing it over: "without providing your device location to us".
    'provide',
    ['leave', { past: ['left'] }],
    // Handing it on: "the app does not pass facial data to advertisers" (to another: a further act).
    'pass',
  ]),
];

/** The third-person form of a base form: "collects", "analyzes", "processes", "identifies". */
const thirdPersonOf = (b: string) =>
  /(?:s|x|ch|sh)$/.test(b) ? `${b}es` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ies` : `${b}s`;

/** The stem that takes -ed and -ing: "log" doubles its last letter ("logged"). */
const stemOf = (row: VerbRow) => (row.double ? row.base + row.base[row.base.length - 1]! : row.base);
/** The regular past: "stored", "identified", "logged". */
const regularPast = (row: VerbRow) =>
  row.base.endsWith('e') ? `${row.base}d` : /[^aeiou]y$/.test(row.base) ? `${row.base.slice(0, -1)}ied` : `${stemOf(row)}ed`;

/**
 * Every written form of a verb row: base, -s, past, -ing, nouns. A phrasal verb inflects its first word and keeps
 * its particle: "carry out" → "carries out", "carrying out"; "engage in" → "engaged in" (not "engage ined").
 */
export function formsOf(row: VerbRow): string[] {
  const space = row.base.indexOf(' ');
  if (space > 0) {
    const particle = row.base.slice(space);
    const head: VerbRow = { ...row, base: row.base.slice(0, space), nouns: [] };
    if (row.past) head.past = row.past.map((p) => p.slice(0, p.indexOf(' ') < 0 ? p.length : p.indexOf(' ')));
    return [...new Set([...formsOf(head).map((f) => f + particle), ...(row.nouns ?? [])])];
  }
  const b = row.base;
  const ing = b.endsWith('e') && !b.endsWith('ee') ? `${b.slice(0, -1)}ing` : `${stemOf(row)}ing`;
  return [...new Set([b, thirdPersonOf(b), ...(row.past ?? [regularPast(row)]), ing, ...(row.nouns ?? [])])];
}

/** Past participles, for passives ("is not collected"). */
export function participlesOf(row: VerbRow): string[] {
  const space = row.base.indexOf(' ');
  if (space > 0 && !row.past) return [regularPast({ ...row, base: row.base.slice(0, space) }) + row.base.slice(space)];
  return [row.past ? row.past[row.past.length - 1]! : regularPast(row)];
}

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** The rows of the kinds. */
const rowsOf = (kinds: VerbKind[]) => VERBS.filter((v) => kinds.includes(v.kind));
export const verbSource = (kinds: VerbKind[]) => alternation(rowsOf(kinds).flatMap(formsOf));
/** Only the forms that can be a clause's verb after its subject: not the nouns or the -ing forms ("Facial recognition"). */
export const finiteVerbSource = (kinds: VerbKind[]) =>
  alternation(
    rowsOf(kinds).flatMap((row) => formsOf(row).filter((f) => f === row.base || !(row.nouns?.includes(f) || f.endsWith('ing')))),
  );
export const participleSource = (kinds: VerbKind[]) => alternation(rowsOf(kinds).flatMap(participlesOf));
/** The forms of the kinds the analyzer's patterns name most often, built once. */
export const EVERY_VERB = verbSource(ALL_KINDS);
export const PROCESSING_VERB = verbSource(['processing']);
export const PROCESSING_OR_FLOW_VERB = verbSource(['processing', 'flow']);
export const PROCESSING_OR_FURTHER_VERB = verbSource(['processing', 'further']);
/** "collected", "sent": the passive's participles of the acts that deny a practice when negated. */
export const PROCESSING_OR_FLOW_PARTICIPLE = participleSource(['processing', 'flow']);

/** The kind of the verb form a word is, or undefined. */
const KIND_OF = new Map<string, VerbKind>();
for (const row of VERBS) for (const form of formsOf(row)) if (!KIND_OF.has(form)) KIND_OF.set(form, row.kind);
export function verbKind(word: string): VerbKind | undefined {
  return KIND_OF.get(word.toLowerCase());
}

/** The third-person forms of the lexicon's verbs ("collects", "analyzes"): a finite verb after a subject. */
const THIRD_PERSON = new Set(VERBS.map((row) => thirdPersonOf(row.base)));
export function isThirdPersonVerb(word: string): boolean {
  return THIRD_PERSON.has(word);
}
