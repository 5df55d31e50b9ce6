import { nice, ticks } from '../series/ticks.js';

/**
 * Edges of the bins both windows share, from the smallest and largest value of the two together:
 * d3-array's nice ticks (`ticks.ts`) over that extent, about `count` bins. A constant feature has one bin.
 */
export function sharedEdges(min: number, max: number, count: number): number[] {
  const span = max - min;
  // Constant, or a span too small for ticks to step through (d3 would loop on subnormals).
  if (!(span > 1e-300) || span < Math.max(Math.abs(min), Math.abs(max)) * 1e-12) return [min, max];
  const [start, stop] = nice(min, max, count);
  const edges = ticks(start, stop, count);
  // Spans too small for ticks (subnormal differences) fall back to one bin over the extent.
  if (edges.length < 2) return [min, max];
  if ((edges[0] ?? start) > min) edges.unshift(min);
  if ((edges[edges.length - 1] ?? stop) < max) edges.push(max);
  return edges;
}

/** The bin of `value`: `[edge i, edge i+1)`, the last bin closed. */
export function binIndex(edges: readonly number[], value: number): number {
  const last = edges.length - 2;
  // The number of edges at or below `value`, by bisection (edges ascend).
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((edges[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  const index = low - 1;
  return Math.max(0, Math.min(index, last));
}

/**
 * Adds `values[from..to)` into `counts` (one slot per bin); returns where it stopped, so the
 * caller can count a long list in slices.
 */
export function countInto(
  counts: number[],
  edges: readonly number[],
  values: readonly number[],
  from: number,
  to: number,
): number {
  const end = Math.min(to, values.length);
  for (let i = from; i < end; i += 1) {
    const bin = binIndex(edges, values[i] as number);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return end;
}
