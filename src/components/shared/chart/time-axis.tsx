export interface TimeAxisProps {
  /** Where a time falls on the plot (in the plot's own coordinates). */
  x: (time: Date) => number;
  ticks: readonly Date[];
  format: (time: Date) => string;
  /** The plot's height: the axis is drawn just below it. */
  y: number;
  width: number;
}

/**
 * A time axis under the plot, always running left to right (also in right-to-left pages: time
 * in charts reads that way for their users too). Drawn inside the plot's hidden SVG: the summary
 * and the table carry the same information in words.
 */
export function TimeAxis({ x, ticks, format, y, width }: TimeAxisProps) {
  return (
    <g className="konan-chart-axis" transform={`translate(0, ${y})`}>
      <line className="konan-chart-axis-line" x1={0} x2={width} />
      {ticks.map((tick) => {
        const at = x(tick);
        return (
          <g key={tick.getTime()} transform={`translate(${at}, 0)`}>
            <line className="konan-chart-tick" y2={4} />
            <text className="konan-chart-tick-label" y={16} textAnchor="middle">
              {format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Every n-th of `times` so that about one tick falls every `spacing` pixels (for bars). */
export function spacedTicks(times: readonly Date[], width: number, spacing = 90): Date[] {
  return spacedTickIndexes(times.length, width, spacing).map((index) => times[index] as Date);
}

/**
 * The indexes `spacedTicks` picks among `count` times: 0, n, 2n, … (a handful, found without
 * walking every time).
 */
export function spacedTickIndexes(count: number, width: number, spacing = 90): number[] {
  if (count === 0) return [];
  const fit = Math.max(1, Math.floor(width / spacing));
  const step = Math.max(1, Math.ceil(count / fit));
  const indexes: number[] = [];
  for (let index = 0; index < count; index += step) indexes.push(index);
  return indexes;
}
