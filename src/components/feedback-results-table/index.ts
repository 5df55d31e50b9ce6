export { csvCell, feedbackRowsToCsv } from './feedback-csv.js';
export { FeedbackProgressBar, type FeedbackProgressBarProps } from './feedback-progress-bar.js';
export { FeedbackResultsTable, type FeedbackResultsTableProps } from './feedback-results-table.js';
export {
  defaultFeedbackResultsTableLabels,
  type FeedbackResultsTableLabels,
} from './feedback-results-table-labels.js';
export {
  createFeedbackRowModel,
  type FeedbackOutcome,
  type FeedbackOutcomeFilter,
  type FeedbackRow,
  type FeedbackRowModel,
  type FeedbackRowQuery,
  type FeedbackSort,
  type FeedbackSortDirection,
  type FeedbackSortKey,
  selectFeedbackRowIds,
  selectFeedbackRows,
} from './feedback-row-model.js';
