import { nice, ticks } from 'd3-array';
import { type ScaleBand, scaleBand } from 'd3-scale';

/**
 * A linear map from data to pixels, with d3-array's ticks. d3-scale's `scaleLinear` does the
 * same and more (interpolators of colours and strings, tick formats), and that more cost the
 * charts 10.8 kB gzipped, half of a chart's weight; the mapping itself is the one line below.
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

/** One band per bucket (by its time in ms), left to right across `width`, for bars. */
export function bucketBands(
  times: readonly number[],
  width: number,
  padding = 0.2,
): ScaleBand<number> {
  return scaleBand<number>()
    .domain(times)
    .range([0, width])
    .paddingInner(padding)
    .paddingOuter(padding / 2);
}

/** The band under `x` (pixels from the plot's left), or `null` outside the bands. */
export function bandIndexAt(scale: ScaleBand<number>, x: number): number | null {
  const domain = scale.domain();
  if (domain.length === 0) return null;
  const step = scale.step();
  const [start] = scale.range();
  const index = Math.floor((x - (start ?? 0) - scale.paddingOuter() * step) / step);
  return index < 0 || index >= domain.length ? null : index;
}
