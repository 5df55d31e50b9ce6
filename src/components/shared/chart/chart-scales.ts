import { nice, ticks } from '../../../react/series/ticks.js';

/**
 * A linear map from data to pixels, with d3's ticks. d3-scale's `scaleLinear` does the same and
 * more (interpolators of colours and strings, tick formats), and that more cost the charts
 * 10.8 kB gzipped, half of a chart's weight; the mapping itself is the one line below.
 */
export interface LinearScale {
  (value: number): number;
  /** The data value at a pixel (for pointer positions). */
  invert(pixel: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values across the domain (d3-array's `ticks`). */
  ticks(count?: number): number[];
}

export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): LinearScale {
  const span = d1 - d0;
  const scale = (value: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0);
  scale.invert = (pixel: number) => (r1 === r0 ? d0 : d0 + ((pixel - r0) / (r1 - r0)) * span);
  scale.domain = (): [number, number] => [d0, d1];
  scale.range = (): [number, number] => [r0, r1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/** A value axis from 0 (or `min`) to a rounded-up `max`, bottom to top of a plot `height` high. */
export function valueScale(max: number, height: number, min = 0): LinearScale {
  const top = max > min ? max : min + 1;
  const [low, high] = nice(min, top, 10);
  return linearScale([low, high], [height, 0]);
}

/** Evenly spaced bands, one per bucket, as d3-scale's `scaleBand` places them (centred). */
export interface BandScale {
  /** The left edge of the band of a bucket (its time in ms), or `undefined` if it has none. */
  (value: number): number | undefined;
  domain(): readonly number[];
  range(): [number, number];
  /** The width of a band. */
  bandwidth(): number;
  /** From one band's left edge to the next's. */
  step(): number;
  /** The space before the first band and after the last, as a share of `step`. */
  paddingOuter(): number;
}

/**
 * One band per bucket (by its time in ms), left to right across `width`, for bars: d3-scale's
 * `scaleBand().paddingInner(padding).paddingOuter(padding / 2)` arithmetic (checked against it in
 * the tests). d3-scale ships as one module no bundler can shake, and this one scale from it cost
 * each bar chart 0.65 kB gzipped.
 */
export function bucketBands(times: readonly number[], width: number, padding = 0.2): BandScale {
  const inner = Math.min(1, padding);
  const outer = padding / 2;
  const domain: number[] = [];
  const index = new Map<number, number>();
  for (const time of times) {
    if (index.has(time)) continue;
    index.set(time, domain.length);
    domain.push(time);
  }
  const n = domain.length;
  const step = width / Math.max(1, n - inner + outer * 2);
  const start = (width - step * (n - inner)) * 0.5;
  const scale = (value: number) => {
    const at = index.get(value);
    return at === undefined ? undefined : start + step * at;
  };
  scale.domain = () => domain;
  scale.range = (): [number, number] => [0, width];
  scale.bandwidth = () => step * (1 - inner);
  scale.step = () => step;
  scale.paddingOuter = () => outer;
  return scale;
}

/** The band under `x` (pixels from the plot's left), or `null` outside the bands. */
export function bandIndexAt(scale: BandScale, x: number): number | null {
  const domain = scale.domain();
  if (domain.length === 0) return null;
  const step = scale.step();
  const [start] = scale.range();
  const index = Math.floor((x - start - scale.paddingOuter() * step) / step);
  return index < 0 || index >= domain.length ? null : index;
}
