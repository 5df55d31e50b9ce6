import type { KonanLabelCount } from '../shared/labels.js';
import type { ListStateLabels } from '../shared/list-state-labels.js';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';

export interface PredictionsTableLabels extends ListStateLabels {
  title: string;
  /** The table's caption (read by screen readers), with the window's formatted bounds. */
  caption: (start: string, end: string) => string;
  loadingMore: string;
  loadMoreErrorTitle: string;
  columnCreated: string;
  columnUuid: string;
  columnFeatures: string;
  columnOutput: string;
  columnFeedback: string;
  noFeedback: string;
  /** Read after a dash in a cell with no value. */
  none: string;
  loadMore: string;
  /** e.g. "Showing 100 of 2,500 predictions". */
  showing: (shown: KonanLabelCount, total: KonanLabelCount) => string;
  allShown: (total: KonanLabelCount) => string;
  /** The tail of a cut JSON summary, e.g. "+2 more". */
  moreEntries: (hidden: KonanLabelCount) => string;
  timeWindowPicker: Partial<TimeWindowPickerLabels>;
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
  signedOutTitle: 'Log in to see the predictions.',
  columnCreated: 'Created',
  columnUuid: 'Prediction',
  columnFeatures: 'Features',
  columnOutput: 'Output',
  columnFeedback: 'Feedback',
  noFeedback: 'No feedback',
  none: 'None',
  loadMore: 'Load more',
  showing: (shown, total) =>
    `Showing ${shown.text} of ${total.text} ${total.value === 1 ? 'prediction' : 'predictions'}`,
  allShown: (total) =>
    total.value === 1 ? 'The only prediction shown' : `All ${total.text} predictions shown`,
  moreEntries: (hidden) => `+${hidden.text} more`,
  timeWindowPicker: {},
};
