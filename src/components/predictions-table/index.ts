export {
  ConnectedPredictionsTable,
  type ConnectedPredictionsTableProps,
} from './connected-predictions-table.js';
export { flattenPredictions } from './flatten-predictions.js';
export { type JsonSummary, type JsonSummaryOptions, summarizeJson } from './json-summary.js';
export { PredictionsTable, type PredictionsTableProps } from './predictions-table.js';
export {
  defaultPredictionsTableLabels,
  type PredictionsTableLabels,
} from './predictions-table-labels.js';
