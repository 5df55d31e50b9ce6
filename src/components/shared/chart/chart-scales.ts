import { type ScaleBand, type ScaleLinear, scaleBand, scaleLinear } from 'd3-scale';

/** A value axis from 0 (or `min`) to a rounded-up `max`, bottom to top of a plot `height` high. */
export function valueScale(max: number, height: number, min = 0): ScaleLinear<number, number> {
  const top = max > min ? max : min + 1;
  return scaleLinear().domain([min, top]).nice().range([height, 0]);
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
