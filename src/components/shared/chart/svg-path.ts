/**
 * SVG path data for the charts' lines and step areas. d3-shape's `line` and `area` drew these,
 * but its package is one module that bundlers cannot shake, and it cost every chart 4.3 kB
 * gzipped (with d3-path) for the two shapes below. Output of `linePath` is the same string
 * d3-shape's `line().defined()` gives (checked in the tests).
 */
type Accessor<T> = (item: T, index: number) => number;
type Test<T> = (item: T, index: number) => boolean;

const always = () => true;
/** Coordinates to a thousandth of a pixel, as d3-shape writes them: shorter paths, same picture. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/** A polyline through the items `defined` accepts; an item it refuses breaks the line. */
export function linePath<T>(
  items: readonly T[],
  x: Accessor<T>,
  y: Accessor<T>,
  defined: Test<T> = always,
): string {
  let d = '';
  let run = 0;
  // A run of one point is closed, as d3-shape does, so round line caps still show it as a dot.
  const end = () => {
    if (run === 1) d += 'Z';
    run = 0;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (!defined(item, i)) {
      end();
      continue;
    }
    d += `${run > 0 ? 'L' : 'M'}${round(x(item, i))},${round(y(item, i))}`;
    run++;
  }
  end();
  return d;
}

/**
 * Filled steps from `base` up to each item's `y`, each step held until the next item's `x`
 * (d3's `curveStepAfter`); an item `defined` refuses ends the run of steps before it.
 */
export function stepAreaPath<T>(
  items: readonly T[],
  x: Accessor<T>,
  y: Accessor<T>,
  base: number,
  defined: Test<T> = always,
): string {
  let d = '';
  let first = Number.NaN;
  let last = Number.NaN;
  let height = 0;
  const close = () => {
    if (!Number.isNaN(first)) d += `L${last},${round(base)}L${first},${round(base)}Z`;
    first = Number.NaN;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (!defined(item, i)) {
      close();
      continue;
    }
    const at = round(x(item, i));
    const top = round(y(item, i));
    d += Number.isNaN(first) ? `M${at},${top}` : `L${at},${height}L${at},${top}`;
    if (Number.isNaN(first)) first = at;
    last = at;
    height = top;
  }
  close();
  return d;
}
