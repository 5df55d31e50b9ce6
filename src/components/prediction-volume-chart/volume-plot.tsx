import { memo, useMemo } from 'react';
import type { KonanBucketUnit } from '../../react/series/buckets.js';
import { useChartFormat } from '../shared/chart/chart-format.js';
import { chartLayout } from '../shared/chart/chart-layout.js';
import { ChartPlot } from '../shared/chart/chart-plot.js';
import {
  bandIndexAt,
  bucketBands,
  type LinearScale,
  linearScale,
  valueScale,
} from '../shared/chart/chart-scales.js';
import { linePath, stepAreaPath } from '../shared/chart/svg-path.js';
import { spacedTicks, TimeAxis } from '../shared/chart/time-axis.js';
import { usePlotBox } from '../shared/chart/use-plot-box.js';
import { ValueAxis } from '../shared/chart/value-axis.js';
import type { KonanVolumePoint } from './volume-point.js';

export interface VolumePlotProps {
  points: readonly KonanVolumePoint[];
  unit: KonanBucketUnit;
  /** In pixels; the width follows the container. */
  height: number;
  label: string;
  tooltip(point: KonanVolumePoint): string;
}

/** Bars narrower than this are drawn as one stepped shape: thousands of bars stay one element. */
const DENSE_BELOW_PX = 3;

/** Bars of the count per bucket and a line of the feedback share, over a left-to-right time axis. */
export function VolumePlot({ points, unit, height, label, tooltip }: VolumePlotProps) {
  const format = useChartFormat();
  const box = usePlotBox();
  const { width, side: countSide } = box;
  const geometry = useMemo(() => {
    const layout = chartLayout(width, height, { side: countSide });
    // The share axis sits on the other side: leave it room too.
    const left = countSide === 'left' ? layout.margins.left : 40;
    const right = countSide === 'right' ? layout.margins.right : 40;
    const innerWidth = Math.max(0, width - left - right);
    const times = points.map((p) => p.aligned.getTime());
    const x = bucketBands(times, innerWidth);
    const y = valueScale(
      points.reduce((high, p) => Math.max(high, p.count ?? 0), 0),
      layout.innerHeight,
    );
    const share = linearScale([0, 1], [layout.innerHeight, 0]);
    return { layout, left, innerWidth, times, x, y, share };
  }, [points, width, height, countSide]);
  const { layout, left, innerWidth, x, y, share } = geometry;
  const band = x.bandwidth();
  const ticks = useMemo(
    () =>
      spacedTicks(
        points.map((p) => p.aligned),
        innerWidth,
        unit === 'hour' ? 70 : 80,
      ),
    [points, innerWidth, unit],
  );
  return (
    <div ref={box.ref}>
      <ChartPlot
        label={label}
        width={width}
        height={height}
        count={points.length}
        indexAt={(px) => bandIndexAt(x, px - left)}
        anchor={(index) => {
          const point = points[index];
          const at = point ? (x(point.aligned.getTime()) ?? 0) + band / 2 : 0;
          return { x: left + at, y: layout.margins.top + y(point?.count ?? 0) };
        }}
        tooltip={(index) => {
          const point = points[index];
          return point ? tooltip(point) : null;
        }}
      >
        {(active) => (
          <g transform={`translate(${left}, ${layout.margins.top})`}>
            <ValueAxis scale={y} format={format.compact} side={countSide} width={innerWidth} />
            <ValueAxis
              scale={share}
              format={format.percent}
              side={countSide === 'left' ? 'right' : 'left'}
              width={innerWidth}
              grid={false}
              tickCount={2}
            />
            <Bars points={points} x={x} y={y} dense={band < DENSE_BELOW_PX} />
            {active !== null && points[active] ? (
              <rect
                className="konan-chart-bar"
                data-active=""
                x={x(points[active].aligned.getTime()) ?? 0}
                width={Math.max(band, 2)}
                y={y(points[active].count ?? 0)}
                height={layout.innerHeight - y(points[active].count ?? 0)}
              />
            ) : null}
            <CoverageLine points={points} x={x} share={share} dots={band >= 8} />
            <TimeAxis
              x={(time) => (x(time.getTime()) ?? 0) + band / 2}
              ticks={ticks}
              format={(time) => format.bucket(time, unit)}
              y={layout.innerHeight}
              width={innerWidth}
            />
          </g>
        )}
      </ChartPlot>
    </div>
  );
}

type Band = ReturnType<typeof bucketBands>;
type Linear = LinearScale;

/** Memoised: moving the tooltip re-renders only the highlight, not every bar. */
const Bars = memo(function Bars({
  points,
  x,
  y,
  dense,
}: {
  points: readonly KonanVolumePoint[];
  x: Band;
  y: Linear;
  dense: boolean;
}) {
  const base = y.range()[0] ?? 0;
  if (dense) {
    const step = x.step();
    const last = points[points.length - 1];
    // The step shape needs a closing point one band after the last bucket.
    const closed = last
      ? [...points, { ...last, aligned: new Date(last.aligned.getTime() + 1) }]
      : [];
    const xOf = (p: KonanVolumePoint, index: number) =>
      index === points.length
        ? (x(last?.aligned.getTime() ?? 0) ?? 0) + step
        : (x(p.aligned.getTime()) ?? 0);
    const d = stepAreaPath(
      closed,
      xOf,
      (p) => y(p.count ?? 0),
      base,
      (p) => p.count !== undefined,
    );
    return <path className="konan-chart-bar" d={d} />;
  }
  const band = x.bandwidth();
  return (
    <g>
      {points.map((point) =>
        point.count === undefined ? null : (
          <rect
            key={point.aligned.getTime()}
            className="konan-chart-bar"
            x={x(point.aligned.getTime()) ?? 0}
            width={band}
            y={y(point.count)}
            height={base - y(point.count)}
          />
        ),
      )}
    </g>
  );
});

const CoverageLine = memo(function CoverageLine({
  points,
  x,
  share,
  dots,
}: {
  points: readonly KonanVolumePoint[];
  x: Band;
  share: Linear;
  dots: boolean;
}) {
  const band = x.bandwidth();
  const at = (p: KonanVolumePoint) => (x(p.aligned.getTime()) ?? 0) + band / 2;
  const path = linePath(
    points,
    at,
    (p) => share(p.coverage?.value ?? 0),
    (p) => Boolean(p.coverage),
  );
  const estimated = points.some((p) => p.coverage && !p.coverage.exact);
  return (
    <g>
      <path className="konan-chart-line" d={path} data-estimate={estimated ? '' : undefined} />
      {dots
        ? points.map((p) =>
            p.coverage ? (
              <circle
                key={p.aligned.getTime()}
                className="konan-chart-dot"
                data-estimate={p.coverage.exact ? undefined : ''}
                cx={at(p)}
                cy={share(p.coverage.value)}
                r={3}
              />
            ) : null,
          )
        : null}
    </g>
  );
});
