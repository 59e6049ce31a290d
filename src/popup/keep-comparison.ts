import { keepNewest, MAX_COMPARISONS, type StoredComparison } from '../platform/storage-keys';

type Comparisons = Record<string, StoredComparison>;

/**
 * Keeps a comparison for the full comparison page (issue 12, item 4: a second large comparison overflowed session
 * storage, uncaught). Session storage is small (10 MB in Chrome): when a comparison does not fit beside the
 * earlier ones, the earlier ones make room; when it does not fit alone, it is shown in the popup but not kept, and
 * the reason says why. Never throws. `update` is the storage's read-modify-write (the test seam).
 */
export async function keepComparison(
  id: string,
  stored: StoredComparison,
  update: (change: (all: Comparisons) => Comparisons) => Promise<unknown>,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await update((all) => keepNewest({ ...all, [id]: stored }, MAX_COMPARISONS, (c) => c.createdAt));
    return { ok: true };
  } catch {
    try {
      await update(() => ({ [id]: stored }));
      return { ok: true };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return { ok: false, error: `the comparison is too large to keep for the full comparison page (${reason})` };
    }
  }
}
