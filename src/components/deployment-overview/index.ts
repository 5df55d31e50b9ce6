export {
  ConnectedDeploymentOverview,
  type ConnectedDeploymentOverviewProps,
} from './connected-deployment-overview.js';
export { DeploymentOverview, type DeploymentOverviewProps } from './deployment-overview.js';
export {
  type DeploymentOverviewLabels,
  defaultDeploymentOverviewLabels,
} from './deployment-overview-labels.js';
export type { DeploymentOverviewItem } from './overview-item.js';
export {
  type KonanMetricTrend,
  type KonanOverviewMetric,
  type KonanOverviewMetricName,
  latestMetric,
  metricTrend,
} from './overview-metric.js';
