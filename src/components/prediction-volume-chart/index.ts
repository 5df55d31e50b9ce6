export {
  ConnectedPredictionVolumeChart,
  type ConnectedPredictionVolumeChartProps,
} from './connected-prediction-volume-chart.js';
export {
  PredictionVolumeChart,
  type PredictionVolumeChartProps,
} from './prediction-volume-chart.js';
export {
  defaultPredictionVolumeChartLabels,
  type PredictionVolumeChartLabels,
} from './prediction-volume-chart-labels.js';
export type { KonanVolumePoint } from './volume-point.js';
