/** Labels the reader recognises, distinct even for two versions read on the same day. */
export function versionLabels(thenAt: string, nowAt: string, locale?: string): [string, string] {
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const exact = (iso: string) => new Date(iso).toLocaleString(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return day(thenAt) === day(nowAt) ? [exact(thenAt), exact(nowAt)] : [day(thenAt), day(nowAt)];
}
