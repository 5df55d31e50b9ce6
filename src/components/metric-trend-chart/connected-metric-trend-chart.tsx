import {
  type UseEvaluationSeriesOptions,
  useEvaluationSeries,
} from '../../react/hooks/use-evaluation-series.js';
import { useKonan } from '../../react/session/use-konan.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
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
  timeWindow: controlledTimeWindow,
  onTimeWindowChange,
  initialPreset = '30d',
  seriesOptions,
  ...viewProps
}: ConnectedMetricTrendChartProps) {
  const session = useKonan();
  const [ownTimeWindow, setOwnTimeWindow] = useTimeWindow(initialPreset);
  const timeWindow = controlledTimeWindow ?? ownTimeWindow;
  const series = useEvaluationSeries(deploymentUuid, timeWindow, seriesOptions);
  return (
    <MetricTrendChart
      {...viewProps}
      points={series.points}
      bucket={series.bucket}
      pending={series.status === 'pending' || session.status === 'authenticating'}
      error={series.error}
      onRetry={() => series.refetch()}
      signedOut={session.status === 'anonymous' || session.status === 'error'}
      timeWindow={timeWindow}
      onTimeWindowChange={controlledTimeWindow ? onTimeWindowChange : setOwnTimeWindow}
    />
  );
}
