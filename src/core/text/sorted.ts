/**
 * How many items of a list sorted by `key` have a key at or before `pos` (a binary search): the index of the
 * first item after `pos`. Used to find a mention's verb, clause and negations without a scan per mention.
 */
export function countAtOrBefore<T>(items: readonly T[], key: (item: T) => number, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
