import { useMemo } from 'react';
import { linearScale } from './chart-scales.js';
import { linePath } from './svg-path.js';
import { useContainerWidth } from './use-container-width.js';

export interface SparklineProps {
  /** The values oldest first; `null` is a gap (e.g. a bucket with nothing to evaluate). */
  values: readonly (number | null)[];
  /** What the line shows, in words: its accessible name ("Predictions, last 24 h: 312, …"). */
  label: string;
  /** A fixed width in pixels; by default the line fills its container's width. */
  width?: number | undefined;
  height?: number | undefined;
  /** The colour: the chart's main series (default), or a warning / danger colour. */
  tone?: 'default' | 'warning' | 'danger' | undefined;
  className?: string | undefined;
}

const PAD = 2;

/** A tiny line without axes, for cards and lists; an image named by `label` for assistive technology. */
export function Sparkline({
  values,
  label,
  width,
  height = 28,
  tone = 'default',
  className,
}: SparklineProps) {
  const container = useContainerWidth<HTMLSpanElement>(width ?? 96);
  const drawnWidth = width ?? container.width;
  const { path, last } = useMemo(() => {
    const { low, high } = extentOf(values);
    const x = linearScale([0, Math.max(1, values.length - 1)], [PAD, drawnWidth - PAD]);
    const y = linearScale(low === high ? [low - 1, high + 1] : [low, high], [height - PAD, PAD]);
    const lastIndex = values.length - 1;
    const lastValue = values[lastIndex];
    return {
      path: linePath(
        values,
        (_, index) => x(index),
        (value) => y(value ?? 0),
        (value) => value !== null,
      ),
      last:
        lastValue === null || lastValue === undefined
          ? undefined
          : { x: x(lastIndex), y: y(lastValue) },
    };
  }, [values, drawnWidth, height]);
  return (
    <span
      ref={width === undefined ? container.ref : undefined}
      className={className ? `konan-sparkline ${className}` : 'konan-sparkline'}
      data-tone={tone}
    >
      <svg width={drawnWidth} height={height} role="img" aria-label={label}>
        <path className="konan-sparkline-line" d={path} />
        {last ? <circle className="konan-sparkline-last" cx={last.x} cy={last.y} r={2} /> : null}
      </svg>
    </span>
  );
}

/** The lowest and highest value, gaps left out; both 0 when there is none. */
function extentOf(values: readonly (number | null)[]): { low: number; high: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value === null || Number.isNaN(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return low > high ? { low: 0, high: 0 } : { low, high };
}
