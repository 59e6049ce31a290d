/**
 * The regions policies are written for, and how pages name them: in words ("If you are in the European
 * Economic Area"), in headings ("EEA/UK/CH", "U.S."), and in addresses ("/us/", "-eea", "region=").
 */
export interface RegionDef {
  id: string;
  label: string;
  /** Words that name the region in text, matched without regard to case. */
  words: string;
  /** Abbreviations matched with their case ("US" is a region, "us" a pronoun). */
  abbreviations?: string;
  /** Path or query tokens that name it in a URL (without separators). */
  urlTokens?: string[];
}

export const REGIONS: RegionDef[] = [
  { id: 'EEA/UK/CH', label: 'EEA, UK and Switzerland', words: String.raw`eea\s*/\s*uk\s*/\s*ch|(?:eea|european economic area)[^.]{0,40}(?:uk|united kingdom)[^.]{0,40}switzerland` },
  { id: 'EEA', label: 'European Economic Area', words: String.raw`european economic area|european union`, abbreviations: String.raw`\bEEA\b|\bEU\b`, urlTokens: ['eea', 'eu', 'europe'] },
  { id: 'UK', label: 'United Kingdom', words: String.raw`united kingdom`, abbreviations: String.raw`\bUK\b`, urlTokens: ['uk', 'gb'] },
  { id: 'CH', label: 'Switzerland', words: String.raw`switzerland`, urlTokens: ['ch'] },
  { id: 'US-CA', label: 'California', words: String.raw`california`, urlTokens: ['california', 'ccpa'] },
  { id: 'US-state', label: 'US states', words: String.raw`(?:u\.?s\.? )?state (?:privacy )?(?:laws?|disclosures|notice|residents)|colorado|virginia|connecticut|texas|illinois|washington state|utah|oregon`, urlTokens: ['us-states', 'state-privacy'] },
  { id: 'US', label: 'United States', words: String.raw`united states`, abbreviations: String.raw`\bU\.S\.(?:A\.)?|\bUSA?\b`, urlTokens: ['us', 'usa', 'en-us'] },
  { id: 'CA', label: 'Canada', words: String.raw`canada`, urlTokens: ['ca', 'canada', 'en-ca'] },
  { id: 'BR', label: 'Brazil', words: String.raw`brazil|\blgpd\b`, urlTokens: ['br', 'brazil', 'pt-br'] },
  { id: 'IN', label: 'India', words: String.raw`\bindia\b`, urlTokens: ['in', 'india', 'en-in'] },
  { id: 'JP', label: 'Japan', words: String.raw`japan`, urlTokens: ['jp', 'japan', 'ja'] },
  { id: 'KR', label: 'Korea', words: String.raw`korea`, urlTokens: ['kr', 'korea', 'ko'] },
  { id: 'AU', label: 'Australia', words: String.raw`australia`, urlTokens: ['au', 'australia', 'en-au'] },
  { id: 'ROW', label: 'Rest of the world', words: String.raw`other regions|rest of (?:the )?world|all other (?:countries|regions)|global`, urlTokens: ['row', 'global', 'international', 'other-regions'] },
];

const compiled = REGIONS.map((r) => ({ region: r, re: new RegExp(r.words, 'i'), abbr: r.abbreviations ? new RegExp(r.abbreviations) : undefined }));

/** The region a short text names (a heading, a link, a lead line), or undefined. */
export function regionNamedIn(text: string): string | undefined {
  // "If you are not in the US, EEA, the UK or Switzerland" is everyone else.
  if (/\b(?:(?:you|users?|residents?) (?:are |live |reside )?(?:not in|not located in|outside)|not a resident of)\b[^.]{0,20}\b(?:the )?(?:US|U\.S\.|United States|EEA|European)/i.test(text)) return 'ROW';
  return compiled.find((c) => c.re.test(text) || c.abbr?.test(text))?.region.id;
}

/** A lead that limits a document or section to a region: "(If you are a user having your usual residence in the US)". */
export const SCOPE_LEAD = /\b(?:if you (?:are|live|reside)|(?:usual )?residence in|for (?:users|residents|consumers|individuals)|residents? of|users? (?:in|of|located)|applies (?:only )?to|supplemental|notice (?:for|to)|you are not in the)\b/i;

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
    ...[...u.searchParams.entries()].filter(([k]) => /^(?:region|country|gl|market|locale|lang|hl|cc)$/i.test(k)).flatMap(([, v]) => [v.toLowerCase(), ...v.toLowerCase().split(/[-_]/)]),
  ].filter(Boolean);
  // Longer, more specific tokens first ("en-us" before "us").
  for (const r of REGIONS) if (r.urlTokens?.some((t) => t.includes('-') && tokens.includes(t))) return r.id;
  for (const r of REGIONS) if (r.urlTokens?.some((t) => !t.includes('-') && tokens.includes(t))) return r.id;
  return undefined;
}
