/**
 * The sites history holds, for the options page's "forget a site": one row per origin (the unit `forgetSite`
 * forgets), with its documents and versions. Pure: the index in, rows out.
 */
import type { HistoryIndex } from '../platform/history-keys';
import type { HistorySite } from '../platform/messages';

const originOf = (url: string): string | undefined => {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
};

/** Sites by origin, alphabetical; an entry whose address does not parse is left out (it cannot be forgotten by site). */
export function sitesOf(index: HistoryIndex): HistorySite[] {
  const sites = new Map<string, HistorySite>();
  for (const entry of Object.values(index.documents)) {
    const origin = originOf(entry.url);
    if (!origin) continue;
    const site = sites.get(origin) ?? { origin, documents: 0, versions: 0 };
    site.documents += 1;
    site.versions += entry.versions.length;
    sites.set(origin, site);
  }
  return [...sites.values()].sort((a, b) => a.origin.localeCompare(b.origin));
}
