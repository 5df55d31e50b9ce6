/**
 * The points of a line worth drawing: in each pixel column, of each run of defined points, the
 * first, the lowest, the highest and the last (M4 decimation), in their order, with one
 * undefined point kept per gap so the line still breaks there. Drawn at that width the line looks
 * the same as through every point (each column spans the same heights and joins its neighbours at
 * the same points), but a 10,000-point series over 600 px becomes at most 2,400 points, so the
 * path React builds and the browser parses on every resize is a quarter as long or less.
 *
 * `column(i)` is the pixel column point `i` falls in; it must not decrease with `i`.
 */
export function lineIndexes(
  values: readonly (number | null)[],
  column: (index: number) => number,
): number[] {
  const kept: number[] = [];
  let at = Number.NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  // Indexes only ever grow, so a repeat (a column of one point keeps one) is the last one kept.
  const keep = (i: number) => {
    if (i > (kept[kept.length - 1] ?? -1)) kept.push(i);
  };
  const flush = () => {
    if (first < 0) return;
    // first ≤ the lowest and the highest ≤ last: only those two need ordering.
    keep(first);
    keep(Math.min(low, high));
    keep(Math.max(low, high));
    keep(last);
    first = -1;
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) {
      flush();
      // One gap point breaks the line; more, or one before the first run, change nothing.
      const previous = kept[kept.length - 1];
      if (previous !== undefined && values[previous] !== null) kept.push(i);
      continue;
    }
    const c = column(i);
    if (first < 0 || c !== at) {
      flush();
      at = c;
      first = low = high = last = i;
      continue;
    }
    last = i;
    if (value < (values[low] as number)) low = i;
    if (value > (values[high] as number)) high = i;
  }
  flush();
  return kept;
}
