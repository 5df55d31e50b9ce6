import type { KonanBucketUnit } from '../../react/series/buckets.js';
import { ChartFigure } from '../shared/chart/chart-figure.js';
import { type ChartFormat, useChartFormat } from '../shared/chart/chart-format.js';
import { ChartTable } from '../shared/chart/chart-table.js';
import { labelCount } from '../shared/labels.js';
import type { KonanWindowedPanelProps } from '../shared/panel-props.js';
import { KonanRoot } from '../shared/root.js';
import { useLabels } from '../shared/use-labels.js';
import {
  defaultPredictionVolumeChartLabels,
  type PredictionVolumeChartLabels,
} from './prediction-volume-chart-labels.js';
import { VolumePlot } from './volume-plot.js';
import { type KonanVolumePoint, volumeFacts } from './volume-point.js';

export interface PredictionVolumeChartProps
  extends KonanWindowedPanelProps<PredictionVolumeChartLabels> {
  /**
   * The buckets, oldest first (`usePredictionVolume(...).buckets`). A missing count is a bucket
   * still loading while `pending`, and a failed one after.
   */
  buckets?: readonly KonanVolumePoint[] | undefined;
  unit?: KonanBucketUnit | undefined;
  /** The plot's height in pixels (default 220); its width follows the container. */
  height?: number | undefined;
}

/**
 * Predictions per hour or day as bars, with the share that has feedback as a line (dashed and
 * hollow where estimated). A figure with a summary sentence, keyboard-reachable bars with a
 * tooltip, and the same numbers as a table.
 */
export function PredictionVolumeChart({
  buckets = [],
  unit = 'day',
  height = 220,
  className,
  labels,
  ...panel
}: PredictionVolumeChartProps) {
  // `error` counts when every bucket failed; with some loaded, the chart says what is missing.
  const { pending = false, error } = panel;
  const l = useLabels('predictionVolumeChart', defaultPredictionVolumeChartLabels, labels);
  const format = useChartFormat();
  const facts = volumeFacts(buckets);
  const loaded = buckets.length - facts.failed;
  const number = format.number;
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  const summary =
    first && last
      ? [
          l.summary(
            unit,
            format.bucket(first.aligned, unit),
            format.bucket(last.aligned, unit),
            labelCount(facts.total, number),
            facts.peak
              ? {
                  count: labelCount(facts.peak.count ?? 0, number),
                  at: format.bucket(facts.peak.aligned, unit),
                }
              : null,
          ),
          facts.coverage
            ? l.coverageSummary(format.percent(facts.coverage.value), facts.coverage.exact)
            : '',
        ]
          .filter(Boolean)
          .join(' ')
      : undefined;
  const notices = [
    // While `pending`, a missing count is a day still on its way, not a failed one.
    !pending && facts.failed > 0 && loaded > 0
      ? l.partialNotice(labelCount(facts.failed, number), labelCount(buckets.length, number), unit)
      : '',
    facts.coverage && !facts.coverage.exact
      ? l.estimateNotice(
          labelCount(facts.coverage.read, number),
          labelCount(facts.coverage.over, number),
        )
      : '',
  ].filter(Boolean);
  const tooltip = (point: KonanVolumePoint) =>
    l.tooltip(
      format.bucketLong(point.aligned, unit),
      point.count === undefined ? null : labelCount(point.count, number),
      point.coverage
        ? { share: format.percent(point.coverage.value), exact: point.coverage.exact }
        : null,
    );
  const failedAll = Boolean(error) && loaded === 0;
  return (
    <KonanRoot className={className ? `konan-volume-chart ${className}` : 'konan-volume-chart'}>
      <ChartFigure
        {...panel}
        title={l.title}
        summary={summary}
        labels={l}
        pending={pending && buckets.length === 0}
        error={failedAll ? error : undefined}
        errorTitle={l.errorTitle}
        empty={
          !pending && !failedAll && loaded > 0 && facts.total === 0
            ? l.emptyTitle
            : buckets.length === 0 && !pending && !failedAll
              ? l.emptyTitle
              : undefined
        }
        emptyDetail={<p className="konan-panel-hint">{l.emptyHint}</p>}
        notice={notices.length > 0 ? notices.join(' ') : undefined}
        skeleton="bars"
        chart={
          <div className="konan-volume-chart-plot">
            <VolumeLegend labels={l} estimated={Boolean(facts.coverage && !facts.coverage.exact)} />
            <VolumePlot
              points={buckets}
              unit={unit}
              height={height}
              label={l.plotLabel(unit)}
              tooltip={tooltip}
            />
          </div>
        }
        table={<VolumeTable buckets={buckets} unit={unit} labels={l} format={format} />}
      />
    </KonanRoot>
  );
}

function VolumeLegend({
  labels: l,
  estimated,
}: {
  labels: PredictionVolumeChartLabels;
  estimated: boolean;
}) {
  return (
    <ul className="konan-chart-legend">
      <li>
        <span className="konan-chart-legend-swatch" data-series="count" aria-hidden="true" />
        {l.countSeries}
      </li>
      <li>
        <span className="konan-chart-legend-swatch" data-series="coverage" aria-hidden="true" />
        {estimated ? `${l.coverageSeries} (${l.estimated})` : l.coverageSeries}
      </li>
    </ul>
  );
}

function VolumeTable({
  buckets,
  unit,
  labels: l,
  format,
}: {
  buckets: readonly KonanVolumePoint[];
  unit: KonanBucketUnit;
  labels: PredictionVolumeChartLabels;
  format: ChartFormat;
}) {
  return (
    <ChartTable
      caption={l.title}
      rows={buckets}
      rowKey={(row) => String(row.aligned.getTime())}
      columns={[
        {
          key: 'time',
          header: l.columnTime(unit),
          cell: (row) => format.bucketLong(row.aligned, unit),
        },
        {
          key: 'count',
          header: l.countSeries,
          numeric: true,
          cell: (row) => (row.count === undefined ? l.noValue : format.number(row.count)),
        },
        {
          key: 'coverage',
          header: l.coverageSeries,
          numeric: true,
          cell: (row) =>
            row.coverage
              ? `${format.percent(row.coverage.value)}${row.coverage.exact ? '' : ` (${l.estimated})`}`
              : l.noValue,
        },
      ]}
    />
  );
}
