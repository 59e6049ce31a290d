/**
 * Whether two addresses name the same document: same origin, same path ignoring trailing slashes (servers
 * treat `/privacy` and `/privacy/` as one page), same query; the fragment never counts. One rule for detection
 * (a `rel=privacy-policy` link to the page itself) and for variant discovery (a link back to this page is not a
 * variant), so the two cannot disagree (issue 13, item 4).
 */
export function documentAddress(url: string, base?: string): string | undefined {
  try {
    const u = new URL(url, base);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return undefined;
  }
}

/** `a` may be relative to `b` (an `href` read from the page at address `b`). */
export function sameDocument(a: string, b: string): boolean {
  const x = documentAddress(a, b);
  return x !== undefined && x === documentAddress(b);
}
