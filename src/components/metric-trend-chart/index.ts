export {
  ConnectedMetricTrendChart,
  type ConnectedMetricTrendChartProps,
} from './connected-metric-trend-chart.js';
export {
  MetricTrendChart,
  type MetricTrendChartProps,
  type MetricTrendPoint,
} from './metric-trend-chart.js';
export {
  defaultMetricTrendChartLabels,
  type MetricTrendChartLabels,
} from './metric-trend-chart-labels.js';
