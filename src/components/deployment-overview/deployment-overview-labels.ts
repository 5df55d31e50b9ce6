import type { KonanLabelCount } from '../shared/labels.js';
import type { KonanPanelLabels } from '../shared/panel-props.js';
import type { KonanMetricTrend, KonanOverviewMetricName } from './overview-metric.js';

/** Every text of the deployment overview. Functions build the texts that name a value. */
export interface DeploymentOverviewLabels extends KonanPanelLabels {
  create: string;
  /** The badge next to the title: how many deployments there are. */
  count: (count: KonanLabelCount) => string;
  /** Shown for a deployment whose name is empty. */
  unnamed: string;
  /** The button that opens a deployment (its accessible name). */
  open: (name: string) => string;
  liveModel: (model: string) => string;
  modelLoading: string;
  /** The marker of a deployment that has no live model, so answers no prediction. */
  notServing: string;
  notServingHint: string;
  volumeTitle: string;
  volumeTotal: (count: KonanLabelCount) => string;
  /** The sparkline's accessible name. */
  volumeSparkline: (total: KonanLabelCount) => string;
  volumeLoading: string;
  volumeErrorTitle: string;
  coverageTitle: string;
  /** The share of the last 24 h's predictions with feedback; `exact` false for an estimate. */
  coverageValue: (share: string, exact: boolean) => string;
  coverageNone: string;
  metricTitle: string;
  metricNames: Record<KonanOverviewMetricName, string>;
  metricLoading: string;
  metricErrorTitle: string;
  metricNone: string;
  /** The trend against the previous day, in words (read by screen readers, shown as an arrow). */
  metricTrend: (trend: KonanMetricTrend, previous: string) => string;
  unavailable: string;
}

export const defaultDeploymentOverviewLabels: DeploymentOverviewLabels = {
  title: 'Overview',
  loading: 'Loading deployments…',
  errorTitle: 'The deployments could not be loaded',
  retry: 'Retry',
  signedOutTitle: 'Log in to see your deployments.',
  emptyTitle: 'No deployments yet',
  emptyHint: 'A deployment serves your model behind an API. Create one to start.',
  create: 'Create deployment',
  count: (count) => count.text,
  unnamed: 'Unnamed deployment',
  open: (name) => `Open ${name}`,
  liveModel: (model) => `Live model: ${model}`,
  modelLoading: 'Checking the live model…',
  notServing: 'Not serving',
  notServingHint: 'No live model: requests to this deployment get no prediction.',
  volumeTitle: 'Predictions, last 24 h',
  volumeTotal: (count) => `${count.text} ${count.value === 1 ? 'prediction' : 'predictions'}`,
  volumeSparkline: (total) => `Predictions per hour over the last 24 hours, ${total.text} in all`,
  volumeLoading: 'Counting predictions…',
  volumeErrorTitle: 'The predictions could not be counted',
  coverageTitle: 'Feedback',
  coverageValue: (share, exact) =>
    exact ? `${share} with feedback` : `About ${share} with feedback`,
  coverageNone: 'No predictions to cover',
  metricTitle: 'Latest metric, by day',
  metricNames: { f1_score: 'F1 score', rmse: 'RMSE' },
  metricLoading: 'Evaluating…',
  metricErrorTitle: 'The metric could not be evaluated',
  metricNone: 'No feedback in the last 7 days to evaluate',
  metricTrend: (trend, previous) =>
    trend.direction === 'flat'
      ? `unchanged from the day before (${previous})`
      : `${trend.direction === 'up' ? 'up' : 'down'} from ${previous} the day before${
          trend.better === false ? ', worse' : ', better'
        }`,
  unavailable: 'Not available',
};
