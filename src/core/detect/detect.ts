import type { Reason, ReasonCode } from './reasons';
import type { DocumentKind, Judgement, PageSignals } from './types';
import { sameDocument } from '../url/same-document';
import {
  COOKIE_PHRASES,
  COOKIE_SECTION_TOPICS,
  DOCUMENT_NAMES,
  HELP_PHRASES,
  NAME_QUALIFIER,
  PRIVACY_PHRASES,
  PRIVACY_SECTION_TOPICS,
  REPORTING_PHRASES,
  TERMS_PHRASES,
  TERMS_SECTION_TOPICS,
  URL_TOKENS,
  type PolicyKind,
  type Term,
} from './vocabulary';

/** Below this a page is not called a policy of any kind. */
export const POLICY_THRESHOLD = 0.5;

const KINDS: PolicyKind[] = ['privacy-policy', 'cookie-policy', 'terms'];
interface Evidence {
  weight: number;
  reason: Reason;
}

const r = (code: ReasonCode, ...args: (string | number)[]): Reason => ({ code, args: args.map(String) });

/** Splits a title such as "Privacy Policy | TikTok" into the parts a site joins with separators. */
export function titleSegments(title: string): string[] {
  return title
    .split(/\s+[|–—·:-]\s+|\s*\|\s*/)
    .map(cleanName)
    .filter((s) => s.length > 0);
}

function cleanName(s: string): string {
  return s
    .replace(/[*_#`"“”]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:!]+$/, '')
    .trim();
}

/** A name is short: a headline that happens to contain "privacy policy" is not one. */
function isNameLike(s: string): boolean {
  return s.length <= 90 && s.split(' ').length <= 10;
}

/**
 * The kind a title segment or heading names, if it is a document's name: the name ends it ("Acme Privacy
 * Policy"), or starts it followed only by a qualifier ("Privacy policy, Acme service", "Privacy Notice for
 * California Residents"). A name like "Privacy & Terms" names neither; a headline goes on with a verb.
 */
export function nameKind(candidate: string): PolicyKind | undefined {
  const name = cleanName(candidate);
  if (!isNameLike(name)) return undefined;
  const words = name.split(' ');
  // Every head of the segment of up to five words, tried as a name followed by a qualifier.
  const heads = [name];
  for (let n = Math.min(5, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ').replace(/[,(–—-]+$/, '');
    if (NAME_QUALIFIER.pattern.test(name.slice(head.length))) heads.push(head);
  }
  for (const kind of KINDS) {
    if (heads.some((head) => DOCUMENT_NAMES[kind].some((t) => t.pattern.test(head)))) return kind;
  }
  return undefined;
}

function countMatches(text: string, terms: Term[]): number {
  let n = 0;
  for (const t of terms) {
    t.pattern.lastIndex = 0;
    const m = text.match(t.pattern);
    if (m) n += m.length;
  }
  return n;
}

function distinctTopics(headings: string[], topics: Term[]): string[] {
  return topics.filter((t) => headings.some((h) => t.pattern.test(h))).map((t) => t.id);
}

function urlPathAndQuery(url: string): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname + u.search).toLowerCase();
  } catch {
    return '';
  }
}


const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/**
 * Decides what kind of document a page is from its signals. Pure: the same signals give the same verdict.
 *
 * Evidence is additive and each piece is general to the web, not to one corpus: the document's own name
 * (title, top heading, first line), the sections it is built from, the density of its vocabulary, its URL
 * and `link rel` self-references; reporting prose, article markup, how-to prose and shortness count against.
 */
export function judgePage(signals: PageSignals): Judgement {
  const evidence: Record<PolicyKind, Evidence[]> = { 'privacy-policy': [], 'cookie-policy': [], terms: [] };
  const against: Evidence[] = [];

  // 1. The document's own name.
  const titleKinds = titleSegments(signals.title).map(nameKind);
  const titleKind = titleKinds.find((k) => k !== undefined);
  const topHeadings = signals.headings.slice(0, 4).filter((h) => h.level <= 3);
  const headingKind = topHeadings.map((h) => nameKind(h.text)).find((k) => k !== undefined);
  const leadKind = signals.lead.map(nameKind).find((k) => k !== undefined);
  if (titleKind) evidence[titleKind].push({ weight: 0.3, reason: r('title-names', titleKind) });
  if (headingKind) evidence[headingKind].push({ weight: 0.3, reason: r('heading-names', headingKind) });
  if (leadKind && !headingKind) evidence[leadKind].push({ weight: 0.2, reason: r('lead-names', leadKind) });

  // 2. The URL and link relations (https://html.spec.whatwg.org/#link-type-privacy-policy).
  const path = urlPathAndQuery(signals.url);
  for (const kind of KINDS) {
    if (path && URL_TOKENS[kind].pattern.test(path)) {
      evidence[kind].push({ weight: 0.15, reason: r('url-names', kind) });
    }
  }
  for (const link of signals.linkRels) {
    const rels = link.rel.split(/\s+/);
    const self = signals.url !== '' && sameDocument(link.href, signals.url);
    if (rels.includes('privacy-policy') && self) {
      evidence['privacy-policy'].push({ weight: 0.35, reason: r('rel-self', 'privacy-policy') });
    }
    if (rels.includes('terms-of-service') && self) {
      evidence.terms.push({ weight: 0.35, reason: r('rel-self', 'terms-of-service') });
    }
  }

  // 3. The sections the document is built from.
  // Few real headings: the section titles are likely plain lines (a policy converted from PDF or text).
  const headingTexts =
    signals.headings.length >= 5 ? signals.headings.map((h) => h.text) : [...signals.headings.map((h) => h.text), ...signals.headingLike];
  const privacyTopics = distinctTopics(headingTexts, PRIVACY_SECTION_TOPICS);
  const termsTopics = distinctTopics(headingTexts, TERMS_SECTION_TOPICS);
  const cookieHeadings = headingTexts.filter((h) => COOKIE_SECTION_TOPICS.some((t) => t.pattern.test(h))).length;
  if (privacyTopics.length >= 2) {
    evidence['privacy-policy'].push({
      weight: 0.3 * clamp01((privacyTopics.length - 1) / 3),
      reason: r('privacy-sections', privacyTopics.length, privacyTopics.map((t) => t.replace('topic-', '')).join(', ')),
    });
  }
  // Terms documents share "changes", "payment" or "accounts" sections with other pages, so it takes three kinds of
  // sections to count, and six make the full weight.
  if (termsTopics.length >= 3) {
    evidence.terms.push({
      weight: 0.35 * clamp01((termsTopics.length - 2) / 4),
      reason: r('terms-sections', termsTopics.length),
    });
  }
  if (cookieHeadings >= 3 && cookieHeadings >= headingTexts.length / 3) {
    evidence['cookie-policy'].push({ weight: 0.3, reason: r('cookie-headings', cookieHeadings) });
  }

  // 4. Vocabulary density, per 1000 words of the sample.
  const sampleWords = Math.max(1, signals.text.split(/\s+/).length);
  const per1000 = (n: number) => (n * 1000) / sampleWords;
  const privacyDensity = per1000(countMatches(signals.text, PRIVACY_PHRASES));
  const termsDensity = per1000(countMatches(signals.text, TERMS_PHRASES));
  const cookieDensity = per1000(countMatches(signals.text, COOKIE_PHRASES));
  // A couple of hits in a short page is not a density: reporting and how-to prose need a few to count.
  const reportingHits = countMatches(signals.text, REPORTING_PHRASES);
  const helpHits = countMatches(signals.text, HELP_PHRASES);
  const reportingDensity = reportingHits >= 3 ? per1000(reportingHits) : 0;
  const helpDensity = helpHits >= 3 ? per1000(helpHits) : 0;
  if (privacyDensity >= 3) {
    evidence['privacy-policy'].push({
      weight: 0.35 * clamp01((privacyDensity - 3) / 10),
      reason: r('vocabulary', 'privacy-policy', privacyDensity.toFixed(0)),
    });
  }
  if (termsDensity >= 3) {
    evidence.terms.push({
      weight: 0.3 * clamp01((termsDensity - 3) / 6),
      reason: r('vocabulary', 'terms', termsDensity.toFixed(0)),
    });
  }
  if (cookieDensity >= 8 && cookieDensity > privacyDensity) {
    evidence['cookie-policy'].push({
      weight: 0.3 * clamp01((cookieDensity - 8) / 12),
      reason: r('vocabulary', 'cookie-policy', cookieDensity.toFixed(0)),
    });
  }

  // 5. What speaks against any policy.
  if (signals.declaresArticle) against.push({ weight: 0.35, reason: r('article') });
  if (reportingDensity >= 2) {
    against.push({
      weight: 0.35 * clamp01((reportingDensity - 1) / 4),
      reason: r('reporting', reportingDensity.toFixed(0)),
    });
  }
  if (helpDensity >= 3) against.push({ weight: 0.2, reason: r('howto') });
  // Policies are long; but small services write short ones, so shortness only tips a close call, and weighs
  // less on a page that gives itself a document's name (a short page about privacy that names nothing is more
  // likely a help or settings page).
  const named = new Set<PolicyKind>([titleKind, headingKind, leadKind].filter((k) => k !== undefined));
  // Four kinds of section of one document kind make a structured document of that kind, short or not.
  if (privacyTopics.length >= 4) named.add('privacy-policy');
  if (termsTopics.length >= 4) named.add('terms');
  const shortWeight = signals.wordCount < 400 ? 0.25 : signals.wordCount < 900 ? 0.1 : 0;
  const base = against.reduce((s, e) => s + e.weight, 0);
  const penaltyOf = (kind: PolicyKind) => base + (named.has(kind) ? shortWeight / 2.5 : shortWeight);
  if (shortWeight > 0) against.push({ weight: shortWeight, reason: r('short', signals.wordCount) });

  const scored = KINDS.map((kind) => {
    const items = evidence[kind].filter((e) => e.weight > 0.005).sort((a, b) => b.weight - a.weight);
    return { kind, items, score: clamp01(items.reduce((s, e) => s + e.weight, 0) - penaltyOf(kind)) };
  }).sort((a, b) => b.score - a.score);

  const best = scored[0]!;
  const contra = against.filter((e) => e.weight > 0.005).map((e) => e.reason);
  if (best.score >= POLICY_THRESHOLD) {
    return verdict(best.kind, best.score, [...best.items.map((e) => e.reason), ...contra.map((c) => ({ ...c, against: true }))]);
  }
  const kind: DocumentKind = 'not-policy';
  const nearMiss = best.items.length > 0 ? [r('closest', best.kind, best.score.toFixed(2))] : [];
  return verdict(kind, clamp01(1 - best.score), [...contra, ...nearMiss, ...best.items.map((e) => e.reason)]);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function verdict(kind: DocumentKind, score: number, reasons: Reason[]): Judgement {
  return { kind, score: round2(score), explained: reasons.slice(0, 8) };
}
