export {
  ConnectedFeedbackResultsTable,
  type ConnectedFeedbackResultsTableProps,
} from './connected-feedback-results-table';
export { csvCell, feedbackRowsToCsv } from './feedback-csv';
export { FeedbackProgressBar, type FeedbackProgressBarProps } from './feedback-progress-bar';
export { FeedbackResultsTable, type FeedbackResultsTableProps } from './feedback-results-table';
export {
  defaultFeedbackResultsTableLabels,
  type FeedbackResultsTableLabels,
} from './feedback-results-table-labels';
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
} from './feedback-row-model';
