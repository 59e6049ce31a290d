/** The document an annotation belongs to: its URL without fragment and trailing slash. */
export function documentKeyOf(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href.replace(/\/+$/, '');
  } catch {
    return url;
  }
}
