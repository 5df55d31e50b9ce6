export {
  ConnectedMetricsPanel,
  type ConnectedMetricsPanelProps,
} from './connected-metrics-panel.js';
export {
  describeCustomValue,
  formatScalar,
  type GroupedMetrics,
  groupMetrics,
  matrixView,
} from './metrics.js';
export { MetricsPanel, type MetricsPanelProps } from './metrics-panel.js';
export { defaultMetricsPanelLabels, type MetricsPanelLabels } from './metrics-panel-labels.js';
export type { MetricsPanelTrend } from './metrics-trend.js';
export { ResidualHistogram, type ResidualHistogramProps } from './residual-histogram.js';
export type { KonanResidualSample } from './residuals.js';
