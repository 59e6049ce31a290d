import { regionInUrl, regionNamedIn } from './regions';
import { registryEntryFor, REGISTRY, type RegistryEntry } from './registry';
import { sameDocument } from '../url/same-document';

export type VariantSource = 'this-page' | 'in-page' | 'hreflang' | 'link' | 'registry' | 'user';

/** A regional version of the policy the reader is on, and where Policy Lens learnt of it. */
export interface Variant {
  region: string;
  source: VariantSource;
  /** The page holding it ('' for a part of the current page, which is the current URL). */
  url: string;
  label: string;
}

export interface PageLink {
  href: string;
  text: string;
  rel: string;
  hreflang: string;
}

/** EU and EEA countries, for hreflang tags such as "de-DE" (https://www.iso.org/obp/ui/ country codes). */
const EEA_COUNTRIES = new Set(
  'at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se is li no'.split(' '),
);

/** The region of an hreflang value: "en-US" is the US, "en-GB" the UK, "de-DE" the EEA. */
export function regionOfHreflang(hreflang: string): string | undefined {
  const [, country] = hreflang.toLowerCase().split('-');
  if (hreflang.toLowerCase() === 'x-default') return 'default';
  if (!country) return undefined;
  if (country === 'us') return 'US';
  if (country === 'gb' || country === 'uk') return 'UK';
  if (country === 'ch') return 'CH';
  if (EEA_COUNTRIES.has(country)) return 'EEA';
  return country.toUpperCase();
}

/** A link to a policy page: its address or its words say so. */
const POLICY_URL = /privacy|data-?policy|datenschutz|confidentialit|privacidad/i;


/**
 * The regional versions reachable from a page, in the order the design gives: the page's own regional parts,
 * `hreflang` alternates, links that name a region, the bundled registry. Each address appears once, with the
 * first source that found it.
 */
export function discoverVariants(input: {
  url: string;
  links: PageLink[];
  /** Regions of the page's own parts (from `documentRegions`). */
  inPage: { region: string; label: string }[];
  registry?: RegistryEntry[];
}): Variant[] {
  const out: Variant[] = [];
  const seen = new Set<string>();
  const key = (u: string) => {
    try {
      const x = new URL(u);
      x.hash = '';
      return x.href.replace(/\/+$/, '');
    } catch {
      return u;
    }
  };
  const add = (v: Variant) => {
    const k = v.source === 'in-page' ? `in-page:${v.region}` : key(v.url);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(v);
  };
  const hereRegion = regionInUrl(input.url);
  add({ region: hereRegion ?? 'this page', source: 'this-page', url: input.url, label: 'The page you are reading' });
  for (const part of input.inPage) add({ region: part.region, source: 'in-page', url: '', label: part.label });

  for (const link of input.links) {
    if (!/\balternate\b/i.test(link.rel) || !link.hreflang) continue;
    // x-default is whatever the site serves by default: name it by its address where the address says.
    const tagged = regionOfHreflang(link.hreflang);
    const region = tagged === 'default' ? (regionInUrl(link.href) ?? tagged) : tagged;
    if (region && !sameDocument(link.href, input.url)) {
      add({ region, source: 'hreflang', url: link.href, label: `alternate (${link.hreflang})` });
    }
  }
  for (const link of input.links) {
    if (/\balternate\b/i.test(link.rel) || !/^https?:/i.test(link.href) || sameDocument(link.href, input.url)) continue;
    const text = link.text.replace(/\s+/g, ' ').trim();
    const byUrl = regionInUrl(link.href);
    const byText = text.length <= 80 ? regionNamedIn(text) : undefined;
    const region = byText ?? byUrl;
    if (!region || !POLICY_URL.test(new URL(link.href).pathname + new URL(link.href).search)) continue;
    add({ region, source: 'link', url: link.href, label: text || link.href });
  }
  const entry = registryEntryFor(input.url, input.registry ?? REGISTRY);
  for (const v of entry?.variants ?? []) {
    add({ region: v.region, source: 'registry', url: v.url, label: entry!.service });
  }
  return out;
}
