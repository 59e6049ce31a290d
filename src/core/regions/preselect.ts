import type { Variant } from './discover';
import { REGIONS, regionNamedIn } from './regions';
import { siteOf } from './site';

/** Why a candidate version is offered but not ticked. */
export type NotPreselected = 'other-site' | 'same-page-part' | 'language-version';

export interface Preselection {
  include: boolean;
  why?: NotPreselected;
}

/** Region labels that name a region policies are written for (the vocabulary's ids and the usual groupings). */
const KNOWN_REGIONS = new Set([...REGIONS.map((r) => r.id), 'US', 'EEA', 'UK', 'CH', 'ROW', 'EEA/UK/CH']);

/**
 * A label that names a language rather than a region: "pt_BR", "zh_Hant", "en-GB", "default" (x-default, the
 * site's default language). Anchored, no nested quantifiers: linear on any input.
 */
const LANGUAGE_TAG = /^(?:[a-z]{2,3}(?:[_-][A-Za-z]{2,4}){0,2}|default|x-default)$/;

/** The language of the page's own translations: the extension speaks English, so English versions compare. */
const READER_LANGUAGE = 'en';

/**
 * Whether a candidate version is ticked at first. Only versions of the same document are: the page itself and
 * its regional parts, the registry's addresses for this service, what the reader added, and links on the same
 * site that name a region. Links to other sites (a payment provider's policy), links into this page
 * (`#contactus`) and language versions presented as regions are listed unticked, with why.
 */
export function preselect(v: Variant, pageUrl: string): Preselection {
  if (v.source === 'this-page' || v.source === 'in-page' || v.source === 'registry' || v.source === 'user') {
    return { include: true };
  }
  let url: URL;
  let page: URL;
  try {
    url = new URL(v.url);
    page = new URL(pageUrl);
  } catch {
    return { include: false, why: 'other-site' };
  }
  const samePath = url.pathname.replace(/\/+$/, '') === page.pathname.replace(/\/+$/, '');
  if (url.origin === page.origin && samePath && url.search === page.search) {
    return { include: false, why: 'same-page-part' };
  }
  if (siteOf(url.hostname) !== siteOf(page.hostname)) return { include: false, why: 'other-site' };
  if (LANGUAGE_TAG.test(v.region) || !KNOWN_REGIONS.has(v.region)) return { include: false, why: 'language-version' };
  // A link whose address names a language ("?lang=pt_BR", "/zh_Hant/"), and whose words name no region, is a
  // translation: its "region" was read from the language tag.
  if (v.source === 'link' && !regionNamedIn(v.label) && otherLanguageIn(url)) {
    return { include: false, why: 'language-version' };
  }
  if (v.source === 'hreflang') {
    // An alternate in another language (pt-BR, zh-Hant) is a translation, whatever country it names.
    const lang = /\(([A-Za-z]{2,3})[-_]?/.exec(v.label)?.[1]?.toLowerCase();
    if (lang && lang !== READER_LANGUAGE) return { include: false, why: 'language-version' };
  }
  return { include: true };
}

/** Whether an address names a language other than the reader's, by a language parameter or a locale segment. */
function otherLanguageIn(url: URL): boolean {
  const tags = [
    ...[...url.searchParams.entries()].filter(([k]) => /^(?:lang|hl|locale|language)$/i.test(k)).map(([, v]) => v),
    ...url.pathname.split('/').filter((seg) => /^[a-z]{2,3}[-_][A-Za-z]{2,4}$/.test(seg)),
  ];
  return tags.some((tag) => tag.slice(0, 2).toLowerCase() !== READER_LANGUAGE);
}

