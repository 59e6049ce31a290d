/**
 * "Same site" for fetching regional versions: the registrable domain under the Public Suffix List (tldts, with
 * private suffixes, so `a.github.io` and `b.github.io` are two sites), and the exact host for IP addresses and
 * single-label hosts such as localhost (every IP ending in `.0.1` is not one site). Only the popup and the
 * background import this: the list is ~40 KB, the script in every page must not carry it.
 */
import { parse } from 'tldts';

export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || !info.domain) return host;
  return info.domain;
}

export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
