import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';

export interface PredictionsTableLabels {
  title: string;
  /** The table's caption (read by screen readers), with the window's formatted bounds. */
  caption: (start: string, end: string) => string;
  loading: string;
  loadingMore: string;
  errorTitle: string;
  loadMoreErrorTitle: string;
  retry: string;
  emptyTitle: string;
  emptyHint: string;
  signedOut: string;
  created: string;
  uuid: string;
  features: string;
  output: string;
  feedback: string;
  noFeedback: string;
  /** Read after a dash in a cell with no value. */
  none: string;
  loadMore: string;
  /** e.g. "Showing 100 of 2,500 predictions"; numbers come formatted. */
  showing: (shown: string, total: string) => string;
  allShown: (total: string) => string;
  moreEntries: (hidden: number) => string;
  timeWindow: Partial<TimeWindowPickerLabels>;
}

export const defaultPredictionsTableLabels: PredictionsTableLabels = {
  title: 'Predictions',
  caption: (start, end) => `Predictions from ${start} to ${end}`,
  loading: 'Loading predictions…',
  loadingMore: 'Loading more predictions…',
  errorTitle: 'The predictions could not be loaded',
  loadMoreErrorTitle: 'The next predictions could not be loaded',
  retry: 'Try again',
  emptyTitle: 'No predictions in this window',
  emptyHint:
    'Predictions made in this time window appear here. Choose a longer window, or make a prediction.',
  signedOut: 'Log in to see the predictions.',
  created: 'Created',
  uuid: 'Prediction',
  features: 'Features',
  output: 'Output',
  feedback: 'Feedback',
  noFeedback: 'No feedback',
  none: 'None',
  loadMore: 'Load more',
  showing: (shown, total) => `Showing ${shown} of ${total} predictions`,
  allShown: (total) => `All ${total} predictions shown`,
  moreEntries: (hidden) => `+${hidden} more`,
  timeWindow: {},
};
