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
  timeWindow: givenTimeWindow,
  onTimeWindowChange,
  initialPreset = '30d',
  seriesOptions,
  ...viewProps
}: ConnectedMetricTrendChartProps) {
  const { frame, authenticating } = useConnectedPanel(
    { timeWindow: givenTimeWindow, onTimeWindowChange },
    initialPreset,
  );
  const series = useEvaluationSeries(deploymentUuid, frame.timeWindow, seriesOptions);
  return (
    <MetricTrendChart
      {...viewProps}
      {...frame}
      points={series.points}
      bucket={series.bucket}
      pending={series.status === 'pending' || authenticating}
      error={series.error}
      onRetry={() => series.refetch()}
    />
  );
}
