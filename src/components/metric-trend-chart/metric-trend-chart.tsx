import { useId, useMemo, useState } from 'react';
import type { KonanEvaluationSeriesPoint } from '../../react/hooks/use-evaluation-series.js';
import type { KonanBucketUnit } from '../../react/series/buckets.js';
import { readableMetricName } from '../metrics-panel/metrics.js';
import { Button } from '../shared/button.js';
import { ChartFigure } from '../shared/chart/chart-figure.js';
import { type ChartFormat, useChartFormat } from '../shared/chart/chart-format.js';
import { chartLayout } from '../shared/chart/chart-layout.js';
import { ChartPlot } from '../shared/chart/chart-plot.js';
import { linearScale, valueScale } from '../shared/chart/chart-scales.js';
import { ChartTable } from '../shared/chart/chart-table.js';
import { lineIndexes } from '../shared/chart/decimate.js';
import { linePath } from '../shared/chart/svg-path.js';
import { spacedTickIndexes, TimeAxis } from '../shared/chart/time-axis.js';
import { usePlotBox } from '../shared/chart/use-plot-box.js';
import { ValueAxis } from '../shared/chart/value-axis.js';
import { labelCount } from '../shared/labels.js';
import type { KonanWindowedPanelProps } from '../shared/panel-props.js';
import { KonanRoot } from '../shared/root.js';
import { useLabels } from '../shared/use-labels.js';
import {
  defaultMetricTrendChartLabels,
  type MetricTrendChartLabels,
} from './metric-trend-chart-labels.js';
import {
  defaultMetric,
  dotIndexes,
  isolatedIndexes,
  isShareSeries,
  metricValues,
  orderMetrics,
  valueRange,
} from './trend-values.js';

/** A bucket of the trend: what `useEvaluationSeries` gives (`status` and `metrics` matter). */
export type MetricTrendPoint = Pick<
  KonanEvaluationSeriesPoint,
  'start' | 'end' | 'status' | 'metrics'
>;

export interface MetricTrendChartProps extends KonanWindowedPanelProps<MetricTrendChartLabels> {
  /** The buckets, oldest first (`useEvaluationSeries(...).points`). */
  points?: readonly MetricTrendPoint[] | undefined;
  bucket?: KonanBucketUnit | undefined;
  /** The metric drawn; with `onMetricChange` the caller holds it, else the chart does. */
  metric?: string | undefined;
  onMetricChange?: ((metric: string) => void) | undefined;
  /** Plot height in pixels (default 220). */
  height?: number | undefined;
}

interface Drawn {
  values: (number | null)[];
  format: (value: number) => string;
}

/**
 * A deployment's metric over time, one point per bucket: classifier precision, recall and F1,
 * regressor RMSE and MAE, or any numeric custom metric, chosen in a labelled select. A bucket
 * with nothing to evaluate is a gap in the line, never a zero.
 */
export function MetricTrendChart({
  points = [],
  bucket = 'day',
  metric: controlledMetric,
  onMetricChange,
  height = 220,
  className,
  labels,
  ...panel
}: MetricTrendChartProps) {
  const { pending = false, error, onRetry } = panel;
  const l = useLabels('metricTrendChart', defaultMetricTrendChartLabels, labels);
  const format = useChartFormat();
  const selectId = useId();
  const names = useMemo(() => {
    const seen = new Set<string>();
    for (const p of points) for (const n in p.metrics) seen.add(n);
    return orderMetrics([...seen]);
  }, [points]);
  const [ownMetric, setOwnMetric] = useState<string | undefined>(undefined);
  const chosen = controlledMetric ?? ownMetric;
  const metric = chosen !== undefined && names.includes(chosen) ? chosen : defaultMetric(names);
  const nameOf = (name: string) => l.metricNames[name] ?? readableMetricName(name);
  const drawn = useMemo<Drawn>(() => {
    const values = metric ? metricValues(points, metric) : [];
    const share = metric ? isShareSeries(metric, values) : false;
    return { values, format: share ? format.percent : format.number };
  }, [points, metric, format]);
  const { failed, settled } = useMemo(() => pointStates(points), [points]);
  const allFailed = points.length > 0 && failed === points.length;
  const empty = settled && !allFailed && names.length === 0;
  const title = metric ? l.title(nameOf(metric), bucket) : l.titleNoMetric;
  const metricName = metric ? nameOf(metric) : undefined;
  const summary = useMemo(
    () =>
      metricName === undefined
        ? undefined
        : trendSummary(points, drawn, metricName, bucket, format, l),
    [points, drawn, metricName, bucket, format, l],
  );
  const toolbar =
    names.length > 1 && metric ? (
      <span className="konan-metric-trend-select">
        <label htmlFor={selectId}>{l.metricSelect}</label>
        <select
          id={selectId}
          className="konan-select"
          value={metric}
          onChange={(event) => {
            setOwnMetric(event.target.value);
            onMetricChange?.(event.target.value);
          }}
        >
          {names.map((name) => (
            <option key={name} value={name}>
              {nameOf(name)}
            </option>
          ))}
        </select>
      </span>
    ) : null;
  const pointTime = (index: number) =>
    format.bucketLong(points[index]?.start ?? new Date(0), bucket);
  const describe = (index: number) => {
    const p = points[index];
    const value = drawn.values[index];
    if (p?.status === 'error') return l.failedBucket;
    return value === null || value === undefined ? l.gap : drawn.format(value);
  };
  return (
    <KonanRoot className={className ? `konan-metric-trend ${className}` : 'konan-metric-trend'}>
      <ChartFigure
        {...panel}
        title={title}
        summary={summary}
        labels={l}
        pending={pending && !settled}
        error={
          allFailed || (error && !settled)
            ? (error ?? points.find((p) => p.status === 'error'))
            : undefined
        }
        errorTitle={l.errorTitle}
        onRetry={onRetry}
        empty={empty ? l.emptyTitle : undefined}
        emptyDetail={<p className="konan-panel-hint">{l.emptyHint}</p>}
        notice={
          failed > 0 ? (
            <>
              {l.partial(
                labelCount(failed, format.number),
                labelCount(points.length, format.number),
                bucket,
              )}{' '}
              {onRetry ? <Button onClick={() => onRetry()}>{l.retry}</Button> : null}
            </>
          ) : undefined
        }
        toolbar={toolbar}
        skeleton="line"
        chart={
          <TrendPlot
            points={points}
            drawn={drawn}
            bucket={bucket}
            height={height}
            label={l.plotLabel(metric ? nameOf(metric) : title)}
            tooltip={(index) => (
              <>
                <strong>{pointTime(index)}</strong>
                <br />
                {metric ? `${nameOf(metric)}: ` : ''}
                {describe(index)}
              </>
            )}
          />
        }
        table={
          // Its rows are made only when the table is shown (ChartFigure renders one view).
          <TrendTable
            caption={title}
            points={points}
            timeHeader={l.columnTime(bucket)}
            valueHeader={metric ? nameOf(metric) : title}
            time={pointTime}
            value={describe}
          />
        }
      />
    </KonanRoot>
  );
}

/** How many buckets failed, and whether any has settled (one pass over the points). */
function pointStates(points: readonly MetricTrendPoint[]): { failed: number; settled: boolean } {
  let failed = 0;
  let settled = false;
  for (const p of points) {
    if (p.status === 'error') failed++;
    if (p.status !== 'pending') settled = true;
  }
  return { failed, settled };
}

function TrendTable({
  caption,
  points,
  timeHeader,
  valueHeader,
  time,
  value,
}: {
  caption: string;
  points: readonly MetricTrendPoint[];
  timeHeader: string;
  valueHeader: string;
  time: (index: number) => string;
  value: (index: number) => string;
}) {
  return (
    <ChartTable
      caption={caption}
      rows={points.map((_, index) => index)}
      rowKey={(index) => String(points[index]?.start.getTime() ?? index)}
      columns={[
        { key: 'time', header: timeHeader, cell: time },
        { key: 'value', header: valueHeader, numeric: true, cell: value },
      ]}
    />
  );
}

function trendSummary(
  points: readonly MetricTrendPoint[],
  drawn: Drawn,
  metric: string,
  bucket: KonanBucketUnit,
  format: ChartFormat,
  l: MetricTrendChartLabels,
): string | undefined {
  // One pass, no object per point: a trend can have 10,000 of them.
  let first = -1;
  let last = -1;
  let low = -1;
  let high = -1;
  let gaps = 0;
  drawn.values.forEach((value, index) => {
    if (value === null) {
      if (points[index]?.status === 'success') gaps++;
      return;
    }
    if (first < 0) first = index;
    last = index;
    if (low < 0 || value < (drawn.values[low] as number)) low = index;
    if (high < 0 || value > (drawn.values[high] as number)) high = index;
  });
  if (first < 0) return undefined;
  const valueAt = (index: number) => drawn.format(drawn.values[index] as number);
  const at = (index: number) => format.bucket(points[index]?.start ?? new Date(0), bucket);
  return l.summary({
    metric,
    from: at(0),
    to: at(points.length - 1),
    first: valueAt(first),
    last: valueAt(last),
    low: valueAt(low),
    lowAt: at(low),
    high: valueAt(high),
    highAt: at(high),
    gaps: labelCount(gaps, format.number),
    unit: bucket,
  });
}

function TrendPlot({
  points,
  drawn,
  bucket,
  height,
  label,
  tooltip,
}: {
  points: readonly MetricTrendPoint[];
  drawn: Drawn;
  bucket: KonanBucketUnit;
  height: number;
  label: string;
  tooltip: (index: number) => React.ReactNode;
}) {
  const box = usePlotBox();
  const { side } = box;
  const layout = chartLayout(box.width, height, { side, axisWidth: 52 });
  const format = useChartFormat();
  const { values } = drawn;
  // What does not depend on the width is computed once per series, not on every resize.
  const range = useMemo(() => valueRange(values), [values]);
  const isolated = useMemo(() => isolatedIndexes(values), [values]);
  if (!box.measured) {
    // The width is measured as this commits and the plot drawn once, before the first paint.
    return (
      <div ref={box.ref} className="konan-metric-trend-plot" style={{ height: layout.height }} />
    );
  }
  const share = drawn.format === format.percent;
  const y = share
    ? linearScale([0, 1], [layout.innerHeight, 0])
    : valueScale(range.high, layout.innerHeight, range.low);
  const x = linearScale([0, Math.max(1, points.length - 1)], [0, layout.innerWidth]);
  // Through the points that change the picture at this width; focus and tooltips use them all.
  const drawnIndexes = lineIndexes(values, (i) => Math.floor(x(i)));
  const path = linePath(
    drawnIndexes,
    (i) => x(i),
    (i) => y(values[i] ?? 0),
    (i) => values[i] !== null,
  );
  const tickIndexes = spacedTickIndexes(points.length, layout.innerWidth);
  const ticks = tickIndexes.map((i) => points[i]?.start ?? new Date(0));
  const indexOf = new Map(ticks.map((t, i) => [t.getTime(), tickIndexes[i] ?? 0]));
  return (
    <div ref={box.ref} className="konan-metric-trend-plot">
      <ChartPlot
        label={label}
        width={layout.width}
        height={layout.height}
        count={points.length}
        indexAt={(px) => {
          if (points.length === 0) return null;
          const index = Math.round(x.invert(px - layout.margins.left));
          return Math.min(points.length - 1, Math.max(0, index));
        }}
        anchor={(i) => ({
          x: layout.margins.left + x(i),
          y: layout.margins.top + y(values[i] ?? y.domain()[1] ?? 0),
        })}
        tooltip={tooltip}
      >
        {(active) => (
          <g transform={`translate(${layout.margins.left}, ${layout.margins.top})`}>
            <ValueAxis
              scale={y}
              format={share ? format.percent : format.compact}
              side={side}
              width={layout.innerWidth}
            />
            <TimeAxis
              x={(time) => x(indexOf.get(time.getTime()) ?? 0)}
              ticks={ticks}
              format={(time) => format.bucket(time, bucket)}
              y={layout.innerHeight}
              width={layout.innerWidth}
            />
            {active !== null ? (
              <line
                className="konan-chart-cursor"
                x1={x(active)}
                x2={x(active)}
                y1={0}
                y2={layout.innerHeight}
              />
            ) : null}
            <path className="konan-chart-line" d={path} />
            {dotIndexes(values, layout.innerWidth, active, isolated).map((i) => (
              <circle
                key={i}
                className="konan-chart-dot"
                cx={x(i)}
                cy={y(values[i] ?? 0)}
                r={active === i ? 4.5 : 2.5}
                data-active={active === i ? '' : undefined}
              />
            ))}
          </g>
        )}
      </ChartPlot>
    </div>
  );
}
