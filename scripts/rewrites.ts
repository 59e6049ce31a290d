/**
 * Rewrites that keep a sentence's labels: the same claim in other words a policy might have used ("In addition, we
 * collect…", "we may collect…", "Acme collects…", "don't", typographic quotes). The analyzer should read each rewritten
 * sentence as it reads the sentence; where it does not, a rule hangs on the wording at hand rather than on what the
 * words do (issue 9). Pure functions of the text; each returns undefined where it does not apply.
 */
export interface Rewrite {
  name: string;
  /** What it does, for the report. */
  what: string;
  apply: (sentence: string) => string | undefined;
}

/** A sentence with a final period and six words or more: not a heading, a label or a table cell. */
const isProse = (s: string) => /[a-z].*\.$/.test(s) && s.split(/\s+/).length >= 6;
/** The first word in lower case where it only opens the sentence ("We collect" → "we collect"), not a name. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]+ [a-z(]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
/** `s` with `re` replaced, or undefined where it does not match. */
function replaced(s: string, re: RegExp, by: (match: string, ...groups: string[]) => string): string | undefined {
  const out = s.replace(re, by as (m: string, ...a: unknown[]) => string);
  return out === s ? undefined : out;
}
/** A word's case carried over to its replacement ("Collect" → "Gather"), so a title keeps its title case. */
const likeCase = (model: string, word: string) => (/^[A-Z]/.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word);

const GATHERED: Record<string, string> = { '': 'gather', s: 'gathers', ed: 'gathered', ing: 'gathering' };
const THIRD_PERSON: Record<string, string> = {
  collect: 'collects', use: 'uses', process: 'processes', receive: 'receives', obtain: 'obtains', 'do not': 'does not',
  "don't": "doesn't", may: 'may', will: 'will', never: 'never', also: 'also', only: 'only', store: 'stores', share: 'shares',
};

export const REWRITES: Rewrite[] = [
  { name: 'in-addition', what: 'a leading "In addition, "', apply: (s) => (isProse(s) ? `In addition, ${lowerFirst(s)}` : undefined) },
  { name: 'for-example', what: 'a leading "For example, "', apply: (s) => (isProse(s) ? `For example, ${lowerFirst(s)}` : undefined) },
  { name: 'please-note', what: 'a leading "Please note that "', apply: (s) => (isProse(s) ? `Please note that ${lowerFirst(s)}` : undefined) },
  {
    name: 'may',
    what: '"we collect" → "we may collect" (and use, receive, obtain, process, gather, access, record)',
    apply: (s) => (isProse(s) ? replaced(s, /\b([Ww]e) (collect|use|receive|obtain|process|gather|access|record)\b/, (_m, we, v) => `${we} may ${v}`) : undefined),
  },
  {
    name: 'gather',
    what: '"collect" → "gather", in each form and case',
    apply: (s) => replaced(s, /\b([Cc]ollect)(s|ed|ing)?\b/g, (_m, w, end) => likeCase(w, GATHERED[end ?? '']!)),
  },
  {
    name: 'named-subject',
    what: 'an opening "We" → "Acme" with its verb agreed',
    apply: (s) =>
      replaced(s, /^We (collect|use|process|receive|obtain|store|share|may|will|never|also|only|do not|don't)\b/, (_m, v) => `Acme ${THIRD_PERSON[v]}`),
  },
  {
    name: 'contraction',
    what: '"do not" → "don\'t" (does, will)',
    apply: (s) => replaced(s, /\b(do|does|will) not\b/g, (_m, aux) => (aux === 'will' ? "won't" : `${aux}n't`)),
  },
  {
    name: 'typographic',
    what: 'typographic apostrophes and quotation marks',
    apply: (s) => {
      const out = s.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');
      return out === s ? undefined : out;
    },
  },
  { name: 'no-break-space', what: 'every space a no-break space', apply: (s) => replaced(s, / /g, () => '\u00a0') },
  {
    name: 'british',
    what: 'British spellings ("recognise", "analyse", "centre")',
    apply: (s) => replaced(s, /\b(recogni|authori|analy|organi|utili|minimi|anonymi|categori|customi|personali)z|\bcenter/g, (m, stem) => (stem ? `${stem}s` : 'centre')),
  },
  { name: 'such-as', what: '"including" → "such as"', apply: (s) => replaced(s, /\bincluding\b/g, () => 'such as') },
  { name: 'including', what: '"such as" → "including"', apply: (s) => replaced(s, /\bsuch as\b/g, () => 'including') },
  { name: 'geo-location', what: '"geolocation" → "geo-location"', apply: (s) => replaced(s, /\b([Gg]eo)location\b/g, (_m, g) => `${g}-location`) },
];
