/**
 * Every promise an extension page starts is handled (issue 12, item 4): a failure reaches `onError` with its
 * reason (and the page shows it, and gives the controls back) instead of vanishing as an unhandled rejection
 * that leaves a button disabled or a row "Fetching…". Returns nothing: there is nothing left to await.
 */
export function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function handled(work: Promise<unknown>, onError: (reason: string) => void): void {
  work.then(
    () => undefined,
    (e: unknown) => {
      try {
        onError(reasonOf(e));
      } catch {
        // The error display itself failed (the page is closing): nothing more to do.
      }
    },
  );
}
