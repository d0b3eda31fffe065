/**
 * The `k` smallest items under `compare`, in ascending order, without sorting the whole list. A report that shows
 * 25 rows of a rule with 400,000 findings needs those 25, not a sorted copy of all of them: an item larger than the
 * current k-th is rejected with one comparison. Ties keep the input order, as a stable sort would.
 */
export function smallest<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k <= 0) return kept;
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]!) >= 0) continue;
    keepSmallest(kept, item, k, compare);
  }
  return kept;
}

/** Put `item` into `kept` (ascending, at most `k` long) after any equal ones, dropping the largest past `k`. */
export function keepSmallest<T>(kept: T[], item: T, k: number, compare: (a: T, b: T) => number): void {
  // Binary search for the first kept item greater than this one (after any equal ones: stability).
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(item, kept[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  kept.splice(lo, 0, item);
  if (kept.length > k) kept.pop();
}
