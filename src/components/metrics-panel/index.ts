export { ConnectedMetricsPanel, type ConnectedMetricsPanelProps } from './connected-metrics-panel';
export {
  describeCustomValue,
  formatScalar,
  type GroupedMetrics,
  groupMetrics,
  matrixView,
} from './metrics';
export { MetricsPanel, type MetricsPanelProps } from './metrics-panel';
export { defaultMetricsPanelLabels, type MetricsPanelLabels } from './metrics-panel-labels';
