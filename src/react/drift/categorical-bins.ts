/** How often each value occurs. */
export function valueCounts(values: readonly string[], into = new Map<string, number>()) {
  for (const value of values) into.set(value, (into.get(value) ?? 0) + 1);
  return into;
}

/**
 * The values kept as their own bins: the `limit` most frequent over both windows together (so a
 * value new in the current window can show), ties in text order.
 */
export function topValues(
  current: ReadonlyMap<string, number>,
  reference: ReadonlyMap<string, number>,
  limit: number,
): string[] {
  const both = new Map(reference);
  for (const [value, count] of current) both.set(value, (both.get(value) ?? 0) + count);
  return [...both]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([value]) => value);
}
