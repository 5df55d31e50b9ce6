import type { KonanTimeWindow } from '../../client/data-types.js';
import { useEvaluation } from '../../react/hooks/use-evaluation.js';
import { useEvaluationSeries } from '../../react/hooks/use-evaluation-series.js';
import { chooseBucketUnit } from '../../react/series/buckets.js';
import { useKonan } from '../../react/session/use-konan.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
import { MetricsPanel } from './metrics-panel.js';
import type { MetricsPanelLabels } from './metrics-panel-labels.js';

export interface ConnectedMetricsPanelProps extends KonanHeadedViewProps<MetricsPanelLabels> {
  deploymentUuid: string;
  /** Control the window from outside (e.g. one window for a whole dashboard). */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** The window the panel starts with when it holds its own. Default: the last 7 days. */
  initialPreset?: KonanTimeWindowPreset;
  /**
   * A sparkline per card: one evaluation per bucket of the window (hours up to two days, else
   * days), through `useEvaluationSeries`. Default true; `false` saves those requests.
   */
  trend?: boolean;
}

/** `MetricsPanel` wired to `useEvaluation`; needs a `KonanProvider` above it. */
export function ConnectedMetricsPanel({
  deploymentUuid,
  timeWindow: controlledTimeWindow,
  onTimeWindowChange,
  initialPreset = '7d',
  trend = true,
  ...viewProps
}: ConnectedMetricsPanelProps) {
  const session = useKonan();
  const [ownTimeWindow, setOwnTimeWindow] = useTimeWindow(initialPreset);
  const timeWindow = controlledTimeWindow ?? ownTimeWindow;
  const query = useEvaluation(deploymentUuid, timeWindow);
  const series = useEvaluationSeries(deploymentUuid, timeWindow, {
    bucket: chooseBucketUnit(timeWindow),
    // After the panel's own evaluation: its numbers come first, the sparklines after.
    enabled: trend && query.isSuccess,
  });
  return (
    <MetricsPanel
      {...viewProps}
      evaluation={query.data}
      pending={query.isFetching || session.status === 'authenticating'}
      error={query.error}
      onRetry={() => void query.refetch()}
      signedOut={session.status === 'anonymous' || session.status === 'error'}
      timeWindow={timeWindow}
      onTimeWindowChange={controlledTimeWindow ? onTimeWindowChange : setOwnTimeWindow}
      trend={trend && series.status === 'success' ? series : undefined}
    />
  );
}
