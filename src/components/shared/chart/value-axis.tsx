import type { LinearScale } from './chart-scales.js';

export interface ValueAxisProps {
  scale: LinearScale;
  format: (value: number) => string;
  /** Which side of the plot the axis is on: left in left-to-right text, right in right-to-left. */
  side: 'left' | 'right';
  /** The plot's width, for the grid lines and to place a right-side axis. */
  width: number;
  tickCount?: number | undefined;
  /** Draw a faint grid line across the plot at each tick (default true). */
  grid?: boolean | undefined;
}

/** A value axis beside the plot, with grid lines; drawn inside the plot's hidden SVG like the time axis. */
export function ValueAxis({
  scale,
  format,
  side,
  width,
  tickCount = 4,
  grid = true,
}: ValueAxisProps) {
  const ticks = scale.ticks(tickCount);
  const x = side === 'left' ? 0 : width;
  const labelX = side === 'left' ? -6 : 6;
  const anchor = side === 'left' ? 'end' : 'start';
  return (
    <g className="konan-chart-axis">
      {ticks.map((tick) => {
        const y = scale(tick);
        return (
          <g key={tick} transform={`translate(0, ${y})`}>
            {grid ? <line className="konan-chart-grid" x1={0} x2={width} /> : null}
            <text className="konan-chart-tick-label" x={x + labelX} dy="0.32em" textAnchor={anchor}>
              {format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
