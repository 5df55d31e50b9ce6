import {
  type UseEvaluationSeriesOptions,
  useEvaluationSeries,
} from '../../react/hooks/use-evaluation-series.js';
import { useConnectedPanel } from '../shared/use-connected-panel.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { MetricTrendChart, type MetricTrendChartProps } from './metric-trend-chart.js';

export interface ConnectedMetricTrendChartProps
  extends Omit<
    MetricTrendChartProps,
    'points' | 'bucket' | 'pending' | 'error' | 'onRetry' | 'signedOut'
  > {
  deploymentUuid: string;
  /** The window the chart starts with when it holds its own. Default: the last 30 days. */
  initialPreset?: KonanTimeWindowPreset;
  /** `bucket` (default `'day'`), `concurrency` and TanStack's query options. */
  seriesOptions?: UseEvaluationSeriesOptions;
}

/** `MetricTrendChart` wired to `useEvaluationSeries`; needs a `KonanProvider` above it. */
export function ConnectedMetricTrendChart({
  deploymentUuid,
  seriesOptions,
  ...props
}: ConnectedMetricTrendChartProps) {
  const { view, authenticating } = useConnectedPanel(props, '30d');
  const series = useEvaluationSeries(deploymentUuid, view.timeWindow, seriesOptions);
  return (
    <MetricTrendChart
      {...view}
      points={series.points}
      bucket={series.bucket}
      pending={series.status === 'pending' || authenticating}
      error={series.error}
      onRetry={() => series.refetch()}
    />
  );
}
