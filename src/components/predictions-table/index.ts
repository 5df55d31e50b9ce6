export {
  ConnectedPredictionsTable,
  type ConnectedPredictionsTableProps,
} from './connected-predictions-table';
export { flattenPredictions } from './flatten-predictions';
export { type JsonSummary, type JsonSummaryOptions, summariseJson } from './json-summary';
export { PredictionsTable, type PredictionsTableProps } from './predictions-table';
export {
  defaultPredictionsTableLabels,
  type PredictionsTableLabels,
} from './predictions-table-labels';
