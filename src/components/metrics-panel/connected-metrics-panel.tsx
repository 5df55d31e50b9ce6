import { useEvaluation } from '../../react/hooks/use-evaluation.js';
import { useEvaluationSeries } from '../../react/hooks/use-evaluation-series.js';
import { chooseBucketUnit } from '../../react/series/buckets.js';
import { type KonanConnectedPanelProps, useConnectedPanel } from '../shared/use-connected-panel.js';
import { groupMetrics } from './metrics.js';
import { MetricsPanel } from './metrics-panel.js';
import type { MetricsPanelLabels } from './metrics-panel-labels.js';
import { useResidualSample } from './use-residual-sample.js';

export interface ConnectedMetricsPanelProps extends KonanConnectedPanelProps<MetricsPanelLabels> {
  /**
   * A sparkline per card: one evaluation per bucket of the window (hours up to two days, else
   * days), through `useEvaluationSeries`. Default true; `false` saves those requests.
   */
  trend?: boolean;
  /**
   * A regressor's errors: its window's predictions are read (at most this many, the latest;
   * default 20,000) for a histogram of target − output. `0` turns it off.
   */
  maxResidualPredictions?: number | undefined;
}

/** `MetricsPanel` wired to `useEvaluation`; its window defaults to the last 7 days. Needs a `KonanProvider` above it. */
export function ConnectedMetricsPanel({
  deploymentUuid,
  trend = true,
  maxResidualPredictions,
  ...props
}: ConnectedMetricsPanelProps) {
  const { view, authenticating } = useConnectedPanel(props, '7d');
  const query = useEvaluation(deploymentUuid, view.timeWindow);
  const series = useEvaluationSeries(deploymentUuid, view.timeWindow, {
    bucket: chooseBucketUnit(view.timeWindow),
    // After the panel's own evaluation: its numbers come first, the sparklines after.
    enabled: trend && query.isSuccess,
  });
  const regressor = query.data ? groupMetrics(query.data.metrics).regression.length > 0 : false;
  const residuals = useResidualSample(deploymentUuid, view.timeWindow, {
    enabled: regressor && maxResidualPredictions !== 0,
    maxPredictions: maxResidualPredictions,
  });
  return (
    <MetricsPanel
      {...view}
      evaluation={query.data}
      pending={query.isFetching || authenticating}
      error={query.error}
      onRetry={() => void query.refetch()}
      trend={trend && series.status === 'success' ? series : undefined}
      residuals={regressor ? residuals.sample : undefined}
      residualsPending={regressor && residuals.pending}
      residualsError={regressor ? residuals.error : undefined}
      onResidualsRetry={residuals.refetch}
    />
  );
}
