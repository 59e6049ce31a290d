/**
 * Labels the reader recognises, distinct even for two versions read on the same day — or in the same second (a
 * revisit right after the first visit): the comparison needs one label per version.
 */
export function versionLabels(thenAt: string, nowAt: string, locale?: string): [string, string] {
  const dayOnly: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  const toSecond: Intl.DateTimeFormatOptions = { ...dayOnly, hour: '2-digit', minute: '2-digit', second: '2-digit' };
  const toMillisecond: Intl.DateTimeFormatOptions = { ...toSecond, fractionalSecondDigits: 3 };
  for (const options of [dayOnly, toSecond, toMillisecond]) {
    const then = new Date(thenAt).toLocaleString(locale, options);
    const now = new Date(nowAt).toLocaleString(locale, options);
    if (then !== now) return [then, now];
  }
  // The same local time to the millisecond (a clock turned back): the recorded times, which differ per version.
  return [thenAt, nowAt];
}
