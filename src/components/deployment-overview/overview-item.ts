import type { KonanFeedbackCoverage } from '../../react/series/prediction-volume.js';
import type { KonanOverviewMetric } from './overview-metric.js';

/** One deployment of the overview, as far as it is known (each part loads on its own). */
export interface DeploymentOverviewItem {
  uuid: string;
  name: string;
  /** The live model's name; `null` when the deployment has no live model; `undefined` while unknown. */
  liveModel?: string | null | undefined;
  /** Predictions per hour over the last 24 h, oldest first; `null` is an hour that failed to load. */
  hourly?: readonly (number | null)[] | undefined;
  /** Predictions in the last 24 h. */
  total?: number | undefined;
  volumePending?: boolean | undefined;
  volumeError?: unknown;
  /** The share of the last 24 h's predictions with feedback; `null` when there were none. */
  coverage?: Pick<KonanFeedbackCoverage, 'value' | 'exact'> | null | undefined;
  /** The latest daily metric of the last 7 days; `null` when no day had feedback to evaluate. */
  metric?: KonanOverviewMetric | null | undefined;
  metricPending?: boolean | undefined;
  metricError?: unknown;
}
