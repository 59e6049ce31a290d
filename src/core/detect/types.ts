import type { Reason } from './reasons';

/** What a page is, as far as Policy Lens cares. */
export type DocumentKind = 'privacy-policy' | 'cookie-policy' | 'terms' | 'not-policy';

export interface HeadingSignal {
  level: number;
  text: string;
}

export interface LinkRelSignal {
  /** Lower-cased `rel` tokens joined by a space, e.g. "privacy-policy". */
  rel: string;
  /** Absolute URL when it could be resolved, else the raw attribute. */
  href: string;
}

/**
 * Everything detection looks at, gathered cheaply from a page (see `dom/signals`).
 * Plain data so that the decision is a pure function, testable without a DOM.
 */
export interface PageSignals {
  /** The page URL, or '' when unknown (a local file in the CLI). */
  url: string;
  title: string;
  /** The document language from `<html lang>`, lower case, or ''. */
  lang: string;
  /** The first headings in document order (bounded). */
  headings: HeadingSignal[];
  linkRels: LinkRelSignal[];
  /** True when the page declares itself an article or blog post (og:type, schema.org type). */
  declaresArticle: boolean;
  /** The first few short text blocks (a document's name often stands there when no heading holds it). */
  lead: string[];
  /**
   * Short standalone lines that read like headings (few words, no closing period): documents converted from PDF
   * or plain text carry their section titles this way.
   */
  headingLike: string[];
  /** A bounded sample of the main visible text, whitespace collapsed. */
  text: string;
  /** Word count of all main visible text, not only the sample. */
  wordCount: number;
}

/**
 * What detection decides, as codes: the page (and the lazy detection module) sends this, without English words, so
 * the script on every page carries no reason text. `withReasonText` adds the English for the CLI and the stored
 * tab state; the popup words the codes through _locales.
 */
export interface Judgement {
  kind: DocumentKind;
  /** Confidence in `kind`, 0..1. */
  score: number;
  /** Why, as codes and arguments, strongest first. */
  explained: Reason[];
}

export interface Verdict extends Judgement {
  /** The same reasons in English, strongest first. */
  reasons: string[];
}
