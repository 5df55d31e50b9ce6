import type { KonanLabelCount } from '../shared/labels.js';

/** Every text FeedbackResultsTable shows. Counts come as `KonanLabelCount`s (value and text). */
export interface FeedbackResultsTableLabels {
  title: string;
  summary: string;
  accepted: string;
  rejected: string;
  notSent: string;
  total: string;
  all: string;
  /** An outcome's share of the total: `value` from 0 to 1, `text` as a percentage. */
  share: (share: KonanLabelCount) => string;
  filterGroup: string;
  searchLabel: string;
  searchHint: string;
  table: string;
  keyboardHint: string;
  /** Above a table wider than the screen: the other columns are further along. */
  scrollHint: string;
  /** Before the whole text of a shortened message, shown while its cell has keyboard focus. */
  fullMessage: string;
  columnUuid: string;
  columnOutcome: string;
  columnStatus: string;
  columnMessage: string;
  noStatus: string;
  noMessage: string;
  shown: (shown: KonanLabelCount, total: KonanLabelCount) => string;
  emptyTitle: string;
  emptyHint: string;
  noMatchTitle: string;
  noMatchHint: string;
  clearFilters: string;
  exportCsv: string;
  exportFileName: string;
  retryNotSent: (notSent: KonanLabelCount) => string;
  retryNotSentPending: string;
  allAccepted: string;
  notSentExplanation: (notSent: KonanLabelCount) => string;
  submitPending: string;
  progress: (done: KonanLabelCount, total: KonanLabelCount) => string;
  progressCounts: (
    accepted: KonanLabelCount,
    rejected: KonanLabelCount,
    notSent: KonanLabelCount,
  ) => string;
  errorTitle: string;
}

const items = (count: KonanLabelCount) => `${count.text} ${count.value === 1 ? 'item' : 'items'}`;

export const defaultFeedbackResultsTableLabels: FeedbackResultsTableLabels = {
  title: 'Feedback results',
  summary: 'Summary',
  accepted: 'Accepted',
  rejected: 'Rejected',
  notSent: 'Not sent',
  total: 'Total',
  all: 'All',
  share: (share) => `${share.text} of total`,
  filterGroup: 'Show outcome',
  searchLabel: 'Search by prediction UUID',
  searchHint: 'Any part of the UUID, upper or lower case.',
  table: 'Feedback items',
  keyboardHint:
    'Scroll with the arrow keys, Page Up, Page Down, Home and End. Tab to a shortened message to read it whole.',
  scrollHint: 'Scroll sideways to see every column, including the messages.',
  fullMessage: 'Full message:',
  columnUuid: 'Prediction UUID',
  columnOutcome: 'Outcome',
  columnStatus: 'Status',
  columnMessage: 'Message',
  noStatus: 'none',
  noMessage: 'No message',
  shown: (shown, total) =>
    shown.value === total.value
      ? `Showing all ${items(total)}`
      : `Showing ${shown.text} of ${items(total)}`,
  emptyTitle: 'Nothing submitted yet',
  emptyHint: 'Submit feedback to see how Konan received each item.',
  noMatchTitle: 'No items match',
  noMatchHint: 'Try another outcome or search.',
  clearFilters: 'Clear filters',
  exportCsv: 'Export CSV',
  exportFileName: 'konan-feedback-results.csv',
  retryNotSent: (notSent) => `Retry ${items(notSent)} not sent`,
  retryNotSentPending: 'Retrying…',
  allAccepted: 'Every item was accepted.',
  notSentExplanation: (notSent) =>
    `${items(notSent)} never got an answer from Konan (network failure, server error or cancelled). ${notSent.value === 1 ? 'It was' : 'They were'} not recorded and can be sent again.`,
  submitPending: 'Submitting feedback…',
  progress: (done, total) => `${done.text} of ${total.text} items answered`,
  progressCounts: (accepted, rejected, notSent) =>
    `${accepted.text} accepted · ${rejected.text} rejected · ${notSent.text} not sent`,
  errorTitle: 'The feedback could not be submitted',
};
