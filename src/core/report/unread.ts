/** What an analysis left unread although it had time (see platform's UnreadText): a structural copy, core is pure. */
export interface Unread {
  skippedPieces: number;
  /** Longest a skipped stretch is (the analyzer's sentence bound), said to the reader. */
  pieceChars: number;
  cutAt?: number;
}

/**
 * The sentences that tell the reader what was not read, in the panel and the popup alike (issue 12: a cap is
 * counted and said, never silent). `t` is the extension's message lookup.
 */
export function unreadNotices(t: (key: string, substitutions?: string | string[]) => string, unread: Unread | undefined): string[] {
  if (!unread) return [];
  // Digits grouped by hand: the first toLocaleString call in a page's content script cost ~60 ms (ICU loading).
  const count = (n: number) => String(Math.trunc(n)).replace(/\B(?=(?:\d{3})+$)/g, ',');
  const notices: string[] = [];
  if (unread.cutAt !== undefined) notices.push(t('analysisCut', count(unread.cutAt)));
  if (unread.skippedPieces > 0) notices.push(t('analysisSkipped', [count(unread.skippedPieces), count(unread.pieceChars)]));
  return notices;
}
