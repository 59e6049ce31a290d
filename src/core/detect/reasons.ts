import type { Judgement, Verdict } from './types';

/**
 * Why detection decided as it did, as codes with arguments: the CLI prints them in English (`reasonText`), the
 * extension words them through _locales (`reason_<code>` messages, arguments as $1, $2).
 */
export type ReasonCode =
  | 'title-names'
  | 'heading-names'
  | 'lead-names'
  | 'url-names'
  | 'rel-self'
  | 'privacy-sections'
  | 'terms-sections'
  | 'cookie-headings'
  | 'vocabulary'
  | 'article'
  | 'reporting'
  | 'howto'
  | 'short'
  | 'closest'
  | 'no-sign';

export interface Reason {
  code: ReasonCode;
  args: string[];
  /** Evidence against the verdict (shown as "but: …"). */
  against?: boolean;
}

const KIND: Record<string, string> = {
  'privacy-policy': 'privacy policy',
  'cookie-policy': 'cookie policy',
  terms: 'terms',
  'terms-of-service': 'terms-of-service',
};

const TEXT: Record<ReasonCode, (a: string[]) => string> = {
  'title-names': (a) => `title names a ${KIND[a[0]!]}`,
  'heading-names': (a) => `top heading names a ${KIND[a[0]!]}`,
  'lead-names': (a) => `first line names a ${KIND[a[0]!]}`,
  'url-names': (a) => `URL names a ${KIND[a[0]!]}`,
  'rel-self': (a) => `link rel=${a[0]} points to this page`,
  'privacy-sections': (a) => `${a[0]} privacy-policy sections (${a[1]})`,
  'terms-sections': (a) => `${a[0]} terms-of-service sections`,
  'cookie-headings': (a) => `${a[0]} headings about cookies`,
  vocabulary: (a) =>
    `${a[0] === 'privacy-policy' ? 'privacy' : a[0] === 'cookie-policy' ? 'cookie' : 'terms'} ` +
    `vocabulary ${a[1]} per 1000 words`,
  article: () => 'page declares itself an article',
  reporting: (a) => `reporting prose ${a[0]} per 1000 words`,
  howto: () => 'how-to instructions',
  short: (a) => `short page (${a[0]} words)`,
  closest: (a) => `closest: ${KIND[a[0]!]} at ${a[1]}`,
  'no-sign': () => 'nothing in its address, title, first headings or opening text reads like a policy',
};

/** A judgement with its reasons in English, as the CLI prints it and the background stores it. */
export function withReasonText(judgement: Judgement): Verdict {
  return { ...judgement, reasons: judgement.explained.map(reasonText) };
}

export function reasonText(reason: Reason): string {
  return `${reason.against ? 'but: ' : ''}${TEXT[reason.code](reason.args)}`;
}
