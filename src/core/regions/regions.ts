import type { RegionScope } from '../nlp/types';
import { type Alternatives, alternatives, cased, re, rx } from '../text/pattern';

/**
 * The regions policies are written for, and how pages name them: in words ("If you are in the European
 * Economic Area"), in headings ("EEA/UK/CH", "U.S."), and in addresses ("/us/", "-eea", "region=").
 * One table serves variant discovery (which regional versions exist) and the analyzer (which region a
 * statement or section is limited to, as `scope`), so the two never disagree on what names a region.
 */
export interface RegionDef {
  id: string;
  /** What the analyzer calls a statement limited to this region (`Practice.scope`). */
  scope: RegionScope;
  /** Words that name the region in text, matched without regard to case. */
  words: string;
  /** Abbreviations matched with their case ("US" is a region, "us" a pronoun). */
  abbreviations?: string;
  /** Words that name the region only as the name of a page or link ("Global"), not inside a statement. */
  linkWords?: string;
  /** Path or query tokens that name it in a URL (without separators). */
  urlTokens?: string[];
}

/** What a region may have besides its id, scope, words and URL tokens. */
type RegionOptions = Pick<RegionDef, 'abbreviations' | 'linkWords'>;
/**
 * A row of REGIONS: `region(id, scope, words, urlTokens, options)`, the URL tokens as one string separated by
 * spaces. A call rather than an object literal, since the minifier keeps property names: repeated on every row,
 * they cost bytes of the shipped analyzer.
 */
const region = (id: string, scope: RegionScope, words: Alternatives, urls = '', options: RegionOptions = {}): RegionDef =>
  ({ id, scope, words: alternatives(words), ...options, urlTokens: urls ? urls.split(' ') : undefined });

export const REGIONS: RegionDef[] = [
  region('EEA/UK/CH', 'EEA/UK/CH', [
    rx`eea\s*/\s*uk\s*/\s*ch`,
    rx`(?:eea|european economic area)[^.]{0,40}(?:uk|united kingdom)[^.]{0,40}(?:switzerland|\bch\b)`,
  ]),
  // "EU" but not the EU-U.S. Data Privacy Framework, which is about transfers, not a region's readers.
  region('EEA', 'EEA', rx`european economic area|european union|\beurope\b`, 'eea eu europe', {
    abbreviations: rx`\bEEA\b|\bEU\b(?!\s?-\s?U\.?S)`,
  }),
  region('UK', 'UK', rx`united kingdom`, 'uk gb', { abbreviations: rx`\bU\x4b\b` }),
  region('CH', 'CH', rx`switzerland|\bswiss\b`, 'ch'),
  region('US-CA', 'US-state', rx`california|\bccpa\b|\bcpra\b`, 'california ccpa'),
  region('US-state', 'US-state', [
    rx`(?:u\.?s\.? )?state (?:privacy )?(?:laws?|disclosures|notice|residents|rights)`,
    rx`\bu\.?s\.? states?\b|state privacy`,
    rx`colorado|virginia|connecticut|texas|illinois|washington state|utah|oregon`,
  ], 'us-states state-privacy'),
  region('US', 'US', rx`united states`, 'us usa en-us', { abbreviations: rx`\bU\.S\.(?:A\.)?|\bUSA?\b` }),
  region('CA', 'other', rx`canada`, 'ca canada en-ca'),
  region('BR', 'other', rx`brazil|\blgpd\b`, 'br brazil pt-br'),
  region('IN', 'other', rx`\bindia\b`, 'in india en-in'),
  region('JP', 'other', rx`japan`, 'jp japan ja'),
  region('KR', 'other', rx`korea`, 'kr korea ko'),
  region('AU', 'other', rx`australia`, 'au australia en-au'),
  region('ROW', 'ROW', rx`other regions|rest of (?:the )?world|all other (?:countries|regions)`,
    'row global international other-regions', { linkWords: rx`\bglobal\b` }),
];

const compiled = REGIONS.map((r) => ({
  region: r,
  re: re(r.words),
  abbr: r.abbreviations ? cased(r.abbreviations) : undefined,
  link: r.linkWords ? re(r.linkWords) : undefined,
}));

/** "If you are not in the US, EEA…", "users outside the United States": everyone else. */
const NOT_IN_REGION = re(
  rx`\b(?:(?:you|users?|residents?) (?:are |live |reside )?(?:not in|not located in|outside)` +
    rx`|not a resident of)\b[^.]{0,20}\b(?:the )?(?:US|U\.S\.|United States|EEA|European)`,
);
/**
 * The region a short text names (a heading, a link, a lead line), or undefined. `statement: true` reads a
 * sentence or section heading for the analyzer, where page-name words such as "Global" do not name a region.
 */
export function regionNamedIn(text: string, options: { statement?: boolean } = {}): string | undefined {
  // "If you are not in the US, EEA, the UK or Switzerland" is everyone else.
  if (NOT_IN_REGION.test(text)) return 'ROW';
  return compiled.find((c) => c.re.test(text) || c.abbr?.test(text) || (!options.statement && c.link?.test(text)))
    ?.region.id;
}

/** The analyzer's scope for a region id of this table. */
export function scopeOfRegion(id: string): RegionScope | undefined {
  return REGIONS.find((r) => r.id === id)?.scope;
}

/**
 * A lead that limits a document or section to a region: "(If you are a user having your usual residence in
 * the US)".
 */
export const SCOPE_LEAD = re(
  rx`\b(?:if you (?:are|live|reside)|if you are an? \w+ (?:resident|user|consumer)|(?:usual )?residence in` +
    rx`|for (?:users|residents|consumers|individuals)|residents? of|users? (?:in|of|located)` +
    rx`|applies (?:only )?to|supplemental|additional|notices? (?:for|to)|disclosures? for|you are not in the)\b`,
);

/** The region a URL names by a path segment or query value, or undefined. */
export function regionInUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const tokens = [
    ...u.pathname.toLowerCase().split(/[/_.]+/).flatMap((seg) => [seg, ...seg.split('-')]),
    ...[...u.searchParams.entries()]
      .filter(([k]) => /^(?:region|country|gl|market|locale|lang|hl|cc)$/i.test(k))
      .flatMap(([, v]) => [v.toLowerCase(), ...v.toLowerCase().split(/[-_]/)]),
  ].filter(Boolean);
  // Longer, more specific tokens first ("en-us" before "us").
  for (const r of REGIONS) if (r.urlTokens?.some((t) => t.includes('-') && tokens.includes(t))) return r.id;
  for (const r of REGIONS) if (r.urlTokens?.some((t) => !t.includes('-') && tokens.includes(t))) return r.id;
  return undefined;
}
